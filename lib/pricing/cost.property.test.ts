import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EC2_INSTANCE_TYPES } from './aws-ec2';
import { monthlyCostAt, monthlyCosts, type CostOption } from './compare';
import { findCrossover } from './crossover';
import { costExplorerSchema as R, type CostExplorerInputs } from './explorer-inputs';
import { FRONT_DOORS } from './front-door';
import { durationCharge } from './lambda-charges';
import { lambdaMonthlyBill, type LambdaWorkload } from './lambda-cost';
import { memoryTuning } from './memory-tuning';

const between = (range: { min: number; max: number }) => fc.double({ min: range.min, max: range.max, noNaN: true });
const wholeBetween = (range: { min: number; max: number }) => fc.integer({ min: range.min, max: range.max });
/** Traffic spread evenly over the orders of magnitude, not bunched near the top of the range. */
const traffic = fc.double({ min: Math.log10(R.requests.min), max: Math.log10(R.requests.max), noNaN: true }).map((e) => 10 ** e);

const inputsArb: fc.Arbitrary<CostExplorerInputs> = fc.record({
  memory: wholeBetween(R.memory),
  duration: between(R.duration),
  requests: traffic,
  arch: fc.constantFrom('x86' as const, 'arm' as const),
  freeTier: fc.boolean(),
  front: fc.constantFrom(...FRONT_DOORS.map((f) => f.value)),
  peakRatio: between(R.peakRatio),
  scaling: fc.constantFrom('peak' as const, 'hourly' as const),
  instance: fc.constantFrom(...EC2_INSTANCE_TYPES),
  rpsPerInstance: between(R.rpsPerInstance),
  minInstances: wholeBetween(R.minInstances),
  savings: between(R.savings),
  taskVcpu: between(R.taskVcpu),
  taskMemory: between(R.taskMemory),
  rpsPerTask: between(R.rpsPerTask),
  provisioned: wholeBetween(R.provisioned),
  ephemeral: wholeBetween(R.ephemeral),
  coldShare: between(R.coldShare),
  initMs: between(R.initMs),
  cpuShare: between(R.cpuShare),
  threads: wholeBetween(R.threads),
});

const workloadArb: fc.Arbitrary<LambdaWorkload> = inputsArb.chain((i) =>
  fc.constant({
    memoryMb: i.memory,
    durationMs: i.duration,
    requests: i.requests,
    arch: i.arch,
    freeTier: i.freeTier,
    ephemeralMb: i.ephemeral,
    coldSharePercent: i.coldShare,
    initMs: i.initMs,
    provisionedConcurrency: i.provisioned,
    front: i.front,
  }),
);

const finiteAndNonNegative = (n: number) => Number.isFinite(n) && n >= 0;

describe('for every input in range (property-based)', () => {
  it('every bill, every line of it and every usage figure is a finite, non-negative number', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const { lambda, ec2, fargate } = monthlyCosts(inputs);
        const numbers = [...Object.values(lambda.breakdown), ...Object.values(lambda.usage), lambda.total];
        for (const fleet of [ec2, fargate]) numbers.push(fleet.total, fleet.onDemand, fleet.savingsCredit, fleet.unitHours, ...fleet.hourlyUnits);
        expect(numbers.every(finiteAndNonNegative)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('the Lambda total is its charges less the free-tier credit', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(workloadArb, (w) => {
        const { breakdown, total } = lambdaMonthlyBill(w);
        const { freeTierCredit, ...charges } = breakdown;
        const gross = Object.values(charges).reduce((a, b) => a + b, 0);
        expect(Math.abs(total - (gross - freeTierCredit))).toBeLessThanOrEqual(1e-9 * Math.max(1, gross));
      }),
      { numRuns: 100 },
    );
  });

  it('cost never decreases as traffic grows, for Lambda, the EC2 fleet and Fargate', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(inputsArb, traffic, traffic, fc.constantFrom<CostOption>('lambda', 'ec2', 'fargate'), (inputs, a, b, option) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const atLow = monthlyCostAt(inputs, option, low);
        expect(monthlyCostAt(inputs, option, high)).toBeGreaterThanOrEqual(atLow - 1e-9 * atLow);
      }),
      { numRuns: 100 },
    );
  });

  it('Arm costs less than x86 for the same GB-seconds, and never more for the same workload', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e11, noNaN: true }), workloadArb, (gbs, w) => {
        expect(durationCharge(gbs, 'arm')).toBeLessThan(durationCharge(gbs, 'x86'));
        expect(lambdaMonthlyBill({ ...w, arch: 'arm' }).total).toBeLessThanOrEqual(lambdaMonthlyBill({ ...w, arch: 'x86' }).total);
      }),
      { numRuns: 100 },
    );
  });

  it('the free tier never makes a bill negative, never raises it, and never credits more than requests and duration cost', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(workloadArb, fc.double({ min: 0, max: 2e6, noNaN: true }), (w, requests) => {
        for (const r of [requests, w.requests]) {
          const free = lambdaMonthlyBill({ ...w, requests: r, freeTier: true });
          const paid = lambdaMonthlyBill({ ...w, requests: r, freeTier: false });
          const { requests: req, duration, init, freeTierCredit } = free.breakdown;
          expect(free.total).toBeGreaterThanOrEqual(0);
          expect(free.total).toBeLessThanOrEqual(paid.total);
          expect(freeTierCredit).toBeLessThanOrEqual((req + duration + init) * (1 + 1e-12));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a crossover, when there is one, lies in the chart\'s range and Lambda is dearer there', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(inputsArb, fc.constantFrom('ec2' as const, 'fargate' as const), (inputs, against) => {
        const c = findCrossover(inputs, against);
        if (c.kind !== 'crossover') return;
        expect(c.requestsPerMonth).toBeGreaterThanOrEqual(R.requests.min);
        expect(c.requestsPerMonth).toBeLessThanOrEqual(R.requests.max);
        expect(Number.isFinite(c.sustainedRps) && c.sustainedRps > 0).toBe(true);
        expect(monthlyCostAt(inputs, 'lambda', c.requestsPerMonth)).toBeGreaterThan(monthlyCostAt(inputs, against, c.requestsPerMonth));
      }),
      { numRuns: 40 },
    );
  });

  it('memory tuning gives finite, positive durations and costs, and its cheapest point is no dearer than any other', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 60_000, noNaN: true }), fc.double({ min: 0, max: 60_000, noNaN: true }), fc.integer({ min: 1, max: 64 }), (cpu, io, threads) => {
        const r = memoryTuning({ cpuBoundMsAt1769: cpu, ioBoundMs: io, parallelism: threads });
        for (const p of r.points) expect(finiteAndNonNegative(p.durationMs) && p.costPerInvocation > 0 && Number.isFinite(p.costPerInvocation)).toBe(true);
        for (const p of r.points) expect(r.cheapest.costPerInvocation).toBeLessThanOrEqual(p.costPerInvocation * (1 + 1e-9));
        for (const p of r.points) expect(r.fastest.durationMs).toBeLessThanOrEqual(p.durationMs * (1 + 1e-9));
      }),
      { numRuns: 100 },
    );
  });
});
