import { littlesLaw, requiredConcurrency } from '../sim/littles-law';
import { simulateColdStarts, type ColdStartInput, type ColdStartRuntime, type TrafficPattern } from '../sim/cold-start';
import { simulateConcurrency, type ConcurrencyInput, type InvocationMode, type LoadPattern, type ScalingRule } from '../sim/concurrency';
import { completeInputs, findCrossover, monthlyCosts, type CostExplorerInputs } from '../pricing';
import { dnsFailoverSeconds } from '../design/estimates';
import { admittedInBurst } from '../design/token-bucket';
import { webSocketMonthlyCost } from '../pricing/realtime';
import type { NumericCompute, QuizSimulatorId, ScenarioParams } from './types';

/**
 * The quiz's answers, recomputed from the same lib/ functions the simulators and the cost
 * explorer run. Only the tests (and scripts) import this: the browser gets the stored answers,
 * so the quiz page never loads a simulation engine. A test checks every stored answer here.
 */

const num = (p: ScenarioParams, name: string): number | undefined => (p[name] === undefined ? undefined : Number(p[name]));
const flag = (p: ScenarioParams, name: string): boolean | undefined => (p[name] === undefined ? undefined : Number(p[name]) === 1 || p[name] === 'true');
const str = <T extends string>(p: ScenarioParams, name: string): T | undefined => (p[name] === undefined ? undefined : (String(p[name]) as T));

/** Drops the keys whose value is undefined, so the model's defaults fill them in. */
function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The cold-start simulator's URL parameters (issue 4) as the model's input. */
export function coldStartInputOf(p: ScenarioParams): Partial<ColdStartInput> {
  return defined({
    runtime: str<ColdStartRuntime>(p, 'runtime'),
    memoryMb: num(p, 'memory'),
    packageMb: num(p, 'pkg'),
    vpc: flag(p, 'vpc'),
    provisioned: num(p, 'provisioned'),
    keepAliveMinutes: num(p, 'keepalive'),
    pattern: str<TrafficPattern>(p, 'pattern'),
    rps: num(p, 'rps'),
    durationMs: num(p, 'duration'),
    pingMinutes: num(p, 'ping'),
    windowMinutes: num(p, 'window'),
    seed: num(p, 'seed'),
  });
}

/** The concurrency simulator's URL parameters (issue 5) as the model's input. */
export function concurrencyInputOf(p: ScenarioParams): Partial<ConcurrencyInput> {
  return defined({
    pattern: str<LoadPattern>(p, 'pattern'),
    base: num(p, 'base'),
    peak: num(p, 'peak'),
    duration: num(p, 'duration'),
    limit: num(p, 'limit'),
    reserved: num(p, 'reserved'),
    provisioned: num(p, 'provisioned'),
    scaling: str<ScalingRule>(p, 'scaling'),
    mode: str<InvocationMode>(p, 'mode'),
    batch: num(p, 'batch'),
    maxconc: num(p, 'maxconc'),
    dbconn: num(p, 'dbconn'),
    proxy: flag(p, 'proxy'),
    window: num(p, 'window'),
  });
}

/** The cost explorer's URL parameters (issue 6) as its complete inputs. */
export function costInputsOf(p: Record<string, number | string | boolean>): CostExplorerInputs {
  const raw: Record<string, unknown> = { ...p };
  if (raw.freeTier !== undefined) raw.freeTier = raw.freeTier === true || Number(raw.freeTier) === 1;
  return completeInputs(raw as Partial<CostExplorerInputs>);
}

function crossoverRps(inputs: CostExplorerInputs, against: 'ec2' | 'fargate'): number {
  const c = findCrossover(inputs, against);
  if (c.kind !== 'crossover') throw new Error(`no crossover for these inputs (${c.kind})`);
  return c.sustainedRps;
}

/** What a simulator shows for one metric in one scenario. */
export function simulatorMetric(simulator: QuizSimulatorId, params: ScenarioParams, metric: string): number {
  if (simulator === 'littles-law') {
    const r = littlesLaw({ requestsPerSecond: num(params, 'rps') ?? 100, durationMs: num(params, 'duration') ?? 200, concurrencyLimit: num(params, 'limit') ?? 1000 });
    if (metric === 'required-concurrency') return r.requiredConcurrency;
    if (metric === 'throttled-share') return r.throttledShare * 100;
  }
  if (simulator === 'cold-start') {
    const r = simulateColdStarts(coldStartInputOf(params));
    if (metric === 'cold-share') return r.coldStartShare * 100;
    if (metric === 'p50' || metric === 'p95' || metric === 'p99') return r.latency.all[metric];
    if (metric === 'max-envs') return r.fleet.peakAlive;
  }
  if (simulator === 'concurrency') {
    const t = simulateConcurrency(concurrencyInputOf(params)).totals;
    const byMetric: Record<string, number> = {
      'peak-concurrency': t.peakConcurrency,
      throttled: t.throttledRequests,
      dlq: t.deadLetterQueue,
      'db-errors': t.dbErrors,
      completed: t.completed,
      'max-queue-depth': t.maxQueueDepth,
    };
    if (metric in byMetric) return byMetric[metric]!;
  }
  if (simulator === 'cost') {
    const inputs = costInputsOf(params);
    if (metric === 'crossover-rps') return crossoverRps(inputs, 'ec2');
    const costs = monthlyCosts(inputs);
    if (metric === 'lambda-monthly-cost') return costs.lambda.total;
    if (metric === 'ec2-monthly-cost') return costs.ec2.total;
    if (metric === 'fargate-monthly-cost') return costs.fargate.total;
  }
  throw new Error(`the ${simulator} simulator has no metric "${metric}"`);
}

/**
 * Seconds for one function to go from no environments to `environments`, under a scaling rule:
 * a steady load that needs twice as many (1 s handlers), an account limit well above the target,
 * and no cold-start delay, so only the scaling rate holds it back.
 */
export function secondsToScale(environments: number, scaling: ScalingRule): number {
  const r = simulateConcurrency({
    pattern: 'steady',
    base: Math.min(100_000, environments * 2),
    duration: 1000,
    limit: Math.min(100_000, environments * 2),
    coldstart: 0,
    scaling,
    window: 30,
  });
  const envs = r.series.environments;
  for (let s = 0; s < envs.length; s++) if (envs[s]! >= environments) return (s * r.stepMs) / 1000;
  throw new Error(`${environments} environments were not reached within the window`);
}

export function computeNumeric(spec: NumericCompute): number {
  switch (spec.fn) {
    case 'requiredConcurrency':
      return requiredConcurrency(spec.rps, spec.durationMs);
    case 'maxSustainableRps':
      return littlesLaw({ requestsPerSecond: 1, durationMs: spec.durationMs, concurrencyLimit: spec.limit }).maxSustainableRps;
    case 'lambdaMonthlyCost':
      return monthlyCosts(costInputsOf(spec.inputs)).lambda.total;
    case 'ec2MonthlyCost':
      return monthlyCosts(costInputsOf(spec.inputs)).ec2.total;
    case 'crossoverRps':
      return crossoverRps(costInputsOf(spec.inputs), spec.against);
    case 'secondsToScale':
      return secondsToScale(spec.environments, spec.scaling);
    case 'admittedInBurst':
      return admittedInBurst({ ratePerSecond: spec.ratePerSecond, burst: spec.burst }, spec.requests, spec.quietSeconds);
    case 'webSocketMonthlyCost':
      return webSocketMonthlyCost(spec).total;
    case 'dnsFailoverSeconds':
      return dnsFailoverSeconds(spec);
  }
}
