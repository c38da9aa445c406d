import type { ConcurrencyResult } from './result';

export interface ConservationReport {
  /** True when the identity holds at every step. */
  ok: boolean;
  /** The first step where it fails, or -1. */
  firstViolationStep: number;
  /** The largest |arrivals - accounted| seen, in requests. */
  maxGap: number;
}

/**
 * Checks that no request is created or lost, at every step:
 *   arrivals so far = completed + dropped (throttled-and-dropped, failed-not-retried)
 *                     + in the dead-letter queue + still queued (incl. retry waiting) + in flight.
 * Counts are whole numbers held exactly in Float64 arrays, so the check is exact.
 */
export function checkConservation(result: ConcurrencyResult): ConservationReport {
  const { arrivals, completed, dropped, dlq, queueDepth, inFlight } = result.series;
  let arrived = 0;
  let finished = 0;
  let maxGap = 0;
  let firstViolationStep = -1;
  for (let s = 0; s < result.steps; s++) {
    arrived += arrivals[s]!;
    finished += completed[s]! + dropped[s]! + dlq[s]!;
    const gap = Math.abs(arrived - (finished + queueDepth[s]! + inFlight[s]!));
    if (gap > maxGap) maxGap = gap;
    if (gap !== 0 && firstViolationStep < 0) firstViolationStep = s;
  }
  return { ok: firstViolationStep < 0, firstViolationStep, maxGap };
}
