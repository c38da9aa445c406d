import { describe, expect, it } from 'vitest';
import { presetState } from '../../url-state';
import { checkConservation } from './conservation';
import { LimitCause } from './outcome';
import { concurrencyPresets } from './presets';
import type { ConcurrencyResult } from './result';
import { concurrencyScenario } from './scenario';
import { concurrencySchema, type ConcurrencyState } from './schema';
import { summariseConcurrency } from './summary';

const runConcurrency = concurrencyScenario.run;

/** Each preset must really show its story in the model's numbers, not only in its description. */
const state = (id: string): ConcurrencyState => {
  const preset = concurrencyPresets.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return presetState(concurrencySchema, preset);
};
const run = (id: string, change: Partial<ConcurrencyState> = {}): ConcurrencyResult => runConcurrency({ ...state(id), ...change });

describe('the concurrency presets', () => {
  it('are the six stories the issue names, each one conserving every request', () => {
    expect(concurrencyPresets.map((p) => p.id)).toEqual([
      'flash-sale-limit',
      'scaling-rate-spike',
      'db-100-connections',
      'queue-protects-db',
      'reserved-backpressure',
      'async-dlq',
    ]);
    for (const preset of concurrencyPresets) {
      expect(checkConservation(runConcurrency(presetState(concurrencySchema, preset))).ok, preset.id).toBe(true);
    }
  });

  it('flash sale: 2,000 environments needed, the 1,000 account limit throttles the whole sale, and a higher limit fixes most of it', () => {
    const r = run('flash-sale-limit');
    expect(r.requiredAtPeak).toBe(2000);
    expect(r.totals.peakConcurrency).toBe(1000);
    expect(r.totals.throttledBy[LimitCause.AccountLimit]).toBe(r.totals.throttled);
    expect(r.totals.lastThrottleS! - r.totals.firstThrottleS!).toBeGreaterThan(110); // the sale lasts 2 minutes
    const raised = run('flash-sale-limit', { limit: 3000 });
    expect(raised.totals.throttledRequests).toBeLessThan(r.totals.throttledRequests / 10);
    expect(summariseConcurrency(r)).toMatch(/account limit of 1,000/);
  });

  it('scaling rate: far under the limit, yet the first 20 seconds are throttled by the scaling rate alone', () => {
    const r = run('scaling-rate-spike');
    expect(r.requiredAtPeak).toBe(3000);
    expect(r.functionCap).toBe(10_000);
    expect(r.totals.throttled).toBeGreaterThan(0);
    expect(r.totals.throttledBy[LimitCause.ScalingRate]).toBe(r.totals.throttled);
    const seconds = r.totals.lastThrottleS! - r.totals.firstThrottleS!;
    expect(seconds).toBeGreaterThanOrEqual(15);
    expect(seconds).toBeLessThanOrEqual(25);
    expect(summariseConcurrency(r)).toMatch(/could add only 1,000 environments every 10 s/);
  });

  it('database with 100 connections: 3,000 environments wanted, 100 run, most calls fail', () => {
    const r = run('db-100-connections');
    expect(r.requiredAtPeak).toBe(3000);
    expect(r.functionCap).toBeGreaterThanOrEqual(3000);
    expect(Math.max(...r.series.dbConnections)).toBe(100);
    expect(r.totals.peakConcurrency).toBe(100);
    expect(r.totals.dbErrors).toBeGreaterThan(r.totals.arrivals / 2);
    expect(r.totals.completed).toBeLessThan(r.totals.arrivals / 10);
  });

  it('a queue and a cap protect the database: no errors, nothing lost, the queue drains; without the cap the database fails', () => {
    const r = run('queue-protects-db');
    expect(r.input.mode).toBe('sqs');
    expect(r.totals.peakConcurrency).toBeLessThanOrEqual(90);
    expect(r.totals.dbErrors).toBe(0);
    expect(r.totals.dropped + r.totals.deadLetterQueue + r.totals.stillQueued).toBe(0);
    expect(r.totals.maxQueueDepth).toBeGreaterThan(100_000);
    expect(run('queue-protects-db', { maxconc: 0 }).totals.dbErrors).toBeGreaterThan(0);
  });

  it('reserved concurrency as backpressure: events wait minutes in Lambda’s queue, none fails or is lost; without the cap the database fails', () => {
    const r = run('reserved-backpressure');
    expect(r.input.mode).toBe('async');
    expect(r.functionCap).toBe(100);
    expect(r.totals.peakConcurrency).toBe(100);
    expect(r.totals.dbErrors).toBe(0);
    expect(r.totals.dropped + r.totals.deadLetterQueue).toBe(0);
    expect(r.totals.maxOldestAgeS).toBeGreaterThan(120);
    expect(run('reserved-backpressure', { reserved: 0 }).totals.dbErrors).toBeGreaterThan(0);
  });

  it('async retries land in the DLQ: failed events are retried, those still failing are dead-lettered, and none is dropped', () => {
    const r = run('async-dlq');
    expect(r.input.mode).toBe('async');
    expect(r.totals.retried).toBeGreaterThan(0);
    expect(r.totals.deadLetterQueue).toBeGreaterThan(0);
    expect(r.totals.dropped).toBe(0);
    // Without retries every failure goes straight to the DLQ: retries rescue most of them.
    expect(run('async-dlq', { asyncretries: 0 }).totals.deadLetterQueue).toBeGreaterThan(2 * r.totals.deadLetterQueue);
  });
});
