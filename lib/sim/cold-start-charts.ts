/**
 * What the cold-start simulator's charts need from a run, computed here (pure, tested) so the
 * view only draws: a latency histogram that a pinned run can share, arrivals binned along the
 * window, the fleet's state at a moment of the animation, and times written as people say them.
 */
import type { ColdStartResult } from './cold-start';

/** The latencies of one run: every user request's end-to-end time and whether it started cold. */
export interface RunLatencies {
  latencyMs: ArrayLike<number>;
  cold: ArrayLike<number>;
}

export interface HistogramBin {
  /** Lower and upper edge, ms. Bins are equal widths on a log scale. */
  loMs: number;
  hiMs: number;
  /** Requests of the current run that found a warm environment / started cold. */
  warm: number;
  cold: number;
  /** All requests of the pinned run in this bin; null when nothing is pinned. */
  pinned: number | null;
}

function range(values: ArrayLike<number>, into: { lo: number; hi: number }): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!(v > 0) || !Number.isFinite(v)) continue;
    if (v < into.lo) into.lo = v;
    if (v > into.hi) into.hi = v;
  }
}

/**
 * Latency histogram with log-spaced bins: warm requests take tens of ms and cold ones hundreds or
 * thousands, so equal widths on a log scale show both. The bins span the current run and the
 * pinned one, so the two can be drawn on the same axes. An empty run gives no bins.
 */
export function latencyHistogram(current: RunLatencies, pinned: RunLatencies | null = null, binCount = 36): HistogramBin[] {
  const span = { lo: Number.POSITIVE_INFINITY, hi: 0 };
  range(current.latencyMs, span);
  if (pinned) range(pinned.latencyMs, span);
  if (span.hi === 0) return [];
  // One value (a single request, or no spread) still gets a visible bin around it.
  const lo = span.lo === span.hi ? span.lo / 1.25 : span.lo;
  const hi = span.lo === span.hi ? span.hi * 1.25 : span.hi;
  const logLo = Math.log(lo);
  const width = (Math.log(hi) - logLo) / binCount;
  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, i) => ({
    loMs: Math.exp(logLo + i * width),
    hiMs: Math.exp(logLo + (i + 1) * width),
    warm: 0,
    cold: 0,
    pinned: pinned ? 0 : null,
  }));
  const binOf = (v: number) => Math.min(binCount - 1, Math.max(0, Math.floor((Math.log(v) - logLo) / width)));
  for (let i = 0; i < current.latencyMs.length; i++) {
    const bin = bins[binOf(current.latencyMs[i] as number)] as HistogramBin;
    if (current.cold[i] === 1) bin.cold++;
    else bin.warm++;
  }
  if (pinned) {
    for (let i = 0; i < pinned.latencyMs.length; i++) (bins[binOf(pinned.latencyMs[i] as number)] as HistogramBin).pinned! += 1;
  }
  return bins;
}

export interface ArrivalStrip {
  binSec: number;
  requests: Int32Array;
  cold: Int32Array;
  /** The most requests in one bin (at least 1, so heights can be divided by it). */
  peak: number;
}

/**
 * Requests and cold starts counted in `bins` equal slices of the first `spanSec` of the run, for
 * the strip above the lanes (which may show only the start of a long run). Later arrivals are left out.
 */
export function arrivalStrip(arrivalSec: ArrayLike<number>, cold: ArrayLike<number>, spanSec: number, bins: number): ArrivalStrip {
  const binSec = spanSec / bins;
  const requests = new Int32Array(bins);
  const colds = new Int32Array(bins);
  for (let i = 0; i < arrivalSec.length; i++) {
    const t = arrivalSec[i] as number;
    if (t > spanSec) break;
    const b = Math.min(bins - 1, Math.max(0, Math.floor(t / binSec)));
    requests[b]!++;
    if (cold[i] === 1) colds[b]!++;
  }
  let peak = 1;
  for (const n of requests) if (n > peak) peak = n;
  return { binSec, requests, cold: colds, peak };
}

/** Index of the first value greater than x in an ascending array. */
function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const coldPrefixes = new WeakMap<ColdStartResult, Int32Array>();

/** Cold starts among the first i requests, for every i (computed once per run). */
function coldPrefix(r: ColdStartResult): Int32Array {
  let prefix = coldPrefixes.get(r);
  if (!prefix) {
    const { cold } = r.requests;
    prefix = new Int32Array(cold.length + 1);
    for (let i = 0; i < cold.length; i++) prefix[i + 1] = (prefix[i] as number) + (cold[i] as number);
    coldPrefixes.set(r, prefix);
  }
  return prefix;
}

export interface MomentState {
  timeSec: number;
  /** Requests that had arrived by this time, and how many of them started cold. */
  requestsSoFar: number;
  coldStartsSoFar: number;
  /** The most environments alive / busy at once in the series interval holding this time. */
  alive: number;
  busy: number;
}

/** The run as it stood at `timeSec`: what the animation's readout says at the playhead. */
export function stateAt(r: ColdStartResult, timeSec: number): MomentState {
  const t = Math.min(r.windowSec, Math.max(0, timeSec));
  const requestsSoFar = upperBound(r.requests.arrivalSec, t);
  const { series } = r.fleet;
  const binSec = r.windowSec / Math.max(1, series.length);
  const sample = series[Math.min(series.length - 1, Math.floor(t / binSec))];
  return {
    timeSec: t,
    requestsSoFar,
    coldStartsSoFar: coldPrefix(r)[requestsSoFar] as number,
    alive: sample?.alive ?? 0,
    busy: sample?.busy ?? 0,
  };
}

/** Ticks at 1, 2 and 5 times each power of ten inside [lo, hi] (a log axis a reader can read). */
export function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  if (!(lo > 0) || !(hi >= lo)) return ticks;
  for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++) {
    for (const m of [1, 2, 5]) {
      const t = Number((m * 10 ** p).toPrecision(6));
      if (t >= lo && t <= hi) ticks.push(t);
    }
  }
  // A narrow range (one bin around a lone request) may hold no 1-2-5 value: label its ends.
  return ticks.length >= 2 ? ticks : [lo, hi];
}

const TIME_STEPS_SEC = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 14_400, 21_600, 43_200];

/** Round time ticks from 0 to the window's end, at most `most` of them. */
export function timeTicks(windowSec: number, most = 7): number[] {
  const step = TIME_STEPS_SEC.find((s) => windowSec / s <= most - 1) ?? 43_200;
  const ticks: number[] = [];
  for (let t = 0; t <= windowSec + 1e-9; t += step) ticks.push(t);
  return ticks;
}

/** How much of a run the lanes can show: the whole run, or its first 4 h, 1 h or 10 min. */
export function laneSpans(windowSec: number): number[] {
  return [windowSec, ...[14_400, 3600, 600].filter((s) => s < windowSec)];
}

/**
 * The shortest span that still shows the given lanes until they were reclaimed (or the run ended):
 * the first environments of a long run often live only its first hours.
 */
export function fittingSpan(windowSec: number, laneEnds: readonly number[]): number {
  if (laneEnds.length === 0) return windowSec;
  const extent = Math.max(...laneEnds);
  const spans = laneSpans(windowSec);
  return [...spans].reverse().find((s) => s >= extent * 1.05) ?? windowSec;
}
