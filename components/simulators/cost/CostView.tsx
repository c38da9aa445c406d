'use client';

import type { SimulatorViewProps } from '@/components/simulator/types';
import { ChartTabs } from './ChartTabs';
import { CostFigures } from './CostFigures';
import { PriceSources } from './PriceSources';
import type { CostExplorerSchema as CostSchema } from '@/lib/pricing';
import type { CostResult } from '@/lib/sim/cost/result';
import styles from './Cost.module.css';

/**
 * The explorer's output: the figures (each to the cent, each with its test id), the verdict
 * against Fargate (the one against EC2 is the shell's live summary), then the charts, one tab at
 * a time so only one chart is ever drawn, and the prices with their sources.
 */
export function CostView({ result, presenting }: SimulatorViewProps<CostSchema, CostResult>) {
  return (
    <>
      <CostFigures result={result} />
      <p className={styles.secondVerdict} data-testid="fargate-verdict">
        {result.fargateVerdict}
      </p>
      <p className={styles.caption}>
        Left out for all three: data transfer, and the load balancer a fleet or a set of tasks needs in front of it (the front door does that job for
        Lambda). Requests/s per instance or task are assumptions: measure your own.
      </p>
      <ChartTabs result={result} presenting={presenting} />
      <PriceSources />
    </>
  );
}
