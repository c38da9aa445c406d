import { describe, expect, it } from 'vitest';
import { runtimeStartup, vpcColdStartPenaltyMs } from '../data/cold-starts';
import { lambdaPricing } from '../pricing/aws-lambda';
import {
  coldStartDefaults,
  coldStartInputRanges,
  coldStartLimits,
  coldStartRuntimes,
  dailyRate,
  describeColdStartResult,
  normaliseColdStartInput,
  simulateColdStarts,
  startupProfile,
  trafficPatterns,
  type ColdStartInput,
  type ColdStartResult,
} from './cold-start';

/** Alive environments at the series point nearest to `hour` o'clock (daily windows start at midnight). */
const aliveAt = (r: ColdStartResult, hour: number) => {
  const i = Math.round((hour * 3600) / (r.windowSec / r.fleet.series.length));
  return r.fleet.series[Math.min(i, r.fleet.series.length - 1)]!.alive;
};

describe('a run is reproducible', () => {
  it('the same seed gives the same run, so a shared link replays exactly what its author saw', () => {
    const input: Partial<ColdStartInput> = { pattern: 'bursty', rps: 3, pingMinutes: 5, seed: 42 };
    const a = simulateColdStarts(input);
    const b = simulateColdStarts(input);
    expect(b.requests.arrivalSec).toEqual(a.requests.arrivalSec);
    expect(b.requests.latencyMs).toEqual(a.requests.latencyMs);
    expect(b.requests.cold).toEqual(a.requests.cold);
    expect(b.fleet).toEqual(a.fleet);
    expect(describeColdStartResult(b)).toBe(describeColdStartResult(a));
  });

  it('a different seed gives a different run', () => {
    const a = simulateColdStarts({ seed: 1 });
    const b = simulateColdStarts({ seed: 2 });
    expect(b.requests.arrivalSec).not.toEqual(a.requests.arrivalSec);
  });
});

describe('keeping environments warm', () => {
  it('with provisioned concurrency at or above the peak, no request starts cold', () => {
    const scenario: Partial<ColdStartInput> = { pattern: 'steady', rps: 20, durationMs: 200, windowMinutes: 30 };
    const onDemand = simulateColdStarts(scenario);
    expect(onDemand.coldStarts).toBeGreaterThan(0);
    const provisioned = simulateColdStarts({ ...scenario, provisioned: onDemand.fleet.peakBusy });
    expect(provisioned.requestCount).toBe(onDemand.requestCount);
    expect(provisioned.coldStarts).toBe(0);
  });

  it('a keep-alive window longer than the gap between requests leaves only the first request cold on sparse traffic', () => {
    // One request a minute (give or take 6 s), environments kept 5 minutes.
    const r = simulateColdStarts({ pattern: 'sparse', rps: 1 / 60, keepAliveMinutes: 5, windowMinutes: 120 });
    expect(r.requestCount).toBeGreaterThan(100);
    expect(r.coldStarts).toBe(1);
    expect(r.requests.cold[0]).toBe(1);
  });

  it('a keep-alive window shorter than the gap makes every sparse request start cold', () => {
    // One request every 100 s (90 to 110 s), environments kept 1 minute.
    const r = simulateColdStarts({ pattern: 'sparse', rps: 0.01, keepAliveMinutes: 1, windowMinutes: 240 });
    expect(r.requestCount).toBeGreaterThan(100);
    expect(r.coldStartShare).toBe(1);
  });

  it('warm-up pings cut the cold-start share when requests are further apart than the keep-alive', () => {
    const scenario: Partial<ColdStartInput> = { pattern: 'sparse', rps: 0.01, keepAliveMinutes: 1.5, windowMinutes: 240 };
    const without = simulateColdStarts(scenario);
    const withPings = simulateColdStarts({ ...scenario, pingMinutes: 1 });
    expect(without.coldStartShare).toBeGreaterThan(0.9);
    expect(withPings.coldStartShare).toBeLessThan(0.05);
    // Pings are not user requests: the same requests arrive either way, and pings are counted apart.
    expect(withPings.requestCount).toBe(without.requestCount);
    expect(withPings.pings.count).toBe(240);
  });

  it('a ping keeps only one environment warm, so it helps little when bursts need several at once', () => {
    const scenario: Partial<ColdStartInput> = { pattern: 'bursty', rps: 0.2, keepAliveMinutes: 5, windowMinutes: 1440, seed: 7 };
    const without = simulateColdStarts(scenario);
    const withPings = simulateColdStarts({ ...scenario, pingMinutes: 4 });
    expect(withPings.coldStarts).toBeLessThan(without.coldStarts);
    expect(withPings.coldStarts).toBeGreaterThan(without.coldStarts / 3);
  });

  it('warm requests go to the most recently used environment, so surplus environments age out even under steady traffic', () => {
    // A request every 0.2 s on average, far more often than the 10-minute keep-alive: only LIFO
    // reuse lets environments left over from a momentary peak sit idle long enough to be reclaimed.
    const r = simulateColdStarts({ pattern: 'steady', rps: 5, durationMs: 200, windowMinutes: 360 });
    expect(r.fleet.environmentsCreated).toBeGreaterThan(2 * r.fleet.peakAlive);
  });
});

