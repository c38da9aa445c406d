'use client';

import { formatRate, formatRequests } from '@/lib/format';
import { useMemo } from 'react';
import { chartSeries, trafficRows, trafficTable, type Crossover } from '@/lib/pricing';
import { ChartLegend } from './ChartLegend';
import { DataTable } from './DataTable';
import type { PanelProps } from './panel-props';
import { SERIES_STYLE } from './series-style';
import { TrafficChart } from './TrafficChart';
import styles from './Cost.module.css';

function crossoverWords(name: string, c: Crossover): string {
  if (c.kind === 'crossover') return `Lambda's line crosses ${name}'s at ${formatRequests(c.requestsPerMonth)} requests a month (${formatRate(c.sustainedRps)} requests/s sustained).`;
  if (c.kind === 'lambda-cheaper-throughout') return `Lambda stays below ${name} across the whole axis.`;
  return `Lambda stays above ${name} across the whole axis.`;
}

/** The cost-against-traffic chart, its legend, a sentence for screen readers and its table. */
export default function TrafficPanel({ result, presenting }: PanelProps) {
  const { inputs, range, crossings } = result;
  const series = useMemo(() => chartSeries(inputs, range, crossings), [inputs, range, crossings]);
  const table = useMemo(() => trafficTable(trafficRows(inputs, range, crossings)), [inputs, range, crossings]);
  const description =
    `Monthly cost against traffic from ${formatRequests(range.fromRequests)} to ${formatRequests(range.toRequests)} requests a month, both axes logarithmic. ` +
    `${crossoverWords('the EC2 fleet', crossings.ec2)} ${crossoverWords('Fargate', crossings.fargate)} ` +
    `A dotted vertical line marks your traffic, ${formatRequests(inputs.requests)} a month.`;
  return (
    <figure className={styles.chartFigure}>
      <div role="img" aria-label={description} data-testid="traffic-chart" className={styles.chartBox} style={{ height: presenting ? 480 : 340 }}>
        <TrafficChart textSize={presenting ? 16 : 12} series={series} range={range} crossings={crossings} currentRequests={inputs.requests} height={presenting ? 480 : 340} />
      </div>
      <ChartLegend
        items={[
          ...(['lambda', 'ec2', 'fargate'] as const).map((k) => ({ label: SERIES_STYLE[k].name, ...SERIES_STYLE[k] })),
          { label: 'Crossover', stroke: 'var(--text)', marker: 'ring' as const },
          { label: 'Your traffic', stroke: 'var(--text)', strokeWidth: 1.5, strokeDasharray: '3 3' },
        ]}
      />
      <figcaption className={styles.caption}>
        Lambda is billed per request, so its line rises with traffic. The fleet and the tasks cost the same until the minimum is busy, then rise in
        steps of one instance or task. Costs under a tenth of a cent are drawn at $0.001.
      </figcaption>
      <DataTable table={table} caption="Monthly cost at each traffic level" filename="cost-against-traffic.csv" testId="traffic-table" />
    </figure>
  );
}
