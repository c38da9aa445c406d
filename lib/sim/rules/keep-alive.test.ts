import { describe, expect, it } from 'vitest';
import { keepAliveObservedRange, keepAliveSpreadSigma, keepAliveStudies } from '../../data/keep-alive';
import { createRandom } from '../random';
import { drawKeepAliveMinutes, keepAliveSurvival, normalCdf } from './keep-alive';

describe('keep-alive is a spread around a window, not a cliff', () => {
  it('the studies span about 5 to 60 minutes of idle time, and AWS publishes none', () => {
    expect(keepAliveObservedRange).toEqual({ min: 5, max: 60 });
    expect(keepAliveStudies.length).toBeGreaterThanOrEqual(3);
  });

  it('with a 6-minute window, an environment idle 5 minutes is usually warm and one idle 7 minutes usually cold (Shilkov: 5 to 7 minutes)', () => {
    expect(keepAliveSurvival(5, 6)).toBeGreaterThan(0.85);
    expect(keepAliveSurvival(7, 6)).toBeLessThan(0.15);
  });

  it('at exactly the window, half the environments are still warm', () => {
    expect(keepAliveSurvival(10, 10)).toBeCloseTo(0.5, 6);
  });

  it('just inside and just outside a 10-minute window are no longer all-or-nothing', () => {
    const inside = keepAliveSurvival(9.5, 10);
    const outside = keepAliveSurvival(10.5, 10);
    expect(inside).toBeGreaterThan(0.5);
    expect(inside).toBeLessThan(0.8);
    expect(outside).toBeGreaterThan(0.2);
    expect(outside).toBeLessThan(0.5);
  });

  it('a spread of 0 gives back the hard cliff the simulator used before', () => {
    expect(keepAliveSurvival(9.99, 10, 0)).toBe(1);
    expect(keepAliveSurvival(10, 10, 0)).toBe(0);
    expect(drawKeepAliveMinutes(createRandom(1), 10, 0)).toBe(10);
  });

  it('drawn lifetimes centre on the window and spread as measured', () => {
    const random = createRandom(9);
    const draws = Array.from({ length: 20_000 }, () => drawKeepAliveMinutes(random, 6));
    const within = draws.filter((m) => m >= 5 && m <= 7).length / draws.length;
    expect(within).toBeGreaterThan(0.75);
    expect(within).toBeLessThan(0.85);
    expect(draws.filter((m) => m < 6).length / draws.length).toBeCloseTo(0.5, 1);
    expect(keepAliveSpreadSigma.value).toBeCloseTo(0.131, 3);
  });

  it('the normal CDF is right at a few known points', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.2815515655446004)).toBeCloseTo(0.9, 6);
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 6);
  });
});
