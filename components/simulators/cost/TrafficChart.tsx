'use client';

import { formatCompact, formatCompactUsd, formatRate, formatRequests } from '@/lib/format';
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, XAxis, YAxis } from 'recharts';
import { type AlwaysOnOption, type CostPoint, type Crossover, type TrafficRange } from '@/lib/pricing';
import { decadeAbove, decadeBelow, decades, onLogAxis } from './chart-format';
import { haloLabel } from './HaloLabel';
import { SERIES_STYLE } from './series-style';

interface Props {
  series: CostPoint[];
  range: TrafficRange;
  crossings: Record<AlwaysOnOption, Crossover>;
  currentRequests: number;
  height: number;
  /** Larger on a projector (presenter mode). */
  textSize: number;
}


/** Where a crossover is drawn: on the always-on line, at the traffic where Lambda meets it. */
function crossoverDot(series: CostPoint[], range: TrafficRange, against: AlwaysOnOption, c: Crossover, size: number) {
  if (c.kind !== 'crossover') return null;
  const point = series.find((p) => p.requests === c.requestsPerMonth);
  if (!point) return null;
  const text = `${against === 'ec2' ? 'EC2' : 'Fargate'}: ${formatRate(c.sustainedRps)} req/s`;
  // How far along the axis the ring sits (0 to 1), so its label can face inwards.
  const along = Math.log(c.requestsPerMonth / range.fromRequests) / Math.log(range.toRequests / range.fromRequests);
  // EC2's label above its ring, Fargate's below: clear of the flat lines, and of each other when
  // the crossovers are close. Each faces away from the nearer edge of the chart.
  const below = size + 10;
  const label =
    against === 'ec2'
      ? haloLabel(text, along < 0.3 ? 10 : -10, -12, along < 0.3 ? 'start' : 'end', size)
      : haloLabel(text, along > 0.7 ? -10 : 10, below, along > 0.7 ? 'end' : 'start', size);
  return { x: c.requestsPerMonth, y: onLogAxis(point[against]), key: against, label };
}

/**
 * Monthly cost of each option against traffic, both axes logarithmic: Lambda's bill is a straight
 * rising line, the always-on options are flat at their minimum and then climb in steps, and the
 * crossovers are marked where Lambda's line passes theirs. Drawn without animation or dots, from
 * about 240 points, so it costs little to draw again on every slider move.
 */
export function TrafficChart({ series, range, crossings, currentRequests, height, textSize }: Props) {
  const tick = { fill: 'var(--text-muted)', fontSize: textSize };
  const values = series.flatMap((p) => [p.lambda, p.ec2, p.fargate]).map(onLogAxis);
  const yDomain = [decadeBelow(Math.min(...values)), decadeAbove(Math.max(...values))];
  const dots = (['ec2', 'fargate'] as const).map((o) => crossoverDot(series, range, o, crossings[o], textSize));
  const data = series.map((p) => ({ requests: p.requests, lambda: onLogAxis(p.lambda), ec2: onLogAxis(p.ec2), fargate: onLogAxis(p.fargate) }));

  return (
    <LineChart data={data} style={{ width: '100%', height }} responsive margin={{ top: 24, right: 16, bottom: 28, left: 8 }} accessibilityLayer={false}>
      <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" />
      <XAxis
        dataKey="requests"
        type="number"
        scale="log"
        domain={[range.fromRequests, range.toRequests]}
        ticks={decades(range.fromRequests, range.toRequests)}
        tickFormatter={formatCompact}
        allowDataOverflow
        stroke="var(--text-muted)"
        tick={tick}
        label={{ value: 'Requests a month (log scale)', position: 'insideBottom', offset: -18, fill: 'var(--text-muted)', fontSize: textSize + 1 }}
      />
      <YAxis
        type="number"
        scale="log"
        domain={yDomain}
        ticks={decades(yDomain[0]!, yDomain[1]!)}
        tickFormatter={formatCompactUsd}
        allowDataOverflow
        stroke="var(--text-muted)"
        tick={tick}
        width={textSize * 4.7}
      />
      {(['lambda', 'ec2', 'fargate'] as const).map((key) => (
        <Line key={key} dataKey={key} type="linear" dot={false} activeDot={false} isAnimationActive={false} {...SERIES_STYLE[key]} />
      ))}
      <ReferenceLine
        x={currentRequests}
        stroke="var(--text)"
        strokeDasharray="3 3"
        label={{ value: `You: ${formatRequests(currentRequests)}`, position: 'top', fill: 'var(--text)', fontSize: textSize }}
      />
      {dots.map((d) =>
        d ? <ReferenceDot key={d.key} x={d.x} y={d.y} r={6} fill="var(--bg)" stroke="var(--text)" strokeWidth={2} label={d.label} /> : null,
      )}
    </LineChart>
  );
}
