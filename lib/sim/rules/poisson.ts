import type { Random } from '../random';

/**
 * Poisson arrivals, seeded: how many requests land in one time step when they arrive independently
 * at an average `mean` per step. The concurrency simulator used to spread arrivals evenly (a fluid
 * model), which can never throttle below the limit; random arrivals bunch up, and that is what
 * throttles a function running at 98% of its limit (see ./erlang-b.ts).
 */

/** log(k!) for k >= 0: a table for small k, Stirling's series beyond (error below 1e-10 from k = 30). */
const LOG_FACTORIAL_TABLE = (() => {
  const table = new Float64Array(30);
  for (let k = 1; k < table.length; k++) table[k] = table[k - 1]! + Math.log(k);
  return table;
})();

export function logFactorial(k: number): number {
  if (k < LOG_FACTORIAL_TABLE.length) return LOG_FACTORIAL_TABLE[k]!;
  return k * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI * k) + 1 / (12 * k) - 1 / (360 * k * k * k);
}

/** Below this mean, draw by multiplying uniforms (Knuth); above it, by transformed rejection. */
const SMALL_MEAN = 10;

/**
 * One Poisson draw with the given mean, exact (not a normal approximation), so counts stay whole
 * and a simulation can account for every request. For small means: Knuth's product of uniforms.
 * For large ones: Hormann's transformed rejection with squeeze ("PTRS", Insurance: Mathematics and
 * Economics 12, 1993), constant time whatever the mean.
 */
export function poisson(random: Random, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean < SMALL_MEAN) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = random();
    while (product > limit) {
      k++;
      product *= random();
    }
    return k;
  }
  const sqrtMean = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * sqrtMean;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random() - 0.5;
    const v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) return k;
  }
}

/**
 * The smallest k with P(X <= k) >= p for X ~ Poisson(mean). With X the number of requests in
 * flight, this is the p-th percentile of concurrency: an M/G/infinity system (random arrivals,
 * any duration, no limit) has Poisson-distributed concurrency with mean rate x duration.
 */
export function poissonQuantile(mean: number, p: number): number {
  if (!(mean > 0) || p <= 0) return 0;
  // Start far enough below the mean that the left tail is negligible (< 1e-20), and add up.
  const start = Math.max(0, Math.floor(mean - 10 * Math.sqrt(mean) - 10));
  let cumulative = 0;
  for (let k = start; ; k++) {
    cumulative += Math.exp(-mean + k * Math.log(mean) - logFactorial(k));
    if (cumulative >= p || cumulative >= 1 - 1e-15) return k;
  }
}

/** The 99th percentile of concurrency for requests arriving at random at `rps`, each taking `durationMs`. */
export function p99Concurrency(rps: number, durationMs: number): number {
  return poissonQuantile((rps * durationMs) / 1000, 0.99);
}
