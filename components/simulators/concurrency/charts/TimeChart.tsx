'use client';

import { formatClock, formatCompact } from '@/lib/format';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ConcurrencyChartPoint } from '@/lib/sim/concurrency';
import { axisTicks, lineStyles, type ChartSpec } from '../chart-specs';
import { timeTicks } from '../time-format';
import { ChartTooltip } from './ChartTooltip';

export const SYNC_ID = 'concurrency-time';

// Reference labels take turns at the corners, so two limits close together stay readable.
const labelPositions = ['insideTopLeft', 'insideTopRight', 'insideBottomRight', 'insideBottomLeft'] as const;

interface Props {
  spec: ChartSpec;
  points: readonly ConcurrencyChartPoint[];
  windowS: number;
  height: number;
  /** A sentence naming what the chart shows, for its accessible name. */
  title: string;
  /** Presenter mode: labels a classroom can read from the back. */
  large: boolean;
}

/**
 * One chart of the simulation over time. Every chart uses the same time axis and the same syncId,
 * so a hover (or the arrow keys, once a chart has focus) shows the same moment on all of them.
 * Kept cheap: no animation, no dots, a few hundred points.
 */
export default function TimeChart({ spec, points, windowS, height, title, large }: Props) {
  const fontSize = large ? 16 : 12;
  const tick = { fill: 'var(--text-muted)', fontSize };
  const hasRight = spec.series.some((s) => s.axis === 'right');
  return (
    <LineChart
      data={points as ConcurrencyChartPoint[]}
      syncId={SYNC_ID}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 8, right: hasRight ? 4 : 16, bottom: 4, left: 4 }}
      title={title}
      desc={spec.caption}
    >
      <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
      <XAxis
        dataKey="tS"
        type="number"
        domain={[0, windowS]}
        ticks={timeTicks(windowS)}
        tickFormatter={formatClock}
        stroke="var(--text-muted)"
        tick={tick}
        allowDataOverflow
      />
      <YAxis
        yAxisId="left"
        type="number"
        domain={[0, spec.yMax]}
        ticks={axisTicks(spec.yMax)}
        allowDataOverflow
        tickFormatter={(v: number) => formatCompact(v)}
        stroke="var(--text-muted)"
        tick={tick}
        width={large ? 60 : 48}
      />
      {hasRight ? (
        <YAxis
          yAxisId="right"
          orientation="right"
          type="number"
          domain={[0, spec.rightMax ?? 1]}
          ticks={axisTicks(spec.rightMax ?? 1)}
          allowDataOverflow
          tickFormatter={(v: number) => formatCompact(v)}
          stroke="var(--text-muted)"
          tick={tick}
          width={large ? 56 : 44}
        />
      ) : null}
      <Tooltip
        isAnimationActive={false}
        cursor={{ stroke: 'var(--text-muted)', strokeWidth: 1 }}
        content={({ active, activeIndex }) => (active ? <ChartTooltip spec={spec} point={points[Number(activeIndex)]} /> : null)}
      />
      {spec.references.map((r, i) => (
        <ReferenceLine
          key={r.label}
          yAxisId="left"
          y={r.value}
          stroke={r.color}
          strokeWidth={1.5}
          strokeDasharray={lineStyles[r.style]}
          label={{ value: r.short, position: labelPositions[i % labelPositions.length], fill: 'var(--text)', fontSize }}
        />
      ))}
      {spec.series.map((s) => (
        <Line
          key={s.key}
          yAxisId={s.axis}
          type={s.step ? 'stepAfter' : 'linear'}
          dataKey={s.key}
          name={s.name}
          stroke={s.color}
          strokeWidth={s.style === 'solid' ? 2.5 : 2}
          strokeDasharray={lineStyles[s.style]}
          dot={false}
          activeDot={{ r: 3 }}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