describe('latency', () => {
  it.each(coldStartRuntimes.flatMap((runtime) => trafficPatterns.map((pattern) => [runtime, pattern] as const)))(
    'latency percentiles are ordered, p50 <= p95 <= p99 <= max (%s, %s traffic)',
    (runtime, pattern) => {
      const r = simulateColdStarts({ runtime, pattern, rps: 2, keepAliveMinutes: 2, windowMinutes: 120 });
      for (const s of [r.latency.all, r.latency.warm, r.latency.cold, r.coldStartDurationMs]) {
        if (s.count === 0) continue;
        expect(s.p50).toBeLessThanOrEqual(s.p95);
        expect(s.p95).toBeLessThanOrEqual(s.p99);
        expect(s.p99).toBeLessThanOrEqual(s.max);
      }
    },
  );

  it('Java with SnapStart has a lower p99 than plain Java when most requests start cold', () => {
    const coldHeavy: Partial<ColdStartInput> = { pattern: 'sparse', rps: 0.01, keepAliveMinutes: 1, windowMinutes: 240, packageMb: 20, memoryMb: 1024 };
    const java = simulateColdStarts({ ...coldHeavy, runtime: 'java' });
    const snapStart = simulateColdStarts({ ...coldHeavy, runtime: 'java-snapstart' });
    expect(java.coldStartShare).toBe(1);
    expect(snapStart.latency.all.p99).toBeLessThan(java.latency.all.p99 / 2);
  });

  it("isolates' cold starts are under 5 ms", () => {
    const r = simulateColdStarts({ runtime: 'isolate', pattern: 'bursty', rps: 5, keepAliveMinutes: 1, windowMinutes: 1440 });
    expect(r.coldStarts).toBeGreaterThan(50);
    expect(r.coldStartDurationMs.max).toBeLessThan(5);
  });

  it('one isolate serves overlapping requests, so a burst never starts a second one', () => {
    const r = simulateColdStarts({ runtime: 'isolate', pattern: 'steady', rps: 50, durationMs: 500, windowMinutes: 10 });
    expect(r.fleet.peakBusy).toBe(1);
    expect(r.fleet.environmentsCreated).toBe(1);
  });

  it('a cold request waits for the start-up and then its handler; a warm one only for its handler', () => {
    const r = simulateColdStarts({ pattern: 'sparse', rps: 0.01, keepAliveMinutes: 1, durationMs: 50, durationSpread: 0, windowMinutes: 30 });
    expect(r.latency.warm.count).toBe(0);
    expect(r.latency.all.p50 - 50).toBeCloseTo(r.coldStartDurationMs.p50, 6);
  });
});

