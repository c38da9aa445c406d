import { ephemeralStorageMb, initPhaseMs, lambdaMemoryMb, lambdaTimeoutMs } from '../data/field-limits';
import { booleanField, defaultState, enumField, numberField, type ScenarioState } from '../url-state/fields';
import { ec2Instances, EC2_INSTANCE_TYPES, type Ec2InstanceType } from './aws-ec2';
import { MAX_SAVINGS_PERCENT } from './aws-savings-plans';
import { FRONT_DOORS } from './front-door';
import { REQUESTS_INPUT_RANGE } from './traffic';

/**
 * The cost explorer's inputs as a url-state schema: names are the URL parameters, and each field
 * carries its range and default, so the view, the URL parser and the quiz read the same data.
 *
 * Defaults are the course notes' example (512 MB, 200 ms, 10 million requests a month, x86, no free
 * tier, no front door) against two t3.medium instances. coldShare defaults to 0 so the defaults
 * reproduce the notes' $18.67; AWS says INITs happen in under 1% of invocations in typical
 * production workloads, so 1 is a realistic setting to try. rpsPerInstance and rpsPerTask are
 * assumptions a learner should replace with a load test of their own code. cpuShare and threads
 * feed only the memory-tuning chart (tuningInputOf in explorer-view.ts).
 */
export const costExplorerSchema = {
  memory: numberField({ label: 'Memory', ...lambdaMemoryMb, step: 1, default: 512, unit: 'MB', integer: true, scale: 'log' }),
  duration: numberField({ label: 'Duration per invocation', min: 1, ...lambdaTimeoutMs, step: 1, default: 200, unit: 'ms', scale: 'log', help: 'Billed rounded up to the next whole millisecond.' }),
  requests: numberField({ label: 'Requests a month', min: REQUESTS_INPUT_RANGE.min, max: REQUESTS_INPUT_RANGE.max, step: 1, default: 10_000_000, unit: 'requests/month', integer: true, scale: 'log' }),
  arch: enumField<'x86' | 'arm'>({ label: 'Architecture', options: [{ value: 'x86', label: 'x86' }, { value: 'arm', label: 'Arm (Graviton)' }], default: 'x86', help: 'For Lambda and Fargate; an EC2 instance type fixes its own.' }),
  freeTier: booleanField({ label: 'Lambda free tier', default: false, help: '1 million requests and 400,000 GB-seconds a month, always free.' }),
  front: enumField({ label: 'Front door', options: FRONT_DOORS, default: 'none' }),
  peakRatio: numberField({ label: 'Peak / average traffic', min: 1, max: 20, step: 0.1, default: 3, unit: '×', help: 'Sized for the peak, the fleet and the tasks serve average × this ratio all month; autoscaled, they follow a daily curve instead.' }),
  scaling: enumField<'peak' | 'hourly'>({ label: 'Always-on sizing', options: [{ value: 'peak', label: 'Sized for the peak, all month' }, { value: 'hourly', label: 'Autoscaled hour by hour' }], default: 'peak' }),
  instance: enumField<Ec2InstanceType>({ label: 'EC2 instance type', options: EC2_INSTANCE_TYPES.map((t) => ({ value: t, label: `${t} (${ec2Instances[t].vcpus} vCPU, ${ec2Instances[t].memoryGib} GiB)` })), default: 't3.medium' }),
  rpsPerInstance: numberField({ label: 'Requests/s one instance serves', min: 1, max: 10_000, step: 1, default: 100, unit: 'requests/s', scale: 'log', help: 'At your target utilisation: an assumption to measure.' }),
  minInstances: numberField({ label: 'Minimum instances or tasks', min: 1, max: 100, step: 1, default: 2, integer: true, help: 'Two, so one can fail or be replaced without an outage.' }),
  savings: numberField({ label: 'Savings-plan discount (always-on)', min: 0, max: MAX_SAVINGS_PERCENT, step: 1, default: 0, unit: '%' }),
  taskVcpu: numberField({ label: 'Fargate task vCPU', min: 0.25, max: 16, step: 0.25, default: 1, unit: 'vCPU' }),
  taskMemory: numberField({ label: 'Fargate task memory', min: 0.5, max: 120, step: 0.5, default: 2, unit: 'GB' }),
  rpsPerTask: numberField({ label: 'Requests/s one task serves', min: 1, max: 10_000, step: 1, default: 50, unit: 'requests/s', scale: 'log' }),
  provisioned: numberField({ label: 'Provisioned concurrency', min: 0, max: 1000, step: 1, default: 0, integer: true, unit: 'environments', help: 'Kept initialised around the clock all month.' }),
  ephemeral: numberField({ label: 'Ephemeral storage (/tmp)', ...ephemeralStorageMb, step: 1, default: 512, unit: 'MB', integer: true }),
  coldShare: numberField({ label: 'Cold starts', min: 0, max: 100, step: 0.1, default: 0, unit: '% of invocations' }),
  initMs: numberField({ label: 'INIT duration per cold start', min: 0, ...initPhaseMs, step: 1, default: 200, unit: 'ms', help: 'Billed like invocation time since 1 August 2025.' }),
  cpuShare: numberField({ label: 'CPU-bound share of the duration', min: 0, max: 100, step: 1, default: 50, unit: '%', help: 'At the memory set above. The rest is waiting on I/O, which more memory does not speed up.' }),
  threads: numberField({ label: 'Threads doing CPU work at once', min: 1, max: 6, step: 1, default: 1, integer: true, help: 'Above 1,769 MB (one full vCPU) only a multi-threaded function runs faster.' }),
};

export type CostExplorerSchema = typeof costExplorerSchema;
export type CostExplorerInputs = ScenarioState<CostExplorerSchema>;

export const COST_EXPLORER_DEFAULTS: CostExplorerInputs = defaultState(costExplorerSchema);

/**
 * The defaults with some inputs set: for tests and scripts that build inputs in code. A link is
 * clamped by the URL parser (the schema above) before it reaches the model, so this does not clamp.
 */
export function completeInputs(partial: Partial<CostExplorerInputs> = {}): CostExplorerInputs {
  return { ...COST_EXPLORER_DEFAULTS, ...partial };
}
