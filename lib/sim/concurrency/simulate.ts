import { wholeEnvironments } from '../../format';
import { requiredConcurrency } from '../littles-law';
import { sqsEventSource } from '../../data/lambda-limits';
import { type ConcurrencyInput } from './inputs';
import { concurrencyDefaults } from './schema';
import { ArrivalCounter, STEP_MS, secondsToSteps } from './load';
import { LimitCause, StepOutcome } from './outcome';
import { Platform } from './platform';
import { QueuedEngine } from './queued';
import { allocateSeries, type ConcurrencyResult, type ConcurrencySeries, type ConcurrencyTotals } from './result';
import { SyncEngine } from './sync';

interface InvocationEngine {
  step(s: number, arrivals: number, out: StepOutcome): void;
}

/**
 * Runs the time-stepped model of one Lambda function and what sits behind it: 100 ms steps over
 * `window` minutes. Pure and deterministic: the same input always gives the same result.
 * Missing inputs take the schema's defaults. The model trusts its input to lie inside the schema's
 * ranges: a link is clamped to them by the URL parser before it gets here.
 */
export function simulateConcurrency(partial: Partial<ConcurrencyInput> = {}): ConcurrencyResult {
  const input: ConcurrencyInput = { ...concurrencyDefaults, ...partial };
  // MaximumConcurrency accepts 2 to 1,000 (Lambda Developer Guide, SQS scaling page): 1 is read as 2.
  if (input.maxconc === 1) input.maxconc = sqsEventSource.maximumConcurrencyRange.value.min;
  const steps = input.window * secondsToSteps(60);
  const series = allocateSeries(steps);
  const platform = new Platform(input);
  const engine: InvocationEngine = input.mode === 'sync' ? new SyncEngine(input, platform) : new QueuedEngine(input, platform, steps);
  const arrivals = new ArrivalCounter(input);
  const out = new StepOutcome();
  const totals = emptyTotals();
  for (let s = 0; s < steps; s++) {
    const completed = platform.beginStep(s);
    const n = arrivals.next(s);
    out.reset();
    engine.step(s, n, out);
    record(series, s, { arrivals: n, completed, rate: arrivals.lastRate }, platform, out);
    accumulate(totals, series, s, out);
  }
  finish(totals, series, steps);
  return {
    input,
    stepMs: STEP_MS,
    steps,
    functionCap: platform.functionCap,
    requiredAtPeak: requiredAtPeak(input),
    series,
    totals,
  };
}

/**
 * Little's law at the peak offered rate (AWS Lambda Developer Guide, "Understanding Lambda function
 * scaling"). For SQS an invocation carries a full batch, so the invocation rate is rate / batch.
 */
function requiredAtPeak(input: ConcurrencyInput): number {
  const peakRate = input.pattern === 'steady' ? input.base : Math.max(input.base, input.peak);
  const invocationRate = input.mode === 'sqs' ? peakRate / input.batch : peakRate;
  return wholeEnvironments(requiredConcurrency(invocationRate, input.duration));
}

function record(
  series: ConcurrencySeries,
  s: number,
  flow: { arrivals: number; completed: number; rate: number },
  p: Platform,
  out: StepOutcome,
): void {
  series.offeredRps[s] = flow.rate;
  series.arrivals[s] = flow.arrivals;
  series.completed[s] = flow.completed;
  series.started[s] = out.started;
  series.concurrency[s] = p.busy;
  series.environments[s] = p.environments;
  series.effectiveLimit[s] = out.effectiveLimit;
  series.limitedBy[s] = out.limitedBy;
  series.throttled[s] = out.throttled;
  series.retried[s] = out.retried;
  series.failed[s] = out.failed;
  series.dropped[s] = out.dropped;
  series.dlq[s] = out.deadLettered;
  series.queueDepth[s] = out.queueDepth;
  series.oldestAgeS[s] = out.oldestAgeS;
  series.inFlight[s] = p.inFlightUnits;
  series.dbConnections[s] = p.databaseConnections();
  series.dbErrors[s] = out.dbErrors;
  series.coldStarts[s] = p.cold;
  series.waitMeanMs[s] = out.started > 0 ? out.waitSumMs / out.started : 0;
  series.waitMaxMs[s] = out.waitMaxMs;
}

function emptyTotals(): ConcurrencyTotals {
  return {
    arrivals: 0,
    completed: 0,
    throttled: 0,
    throttledRequests: 0,
    throttledAndDropped: 0,
    failed: 0,
    dropped: 0,
    retried: 0,
    deadLetterQueue: 0,
    dbErrors: 0,
    coldStarts: 0,
    peakConcurrency: 0,
    peakEnvironments: 0,
    maxQueueDepth: 0,
    maxOldestAgeS: 0,
    stillQueued: 0,
    inFlight: 0,
    meanWaitMs: 0,
    maxWaitMs: 0,
    throttledBy: { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
    firstThrottleS: null,
    lastThrottleS: null,
  };
}

/** Adds one step to the running totals (meanWaitMs holds the summed wait until `finish`). */
function accumulate(t: ConcurrencyTotals, series: ConcurrencySeries, s: number, out: StepOutcome): void {
  t.arrivals += series.arrivals[s]!;
  t.completed += series.completed[s]!;
  t.throttled += out.throttled;
  t.throttledRequests += out.firstAttemptThrottled;
  t.throttledAndDropped += out.throttledAndDropped;
  if (out.dropped > out.throttledAndDropped) t.failed += out.dropped - out.throttledAndDropped;
  t.dropped += out.dropped;
  t.retried += out.retried;
  t.deadLetterQueue += out.deadLettered;
  t.dbErrors += out.dbErrors;
  t.coldStarts += series.coldStarts[s]!;
  t.peakConcurrency = Math.max(t.peakConcurrency, series.concurrency[s]!);
  t.peakEnvironments = Math.max(t.peakEnvironments, series.environments[s]!);
  t.maxQueueDepth = Math.max(t.maxQueueDepth, out.queueDepth);
  t.maxOldestAgeS = Math.max(t.maxOldestAgeS, out.oldestAgeS);
  t.meanWaitMs += out.waitSumMs;
  t.maxWaitMs = Math.max(t.maxWaitMs, out.waitMaxMs);
  if (out.throttled > 0) {
    const cause = out.limitedBy === LimitCause.None ? LimitCause.AccountLimit : out.limitedBy;
    t.throttledBy[cause] += out.throttled;
    t.firstThrottleS ??= (s * STEP_MS) / 1000;
    t.lastThrottleS = ((s + 1) * STEP_MS) / 1000;
  }
}

function finish(t: ConcurrencyTotals, series: ConcurrencySeries, steps: number): void {
  let started = 0;
  for (let s = 0; s < steps; s++) started += series.started[s]!;
  t.meanWaitMs = started > 0 ? t.meanWaitMs / started : 0;
  t.stillQueued = steps > 0 ? series.queueDepth[steps - 1]! : 0;
  t.inFlight = steps > 0 ? series.inFlight[steps - 1]! : 0;
}
