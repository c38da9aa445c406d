import {
  coldStartDefaults,
  coldStartInputRanges,
  coldStartLimits,
  coldStartRuntimes,
  describeColdStartResult,
  trafficPatterns,
  type ColdStartInput,
  type ColdStartResult,
  type ColdStartRuntime,
  type NumericColdStartInput,
  type TrafficPattern,
} from '@/lib/sim/cold-start';
import { formatElapsed } from '@/lib/sim/cold-start-charts';
import { keepAliveMinutes, memoryPerVcpuMb, vpcColdStartPenaltyMs } from '@/lib/data/cold-starts';
import { latestResult, lookUp, runNow } from './model/runner';
import { booleanField, enumField, formatNumber, numberField, type NumberField, type ScenarioState } from '@/lib/url-state';

/**
 * The cold-start simulator's scenario. Ranges, units and defaults come from the model
 * (lib/sim/cold-start), so the URL parser clamps to exactly what the model accepts; only the
 * labels, slider scales and help are the view's. URL names are fixed by the issue.
 */
function modelNumber(
  input: NumericColdStartInput,
  spec: { label: string; step: number; scale?: 'linear' | 'log'; help?: string; unit?: string },
): NumberField {
  const range = coldStartInputRanges[input];
  const unit = spec.unit ?? range.unit;
  return numberField({
    label: spec.label,
    min: range.min,
    max: range.max,
    integer: range.integer,
    default: coldStartDefaults[input],
    step: spec.step,
    ...(unit ? { unit } : {}),
    ...(spec.scale ? { scale: spec.scale } : {}),
    ...(spec.help ? { help: spec.help } : {}),
  });
}

const runtimeLabels: Record<ColdStartRuntime, string> = {
  nodejs: 'Node.js',
  python: 'Python',
  java: 'Java',
  'java-snapstart': 'Java with SnapStart',
  dotnet: '.NET',
  go: 'Go',
  rust: 'Rust',
  isolate: 'V8 isolate (Workers-style)',
};

const patternLabels: Record<TrafficPattern, string> = {
  steady: 'Steady (random arrivals)',
  bursty: 'Bursty (quiet spells, then bursts)',
  daily: 'Daily curve (busiest at 16:00)',
  sparse: 'Sparse (evenly spaced, like a cron job)',
};

const observed = keepAliveMinutes.observed.value;

export const coldStartSchema = {
  runtime: enumField({
    label: 'Runtime',
    options: coldStartRuntimes.map((value) => ({ value, label: runtimeLabels[value] })),
    default: coldStartDefaults.runtime,
    help: 'An isolate serves many requests at once and starts in milliseconds; the others start one environment per concurrent request.',
  }),
  memory: modelNumber('memoryMb', {
    label: 'Memory',
    step: 1,
    scale: 'log',
    help: `CPU comes in proportion to memory up to one full vCPU at ${formatNumber(memoryPerVcpuMb.value)} MB, so more memory loads a package faster.`,
  }),
  pkg: modelNumber('packageMb', { label: 'Package size', step: 0.1, help: 'Code and dependencies, unzipped: each MB is loaded during a cold start.' }),
  vpc: booleanField({
    label: 'Attached to a VPC',
    default: coldStartDefaults.vpc,
    help: `Adds about ${formatNumber(vpcColdStartPenaltyMs.value)} ms to a cold start since AWS's 2019 networking change (once it was seconds).`,
  }),
  provisioned: modelNumber('provisioned', { label: 'Provisioned concurrency', step: 1, help: 'Environments started before traffic arrives and never reclaimed; billed for every second, used or not.' }),
  keepalive: modelNumber('keepAliveMinutes', {
    label: 'Keep-alive window',
    step: 0.5,
    help: `How long an idle environment is kept. Providers do not publish it; ${observed.min} to ${observed.max} minutes has been observed.`,
  }),
  ping: modelNumber('pingMinutes', { label: 'Warm-up ping every', step: 1, help: '0 turns pings off. A ping keeps one environment warm; it is billed but is not a user request.' }),
  pattern: enumField({
    label: 'Traffic pattern',
    options: trafficPatterns.map((value) => ({ value, label: patternLabels[value] })),
    default: coldStartDefaults.pattern,
    help: 'Every pattern has the same average rate; they differ in how requests bunch together.',
  }),
  rps: modelNumber('rps', { label: 'Average rate', step: 0.000001, scale: 'log', help: '0.01 is one request every 100 s; 0.0000116 is about one a day.' }),
  window: modelNumber('windowMinutes', { label: 'Time simulated', step: 1, scale: 'log' }),
  seed: modelNumber('seed', { label: 'Random seed', step: 1, help: 'The same seed replays the same arrivals and start-up times; change it to see another day like this one.' }),
  duration: modelNumber('durationMs', { label: 'Handler time (median)', step: 1, scale: 'log' }),
  spread: modelNumber('durationSpread', {
    label: 'Handler time spread',
    step: 0.05,
    help: 'σ of the time’s logarithm: 0 means every request takes the median; 0.3 puts 90% of them within about 0.6× to 1.6× of it.',
  }),
};

export type ColdStartSchema = typeof coldStartSchema;
export type ColdStartState = ScenarioState<ColdStartSchema>;

/** The URL's names for the model's inputs. */
export function toModelInput(s: ColdStartState): ColdStartInput {
  return {
    runtime: s.runtime,
    memoryMb: s.memory,
    packageMb: s.pkg,
    vpc: s.vpc,
    provisioned: s.provisioned,
    keepAliveMinutes: s.keepalive,
    pattern: s.pattern,
    rps: s.rps,
    durationMs: s.duration,
    durationSpread: s.spread,
    pingMinutes: s.ping,
    windowMinutes: s.window,
    seed: s.seed,
  };
}

/**
 * What the shell gets from `run`: the result for the scenario if it is known; while it is being
 * worked out (in a Web Worker, see model/runner.ts), the newest result there is, marked pending.
 */
export interface ColdStartRun {
  result: ColdStartResult | null;
  pending: boolean;
}

export function runColdStart(state: ColdStartState): ColdStartRun {
  const result = lookUp(toModelInput(state));
  return result ? { result, pending: false } : { result: latestResult(), pending: true };
}

/** The same run, worked out here and now (for tests, and for quizzes that need the figure). */
export function simulateScenario(state: ColdStartState): ColdStartResult {
  return runNow(toModelInput(state));
}

export function summariseColdStart(_state: ColdStartState, run: ColdStartRun): string {
  const r = run.result;
  if (!r) return 'Working out this scenario…';
  const sentence = describeColdStartResult(r);
  if (r.truncatedAtSec === null) return sentence;
  return `${sentence} The run stopped at ${formatNumber(coldStartLimits.maxRequests)} requests, ${formatElapsed(r.truncatedAtSec)} into the window.`;
}

export { runtimeLabels, patternLabels };
