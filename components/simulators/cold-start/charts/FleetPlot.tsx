'use client';

import { formatDuration } from '@/lib/format';
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from 'recharts';
import { timeTicks } from '@/lib/sim/cold-start-charts';
import { niceCeil } from '@/lib/sim/nice-scale';
import type { FleetPoint } from './fleetPoints';
import styles from '../ColdStart.module.css';

interface Props {
  points: FleetPoint[];
  windowSec: number;
  hasPinned: boolean;
  hasProvisioned: boolean;
  width: number;
  height: number;
  /** Larger in presenter mode, so the back of a classroom can read the axes. */
  fontSize: number;
}

/**
 * Environments alive (solid) and busy (dashed) over the window, provisioned ones dotted, and the
 * pinned run's alive line faint with a long dash. Steps, because the count changes in jumps.
 */
export default function FleetPlot({ points, windowSec, hasPinned, hasProvisioned, width, height, fontSize }: Props) {
  const peak = points.reduce((m, p) => Math.max(m, p.alive ?? 0, p.pinnedAlive ?? 0, p.provisioned ?? 0), 1);
  const yMax = peak <= 5 ? peak + 1 : niceCeil(peak * 1.1);
  const common = { type: 'stepAfter' as const, dot: false as const, activeDot: false as const, isAnimationActive: false, connectNulls: true };
  return (
    <LineChart width={width} height={height} data={points} margin={{ top: 12, right: 16, bottom: 22, left: 4 }} className={styles.rechart}>
      <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" vertical={false} />
      <XAxis
        dataKey="t"
        type="number"
        domain={[0, windowSec]}
        ticks={timeTicks(windowSec, width < 420 ? 4 : 7)}
        tickFormatter={formatDuration}
        stroke="var(--text-muted)"
        tick={{ fill: 'var(--text-muted)', fontSize }}
        label={{ value: 'Time since the start', position: 'insideBottom', offset: -14, fill: 'var(--text-muted)', fontSize }}
      />
      <YAxis
        type="number"
        domain={[0, yMax]}
        allowDecimals={false}
        stroke="var(--text-muted)"
        tick={{ fill: 'var(--text-muted)', fontSize }}
        width={48}
        label={{ value: 'Environments', angle: -90, position: 'insideLeft', offset: 12, fill: 'var(--text-muted)', fontSize }}
      />
      {hasPinned ? <Line dataKey="pinnedAlive" stroke="var(--text-muted)" strokeOpacity={0.75} strokeWidth={1.5} strokeDasharray="10 5" {...common} /> : null}
      <Line dataKey="busy" stroke="var(--chart-3)" strokeWidth={1.5} strokeDasharray="5 3" {...common} />
      <Line dataKey="alive" stroke="var(--chart-1)" strokeWidth={2.25} {...common} />
      {/* On top: provisioned environments are always alive, so this dotted line often lies on the alive line. */}
      {hasProvisioned ? <Line dataKey="provisioned" stroke="var(--chart-4)" strokeWidth={2} strokeDasharray="2 3" {...common} /> : null}
    </LineChart>
  );
}
