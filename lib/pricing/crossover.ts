import { costCurve, type AlwaysOnOption } from './compare';
import type { CostExplorerInputs } from './explorer-inputs';
import { sustainedRps } from './month';
import { logSpaced, TRAFFIC_RANGE } from './traffic';

/**
 * Where Lambda stops being the cheaper choice. The always-on side is a staircase (whole instances),
 * so the curves can touch or cross more than once; the crossover is defined as the lowest traffic
 * above which Lambda is dearer. Found numerically: a fine log-spaced scan finds the last traffic
 * at which Lambda is still no dearer, then bisection on the log scale pins the boundary between it
 * and the next scan point. (A gap narrower than one scan step, about 1.2% of traffic, could hide
 * between scan points; at that resolution the answer is exact to the bisection's precision.)
 */
export type Crossover =
  | { kind: 'crossover'; requestsPerMonth: number; sustainedRps: number }
  | { kind: 'lambda-cheaper-throughout'; toRequests: number }
  | { kind: 'lambda-dearer-throughout'; fromRequests: number };

export interface CrossoverOptions {
  fromRequests?: number;
  toRequests?: number;
  scanPoints?: number;
}

type Cost = (requests: number) => number;

function bisectLog(lambdaCost: Cost, otherCost: Cost, cheaperAt: number, dearerAt: number): number {
  let lo = cheaperAt;
  let hi = dearerAt;
  for (let i = 0; i < 200 && hi / lo > 1 + 1e-12; i++) {
    const mid = Math.sqrt(lo * hi);
    if (lambdaCost(mid) <= otherCost(mid)) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Scan points are looked at in blocks of this many when skipping ahead. */
const BLOCK = 32;

/**
 * The index of the last scan point where Lambda is no dearer (-1 if none), as a scan of every
 * point would find it, but with far fewer bills priced. Both curves never fall as traffic grows
 * (the property tests check it for every option), so a block whose lowest Lambda cost is already
 * above the other option's highest cannot hold a cheaper point and is skipped whole. Blocks are
 * visited from the top down, and the first one that may hold such a point is scanned point by point.
 */
function lastCheaperIndex(scan: number[], lambdaCost: Cost, otherCost: Cost): number {
  const cheaperAt = (i: number) => lambdaCost(scan[i]!) <= otherCost(scan[i]!);
  for (let end = scan.length - 1; end >= 0; end -= BLOCK) {
    const start = Math.max(0, end - BLOCK + 1);
    if (lambdaCost(scan[start]!) > otherCost(scan[end]!)) continue;
    for (let i = end; i >= start; i--) if (cheaperAt(i)) return i;
  }
  return -1;
}

/**
 * The crossover of any two cost curves over traffic (requests a month): the general form. Both
 * must never fall as traffic grows (see lastCheaperIndex).
 */
export function crossoverOf(lambdaCost: Cost, otherCost: Cost, options: CrossoverOptions = {}): Crossover {
  const from = options.fromRequests ?? TRAFFIC_RANGE.fromRequests;
  const to = options.toRequests ?? TRAFFIC_RANGE.toRequests;
  const scan = logSpaced(from, to, options.scanPoints ?? 1200);
  const lastCheaper = lastCheaperIndex(scan, lambdaCost, otherCost);
  if (lastCheaper === scan.length - 1) return { kind: 'lambda-cheaper-throughout', toRequests: to };
  if (lastCheaper === -1) return { kind: 'lambda-dearer-throughout', fromRequests: from };
  const requests = bisectLog(lambdaCost, otherCost, scan[lastCheaper]!, scan[lastCheaper + 1]!);
  return { kind: 'crossover', requestsPerMonth: requests, sustainedRps: sustainedRps(requests) };
}

/** The traffic at which Lambda becomes dearer than the EC2 fleet or the Fargate service. */
export function findCrossover(inputs: CostExplorerInputs, against: AlwaysOnOption, options: CrossoverOptions = {}): Crossover {
  return crossoverOf(costCurve(inputs, 'lambda'), costCurve(inputs, against), options);
}

/** Remembers a cost curve's values, so two crossovers scanning the same grid price Lambda once. */
function remembered(cost: Cost): Cost {
  const seen = new Map<number, number>();
  return (r) => {
    let value = seen.get(r);
    if (value === undefined) seen.set(r, (value = cost(r)));
    return value;
  };
}

/** Both crossovers at once (what the explorer shows), pricing Lambda once per traffic level. */
export function crossovers(inputs: CostExplorerInputs, options: CrossoverOptions = {}): Record<AlwaysOnOption, Crossover> {
  const lambdaCost = remembered(costCurve(inputs, 'lambda'));
  return {
    ec2: crossoverOf(lambdaCost, costCurve(inputs, 'ec2'), options),
    fargate: crossoverOf(lambdaCost, costCurve(inputs, 'fargate'), options),
  };
}
