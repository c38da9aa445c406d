import type { QuizSimulatorId, ScenarioParams } from './types';

/**
 * What the quiz knows about each simulator without loading it: the URL parameters its scenarios
 * use (fixed by the simulator issues, so a question's link opens the right scenario) and the
 * results a question can ask about, with the words and unit shown to the learner.
 */
export interface SimulatorMetric {
  label: string;
  unit: string;
}

export interface QuizSimulator {
  title: string;
  /** URL parameter name -> what a learner calls it. */
  params: Readonly<Record<string, string>>;
  metrics: Readonly<Record<string, SimulatorMetric>>;
}

export const quizSimulators: Readonly<Record<QuizSimulatorId, QuizSimulator>> = {
  'littles-law': {
    title: "Little's law",
    params: { rps: 'Request rate (requests/s)', duration: 'Average duration (ms)', limit: 'Concurrency limit' },
    metrics: {
      'required-concurrency': { label: 'environments busy at once', unit: 'environments' },
      'throttled-share': { label: 'share of requests throttled', unit: '%' },
    },
  },
  'cold-start': {
    title: 'Cold-start simulator',
    params: {
      runtime: 'Runtime',
      memory: 'Memory (MB)',
      pkg: 'Package size (MB)',
      vpc: 'Attached to a VPC (0 or 1)',
      provisioned: 'Provisioned concurrency',
      keepalive: 'Keep-alive window (minutes)',
      pattern: 'Traffic pattern',
      rps: 'Average request rate (requests/s)',
      duration: 'Median handler time (ms)',
      ping: 'Warm-up ping every (minutes, 0 = off)',
      window: 'Minutes simulated',
      seed: 'Seed',
    },
    metrics: {
      'cold-share': { label: 'share of requests that started cold', unit: '%' },
      p50: { label: 'p50 latency', unit: 'ms' },
      p95: { label: 'p95 latency', unit: 'ms' },
      p99: { label: 'p99 latency', unit: 'ms' },
      'max-envs': { label: 'execution environments alive at once, at most', unit: 'environments' },
    },
  },
  concurrency: {
    title: 'Concurrency-scaling simulator',
    params: {
      pattern: 'Load pattern',
      base: 'Base rate (requests/s)',
      peak: 'Peak rate (requests/s)',
      duration: 'Handler duration (ms)',
      limit: 'Account concurrency limit',
      reserved: 'Reserved concurrency (0 = none)',
      provisioned: 'Provisioned concurrency',
      scaling: 'Scaling rule',
      mode: 'Invocation',
      batch: 'SQS batch size',
      maxconc: 'SQS maximum concurrency (0 = none)',
      dbconn: 'Database connections (0 = no database)',
      proxy: 'Connection proxy (0 or 1)',
      window: 'Minutes simulated',
    },
    metrics: {
      'peak-concurrency': { label: 'peak concurrency', unit: 'environments' },
      throttled: { label: 'throttled requests', unit: 'requests' },
      dlq: { label: 'requests sent to the dead-letter queue', unit: 'requests' },
      'db-errors': { label: 'database connection errors', unit: 'requests' },
      completed: { label: 'completed requests', unit: 'requests' },
      'max-queue-depth': { label: 'largest queue depth', unit: 'messages' },
    },
  },
  cost: {
    title: 'Cost explorer',
    params: {
      memory: 'Memory (MB)',
      duration: 'Duration per invocation (ms)',
      requests: 'Requests a month',
      arch: 'Architecture',
      freeTier: 'Free tier (0 or 1)',
      front: 'Front door',
      peakRatio: 'Peak / average traffic',
      instance: 'EC2 instance type',
      rpsPerInstance: 'Requests/s one instance serves',
      minInstances: 'Minimum instances',
      provisioned: 'Provisioned concurrency',
      ephemeral: 'Ephemeral storage (MB)',
      coldShare: 'Cold starts (% of invocations)',
      initMs: 'INIT duration (ms)',
    },
    metrics: {
      'lambda-monthly-cost': { label: 'Lambda monthly cost', unit: '$' },
      'ec2-monthly-cost': { label: 'EC2 monthly cost', unit: '$' },
      'fargate-monthly-cost': { label: 'Fargate monthly cost', unit: '$' },
      'crossover-rps': { label: 'crossover, sustained requests per second', unit: 'requests/s' },
    },
  },
};

/** The link that opens a simulator on a scenario: `/simulators/cold-start?runtime=java&…`. */
export function simulatorHref(id: QuizSimulatorId, params: ScenarioParams): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/simulators/${id}?${query.toString()}`;
}

/** A metric's value as the simulators show it: whole numbers, percentages, dollars to the cent. */
export function formatMetric(value: number, unit: string): string {
  if (unit === '$') return `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  // As the cold-start simulator writes a share: one decimal below 1%, whole percent above.
  if (unit === '%') return value > 0 && value < 1 ? `${value.toFixed(1)}%` : `${Math.round(value)}%`;
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits })} ${unit}`;
}
