import { warmUpPingHandlerMs } from '../../data/cold-starts';
import { lambdaQuotas } from '../../data/lambda-quotas';
import { logNormal, type Random } from '../random';
import type { ColdStartInput } from './inputs';
import type { LaneRecorder } from './lanes';
import type { RunRecorder } from './record';
import type { FleetSeries } from './series';
import { type StartupProfile } from './startup';

/** Everything a fleet model needs for one run. */
export interface RunContext {
  input: ColdStartInput;
  windowSec: number;
  /** User request arrival times, seconds, ascending. */
  arrivals: Float64Array;
  /** Warm-up ping times, seconds, ascending. */
  pings: Float64Array;
  /** Handler times, one draw per user request (a separate stream, so pings do not shift them). */
  handlerRandom: Random;
  /** Start-up times, one draw per new environment. */
  startupRandom: Random;
  startup: StartupProfile;
  recorder: RunRecorder;
  series: FleetSeries;
  lanes: LaneRecorder;
}

/** A fleet of execution environments (Lambda) or isolates that serves invocations in time order. */
export interface Fleet {
  /**
   * Serves one invocation arriving at `atSec` whose handler takes `handlerMs`. Returns how long it
   * waited for an environment to start, ms (0 when it found a warm one).
   */
  serve(atSec: number, handlerMs: number): number;
  /** Whether the last invocation ran on a provisioned environment (billed at that rate). */
  readonly lastOnProvisioned: boolean;
  /** Whether Lambda's billing rules apply to this fleet. */
  readonly billable: boolean;
  /** Applies every finish and reclaim up to the end of the window. */
  close(windowSec: number): void;
  /** Environments created during the run, provisioned included. */
  readonly created: number;
}

/** Lambda stops an invocation at its timeout, at most 15 minutes (Lambda quotas page). */
const TIMEOUT_MS = lambdaQuotas.maxTimeoutSeconds.value * 1000;

/**
 * One request's handler time, ms: a log-normal draw around the median. A wide spread can draw
 * far past the timeout (a median of 15 minutes with sigma 1.5 puts p99 near 8 hours), but Lambda
 * ends an invocation at its timeout, so no draw is longer than that.
 */
export function handlerTime(random: Random, input: Pick<ColdStartInput, 'duration' | 'spread'>): number {
  return Math.min(TIMEOUT_MS, logNormal(random, input.duration, input.spread));
}

/**
 * Feeds user requests and warm-up pings to the fleet in time order (a ping first on a tie) and
 * records what happened. Pings run the ~1 ms handler of a warmer: they keep environments warm and
 * are billed, but they are reported apart from user requests.
 */
export function driveInvocations(ctx: RunContext, fleet: Fleet): void {
  const { arrivals, pings, recorder, input, startup } = ctx;
  let i = 0;
  let j = 0;
  while (i < arrivals.length || j < pings.length) {
    const isPing = j < pings.length && (i >= arrivals.length || (pings[j] as number) <= (arrivals[i] as number));
    const atSec = isPing ? (pings[j++] as number) : (arrivals[i++] as number);
    const handlerMs = isPing ? warmUpPingHandlerMs : handlerTime(ctx.handlerRandom, input);
    const startupMs = fleet.serve(atSec, handlerMs);
    if (isPing) recorder.ping(startupMs > 0);
    else recorder.user(startupMs + handlerMs, startupMs);
    if (fleet.billable) recorder.bill(handlerMs, startup.billed ? startupMs : 0, fleet.lastOnProvisioned);
  }
  fleet.close(ctx.windowSec);
}
