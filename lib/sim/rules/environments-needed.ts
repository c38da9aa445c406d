import { requestsPerSecondPerEnvironment } from '../../data/invocation-paths';

/**
 * Execution environments a steady request rate needs. Little's law (rate x duration) is the
 * concurrency, but Lambda also lets one environment take at most 10 requests a second, so a
 * function whose handler is shorter than 100 ms needs rate / 10 environments, more than Little's
 * law says (lib/data/invocation-paths.ts). The old concurrency model hid this by flooring handler
 * time at 100 ms.
 */
export function environmentsNeeded(rps: number, durationMs: number): number {
  const littlesLaw = (Math.max(0, rps) * Math.max(0, durationMs)) / 1000;
  const rateRule = Math.max(0, rps) / requestsPerSecondPerEnvironment.value;
  return Math.max(0, Math.ceil(Math.max(littlesLaw, rateRule) - 1e-9));
}

/** Which rule sets the need: 'duration' (Little's law) or 'rate' (10 requests a second per environment). */
export function bindingNeed(durationMs: number): 'duration' | 'rate' {
  return durationMs * requestsPerSecondPerEnvironment.value >= 1000 ? 'duration' : 'rate';
}
