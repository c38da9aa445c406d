'use client';

import { formatBill, formatNumber } from '@/lib/format';
import { useMemo } from 'react';
import { tuningTable, type MemoryTuningPoint } from '@/lib/pricing';
import { ChartLegend } from './ChartLegend';
import { DataTable } from './DataTable';
import type { PanelProps } from './panel-props';
import { TuningChart, TUNING_STYLE } from './TuningChart';
import styles from './Cost.module.css';

const at = (p: MemoryTuningPoint) => `${formatNumber(p.memoryMb)} MB (${formatNumber(p.durationMs, 0)} ms, ${formatBill(p.costPerMillion)} per million)`;

/** Memory tuning for the function set in the controls, with the assumption it rests on stated. */
export default function TuningPanel({ result, presenting }: PanelProps) {
  const { inputs, tuning } = result;
  const table = useMemo(() => tuningTable(tuning, inputs.memory), [tuning, inputs.memory]);
  const current = tuning.points.find((p) => p.memoryMb === inputs.memory);
  const height = presenting ? 460 : 320;
  const sentence = `Cheapest: ${at(tuning.cheapest)}. Fastest: ${at(tuning.fastest)}.`;
  return (
    <figure className={styles.chartFigure}>
      <p className={styles.tuningResult}>
        <span data-testid="tuning-cheapest">Cheapest: {at(tuning.cheapest)}.</span> <span data-testid="tuning-fastest">Fastest: {at(tuning.fastest)}.</span>
        {current ? ` Yours: ${at(current)}.` : ''}
      </p>
      <div role="img" aria-label={`Duration and cost per million invocations against memory from 128 MB to 10,240 MB. ${sentence}`} data-testid="tuning-chart" className={styles.chartBox} style={{ height }}>
        <TuningChart textSize={presenting ? 16 : 12} tuning={tuning} currentMemoryMb={inputs.memory} height={height} />
      </div>
      <ChartLegend
        items={[
          { label: TUNING_STYLE.duration.name, ...TUNING_STYLE.duration },
          { label: TUNING_STYLE.cost.name, ...TUNING_STYLE.cost },
          { label: 'Cheapest or fastest', stroke: 'var(--text)', marker: 'ring' },
        ]}
      />
      <figcaption className={styles.caption}>
        Assumes {formatNumber(inputs.cpuShare)}% of the {formatNumber(inputs.duration)} ms at {formatNumber(inputs.memory)} MB is CPU work, which speeds up
        with memory (one full vCPU at 1,769 MB, and up to {inputs.threads} {inputs.threads === 1 ? 'vCPU' : 'vCPUs'} with {inputs.threads}{' '}
        {inputs.threads === 1 ? 'thread' : 'threads'}); the rest waits on I/O and does not. Cost is one request plus its duration at the first-tier{' '}
        {inputs.arch === 'arm' ? 'Arm' : 'x86'} price, without the free tier.
      </figcaption>
      <DataTable table={table} caption="Duration and cost at each memory size" filename="memory-tuning.csv" testId="tuning-table" />
    </figure>
  );
}
