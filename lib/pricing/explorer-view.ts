import { costCurve, type AlwaysOnOption, type CostPoint } from './compare';
import type { Crossover } from './crossover';
import type { CostExplorerInputs } from './explorer-inputs';
import { DEFAULT_MEMORY_SIZES, usableVcpus, type MemoryTuningInput } from './memory-tuning';
import { sustainedRps } from './month';
import { logSpaced, TRAFFIC_RANGE } from './traffic';

/**
 * What the cost explorer's charts need beyond the bills: the traffic axis, the points each line
 * is drawn through, and the memory-tuning chart's function. Pure, so the view only draws.
 */

export interface TrafficRange {
  fromRequests: number;
  toRequests: number;
}

/**
 * The chart's traffic axis: 10,000 to 10 billion requests a month, widened by whole decades when
 * the learner's traffic lies outside it (a webhook's 3,000 a month, a steady 10,000 requests/s).
 */
export function explorerRange(requests: number): TrafficRange {
  if (!(Number.isFinite(requests) && requests > 0)) return { ...TRAFFIC_RANGE };
  const exponent = Math.log10(requests);
  return {
    fromRequests: Math.min(TRAFFIC_RANGE.fromRequests, 10 ** Math.floor(exponent)),
    toRequests: Math.max(TRAFFIC_RANGE.toRequests, 10 ** Math.ceil(exponent)),
  };
}

/** Prices each option along the traffic axis, building each option's curve once. */
function pricer(inputs: CostExplorerInputs): (requests: number) => CostPoint {
  const lambda = costCurve(inputs, 'lambda');
  const ec2 = costCurve(inputs, 'ec2');
  const fargate = costCurve(inputs, 'fargate');
  return (requests) => ({ requests, sustainedRps: sustainedRps(requests), lambda: lambda(requests), ec2: ec2(requests), fargate: fargate(requests) });
}

/** Traffic levels where something is marked: the crossovers, then the learner's own traffic. */
export function markedTraffic(inputs: CostExplorerInputs, crossings: Record<AlwaysOnOption, Crossover>): number[] {
  const marks = (['ec2', 'fargate'] as const).flatMap((o) => {
    const c = crossings[o];
    return c.kind === 'crossover' ? [c.requestsPerMonth] : [];
  });
  return [...marks, inputs.requests];
}

/**
 * The points the cost lines are drawn through: `points` log-spaced over the axis (few enough for a
 * light chart) plus the exact crossovers and the current traffic, so each marker sits on its line.
 */
export function chartSeries(inputs: CostExplorerInputs, range: TrafficRange, crossings: Record<AlwaysOnOption, Crossover>, points = 241): CostPoint[] {
  const traffic = [...logSpaced(range.fromRequests, range.toRequests, points), ...markedTraffic(inputs, crossings)];
  const unique = [...new Set(traffic)].filter((r) => r >= range.fromRequests && r <= range.toRequests).sort((a, b) => a - b);
  return unique.map(pricer(inputs));
}

/** Round traffic for the table: 1, 2 and 5 of every decade on the axis. */
export function roundTraffic(range: TrafficRange): number[] {
  const values: number[] = [];
  for (let decade = range.fromRequests; decade <= range.toRequests; decade *= 10) {
    for (const m of [1, 2, 5]) {
      const r = Math.round(decade * m);
      if (r >= range.fromRequests && r <= range.toRequests) values.push(r);
    }
  }
  return values;
}

export type TrafficMark = 'current' | 'crossover-ec2' | 'crossover-fargate';

export interface TrafficRow extends CostPoint {
  marks: TrafficMark[];
}

/** The cost chart as table rows: round traffic levels, the crossovers and the current traffic. */
export function trafficRows(inputs: CostExplorerInputs, range: TrafficRange, crossings: Record<AlwaysOnOption, Crossover>): TrafficRow[] {
  const marks = new Map<number, TrafficMark[]>();
  const mark = (r: number, m: TrafficMark) => marks.set(r, [...(marks.get(r) ?? []), m]);
  for (const r of roundTraffic(range)) marks.set(r, []);
  for (const o of ['ec2', 'fargate'] as const) {
    const c = crossings[o];
    if (c.kind === 'crossover') mark(c.requestsPerMonth, `crossover-${o}`);
  }
  mark(inputs.requests, 'current');
  const price = pricer(inputs);
  return [...marks.entries()].sort(([a], [b]) => a - b).map(([r, m]) => ({ ...price(r), marks: m }));
}

/**
 * The memory-tuning chart's function, read from the Lambda settings. Assumption: the duration set
 * is what the function takes at the memory set, and `cpuShare` percent of it is CPU-bound work,
 * which runs in proportion to the vCPUs it can use (memory-tuning.ts); the rest is I/O wait. So at
 * one full vCPU (1,769 MB) the CPU-bound part takes cpuMs x usable vCPUs now. The sizes swept are
 * Power Tuning's usual ones plus the memory set, so the chart shows where the learner stands.
 */
export function tuningInputOf(inputs: CostExplorerInputs): MemoryTuningInput {
  const cpuMsNow = (inputs.duration * inputs.cpuShare) / 100;
  const sizes = [...new Set([...DEFAULT_MEMORY_SIZES, inputs.memory])].sort((a, b) => a - b);
  return {
    cpuBoundMsAt1769: cpuMsNow * usableVcpus(inputs.memory, inputs.threads),
    ioBoundMs: inputs.duration - cpuMsNow,
    parallelism: inputs.threads,
    arch: inputs.arch,
    memorySizes: sizes,
  };
}
