import { mergeSorted, summarisePercentiles, summariseSorted, type PercentileSummary } from '../percentiles';
import type { ColdStartBilling } from './billing';
import type { ColdStartInput } from './inputs';
import type { EnvironmentLane } from './lanes';
import type { RunRecorder } from './record';
import type { FleetSample } from './series';
import type { StartupProfile } from './startup';

/** Everything one run produced. Latencies are in ms, times in seconds from the window's start. */
export interface ColdStartResult {
  /** The inputs simulated (defaults filled in). */
  input: ColdStartInput;
  /** Simulated span, s: `window` minutes x 60, or less if the run hit the request cap. */
  windowSec: number;
  /** Time the request cap was reached (the run stops there), or null. */
  truncatedAtSec: number | null;
  /** The cold-start distribution used: its median and how it is made up. */
  startup: StartupProfile;
  /** One slot per user request, in arrival order (pings are not in these arrays). */
  requests: {
    arrivalSec: Float64Array;
    /** Time from arrival to the end of the handler: start-up (if cold) + handler, ms. */
    latencyMs: Float64Array;
    /** 1 if the request started cold (waited for a new environment), else 0. */
    cold: Uint8Array;
  };
  /** User requests that arrived and were served (every arrival is served exactly once). */
  requestCount: number;
  /** User requests that started cold. */
  coldStarts: number;
  /** User requests that found a warm environment: requestCount - coldStarts. */
  warmRequests: number;
  /** coldStarts / requestCount (0 when there were no requests). */
  coldStartShare: number;
  /** Latency percentiles over user requests: all of them, warm only, cold only. */
  latency: { all: PercentileSummary; warm: PercentileSummary; cold: PercentileSummary };
  /** The start-up part alone of each user cold start, ms. */
  coldStartDurationMs: PercentileSummary;
  /** Warm-up pings: how many ran and how many of them had to start an environment. */
  pings: { count: number; coldStarts: number };
  fleet: {
    /** Up to 300 points: environments alive and busy over time (peaks per interval). */
    series: FleetSample[];
    /** Most environments alive at once in the window (provisioned included). */
    peakAlive: number;
    /** Most environments initialising or busy at once: the peak concurrency. */
    peakBusy: number;
    /** Environments (or isolates) created, provisioned included. */
    environmentsCreated: number;
    /** Provisioned environments in the fleet (0 for isolates). */
    provisioned: number;
    /** Lifecycle lanes of the first 40 environments, for the animated view. */
    lanes: EnvironmentLane[];
  };
  billing: ColdStartBilling;
}

/**
 * Latency percentiles for all, warm-only and cold-only requests. Each latency is sorted once: warm
 * and cold copies are sorted apart, and merged (in linear time) for all requests.
 */
export function latencySummaries(latencyMs: Float64Array, cold: Uint8Array): ColdStartResult['latency'] {
  let coldCount = 0;
  for (let i = 0; i < cold.length; i++) coldCount += cold[i] as number;
  const warm = new Float64Array(latencyMs.length - coldCount);
  const coldOnly = new Float64Array(coldCount);
  for (let i = 0, w = 0, c = 0; i < latencyMs.length; i++) {
    if (cold[i] === 1) coldOnly[c++] = latencyMs[i] as number;
    else warm[w++] = latencyMs[i] as number;
  }
  warm.sort();
  coldOnly.sort();
  return { all: summariseSorted(mergeSorted(warm, coldOnly)), warm: summariseSorted(warm), cold: summariseSorted(coldOnly) };
}

export interface ResultParts {
  input: ColdStartInput;
  windowSec: number;
  truncatedAtSec: number | null;
  startup: StartupProfile;
  arrivalSec: Float64Array;
  recorder: RunRecorder;
  fleet: ColdStartResult['fleet'];
  billing: ColdStartBilling;
}

export function assembleResult(parts: ResultParts): ColdStartResult {
  const { recorder } = parts;
  const coldStarts = recorder.coldStartMs.length;
  return {
    input: parts.input,
    windowSec: parts.windowSec,
    truncatedAtSec: parts.truncatedAtSec,
    startup: parts.startup,
    requests: { arrivalSec: parts.arrivalSec, latencyMs: recorder.latencyMs, cold: recorder.cold },
    requestCount: recorder.served,
    coldStarts,
    warmRequests: recorder.served - coldStarts,
    coldStartShare: recorder.served > 0 ? coldStarts / recorder.served : 0,
    latency: latencySummaries(recorder.latencyMs, recorder.cold),
    coldStartDurationMs: summarisePercentiles(recorder.coldStartMs.toArray()),
    pings: { count: recorder.pings, coldStarts: recorder.pingColdStarts },
    fleet: parts.fleet,
    billing: parts.billing,
  };
}
