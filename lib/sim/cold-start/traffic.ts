import { exponential, type Random } from '../random';
import { NumberBuffer } from './buffers';
import type { TrafficPattern } from './inputs';

/**
 * Arrival times for each traffic pattern. Every pattern has the same long-run average rate, `rps`,
 * so switching pattern changes only how requests bunch together, not how many there are.
 */

/** Bursty: a burst lasts 60 s on average and a quiet spell 540 s, so bursts fill 10% of the time. */
export const BURST_MEAN_SEC = 60;
export const QUIET_MEAN_SEC = 540;
const BURST_SHARE = BURST_MEAN_SEC / (BURST_MEAN_SEC + QUIET_MEAN_SEC);

/** Daily: the rate swings 80% either side of its mean, lowest at 04:00 and highest at 16:00. */
export const DAILY_SWING = 0.8;
export const DAILY_TROUGH_SEC = 4 * 3600;
const DAY_SEC = 86_400;

/** Sparse: each gap is 1/rps, give or take up to 10% (a cron job or webhook, not a crowd). */
export const SPARSE_JITTER = 0.1;

export interface Arrivals {
  /** Arrival times in seconds from the start of the window, ascending. */
  times: Float64Array;
  /** Set when generation stopped at `maxRequests`: the time of the last arrival kept. */
  truncatedAtSec: number | null;
}

/** Collects arrivals up to the window's end or the request cap, whichever comes first. */
class ArrivalSink {
  readonly buffer: NumberBuffer;
  truncatedAtSec: number | null = null;

  constructor(
    readonly windowSec: number,
    private readonly maxRequests: number,
    expected: number,
  ) {
    this.buffer = new NumberBuffer(Math.min(maxRequests, expected + 6 * Math.sqrt(expected) + 16));
  }

  /** Adds `t`; false once the window or the cap is reached, to stop the generator. */
  add(t: number): boolean {
    if (t >= this.windowSec || this.truncatedAtSec !== null) return false;
    if (this.buffer.length >= this.maxRequests) {
      this.truncatedAtSec = this.buffer.get(this.buffer.length - 1);
      return false;
    }
    this.buffer.push(t);
    return true;
  }
}

/** Poisson arrivals: gaps are exponential with mean 1/rate (memoryless, like independent users). */
function poissonBetween(random: Random, sink: ArrivalSink, rate: number, from: number, to: number): boolean {
  for (let t = from + exponential(random, 1 / rate); t < to; t += exponential(random, 1 / rate)) {
    if (!sink.add(t)) return false;
  }
  return true;
}

/**
 * An on/off source: spells alternate between a burst (Poisson at rps / 0.1, i.e. ten times the
 * average) and silence, each spell's length exponential with the means above. It starts in a burst
 * with probability 0.1, the long-run share, so the expected rate over any window is `rps`.
 */
function bursty(random: Random, sink: ArrivalSink, rps: number): void {
  let inBurst = random() < BURST_SHARE;
  for (let t = 0; t < sink.windowSec; inBurst = !inBurst) {
    const end = t + exponential(random, inBurst ? BURST_MEAN_SEC : QUIET_MEAN_SEC);
    if (inBurst && !poissonBetween(random, sink, rps / BURST_SHARE, t, Math.min(end, sink.windowSec))) return;
    t = end;
  }
}

/** The daily rate at time t (window starts at midnight); its mean over a whole day is `rps`. */
export function dailyRate(rps: number, tSec: number): number {
  return rps * (1 - DAILY_SWING * Math.cos((2 * Math.PI * (tSec - DAILY_TROUGH_SEC)) / DAY_SEC));
}

/** Non-uniform Poisson by thinning (Lewis and Shedler): candidates at the peak rate, kept in proportion. */
function daily(random: Random, sink: ArrivalSink, rps: number): void {
  const peak = rps * (1 + DAILY_SWING);
  for (let t = exponential(random, 1 / peak); t < sink.windowSec; t += exponential(random, 1 / peak)) {
    if (random() * peak < dailyRate(rps, t) && !sink.add(t)) return;
  }
}

/** Nearly regular: a random phase, then gaps of 1/rps +/- SPARSE_JITTER. */
function sparse(random: Random, sink: ArrivalSink, rps: number): void {
  const gap = 1 / rps;
  for (let t = random() * gap; sink.add(t); ) t += gap * (1 + SPARSE_JITTER * (2 * random() - 1));
}

export function generateArrivals(
  random: Random,
  pattern: TrafficPattern,
  rps: number,
  windowSec: number,
  maxRequests: number,
): Arrivals {
  const sink = new ArrivalSink(windowSec, maxRequests, rps * windowSec * (pattern === 'daily' ? 1 + DAILY_SWING : 1));
  if (pattern === 'steady') poissonBetween(random, sink, rps, 0, windowSec);
  else if (pattern === 'bursty') bursty(random, sink, rps);
  else if (pattern === 'daily') daily(random, sink, rps);
  else sparse(random, sink, rps);
  return { times: sink.buffer.toArray(), truncatedAtSec: sink.truncatedAtSec };
}

/**
 * Warm-up pings: one at the start of the window and then every `pingMinutes` (0 = none). A ping
 * more often than once a minute is no warmer than one a minute, and would only add events.
 */
export function pingTimes(pingMinutes: number, windowSec: number): Float64Array {
  if (pingMinutes <= 0) return new Float64Array(0);
  const every = Math.max(1, pingMinutes) * 60;
  const times = new Float64Array(Math.ceil(windowSec / every));
  for (let i = 0; i < times.length; i++) times[i] = i * every;
  return times;
}
