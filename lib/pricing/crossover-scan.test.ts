import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EC2_INSTANCE_TYPES } from './aws-ec2';
import { costCurve } from './compare';
import { crossoverOf, findCrossover, type Crossover } from './crossover';
import { completeInputs, COST_EXPLORER_RANGES as R } from './explorer-inputs';
import { sustainedRps } from './month';
import { logSpaced, TRAFFIC_RANGE } from './traffic';

/** The crossover as first written: price every scan point, keep the last where Lambda is no dearer. */
function everyPoint(lambda: (r: number) => number, other: (r: number) => number, from = TRAFFIC_RANGE.fromRequests, to = TRAFFIC_RANGE.toRequests): Crossover {
  const scan = logSpaced(from, to, 1200);
  let last = -1;
  scan.forEach((r, i) => {
    if (lambda(r) <= other(r)) last = i;
  });
  if (last === scan.length - 1) return { kind: 'lambda-cheaper-throughout', toRequests: to };
  if (last === -1) return { kind: 'lambda-dearer-throughout', fromRequests: from };
  let lo = scan[last]!;
  let hi = scan[last + 1]!;
  for (let i = 0; i < 200 && hi / lo > 1 + 1e-12; i++) {
    const mid = Math.sqrt(lo * hi);
    if (lambda(mid) <= other(mid)) lo = mid;
    else hi = mid;
  }
  return { kind: 'crossover', requestsPerMonth: hi, sustainedRps: sustainedRps(hi) };
}

describe('the crossover scan skips blocks where Lambda cannot be cheaper, and finds what a full scan finds', () => {
  it('on staircases with many steps, where Lambda is cheaper again just after each', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-7, max: 1e-4, noNaN: true }), fc.double({ min: 1, max: 500, noNaN: true }), fc.double({ min: 1e4, max: 1e8, noNaN: true }), (perRequest, step, width) => {
        const lambda = (r: number) => r * perRequest;
        const stairs = (r: number) => step * Math.max(2, Math.ceil(r / width));
        expect(crossoverOf(lambda, stairs)).toEqual(everyPoint(lambda, stairs));
      }),
      { numRuns: 300 },
    );
  });

  it('for the explorer’s own options, over their inputs', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.record({
          memory: fc.integer({ min: R.memory.min, max: R.memory.max }),
          duration: fc.double({ min: 1, max: 5000, noNaN: true }),
          instance: fc.constantFrom(...EC2_INSTANCE_TYPES),
          rpsPerInstance: fc.double({ min: R.rpsPerInstance.min, max: R.rpsPerInstance.max, noNaN: true }),
          peakRatio: fc.double({ min: R.peakRatio.min, max: R.peakRatio.max, noNaN: true }),
          scaling: fc.constantFrom('peak' as const, 'hourly' as const),
          provisioned: fc.integer({ min: 0, max: 20 }),
          freeTier: fc.boolean(),
          front: fc.constantFrom('none' as const, 'rest' as const, 'http' as const),
        }),
        fc.constantFrom('ec2' as const, 'fargate' as const),
        (partial, against) => {
          const inputs = completeInputs(partial);
          expect(findCrossover(inputs, against)).toEqual(everyPoint(costCurve(inputs, 'lambda'), costCurve(inputs, against)));
        },
      ),
      { numRuns: 150 },
    );
  });
});
