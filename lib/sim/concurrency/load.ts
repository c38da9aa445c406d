import type { ConcurrencyInput } from './inputs';

/** The model's time step. Every per-step series holds one value per 100 ms. */
export const STEP_MS = 100;
const STEPS_PER_SECOND = 1000 / STEP_MS;

/** Flash sale timing, as shares of the window: base, then peak from 10% to 50%, then base again. */
export const SPIKE_START_SHARE = 0.1;
export const SPIKE_END_SHARE = 0.5;
/** The daily curve compresses one day into the window: quietest at 04:00, busiest at 16:00. */
export const DAILY_TROUGH_HOUR = 4;

/**
 * Offered load, requests per second, at `tSeconds` into the window.
 * - steady: `base` throughout.
 * - spike: `base`, a jump to `peak` at 10% of the window, held until 50%, then `base` again
 *   (a flash sale; the second half shows the recovery and any queue draining).
 * - ramp: `base` to `peak` in a straight line over the window.
 * - daily: one day squeezed into the window, a cosine from `base` (04:00) to `peak` (16:00).
 */
export function offeredRate(input: Pick<ConcurrencyInput, 'pattern' | 'base' | 'peak' | 'window'>, tSeconds: number): number {
  const { pattern, base, peak } = input;
  const share = Math.min(1, Math.max(0, tSeconds / (input.window * 60)));
  switch (pattern) {
    case 'steady':
      return base;
    case 'spike':
      return share >= SPIKE_START_SHARE && share < SPIKE_END_SHARE ? peak : base;
    case 'ramp':
      return base + (peak - base) * share;
    case 'daily': {
      const hour = share * 24;
      return base + ((peak - base) * (1 - Math.cos((2 * Math.PI * (hour - DAILY_TROUGH_HOUR)) / 24))) / 2;
    }
  }
}

/**
 * Whole arrivals per step. The fractional remainder is carried to the next step, so the total
 * over the window equals the integral of the rate (to within one request) and every request can
 * be accounted for exactly.
 */
export class ArrivalCounter {
  private carry = 0;
  constructor(private readonly input: Pick<ConcurrencyInput, 'pattern' | 'base' | 'peak' | 'window'>) {}

  /** Arrivals in step `s`; also returns the rate used, through `lastRate`. */
  lastRate = 0;
  next(s: number): number {
    this.lastRate = offeredRate(this.input, s / STEPS_PER_SECOND);
    this.carry += this.lastRate / STEPS_PER_SECOND;
    // A tiny epsilon stops 0.1 + 0.2-style rounding from losing a request at a whole number.
    const whole = Math.floor(this.carry + 1e-9);
    this.carry -= whole;
    return whole;
  }
}

export const secondsToSteps = (seconds: number): number => Math.round(seconds * STEPS_PER_SECOND);
export const stepsPerSecond = STEPS_PER_SECOND;
