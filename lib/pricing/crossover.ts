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

/** The crossover of any two cost curves over traffic (requests a month): the general form. */
export function crossoverOf(lambdaCost: Cost, otherCost: Cost, options: CrossoverOptions = {}): Crossover {
  const from = options.fromRequests ?? TRAFFIC_RANGE.fromRequests;
  const to = options.toRequests ?? TRAFFIC_RANGE.toRequests;
  const scan = logSpaced(from, to, options.scanPoints ?? 1200);
  // The last scan point where Lambda is no dearer, found from the top down: the same point a
  // scan from the bottom would end on, but usually reached after far fewer bills.
  let lastCheaper = scan.length - 1;
  while (lastCheaper >= 0 && !(lambdaCost(scan[lastCheaper]!) <= otherCost(scan[lastCheaper]!))) lastCheaper--;
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
