'use client';

import { formatMs, formatMsTick, formatNumber } from '@/lib/format';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { HistogramBin } from '@/lib/sim/cold-start-charts';
import { logTicks } from '@/lib/sim/cold-start-charts';
import { type PercentileSummary } from '@/lib/sim/cold-start';
import { niceCeil } from '@/lib/sim/nice-scale';
import styles from '../ColdStart.module.css';

interface Props {
  bins: HistogramBin[];
  latency: PercentileSummary;
  width: number;
  height: number;
  /** Larger in presenter mode, so the back of a classroom can read the axes. */
  fontSize: number;
}

/** Counts are drawn on a log scale; an empty bin sits on this floor (zero height). */
const FLOOR = 0.7;

const markers = [
  { key: 'p50', dash: '2 3', width: 1.5 },
  { key: 'p95', dash: '6 3', width: 1.5 },
  { key: 'p99', dash: undefined, width: 2.5 },
] as const;

/**
 * Latency histogram: warm requests as a shaded step area, cold ones hatched, the pinned run as a
 * faint dashed outline, and p50/p95/p99 as labelled lines with different dash patterns. Both
 * axes are logarithmic so a 40 ms crowd and a 1.5 s tail fit on one chart. Recharts, loaded lazily.
 */
export default function HistogramPlot({ bins, latency, width, height, fontSize }: Props) {
  const last = bins[bins.length - 1]!;
  const point = (x: number, b: HistogramBin) => ({
    x,
    warm: Math.max(b.warm, FLOOR),
    cold: Math.max(b.cold, FLOOR),
    pinned: b.pinned === null ? null : Math.max(b.pinned, FLOOR),
  });
  const data = [...bins.map((b) => point(b.loMs, b)), point(last.hiMs, last)];
  const peak = Math.max(...bins.map((b) => Math.max(b.warm, b.cold, b.pinned ?? 0)));
  const yMax = niceCeil(peak * 1.6);
  const yTicks = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000].filter((t) => t <= yMax);
  const hasPinned = bins[0]!.pinned !== null;

  return (
    <ComposedChart width={width} height={height} data={data} margin={{ top: 8 + 3 * (fontSize + 2), right: 16, bottom: 22, left: 4 }} className={styles.rechart}>
      <defs>
        <pattern id="hist-cold" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="1" y1="0" x2="1" y2="6" stroke="var(--chart-2)" strokeWidth="2.5" />
        </pattern>
      </defs>
      <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
      <XAxis
        dataKey="x"
        type="number"
        scale="log"
        domain={[bins[0]!.loMs, last.hiMs]}
        ticks={logTicks(bins[0]!.loMs, last.hiMs)}
        tickFormatter={formatMsTick}
        allowDataOverflow
        stroke="var(--text-muted)"
        tick={{ fill: 'var(--text-muted)', fontSize }}
        label={{ value: 'Latency (log scale)', position: 'insideBottom', offset: -14, fill: 'var(--text-muted)', fontSize }}
      />
      <YAxis
        type="number"
        scale="log"
        domain={[FLOOR, yMax]}
        ticks={yTicks}
        allowDataOverflow
        tickFormatter={(v: number) => formatNumber(v)}
        stroke="var(--text-muted)"
        tick={{ fill: 'var(--text-muted)', fontSize }}
        width={56}
        label={{ value: 'Requests', angle: -90, position: 'insideLeft', offset: 10, fill: 'var(--text-muted)', fontSize }}
      />
      <Area dataKey="warm" type="stepAfter" baseValue={FLOOR} stroke="var(--chart-1)" strokeWidth={1.5} fill="var(--chart-1)" fillOpacity={0.28} isAnimationActive={false} />
      <Area dataKey="cold" type="stepAfter" baseValue={FLOOR} stroke="var(--chart-2)" strokeWidth={1.5} fill="url(#hist-cold)" fillOpacity={1} isAnimationActive={false} />
      {hasPinned ? (
        <Line dataKey="pinned" type="stepAfter" stroke="var(--text-muted)" strokeOpacity={0.75} strokeWidth={1.5} strokeDasharray="7 4" dot={false} activeDot={false} isAnimationActive={false} />
      ) : null}
      {markers.map((m, i) => (
        <ReferenceLine
          key={m.key}
          x={latency[m.key]}
          stroke="var(--text)"
          strokeWidth={m.width}
          strokeDasharray={m.dash}
          label={{ value: `${m.key} ${formatMs(latency[m.key])}`, position: 'top', dy: -2 - (2 - i) * (fontSize + 2), fill: 'var(--text)', fontSize, fontWeight: 600 }}
        />
      ))}
    </ComposedChart>
  );
}
