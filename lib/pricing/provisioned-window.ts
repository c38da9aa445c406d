import type { Architecture } from './aws-lambda';
import {
  billableGbSeconds,
  billableRequests,
  billedMs,
  durationCharge,
  gbSeconds,
  provisionedConcurrencyCharge,
  provisionedDurationCharge,
  requestCharge,
} from './lambda-charges';
import { HOURS_PER_MONTH } from './month';

/**
 * Provisioned concurrency switched on for part of the month (a launch day, business hours), as the
 * pricing page's examples use it, rather than all month as the cost explorer assumed. It is billed
 * "from the time you enable it on your function until it is disabled, rounded up to the nearest
 * five minutes" (AWS Lambda pricing). Invocations inside the window run on the provisioned
 * environments at the lower provisioned duration price; the rest run on demand. The free tier, when
 * on, comes off the requests and the on-demand GB-seconds, as in the page's first example.
 */
export interface ProvisionedWindow {
  environments: number;
  memoryMb: number;
  arch: Architecture;
  /** Hours a month provisioned concurrency is on (0 to 730). */
  hoursPerMonth: number;
  requestsOnProvisioned: number;
  durationMsOnProvisioned: number;
  requestsOnDemand: number;
  durationMsOnDemand: number;
  freeTier: boolean;
}

export interface ProvisionedWindowBill {
  breakdown: {
    provisionedConcurrency: number;
    provisionedDuration: number;
    requests: number;
    onDemandDuration: number;
  };
  /** The provisioned time billed, hours: rounded up to five minutes. */
  billedHours: number;
  total: number;
}

/** Hours billed for provisioned concurrency switched on `hours` (rounded up to 5 minutes, at most a month). */
export function billedProvisionedHours(hours: number): number {
  const steps = Math.ceil((Math.min(HOURS_PER_MONTH, Math.max(0, hours)) * 60) / 5 - 1e-9);
  return (steps * 5) / 60;
}

/** Hours a month for a schedule of `hoursPerDay` every day of the model's 730-hour month. */
export function provisionedHoursPerMonth(hoursPerDay: number): number {
  return (Math.min(24, Math.max(0, hoursPerDay)) * HOURS_PER_MONTH) / 24;
}

export function provisionedWindowBill(w: ProvisionedWindow): ProvisionedWindowBill {
  const billedHours = billedProvisionedHours(w.hoursPerMonth);
  const configured = gbSeconds(w.memoryMb, billedHours * 3600 * 1000, w.environments);
  const onDemandGbs = gbSeconds(w.memoryMb, billedMs(w.durationMsOnDemand), w.requestsOnDemand);
  const breakdown = {
    provisionedConcurrency: provisionedConcurrencyCharge(configured, w.arch),
    provisionedDuration: provisionedDurationCharge(gbSeconds(w.memoryMb, billedMs(w.durationMsOnProvisioned), w.requestsOnProvisioned), w.arch),
    requests: requestCharge(billableRequests(w.requestsOnProvisioned + w.requestsOnDemand, w.freeTier)),
    onDemandDuration: durationCharge(billableGbSeconds(onDemandGbs, w.freeTier), w.arch),
  };
  const total = breakdown.provisionedConcurrency + breakdown.provisionedDuration + breakdown.requests + breakdown.onDemandDuration;
  return { breakdown, billedHours, total };
}