describe('what a cold start is made of', () => {
  it('the runtime base comes from lambda-perf: Rust and Go start fastest, Java slowest of the plain runtimes', () => {
    const median = (runtime: ColdStartInput['runtime']) => runtimeStartup[runtime].value.medianMs;
    expect(median('rust')).toBeLessThan(median('go'));
    expect(median('go')).toBeLessThan(median('python'));
    expect(median('python')).toBeLessThan(median('nodejs'));
    expect(median('nodejs')).toBeLessThan(median('java'));
  });

  it('a larger package makes a cold start slower', () => {
    const small = startupProfile({ runtime: 'nodejs', memoryMb: 512, packageMb: 1, vpc: false });
    const large = startupProfile({ runtime: 'nodejs', memoryMb: 512, packageMb: 50, vpc: false });
    expect(large.medianMs).toBeGreaterThan(small.medianMs + 300);
  });

  it('more memory speeds up package loading only up to one full vCPU (1,769 MB)', () => {
    const at = (memoryMb: number) => startupProfile({ runtime: 'python', memoryMb, packageMb: 50, vpc: false }).medianMs;
    expect(at(128)).toBeGreaterThan(at(512));
    expect(at(512)).toBeGreaterThan(at(1769));
    expect(at(10_240)).toBe(at(1769));
  });

  it('a VPC adds tens of milliseconds since the 2019 Hyperplane change, not the 1 to 3 s once quoted', () => {
    const plain = startupProfile({ runtime: 'nodejs', memoryMb: 512, packageMb: 5, vpc: false });
    const inVpc = startupProfile({ runtime: 'nodejs', memoryMb: 512, packageMb: 5, vpc: true });
    expect(inVpc.medianMs - plain.medianMs).toBe(vpcColdStartPenaltyMs.value);
    expect(vpcColdStartPenaltyMs.value).toBeLessThan(100);
  });
});

describe('traffic patterns', () => {
  it.each(trafficPatterns)('%s traffic arrives at the average rate asked for', (pattern) => {
    // Bursty traffic swings the most: average five seeds over a day.
    const seeds = [1, 2, 3, 4, 5];
    const total = seeds.reduce((sum, seed) => sum + simulateColdStarts({ pattern, rps: 1, windowMinutes: 1440, seed }).requestCount, 0);
    expect(Math.abs(total / seeds.length / 86_400 - 1)).toBeLessThan(0.15);
  });

  it("the daily curve averages to rps over a day, is lowest at 04:00 and highest at 16:00", () => {
    let sum = 0;
    for (let s = 0; s < 86_400; s += 60) sum += dailyRate(2, s);
    expect(sum / 1440).toBeCloseTo(2, 6);
    expect(dailyRate(2, 4 * 3600)).toBeLessThan(dailyRate(2, 0));
    expect(dailyRate(2, 16 * 3600)).toBeCloseTo(3.6, 6);
  });

  it('a daily curve needs more environments in the afternoon than before dawn', () => {
    const r = simulateColdStarts({ pattern: 'daily', rps: 5, durationMs: 200, windowMinutes: 1440 });
    expect(aliveAt(r, 16)).toBeGreaterThan(aliveAt(r, 4));
  });

  it('sparse traffic is nearly regular: every gap is within 10% of 1/rps', () => {
    const { requests } = simulateColdStarts({ pattern: 'sparse', rps: 0.1, windowMinutes: 60 });
    for (let i = 1; i < requests.arrivalSec.length; i++) {
      const gap = requests.arrivalSec[i]! - requests.arrivalSec[i - 1]!;
      expect(gap).toBeGreaterThanOrEqual(9);
      expect(gap).toBeLessThanOrEqual(11);
    }
  });
});

