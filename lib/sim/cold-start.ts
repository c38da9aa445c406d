import { createRandom } from './random';
import { lambdaBilling } from './cold-start/billing';
import { LambdaFleet } from './cold-start/environments';
import { coldStartLimits, type ColdStartInput } from './cold-start/inputs';
import { IsolateFleet } from './cold-start/isolate';
import { LaneRecorder } from './cold-start/lanes';
import { RunRecorder } from './cold-start/record';
import { assembleResult, type ColdStartResult } from './cold-start/result';
import { driveInvocations, type RunContext } from './cold-start/run';
import { FleetSeries } from './cold-start/series';
import { startupProfile } from './cold-start/startup';
import { generateArrivals, pingTimes } from './cold-start/traffic';
import { coldStartDefaults } from './cold-start/schema';

/**
 * The cold-start simulator: a discrete-event simulation of ONE function over a time window,
 * deterministic for a given seed. Traffic arrives (steady, bursty, daily or sparse, all at the
 * same average rate); each request takes a warm execution environment if one is idle, otherwise
 * it pays a cold start; idle environments are reclaimed after `keepAliveMinutes`; provisioned
 * concurrency and warm-up pings keep environments warm. Figures and their sources are in
 * lib/data/cold-starts.ts; the rules, each with its source, beside the code in lib/sim/cold-start/.
 *
 * This file is the one public entry: import from '@/lib/sim/cold-start'.
 */
export { coldStartLimits, coldStartRuntimes, trafficPatterns } from './cold-start/inputs';
export type { ColdStartInput, ColdStartRuntime, TrafficPattern } from './cold-start/inputs';
export { coldStartDefaults, coldStartSchema, patternLabels, runtimeLabels, type ColdStartSchema, type ColdStartState } from './cold-start/schema';
export type { ColdStartResult } from './cold-start/result';
export type { ColdStartBilling } from './cold-start/billing';
export type { FleetSample } from './cold-start/series';
export type { EnvironmentLane, LifecycleInterval, LifecycleKind } from './cold-start/lanes';
export type { StartupProfile } from './cold-start/startup';
export type { PercentileSummary } from './percentiles';
export { startupProfile, cpuShare, packageLoadSlowdown } from './cold-start/startup';
export { dailyRate } from './cold-start/traffic';
export { describeColdStartResult } from './cold-start/summary';

/** Independent random streams from one seed, so changing pings does not reshuffle the traffic. */
function streamSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Runs one scenario. Missing inputs take the schema's defaults (`coldStartDefaults`); the model
 * trusts its input to lie inside the schema's ranges, since the URL parser clamps a link to them
 * before it gets here. The same inputs (seed included) always give the same result.
 */
export function simulateColdStarts(partial: Partial<ColdStartInput> = {}): ColdStartResult {
  const input: ColdStartInput = { ...coldStartDefaults, ...partial };
  const trafficRandom = createRandom(streamSeed(input.seed, 0));
  const arrivals = generateArrivals(trafficRandom, input.pattern, input.rps, input.window * 60, coldStartLimits.maxRequests);
  const windowSec = arrivals.truncatedAtSec ?? input.window * 60;
  const isolate = input.runtime === 'isolate';
  const provisioned = isolate ? 0 : input.provisioned;
  const points = coldStartLimits.seriesPoints;
  const ctx: RunContext = {
    input,
    windowSec,
    arrivals: arrivals.times,
    pings: pingTimes(input.ping, windowSec),
    handlerRandom: createRandom(streamSeed(input.seed, 1)),
    startupRandom: createRandom(streamSeed(input.seed, 2)),
    startup: startupProfile(input),
    recorder: new RunRecorder(arrivals.times.length),
    series: new FleetSeries(points, windowSec / points, provisioned),
    lanes: new LaneRecorder(
      coldStartLimits.maxLanes,
      coldStartLimits.maxIntervalsPerLane,
      windowSec * coldStartLimits.laneMergeShareOfWindow,
      windowSec,
    ),
  };
  const fleet = isolate ? new IsolateFleet(ctx) : new LambdaFleet(ctx);
  driveInvocations(ctx, fleet);
  return assembleResult({
    input,
    windowSec,
    truncatedAtSec: arrivals.truncatedAtSec,
    startup: ctx.startup,
    arrivalSec: arrivals.times,
    recorder: ctx.recorder,
    fleet: {
      series: ctx.series.samples(),
      peakAlive: ctx.series.peakAlive,
      peakBusy: ctx.series.peakBusy,
      environmentsCreated: fleet.created,
      provisioned,
      lanes: ctx.lanes.lanes(),
    },
    billing: lambdaBilling(ctx.recorder, { billable: fleet.billable, memoryMb: input.memory, provisioned, windowSec }),
  });
}
