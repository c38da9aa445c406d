import { describe, expect, it } from 'vitest';
import { throttledEventOutcome, throttleRetryDelaySeconds, throttleRetryDelaySteps, throttleRetrySchedule } from './async-retry';

describe('a throttled asynchronous event is queued and retried, not lost', () => {
  it('it waits at least 1 s before its first retry (the old model retried within a third of a second)', () => {
    expect(throttleRetryDelaySeconds(1)).toBe(1);
    expect(throttleRetryDelaySteps(1, 100)).toBe(10);
  });

  it('the wait grows exponentially to a cap of 5 minutes', () => {
    const delays = Array.from({ length: 12 }, (_, i) => throttleRetryDelaySeconds(i + 1));
    expect(delays.slice(0, 5)).toEqual([1, 2, 4, 8, 16]);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(Math.max(...delays)).toBe(300);
    expect(delays.at(-1)).toBe(300);
  });

  it('with the default 6-hour maximum age, an event gets about 80 attempts before it gives up', () => {
    const schedule = throttleRetrySchedule(21_600);
    expect(schedule[0]).toBe(0);
    expect(schedule.at(-1)).toBeLessThanOrEqual(21_600);
    expect(schedule.length).toBeGreaterThan(70);
    expect(schedule.length).toBeLessThan(90);
  });

  it('an event throttled for 10 minutes runs after capacity returns, but up to 5 minutes later than it could have', () => {
    const outcome = throttledEventOutcome(600, 21_600);
    expect(outcome.expired).toBe(false);
    expect(outcome.ranAtSeconds).toBeGreaterThanOrEqual(600);
    expect(outcome.ranAtSeconds! - 600).toBeLessThanOrEqual(300);
  });

  it('with a maximum age of 60 s, an event throttled for two minutes expires after 6 attempts', () => {
    const outcome = throttledEventOutcome(120, 60);
    expect(outcome).toEqual({ ranAtSeconds: null, attempts: 6, expired: true });
  });

  it('an event that finds concurrency at once runs on its first attempt', () => {
    expect(throttledEventOutcome(0, 60)).toEqual({ ranAtSeconds: 0, attempts: 1, expired: false });
  });
});
