'use client';

import type { SimulatorViewProps } from '@/components/simulator/types';
import { ChartTabs } from './ChartTabs';
import { CostFigures } from './CostFigures';
import type { CostResult, CostSchema } from './definition';
import styles from './Cost.module.css';

/**
 * The explorer's output: the figures (each to the cent, each with its test id), the verdict
 * against Fargate (the one against EC2 is the shell's live summary), then the charts, one tab at
 * a time so only one chart is ever drawn.
 */
export function CostView({ result, presenting }: SimulatorViewProps<CostSchema, CostResult>) {
  return (
    <>
      <CostFigures result={result} />
      <p className={styles.secondVerdict} data-testid="fargate-verdict">
        {result.fargateVerdict}
      </p>
      <ChartTabs result={result} presenting={presenting} />
    </>
  );
}
