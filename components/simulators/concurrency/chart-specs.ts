import { formatCount } from '@/lib/format';
import type { ConcurrencyChartPoint, ConcurrencyResult } from '@/lib/sim/concurrency';
import { niceCeil } from '@/lib/sim/nice-scale';

/** Line styles: never colour alone, every series also has its own dash pattern. */
export const lineStyles = {
  solid: undefined,
  dashed: '8 4',
  dotted: '2 3',
  'dash-dot': '10 4 2 4',
  'long-dash': '14 5',
} as const;
export type LineStyle = keyof typeof lineStyles;

export type PointKey = Exclude<keyof ConcurrencyChartPoint, 'tS' | 'limitedBy'>;

export interface SeriesSpec {
  key: PointKey;
  name: string;
  /** Unit for the tooltip and the table ("requests/s"). */
  unit: string;
  color: string;
  style: LineStyle;
  axis: 'left' | 'right';
  /** Levels that change in jumps (limits) are drawn as steps. */
  step?: boolean;
}

export interface ReferenceSpec {
  value: number;
  label: string;
  /** A few words written on the chart beside the line (the key gives the full label). */
  short: string;
  color: string;
  style: LineStyle;
}

export interface ChartSpec {
  id: 'rates' | 'concurrency' | 'queue' | 'database';
  title: string;
  yLabel: string;
  yMax: number;
  rightLabel?: string;
  rightMax?: number;
  series: SeriesSpec[];
  references: ReferenceSpec[];
  /** What the chart shows, in words (its caption and part of its text alternative). */
  caption: string;
  /** When set, the chart has nothing to draw in this scenario and shows this sentence instead. */
  empty?: string;
}


function peak(points: readonly ConcurrencyChartPoint[], keys: readonly PointKey[]): number {
  let max = 0;
  for (const p of points) for (const k of keys) max = Math.max(max, p[k]);
  return max;
}

/** An axis top a little above the highest value, on a round number, and never 0. */
const axisTop = (x: number) => niceCeil(Math.max(1, x * 1.08));

/**
 * Round ticks from 0 to an axis top made by niceCeil: quarters of a 1 or a 2 (0, 500, 1K, 1.5K,
 * 2K), fifths of a 2.5 or a 5 (0, 1K, 2K ... 5K), so every label is a number people write.
 */
export function axisTicks(top: number): number[] {
  const lead = top / 10 ** Math.floor(Math.log10(top));
  const parts = Math.abs(lead - 2.5) < 1e-9 || Math.abs(lead - 5) < 1e-9 ? 5 : 4;
  return Array.from({ length: parts + 1 }, (_, i) => Number(((top * i) / parts).toPrecision(12)));
}

function ratesChart(result: ConcurrencyResult, points: readonly ConcurrencyChartPoint[]): ChartSpec {
  const { mode } = result.input;
  const { totals } = result;
  const unit = mode === 'sqs' ? 'messages/s' : mode === 'async' ? 'events/s' : 'requests/s';
  const throttledName =
    mode === 'sync' ? 'Throttled (429s, retries included)' : mode === 'async' ? 'Held back on arrival' : 'Invocations refused';
  const series: SeriesSpec[] = [
    { key: 'offeredRps', name: 'Offered', unit, color: 'var(--chart-1)', style: 'solid', axis: 'left' },
    { key: 'completedPerS', name: 'Completed', unit, color: 'var(--chart-3)', style: 'dashed', axis: 'left' },
    { key: 'throttledPerS', name: throttledName, unit: mode === 'sqs' ? 'invocations/s' : unit, color: 'var(--danger)', style: 'dotted', axis: 'left' },
  ];
  if (totals.dbErrors > 0) series.push({ key: 'failedPerS', name: 'Failed on the database', unit, color: 'var(--chart-4)', style: 'dash-dot', axis: 'left' });
  if (totals.deadLetterQueue > 0) series.push({ key: 'dlqPerS', name: 'To the dead-letter queue', unit, color: 'var(--chart-2)', style: 'long-dash', axis: 'left' });
  return {
    id: 'rates',
    title: 'Offered, completed and throttled',
    yLabel: unit,
    yMax: axisTop(peak(points, series.map((s) => s.key))),
    series,
    references: [],
    caption: `Per second: the traffic offered, the ${mode === 'sync' ? 'requests' : unit.replace('/s', '')} completed, and those throttled${totals.dbErrors > 0 ? ' or failed on the database' : ''}${totals.deadLetterQueue > 0 ? ' or sent to the dead-letter queue' : ''}.`,
  };
}