describe('billing', () => {
  it('billed time rounds each invocation up to the next millisecond', () => {
    const r = simulateColdStarts({ pattern: 'steady', rps: 1, durationMs: 10.2, durationSpread: 0, provisioned: 10, windowMinutes: 10 });
    expect(r.coldStarts).toBe(0);
    expect(r.billing.billedMs).toBe(11 * r.requestCount);
  });

  it('INIT is billed for on-demand cold starts (since 1 August 2025), but a Java SnapStart restore is not', () => {
    const scenario: Partial<ColdStartInput> = { pattern: 'sparse', rps: 0.01, keepAliveMinutes: 1, windowMinutes: 60 };
    const node = simulateColdStarts({ ...scenario, runtime: 'nodejs' });
    const coldStartMs = node.coldStartDurationMs.mean * node.coldStarts;
    expect(node.billing.billedInitMs).toBeCloseTo(coldStartMs, 6);
    expect(simulateColdStarts({ ...scenario, runtime: 'java-snapstart' }).billing.billedInitMs).toBe(0);
  });

  it('provisioned concurrency is billed for every configured second, used or not', () => {
    const r = simulateColdStarts({ provisioned: 2, memoryMb: 1024, windowMinutes: 60, rps: 0.01, pattern: 'sparse' });
    expect(r.billing.provisionedConfiguredGbSeconds).toBe(7200);
    const price = lambdaPricing.provisioned.x86.concurrencyPricePerGbSecond.value;
    expect(r.billing.costUsd.provisionedConcurrency).toBeCloseTo(7200 * price, 12);
  });

  it('warm-up pings are billed as invocations even though they are not user requests', () => {
    const r = simulateColdStarts({ pattern: 'sparse', rps: 0.01, pingMinutes: 5, windowMinutes: 60 });
    expect(r.pings.count).toBe(12);
    expect(r.billing.invocations).toBe(r.requestCount + 12);
  });

  it('isolates are not billed on Lambda terms', () => {
    expect(simulateColdStarts({ runtime: 'isolate' }).billing.model).toBe('not-modelled');
  });
});

describe('inputs and the summary sentence', () => {
  it('out-of-range inputs are clamped to the published ranges, and unknown names fall back to defaults', () => {
    const input = normaliseColdStartInput({ memoryMb: 64, rps: 1e9, windowMinutes: 0, pattern: 'weekly' as never, pingMinutes: 0.2 });
    expect(input.memoryMb).toBe(coldStartInputRanges.memoryMb.min);
    expect(input.rps).toBe(coldStartInputRanges.rps.max);
    expect(input.windowMinutes).toBe(coldStartInputRanges.windowMinutes.min);
    expect(input.pattern).toBe(coldStartDefaults.pattern);
    expect(input.pingMinutes).toBe(1);
  });

  it('the summary sentence gives the cold share, the p99 against warm requests and the fleet size', () => {
    const r = simulateColdStarts({ pattern: 'bursty', rps: 2, keepAliveMinutes: 1, seed: 3 });
    const text = describeColdStartResult(r);
    expect(r.coldStarts).toBeGreaterThan(0);
    expect(text).toMatch(/^\d+(\.\d)?% of requests \([\d,]+ of [\d,]+\) started cold; p99 was [\d,.]+ ms against [\d,.]+ ms for warm requests; at most \d+ execution environments? w(as|ere) alive at once\.$/);
  });

  it('a run stops at 2,000,000 requests and says when, so a huge scenario cannot exhaust memory', { timeout: 60_000 }, () => {
    const r = simulateColdStarts({ pattern: 'steady', rps: 1000, windowMinutes: 40, durationMs: 10 });
    expect(r.requestCount).toBe(coldStartLimits.maxRequests);
    expect(r.truncatedAtSec).not.toBeNull();
    expect(r.windowSec).toBe(r.truncatedAtSec);
    expect(r.windowSec).toBeGreaterThan(1900);
    expect(r.windowSec).toBeLessThan(2100);
  });

  it('a nightly job, one request a day, starts cold, and the sentence speaks of one request', () => {
    const r = simulateColdStarts({ pattern: 'sparse', rps: 1 / 86_400, windowMinutes: 1440, seed: 19 });
    expect(coldStartInputRanges.rps.min).toBeLessThanOrEqual(1 / 86_400);
    expect(r.requestCount).toBe(1);
    expect(r.coldStarts).toBe(1);
    expect(describeColdStartResult(r)).toMatch(/^The only request started cold; p99 was [\d,]+ ms; at most 1 execution environment was alive at once\.$/);
  });

  it('the summary sentence says so when no request arrived', () => {
    // One request per 100 s at a random phase: with this seed the first falls after the 1-minute window.
    const r = simulateColdStarts({ pattern: 'sparse', rps: 0.01, windowMinutes: 1, seed: 2 });
    expect(r.requestCount).toBe(0);
    expect(describeColdStartResult(r)).toBe('No requests arrived in the 60 s window.');
  });
});
