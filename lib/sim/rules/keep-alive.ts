import { keepAliveSpreadSigma } from '../../data/keep-alive';
import { logNormal, type Random } from '../random';

/**
 * How long an idle execution environment survives: not a cliff at an exact minute but a spread
 * around a typical window, as measured (lib/data/keep-alive.ts). Each environment draws its own
 * idle lifetime from a log-normal whose median is the chosen window, so a request arriving just
 * inside the window is sometimes cold and one just outside it sometimes warm.
 */

/** Standard normal CDF, by Abramowitz and Stegun 7.1.26 (absolute error under 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * The chance that an environment idle for `idleMinutes` is still warm, when idle lifetimes are
 * spread log-normally around `windowMinutes` with `sigma` (0 gives the old hard cliff).
 */
export function keepAliveSurvival(idleMinutes: number, windowMinutes: number, sigma: number = keepAliveSpreadSigma.value): number {
  if (idleMinutes <= 0) return 1;
  if (sigma <= 0) return idleMinutes < windowMinutes ? 1 : 0;
  return 1 - normalCdf(Math.log(idleMinutes / windowMinutes) / sigma);
}

/** One environment's idle lifetime, minutes, seeded: median `windowMinutes`. */
export function drawKeepAliveMinutes(random: Random, windowMinutes: number, sigma: number = keepAliveSpreadSigma.value): number {
  return sigma <= 0 ? windowMinutes : logNormal(random, windowMinutes, sigma);
}
