import type { Architecture } from './aws-lambda';
import { frontDoorMonthlyCost, type FrontDoor } from './front-door';
import {
  billableGbSeconds,
  billableRequests,
  billedMs,
  durationCharge,
  ephemeralStorageCharge,
  FREE_EPHEMERAL_MB,
  gbSeconds,
  provisionedConcurrencyCharge,
  provisionedDurationCharge,
  requestCharge,
} from './lambda-charges';
import { SECONDS_PER_MONTH } from './month';

/** One function's month of work, in the course's words. */
export interface LambdaWorkload {
  memoryMb: number;
  /** Duration of one invocation; billed rounded up to the next whole ms. */
  durationMs: number;
  /** Invocations a month. */
  requests: number;
  arch: Architecture;
  /** Take off the always-free monthly allowance (1 M requests, 400,000 GB-s). */
  freeTier: boolean;
  /** /tmp size, 512 to 10,240 MB; the first 512 MB are free. */
  ephemeralMb?: number;
  /** Percent of on-demand invocations that start a new environment (cold starts). */
  coldSharePercent?: number;
  /** INIT duration of one cold start, billed like invocation time since 1 Aug 2025. */
  initMs?: number;
  /** Environments kept initialised around the clock for the whole month. */
  provisionedConcurrency?: number;
  front?: FrontDoor;
}

/** What the month used, before any price is applied. */
export interface LambdaUsage {
  billedMs: number;
  billedInitMs: number;
  provisionedInvocations: number;
  onDemandInvocations: number;
  coldStarts: number;
  onDemandGbSeconds: number;
  initGbSeconds: number;
  provisionedGbSeconds: number;
  configuredGbSeconds: number;
}

/** Gross charges in dollars; `freeTierCredit` is taken off them to give the total. */
export interface LambdaBreakdown {
  requests: number;
  duration: number;
  init: number;
  ephemeralStorage: number;
  provisionedConcurrency: number;
  provisionedDuration: number;
  frontDoor: number;
  freeTierCredit: number;
}

export interface LambdaBill {
  breakdown: LambdaBreakdown;
  /** Dollars a month, full precision (round only for display, with formatUsd). */
  total: number;
  usage: LambdaUsage;
}

/**
 * Splits the month's invocations between provisioned and on-demand environments. The split: the
 * provisioned environments can run at most `environments x seconds in the month / billed seconds`
 * invocations back to back, and invocations up to that capacity are counted as run on them. This
 * assumes traffic spread evenly over the month, so it is the most the provisioned environments
 * could absorb; with peaky traffic more would spill over to on-demand. Only on-demand invocations
 * have cold starts: provisioned environments are initialised in advance.
 */
export function lambdaUsage(w: LambdaWorkload): LambdaUsage {
  const ms = billedMs(w.durationMs);
  const initMs = billedMs(w.initMs ?? 0);
  const environments = w.provisionedConcurrency ?? 0;
  const capacity = environments > 0 ? (ms > 0 ? (environments * SECONDS_PER_MONTH * 1000) / ms : Infinity) : 0;
  const provisionedInvocations = Math.min(w.requests, capacity);
  const onDemandInvocations = w.requests - provisionedInvocations;
  const coldStarts = onDemandInvocations * ((w.coldSharePercent ?? 0) / 100);
  return {
    billedMs: ms,
    billedInitMs: initMs,
    provisionedInvocations,
    onDemandInvocations,
    coldStarts,
    onDemandGbSeconds: gbSeconds(w.memoryMb, ms, onDemandInvocations),
    initGbSeconds: gbSeconds(w.memoryMb, initMs, coldStarts),
    provisionedGbSeconds: gbSeconds(w.memoryMb, ms, provisionedInvocations),
    configuredGbSeconds: gbSeconds(w.memoryMb, SECONDS_PER_MONTH * 1000, environments),
  };
}

/**
 * A month's Lambda bill: requests x the request price, on-demand GB-seconds (invocations and the
 * INIT phase of cold starts, together, through the monthly tiers) x the GB-second price, /tmp above
 * 512 MB, provisioned concurrency and the work run on it, and the front door. The free tier comes
 * off requests and on-demand GB-seconds (as on the pricing page's provisioned-concurrency example;
 * the page also says the free tier does not apply to functions with provisioned concurrency).
 */
export function lambdaMonthlyBill(w: LambdaWorkload): LambdaBill {
  const usage = lambdaUsage(w);
  const onDemandGbs = usage.onDemandGbSeconds + usage.initGbSeconds;
  const onDemandGross = durationCharge(onDemandGbs, w.arch);
  const onDemandNet = durationCharge(billableGbSeconds(onDemandGbs, w.freeTier), w.arch);
  const initShare = onDemandGbs > 0 ? usage.initGbSeconds / onDemandGbs : 0;
  const requestsGross = requestCharge(w.requests);
  const requestsNet = requestCharge(billableRequests(w.requests, w.freeTier));
  const executionSeconds = (w.requests * usage.billedMs) / 1000;
  const breakdown: LambdaBreakdown = {
    requests: requestsGross,
    duration: onDemandGross * (1 - initShare),
    init: onDemandGross * initShare,
    ephemeralStorage: ephemeralStorageCharge(w.ephemeralMb ?? FREE_EPHEMERAL_MB, executionSeconds),
    provisionedConcurrency: provisionedConcurrencyCharge(usage.configuredGbSeconds, w.arch),
    provisionedDuration: provisionedDurationCharge(usage.provisionedGbSeconds, w.arch),
    frontDoor: frontDoorMonthlyCost(w.front ?? 'none', w.requests),
    freeTierCredit: requestsGross - requestsNet + (onDemandGross - onDemandNet),
  };
  // Summed from the net parts, each never negative, so no rounding noise can push it below zero.
  const total =
    requestsNet +
    onDemandNet +
    breakdown.ephemeralStorage +
    breakdown.provisionedConcurrency +
    breakdown.provisionedDuration +
    breakdown.frontDoor;
  return { breakdown, total, usage };
}