function concurrencyChart(result: ConcurrencyResult): ChartSpec {
  const { input, totals, functionCap, requiredAtPeak } = result;
  const drawn = Math.max(totals.peakEnvironments, totals.peakConcurrency, requiredAtPeak, input.provisioned);
  // A cap far above the traffic would squash the lines flat; then it is named in the caption only.
  const shownCap = functionCap <= drawn * 2.5 ? functionCap : 0;
  const yMax = axisTop(Math.max(drawn, shownCap));
  const references: ReferenceSpec[] = [];
  const offTop: string[] = [];
  const addLine = (value: number, label: string, short: string, color: string, style: LineStyle) => {
    if (value <= 0) return;
    if (value <= yMax) references.push({ value, label, short, color, style });
    else offTop.push(`${label.toLowerCase()} (${formatCount(value)})`);
  };
  addLine(input.limit, 'Account limit', 'Limit', 'var(--chart-2)', 'long-dash');
  if (input.reserved > 0) addLine(input.reserved, 'Reserved concurrency', 'Reserved', 'var(--danger)', 'dash-dot');
  if (input.provisioned > 0) addLine(Math.min(input.provisioned, functionCap), 'Provisioned concurrency', 'Provisioned', 'var(--text-muted)', 'dash-dot');
  if (input.mode === 'sqs' && input.maxconc > 0) addLine(Math.max(2, input.maxconc), 'SQS maximum concurrency', 'Max conc.', 'var(--chart-4)', 'dash-dot');
  references.push({ value: requiredAtPeak, label: 'Needed at the peak (Little’s law)', short: 'Needed', color: 'var(--text-muted)', style: 'dotted' });
  return {
    id: 'concurrency',
    title: 'Concurrency against the limits',
    yLabel: 'environments',
    yMax,
    series: [
      { key: 'concurrency', name: 'In use', unit: 'environments', color: 'var(--chart-1)', style: 'solid', axis: 'left' },
      { key: 'environments', name: 'Environments started', unit: 'environments', color: 'var(--chart-4)', style: 'dotted', axis: 'left' },
      { key: 'effectiveLimit', name: 'Most that could run now', unit: 'environments', color: 'var(--chart-3)', style: 'dashed', axis: 'left', step: true },
    ],
    references,
    caption: `Invocations running, environments started, and the most that could run at each moment (the scaling rate and the caps). Horizontal lines: the limits and what Little’s law needs at the peak.${offTop.length > 0 ? ` Above the top of the chart: ${offTop.join(', ')}.` : ''}`,
  };
}

function queueChart(result: ConcurrencyResult, points: readonly ConcurrencyChartPoint[]): ChartSpec {
  const { mode } = result.input;
  if (mode === 'sync') {
    return {
      id: 'queue',
      title: 'Callers waiting to retry',
      yLabel: 'requests',
      yMax: axisTop(peak(points, ['queueDepth'])),
      series: [{ key: 'queueDepth', name: 'Waiting to retry', unit: 'requests', color: 'var(--chart-1)', style: 'solid', axis: 'left' }],
      references: [],
      caption: 'A synchronous call has no queue inside AWS: a throttled caller waits out its backoff and tries again. This counts the requests waiting to retry.',
    };
  }
  const what = mode === 'sqs' ? 'messages' : 'events';
  return {
    id: 'queue',
    title: mode === 'sqs' ? 'SQS queue: depth and age' : 'Lambda’s event queue: depth and age',
    yLabel: what,
    yMax: axisTop(peak(points, ['queueDepth'])),
    rightLabel: 'seconds',
    rightMax: axisTop(peak(points, ['oldestAgeS'])),
    series: [
      { key: 'queueDepth', name: 'Waiting in the queue', unit: what, color: 'var(--chart-1)', style: 'solid', axis: 'left' },
      { key: 'oldestAgeS', name: 'Age of the oldest', unit: 's', color: 'var(--chart-2)', style: 'dashed', axis: 'right' },
    ],
    references: [],
    caption: `How many ${what} wait (left scale, including those hidden until a retry) and how long the oldest visible one has waited (right scale, seconds).`,
  };
}

function databaseChart(result: ConcurrencyResult, points: readonly ConcurrencyChartPoint[]): ChartSpec {
  const { dbconn, proxy } = result.input;
  const spec: ChartSpec = {
    id: 'database',
    title: 'Database connections',
    yLabel: 'connections',
    yMax: axisTop(Math.max(dbconn, peak(points, ['dbConnections']))),
    rightLabel: 'errors/s',
    rightMax: axisTop(peak(points, ['dbErrorsPerS'])),
    series: [
      { key: 'dbConnections', name: 'Connections in use', unit: 'connections', color: 'var(--chart-1)', style: 'solid', axis: 'left' },
      { key: 'dbErrorsPerS', name: 'Calls refused a connection', unit: 'invocations/s', color: 'var(--danger)', style: 'dotted', axis: 'right' },
    ],
    references: dbconn > 0 ? [{ value: dbconn, label: 'Connection limit', short: 'Limit', color: 'var(--chart-2)', style: 'dashed' }] : [],
    caption: `Connections open${proxy ? ' through the proxy (held only while a query runs)' : ' (one per running invocation)'} against the database’s limit (left scale), and invocations that could not get one (right scale, per second).`,
  };
  if (dbconn === 0) spec.empty = 'No database in this scenario. Set “Database connections” above 0 to put one behind the function.';
  return spec;
}

/** The four charts, all on one time axis, in the order the lesson reads them. */
export function chartSpecs(result: ConcurrencyResult, points: readonly ConcurrencyChartPoint[]): ChartSpec[] {
  return [ratesChart(result, points), concurrencyChart(result), queueChart(result, points), databaseChart(result, points)];
}
