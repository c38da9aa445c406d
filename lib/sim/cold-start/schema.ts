import { keepAliveMinutes, memoryPerVcpuMb, vpcColdStartPenaltyMs } from '../../data/cold-starts';
import { lambdaMemoryMb, lambdaTimeoutMs, unzippedPackageMb } from '../../data/field-limits';
import { formatNumber } from '../../format';
import { booleanField, defaultState, enumField, numberField, type ScenarioState } from '../../url-state';
import { coldStartRuntimes, trafficPatterns, type ColdStartInput, type ColdStartRuntime, type TrafficPattern } from './inputs';

export const runtimeLabels: Record<ColdStartRuntime, string> = {
  nodejs: 'Node.js',
  python: 'Python',
  java: 'Java',
  'java-snapstart': 'Java with SnapStart',
  dotnet: '.NET',
  go: 'Go',
  rust: 'Rust',
  isolate: 'V8 isolate (Workers-style)',
};

export const patternLabels: Record<TrafficPattern, string> = {
  steady: 'Steady (random arrivals)',
  bursty: 'Bursty (quiet spells, then bursts)',
  daily: 'Daily curve (busiest at 16:00)',
  sparse: 'Sparse (evenly spaced, like a cron job)',
};

const observed = keepAliveMinutes.observed.value;

/**
 * The cold-start simulator's URL, which is also the model's input (inputs.ts says what each one
 * means). Memory and package size follow Lambda's limits (128 to 10,240 MB; 250 MB unzipped) and
 * handler time its 15-minute timeout; the others are kept small enough to simulate at once in a
 * browser, and a run also stops at `coldStartLimits.maxRequests` arrivals (the result's
 * `truncatedAtSec`).
 */
export const coldStartSchema = {
  runtime: enumField({
    label: 'Runtime',
    options: coldStartRuntimes.map((value) => ({ value, label: runtimeLabels[value] })),
    default: 'nodejs',
    help: 'An isolate serves many requests at once and starts in milliseconds; the others start one environment per concurrent request.',
  }),
  memory: numberField({
    label: 'Memory',
    unit: 'MB',
    ...lambdaMemoryMb,
    integer: true,
    default: 512,
    step: 1,
    scale: 'log',
    help: `CPU comes in proportion to memory up to one full vCPU at ${formatNumber(memoryPerVcpuMb.value)} MB, so more memory loads a package faster.`,
  }),
  pkg: numberField({
    label: 'Package size',
    unit: 'MB',
    min: 0,
    ...unzippedPackageMb,
    default: 5,
    step: 0.1,
    help: 'Code and dependencies, unzipped: each MB is loaded during a cold start.',
  }),
  vpc: booleanField({
    label: 'Attached to a VPC',
    default: false,
    help: `Adds about ${formatNumber(vpcColdStartPenaltyMs.value)} ms to a cold start since AWS's 2019 networking change (once it was seconds).`,
  }),
  provisioned: numberField({
    label: 'Provisioned concurrency',
    unit: 'environments',
    min: 0,
    max: 1000,
    integer: true,
    default: 0,
    step: 1,
    help: 'Environments started before traffic arrives and never reclaimed; billed for every second, used or not.',
  }),
  keepalive: numberField({
    label: 'Keep-alive window',
    unit: 'minutes',
    min: 1,
    max: 60,
    default: keepAliveMinutes.simulatorDefault.value,
    step: 0.5,
    help: `How long an idle environment is kept. Providers do not publish it; ${observed.min} to ${observed.max} minutes has been observed.`,
  }),
  ping: numberField({
    label: 'Warm-up ping every',
    unit: 'minutes',
    min: 0,
    max: 60,
    default: 0,
    step: 1,
    help: '0 turns pings off. A ping keeps one environment warm; it is billed but is not a user request.',
  }),
  pattern: enumField({
    label: 'Traffic pattern',
    options: trafficPatterns.map((value) => ({ value, label: patternLabels[value] })),
    default: 'bursty',
    help: 'Every pattern has the same average rate; they differ in how requests bunch together.',
  }),
  rps: numberField({
    label: 'Average rate',
    unit: 'requests/s',
    // Down to one request every 100,000 s (about 28 hours), so a nightly job fits in a day's window.
    min: 0.00001,
    max: 1000,
    default: 2,
    step: 0.000001,
    scale: 'log',
    help: '0.01 is one request every 100 s; 0.0000116 is about one a day.',
  }),
  window: numberField({ label: 'Time simulated', unit: 'minutes', min: 1, max: 1440, integer: true, default: 60, step: 1, scale: 'log' }),
  seed: numberField({
    label: 'Random seed',
    min: 0,
    max: 4_294_967_295,
    integer: true,
    default: 1,
    step: 1,
    help: 'The same seed replays the same arrivals and start-up times; change it to see another day like this one.',
  }),
  duration: numberField({
    label: 'Handler time (median)',
    unit: 'ms',
    min: 1,
    // No invocation runs longer than Lambda's timeout limit (the model also stops each one there).
    ...lambdaTimeoutMs,
    default: 100,
    step: 1,
    scale: 'log',
  }),
  spread: numberField({
    label: 'Handler time spread',
    unit: 'sigma',
    min: 0,
    max: 1.5,
    default: 0.3,
    step: 0.05,
    help: 'σ of the time’s logarithm: 0 means every request takes the median; 0.3 puts 90% of them within about 0.6× to 1.6× of it.',
  }),
};

export type ColdStartSchema = typeof coldStartSchema;
export type ColdStartState = ScenarioState<ColdStartSchema>;

/** The model's defaults are the link's defaults. */
export const coldStartDefaults: ColdStartInput = defaultState(coldStartSchema);
