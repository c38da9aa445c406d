import { describe, expect, it } from 'vitest';
import {
  checkConservation,
  downsampleConcurrency,
  LimitCause,
  requiredConcurrency,
  simulateConcurrency,
  summariseConcurrency,
  type ConcurrencyInput,
  type ConcurrencyResult,
} from './concurrency';

const run = (input: Partial<ConcurrencyInput>) => simulateConcurrency(input);
const seconds = (r: ConcurrencyResult, step: number) => (step * r.stepMs) / 1000;
const maxOf = (xs: ArrayLike<number>) => {
  let max = -Infinity;
  for (let i = 0; i < xs.length; i++) max = Math.max(max, xs[i]!);
  return max;
};
const meanOver = (xs: ArrayLike<number>, from: number, to: number) => {
  let sum = 0;
  for (let s = from; s < to; s++) sum += xs[s]!;
  return sum / (to - from);
};
const firstStep = (xs: ArrayLike<number>, test: (x: number) => boolean) => {
  for (let s = 0; s < xs.length; s++) if (test(xs[s]!)) return s;
  return -1;
};

describe("Little's law in the simulator", () => {
  it('the helper is the course formula: 100 requests/s of 200 ms keep 20 environments busy', () => {
    expect(requiredConcurrency(100, 200)).toBeCloseTo(20);
  });

  it('steady load needs rate x duration environments', () => {
    const r = run({ pattern: 'steady', base: 1000, duration: 250, coldstart: 0, window: 2 });
    const needed = requiredConcurrency(1000, 250);
    expect(r.totals.peakEnvironments).toBe(needed);
    expect(meanOver(r.series.concurrency, r.steps - 600, r.steps)).toBeCloseTo(needed, 6);
    expect(r.requiredAtPeak).toBe(needed);
  });

  it('cold starts make the first wave hold environments longer, so it briefly needs more of them', () => {
    const r = run({ pattern: 'steady', base: 1000, duration: 250, coldstart: 250, window: 2 });
    expect(r.totals.peakEnvironments).toBeGreaterThan(requiredConcurrency(1000, 250));
    expect(meanOver(r.series.concurrency, r.steps - 600, r.steps)).toBeCloseTo(250, 6);
  });
});

describe('the scaling rate', () => {
  it('with the current scaling rule going from 0 to 5,000 environments takes at least 40 seconds', () => {
    const r = run({ pattern: 'steady', base: 100_000, duration: 1000, limit: 10_000, coldstart: 0, window: 2 });
    const reached = seconds(r, firstStep(r.series.environments, (e) => e >= 5000));
    expect(reached).toBeGreaterThanOrEqual(40);
    expect(reached).toBeLessThan(41); // 1,000 at once, then 100 a second: no slower either
    expect(r.totals.throttledBy[LimitCause.ScalingRate]).toBeGreaterThan(0);
  });

  it('the legacy rule serves a 3,000-environment spike at once, where the current rule throttles while it scales', () => {
    const spike = { pattern: 'spike', base: 100, peak: 15_000, duration: 200, limit: 10_000, coldstart: 0, window: 2 } as const;
    const legacy = run({ ...spike, scaling: 'legacy' });
    const current = run({ ...spike, scaling: 'current' });
    expect(legacy.totals.throttled).toBe(0);
    expect(current.totals.throttled).toBeGreaterThan(0);
  });

  it('but the legacy rule throttles a long spike far more: after its burst it adds only 500 environments a minute', () => {
    const spike = { pattern: 'spike', base: 100, peak: 50_000, duration: 200, limit: 10_000, window: 10 } as const;
    const legacy = run({ ...spike, scaling: 'legacy' });
    const current = run({ ...spike, scaling: 'current' });
    expect(legacy.totals.throttled).toBeGreaterThan(2 * current.totals.throttled);
    expect(current.totals.peakEnvironments).toBe(10_000);
    expect(legacy.totals.peakEnvironments).toBeLessThan(6000); // 3,000 + 4 minutes x 500
  });
});

