import type { CostResult } from '@/lib/sim/cost/result';

export interface PanelProps {
  result: CostResult;
  presenting: boolean;
}
