/**
 * Seeded randomness for the simulators. Every model takes a seed so that a run, a test and a
 * shared link reproduce the same result. mulberry32 is a small, fast 32-bit generator with good
 * enough statistical quality for teaching simulations (not for cryptography).
 */
export type Random = () => number;

export function createRandom(seed: number): Random {
  let state = (Math.trunc(seed) >>> 0) || 0x9e3779b9;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Exponential gap with the given mean: the time between Poisson arrivals. */
export function exponential(random: Random, mean: number): number {
  return -Math.log(1 - random()) * mean;
}

/** Standard normal by Box-Muller (one value per call, the second is discarded for simplicity). */
export function standardNormal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Log-normal draw given its median and a spread factor sigma (the standard deviation of the
 * underlying normal). Latencies are skewed to the right, so a log-normal fits them better
 * than a normal: most requests sit near the median and a few take much longer.
 */
export function logNormal(random: Random, median: number, sigma: number): number {
  return median * Math.exp(sigma * standardNormal(random));
}
