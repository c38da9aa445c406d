'use client';

import { formatCompactUsd, formatNumber } from '@/lib/format';
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { MemoryTuningResult } from '@/lib/pricing';
import { haloLabel } from './HaloLabel';

interface Props {
  tuning: MemoryTuningResult;
  currentMemoryMb: number;
  height: number;
  /** Larger on a projector (presenter mode). */
  textSize: number;
}

const MEMORY_TICKS = [128, 256, 512, 1024, 2048, 4096, 10240];
export const TUNING_STYLE = {
  duration: { name: 'Duration (ms, left axis)', stroke: 'var(--chart-1)', strokeWidth: 2.5 },
  cost: { name: 'Cost per million invocations ($, right axis)', stroke: 'var(--chart-2)', strokeWidth: 2.5, strokeDasharray: '10 5' },
};

/**
 * Duration and cost per invocation against memory, as the Power Tuning tool charts them: two
 * lines on two axes, with the cheapest and the fastest setting ringed and labelled.
 */
export function TuningChart({ tuning, currentMemoryMb, height, textSize }: Props) {
  const tick = { fill: 'var(--text-muted)', fontSize: textSize };
  const data = tuning.points.map((p) => ({ memory: p.memoryMb, duration: p.durationMs, cost: p.costPerMillion }));
  const same = tuning.cheapest === tuning.fastest;
  return (
    <LineChart data={data} style={{ width: '100%', height }} responsive margin={{ top: 24, right: 8, bottom: 28, left: 8 }} accessibilityLayer={false}>
      <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
      <XAxis
        dataKey="memory"
        type="number"
        scale="log"
        domain={[128, 10240]}
        ticks={MEMORY_TICKS}
        tickFormatter={(v: number) => (v >= 1024 ? `${formatNumber(Number((v / 1024).toPrecision(3)))} GB` : formatNumber(v))}
        stroke="var(--text-muted)"
        tick={tick}
        label={{ value: 'Memory (MB; log scale)', position: 'insideBottom', offset: -18, fill: 'var(--text-muted)', fontSize: textSize + 1 }}
      />
      <YAxis
        yAxisId="duration"
        domain={[0, 'auto']}
        stroke="var(--text-muted)"
        tick={tick}
        width={textSize * 5}
        label={{ value: 'Duration (ms)', angle: -90, position: 'insideLeft', offset: 4, fill: 'var(--text-muted)', fontSize: textSize + 1, style: { textAnchor: 'middle' } }}
      />
      <YAxis
        yAxisId="cost"
        orientation="right"
        domain={[0, 'auto']}
        stroke="var(--text-muted)"
        tick={tick}
        width={textSize * 5}
        tickFormatter={formatCompactUsd}
        label={{ value: 'Cost per million ($)', angle: 90, position: 'insideRight', offset: 4, fill: 'var(--text-muted)', fontSize: textSize + 1, style: { textAnchor: 'middle' } }}
      />
      <Line yAxisId="duration" dataKey="duration" dot={{ r: 3 }} activeDot={false} isAnimationActive={false} {...TUNING_STYLE.duration} />
      <Line yAxisId="cost" dataKey="cost" dot={{ r: 3 }} activeDot={false} isAnimationActive={false} {...TUNING_STYLE.cost} />
      <ReferenceLine yAxisId="duration" x={currentMemoryMb} stroke="var(--text)" strokeDasharray="3 3" label={{ value: 'You', position: 'top', fill: 'var(--text)', fontSize: textSize }} />
      <ReferenceDot
        yAxisId="cost"
        x={tuning.cheapest.memoryMb}
        y={tuning.cheapest.costPerMillion}
        r={7}
        fill="none"
        stroke="var(--text)"
        strokeWidth={2}
        label={haloLabel(same ? 'Cheapest and fastest' : 'Cheapest', 10, -12, 'start', textSize)}
      />
      {same ? null : (
        <ReferenceDot
          yAxisId="duration"
          x={tuning.fastest.memoryMb}
          y={tuning.fastest.durationMs}
          r={7}
          fill="none"
          stroke="var(--text)"
          strokeWidth={2}
          label={haloLabel('Fastest', 0, -14, 'middle', textSize)}
        />
      )}
    </LineChart>
  );
}
