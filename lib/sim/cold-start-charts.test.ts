import { describe, expect, it } from 'vitest';
import { simulateColdStarts } from './cold-start';
import { arrivalStrip, fittingSpan, laneSpans, latencyHistogram, logTicks, stateAt, timeTicks } from './cold-start-charts';

const run = simulateColdStarts({ pattern: 'bursty', rps: 0.5, keepalive: 2, window: 60, seed: 3 });

describe('the latency histogram', () => {
  it('counts every request once, warm and cold apart, in log-spaced bins', () => {
    const bins = latencyHistogram(run.requests);
    expect(bins).toHaveLength(36);
    expect(bins.reduce((s, b) => s + b.warm, 0)).toBe(run.warmRequests);
    expect(bins.reduce((s, b) => s + b.cold, 0)).toBe(run.coldStarts);
    const ratios = bins.map((b) => b.hiMs / b.loMs);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 9);
    expect(bins[0]!.loMs).toBeCloseTo(run.latency.all.p50 > 0 ? Math.min(...run.requests.latencyMs) : 0, 9);
    expect(bins.every((b) => b.pinned === null)).toBe(true);
  });

  it('shares its bins with a pinned run, so both can be drawn on the same axes', () => {
    const pinned = simulateColdStarts({ runtime: 'java', pattern: 'bursty', rps: 0.5, keepalive: 2, window: 60, seed: 3, pkg: 30 });
    const bins = latencyHistogram(run.requests, pinned.requests);
    expect(bins.reduce((s, b) => s + (b.pinned ?? 0), 0)).toBe(pinned.requestCount);
    expect(bins.reduce((s, b) => s + b.warm + b.cold, 0)).toBe(run.requestCount);
    expect(bins[bins.length - 1]!.hiMs).toBeCloseTo(Math.max(run.latency.all.max, pinned.latency.all.max), 6);
  });

  it('gives a lone request a visible bin, and no request no bins (the view says so instead)', () => {
    const one = latencyHistogram({ latencyMs: [250], cold: [1] }, null, 10);
    expect(one.reduce((s, b) => s + b.cold, 0)).toBe(1);
    expect(one[0]!.loMs).toBeLessThan(250);
    expect(one[9]!.hiMs).toBeGreaterThan(250);
    expect(latencyHistogram({ latencyMs: [], cold: [] })).toEqual([]);
  });
});

describe('arrivals along the window', () => {
  it('counts every arrival and every cold start once', () => {
    const strip = arrivalStrip(run.requests.arrivalSec, run.requests.cold, run.windowSec, 120);
    expect(strip.requests.reduce((s, n) => s + n, 0)).toBe(run.requestCount);
    expect(strip.cold.reduce((s, n) => s + n, 0)).toBe(run.coldStarts);
    expect(strip.peak).toBe(Math.max(...strip.requests));
    expect(strip.binSec).toBe(30);
  });

  it('can count only the start of the run, for lanes zoomed in on it', () => {
    const strip = arrivalStrip(run.requests.arrivalSec, run.requests.cold, 600, 60);
    const early = Array.from(run.requests.arrivalSec).filter((t) => t <= 600).length;
    expect(strip.requests.reduce((s, n) => s + n, 0)).toBe(early);
  });
});

describe('how much of the run the lanes show', () => {
  it('offers the whole run and shorter round spans', () => {
    expect(laneSpans(86_400)).toEqual([86_400, 14_400, 3600, 600]);
    expect(laneSpans(3600)).toEqual([3600, 600]);
    expect(laneSpans(300)).toEqual([300]);
  });

  it('fits the span to the lanes shown, with a little room after the last one ends', () => {
    expect(fittingSpan(86_400, [2000, 9000])).toBe(14_400);
    expect(fittingSpan(86_400, [3500])).toBe(14_400);
    expect(fittingSpan(86_400, [400])).toBe(600);
    expect(fittingSpan(86_400, [86_400])).toBe(86_400);
    expect(fittingSpan(3600, [])).toBe(3600);
  });
});

describe('the run at a moment', () => {
  it('counts the requests and cold starts that had happened by then', () => {
    expect(stateAt(run, 0).requestsSoFar).toBe(run.requests.arrivalSec.filter((t) => t <= 0).length);
    const end = stateAt(run, run.windowSec);
    expect(end.requestsSoFar).toBe(run.requestCount);
    expect(end.coldStartsSoFar).toBe(run.coldStarts);
    const mid = stateAt(run, 1800);
    const before = Array.from(run.requests.arrivalSec).filter((t) => t <= 1800).length;
    expect(mid.requestsSoFar).toBe(before);
    expect(mid.coldStartsSoFar).toBe(Array.from(run.requests.cold.slice(0, before)).reduce((s, c) => s + c, 0));
    expect(mid.alive).toBeLessThanOrEqual(run.fleet.peakAlive);
    expect(mid.busy).toBeLessThanOrEqual(mid.alive);
  });

  it('clamps times outside the window', () => {
    expect(stateAt(run, -5).timeSec).toBe(0);
    expect(stateAt(run, 1e9).timeSec).toBe(run.windowSec);
  });
});

describe('times and ticks as people read them', () => {
  it('puts log ticks at 1, 2 and 5 times powers of ten, or at the ends of a narrow range', () => {
    expect(logTicks(30, 1200)).toEqual([50, 100, 200, 500, 1000]);
    expect(logTicks(200, 300)).toEqual([200, 300]);
  });

  it('puts time ticks on round values, at most seven of them', () => {
    expect(timeTicks(3600)).toEqual([0, 600, 1200, 1800, 2400, 3000, 3600]);
    expect(timeTicks(86_400)).toEqual([0, 14_400, 28_800, 43_200, 57_600, 72_000, 86_400]);
    for (const w of [60, 90, 300, 5400, 86_400]) expect(timeTicks(w).length).toBeLessThanOrEqual(7);
  });
});