describe('concurrency limits', () => {
  it('no throttling while demand stays under every limit', () => {
    for (const mode of ['sync', 'async'] as const) {
      const r = run({ mode, pattern: 'ramp', base: 0, peak: 2000, duration: 200, window: 10 });
      expect(r.totals.throttled).toBe(0);
      expect(r.totals.dropped + r.totals.deadLetterQueue).toBe(0);
      expect(r.totals.maxQueueDepth).toBe(0);
      expect(r.totals.completed + r.totals.inFlight).toBe(r.totals.arrivals);
    }
  });

  it('reserved concurrency caps concurrency, and the function can never exceed it', () => {
    const r = run({ pattern: 'steady', base: 1000, duration: 200, reserved: 100, window: 2 });
    expect(r.functionCap).toBe(100);
    expect(maxOf(r.series.concurrency)).toBe(100);
    expect(maxOf(r.series.effectiveLimit)).toBeLessThanOrEqual(100);
    expect(r.totals.throttledBy[LimitCause.ReservedConcurrency]).toBe(r.totals.throttled);
    expect(r.totals.throttled).toBeGreaterThan(0);
  });

  it('provisioned environments are warm from the first request, so the same load pays no cold starts', () => {
    const load = { pattern: 'steady', base: 500, duration: 200, coldstart: 250, window: 1 } as const;
    expect(run({ ...load, provisioned: 100 }).totals.coldStarts).toBe(0);
    expect(run(load).totals.coldStarts).toBeGreaterThan(0);
  });

  it('a retried request still counts once as an arrival, and retries turn some 429s into successes', () => {
    const load = { pattern: 'spike', base: 100, peak: 8000, duration: 200, window: 2 } as const;
    const noRetry = run({ ...load, retries: 0 });
    const threeRetries = run({ ...load, retries: 3 });
    expect(threeRetries.totals.arrivals).toBe(noRetry.totals.arrivals);
    expect(threeRetries.totals.retried).toBeGreaterThan(0);
    expect(threeRetries.totals.throttledAndDropped).toBeLessThan(noRetry.totals.throttledAndDropped);
  });
});

describe('a queue in front', () => {
  const overload = { pattern: 'spike', base: 100, peak: 800, duration: 200, reserved: 100, batch: 1, window: 20 } as const;

  it('a queue in front (SQS) turns throttles into queue depth with nothing lost', () => {
    const sync = run({ ...overload, mode: 'sync' });
    const sqs = run({ ...overload, mode: 'sqs' });
    expect(sync.totals.throttledAndDropped).toBeGreaterThan(0);
    expect(sqs.totals.maxQueueDepth).toBeGreaterThan(10_000);
    expect(sqs.totals.dropped + sqs.totals.deadLetterQueue).toBe(0);
    expect(sqs.totals.stillQueued).toBe(0); // drained before the window ends
    expect(sqs.totals.completed + sqs.totals.inFlight).toBe(sqs.totals.arrivals);
  });

  it('async events older than the maximum event age go to the dead-letter queue', () => {
    const r = run({ mode: 'async', pattern: 'steady', base: 1000, duration: 200, reserved: 10, maxage: 60, window: 3 });
    expect(r.totals.deadLetterQueue).toBeGreaterThan(0);
    expect(r.totals.maxOldestAgeS).toBeLessThanOrEqual(60.1);
    expect(checkConservation(r).ok).toBe(true);
  });

  it('SQS pollers start at five concurrent batches and add up to 300 a minute', () => {
    const r = run({ mode: 'sqs', pattern: 'steady', base: 10_000, duration: 1000, batch: 10, window: 2 });
    expect(r.series.concurrency[0]).toBe(5);
    expect(r.series.concurrency[9]).toBeLessThanOrEqual(10); // 5 more a second
    const atOneMinute = r.series.concurrency[600]!;
    expect(atOneMinute).toBeGreaterThan(290);
    expect(atOneMinute).toBeLessThanOrEqual(305);
    expect(r.series.limitedBy[300]).toBe(LimitCause.Pollers);
  });

  it('the event source maximum concurrency caps SQS invocations without any throttling', () => {
    const r = run({ mode: 'sqs', pattern: 'steady', base: 2000, duration: 1000, batch: 1, maxconc: 50, window: 2 });
    expect(maxOf(r.series.concurrency)).toBe(50);
    expect(r.totals.throttled).toBe(0);
    expect(r.series.limitedBy[r.steps - 1]).toBe(LimitCause.MaximumConcurrency);
  });
});

describe('the database behind the function', () => {
  const load = { pattern: 'steady', base: 1000, duration: 200, window: 2 } as const;

  it('without a proxy each running environment holds a connection, so concurrency above dbconn fails calls', () => {
    const r = run({ ...load, dbconn: 100 });
    expect(r.totals.dbErrors).toBeGreaterThan(0);
    expect(maxOf(r.series.dbConnections)).toBe(100);
    expect(r.totals.failed).toBe(r.totals.dbErrors); // sync: the error goes back to the caller
  });

  it('a proxy holds connections only while queries run, so the same load fits the same database', () => {
    const r = run({ ...load, dbconn: 100, proxy: true, querypct: 20 });
    expect(r.totals.dbErrors).toBe(0);
    expect(meanOver(r.series.dbConnections, r.steps - 600, r.steps)).toBeCloseTo(40, 0); // 200 running x 20%
  });

  it('async database errors are retried (after 1 and 2 minutes) and then sent to the dead-letter queue', () => {
    const r = run({ ...load, mode: 'async', dbconn: 50, window: 5 });
    expect(r.totals.retried).toBeGreaterThan(0);
    expect(r.totals.deadLetterQueue).toBeGreaterThan(0);
    expect(r.totals.dropped).toBe(0);
  });

  it('SQS messages that keep failing reach the DLQ sooner with a lower maxReceiveCount', () => {
    const sqs = { ...load, mode: 'sqs', batch: 10, dbconn: 5, visibility: 10, window: 3 } as const;
    const once = run({ ...sqs, maxreceive: 1 });
    const five = run({ ...sqs, maxreceive: 5 });
    expect(five.totals.retried).toBeGreaterThan(0);
    expect(once.totals.deadLetterQueue).toBeGreaterThan(five.totals.deadLetterQueue);
  });
});

