import type { CostResult } from './definition';

export interface PanelProps {
  result: CostResult;
  presenting: boolean;
}
