import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coldStartInputRanges,
  coldStartRuntimes,
  describeColdStartResult,
  simulateColdStarts,
  trafficPatterns,
  type ColdStartInput,
  type ColdStartResult,
  type PercentileSummary,
} from './cold-start';

const r = coldStartInputRanges;

/**
 * Any in-range scenario, kept small (windows up to 30 minutes, up to 20 requests/s) so each case
 * runs in milliseconds. Memory, package size, spread, keep-alive and seed span their full ranges.
 */
const scenario: fc.Arbitrary<ColdStartInput> = fc.record({
  runtime: fc.constantFrom(...coldStartRuntimes),
  memoryMb: fc.integer({ min: r.memoryMb.min, max: r.memoryMb.max }),
  packageMb: fc.double({ min: r.packageMb.min, max: r.packageMb.max, noNaN: true }),
  vpc: fc.boolean(),
  provisioned: fc.integer({ min: 0, max: 5 }),
  keepAliveMinutes: fc.double({ min: r.keepAliveMinutes.min, max: r.keepAliveMinutes.max, noNaN: true }),
  pattern: fc.constantFrom(...trafficPatterns),
  rps: fc.double({ min: r.rps.min, max: 20, noNaN: true }),
  durationMs: fc.double({ min: r.durationMs.min, max: 5000, noNaN: true }),
  durationSpread: fc.double({ min: r.durationSpread.min, max: r.durationSpread.max, noNaN: true }),
  pingMinutes: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 10, noNaN: true })),
  windowMinutes: fc.integer({ min: r.windowMinutes.min, max: 30 }),
  seed: fc.integer({ min: r.seed.min, max: r.seed.max }),
});

function expectFiniteSummary(s: PercentileSummary): void {
  for (const v of [s.p50, s.p95, s.p99, s.max, s.mean]) expect(Number.isFinite(v)).toBe(true);
  if (s.count > 0) {
    expect(s.p50).toBeLessThanOrEqual(s.p95);
    expect(s.p95).toBeLessThanOrEqual(s.p99);
    expect(s.p99).toBeLessThanOrEqual(s.max);
  }
}

function expectEveryArrivalServedOnce(res: ColdStartResult): void {
  const { arrivalSec, latencyMs, cold } = res.requests;
  expect(latencyMs.length).toBe(arrivalSec.length);
  expect(cold.length).toBe(arrivalSec.length);
  expect(res.requestCount).toBe(arrivalSec.length);
  expect(res.coldStarts + res.warmRequests).toBe(res.requestCount);
  expect(cold.reduce((sum, c) => sum + c, 0)).toBe(res.coldStarts);
  expect(res.latency.all.count).toBe(res.requestCount);
  expect(res.latency.cold.count).toBe(res.coldStarts);
  expect(res.latency.warm.count).toBe(res.warmRequests);
  expect(res.coldStartDurationMs.count).toBe(res.coldStarts);
}

/** Index of the first request with a non-finite or non-positive latency or an out-of-order arrival; -1 if none. */
function firstBadRequest(res: ColdStartResult): number {
  const { arrivalSec, latencyMs } = res.requests;
  for (let i = 0; i < res.requestCount; i++) {
    const latency = latencyMs[i]!;
    const arrival = arrivalSec[i]!;
    const inOrder = i === 0 || arrival >= arrivalSec[i - 1]!;
    if (!(Number.isFinite(latency) && latency > 0 && arrival >= 0 && arrival < res.windowSec && inOrder)) return i;
  }
  return -1;
}

/** The first inconsistency in the fleet's series and lanes, described; null if none. */
function fleetProblem(res: ColdStartResult): string | null {
  for (const p of res.fleet.series) {
    if (![p.timeSec, p.alive, p.busy].every(Number.isFinite)) return `non-finite point at ${p.timeSec}`;
    if (p.busy > p.alive || p.alive < p.provisioned) return `busy ${p.busy} / alive ${p.alive} at ${p.timeSec}`;
  }
  for (const lane of res.fleet.lanes) {
    let cursor = lane.createdAtSec;
    for (const i of lane.intervals) {
      const ok = i.startSec >= cursor - 1e-9 && i.endSec > i.startSec && i.endSec <= res.windowSec;
      if (!ok) return `lane ${lane.id}: ${i.kind} ${i.startSec}..${i.endSec} after ${cursor}`;
      cursor = i.endSec;
    }
  }
  return null;
}

describe('any in-range scenario (property-based)', () => {
  it('gives finite outputs and serves every arrival exactly once (cold + warm = total)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const res = simulateColdStarts(input);
        expectEveryArrivalServedOnce(res);
        expect(firstBadRequest(res)).toBe(-1);
        for (const s of [res.latency.all, res.latency.warm, res.latency.cold, res.coldStartDurationMs]) expectFiniteSummary(s);
        expect(Number.isFinite(res.coldStartShare) && res.coldStartShare >= 0 && res.coldStartShare <= 1).toBe(true);
        expect(fleetProblem(res)).toBeNull();
        const money = [res.billing.billedMs, res.billing.billedGbSeconds, res.billing.provisionedConfiguredGbSeconds, res.billing.costUsd.total];
        for (const v of money) expect(Number.isFinite(v) && v >= 0).toBe(true);
        expect(describeColdStartResult(res)).toMatch(/\.$/);
      }),
      { numRuns: 150 },
    );
  });

  it('on Lambda, every cold start (a request or a ping) created exactly one on-demand environment', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenario.filter((s) => s.runtime !== 'isolate'), (input) => {
        const res = simulateColdStarts(input);
        const onDemandCreated = res.fleet.environmentsCreated - res.fleet.provisioned;
        expect(res.coldStarts + res.pings.coldStarts).toBe(onDemandCreated);
        expect(res.fleet.peakAlive).toBeLessThanOrEqual(res.fleet.environmentsCreated);
        expect(res.billing.invocations).toBe(res.requestCount + res.pings.count);
      }),
      { numRuns: 100 },
    );
  });
});