describe('request accounting', () => {
  const scenarios: Partial<ConcurrencyInput>[] = [
    { mode: 'sync', pattern: 'spike', peak: 50_000, limit: 10_000, dbconn: 3000 },
    { mode: 'sync', pattern: 'daily', base: 100, peak: 3000, retries: 5, backoff: 5000, reserved: 300 },
    { mode: 'async', pattern: 'spike', peak: 20_000, maxage: 60, dbconn: 400, asyncretries: 1 },
    { mode: 'sqs', pattern: 'ramp', peak: 20_000, batch: 7, maxconc: 30, dbconn: 20, maxreceive: 3, visibility: 5 },
    { mode: 'sqs', pattern: 'spike', peak: 5000, reserved: 50, duration: 1234, proxy: true, dbconn: 10 },
  ];

  it('the conservation identity holds at every step', () => {
    for (const scenario of scenarios) {
      const report = checkConservation(run({ ...scenario, window: 4 }));
      expect(report, JSON.stringify(scenario)).toEqual({ ok: true, firstViolationStep: -1, maxGap: 0 });
    }
  });

  it('the checker catches a request that goes missing', () => {
    const r = run({ window: 1 });
    r.series.completed[10]! += 1;
    const report = checkConservation(r);
    expect(report.ok).toBe(false);
    expect(report.firstViolationStep).toBe(10);
  });

  it('the same input always gives the same result', () => {
    const input = { mode: 'async', pattern: 'daily', peak: 9000, dbconn: 500, window: 3 } as const;
    expect(run(input).totals).toEqual(run(input).totals);
  });
});

describe('outputs for the view and the quiz', () => {
  it('the chart has about 600 points and keeps the peak of a short spike', () => {
    const r = run({ pattern: 'spike', peak: 20_000, limit: 5000, window: 60 });
    const chart = downsampleConcurrency(r);
    expect(chart.length).toBeLessThanOrEqual(600);
    expect(chart.length).toBeGreaterThan(500);
    expect(maxOf(chart.map((p) => p.concurrency))).toBe(r.totals.peakConcurrency);
    expect(chart.some((p) => p.limitedBy === LimitCause.ScalingRate)).toBe(true);
  });

  it('the summary is one sentence that names the scaling rate as the cause of a spike’s throttling', () => {
    const r = run({ pattern: 'spike', base: 100, peak: 50_000, limit: 10_000, window: 5 });
    const sentence = summariseConcurrency(r);
    expect(sentence).toMatch(/^\d+% of requests were throttled/);
    expect(sentence).toContain('could add only 1,000 environments every 10 s');
    expect(sentence.endsWith('.')).toBe(true);
    expect(sentence.slice(0, -1)).not.toMatch(/\.\s/);
  });

  it('the summary says so when a queue absorbed the excess and nothing was lost', () => {
    const r = run({ mode: 'sqs', pattern: 'spike', base: 100, peak: 800, duration: 200, reserved: 100, batch: 1, window: 20 });
    expect(summariseConcurrency(r)).toMatch(/^A queue absorbed the excess.*nothing was lost/);
  });

  it('an SQS maximum concurrency of 1 is read as 2, the least AWS accepts', () => {
    const r = run({ mode: 'sqs', maxconc: 1, window: 1 });
    expect(r.input.maxconc).toBe(2);
    expect(Math.max(...r.series.concurrency)).toBeLessThanOrEqual(2);
  });

  it('with no traffic at all, Little\'s law needs 0 environments at the peak, never -0', () => {
    const r = run({ base: 0, peak: 0, window: 1 });
    expect(Object.is(r.requiredAtPeak, 0)).toBe(true);
    expect(summariseConcurrency(r)).not.toMatch(/-0\b/);
    expect(summariseConcurrency(r)).toMatch(/^No requests arrived; .*Little's law needs 0 at the peak/);
  });
});
