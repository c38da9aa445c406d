import { littlesLaw, requiredConcurrency } from '../sim/littles-law';
import { simulateConcurrency, type ScalingRule } from '../sim/concurrency';
import { findCrossover, monthlyCosts, type CostExplorerInputs } from '../pricing';
import { dnsFailoverSeconds } from '../design/estimates';
import { admittedInBurst } from '../design/token-bucket';
import { webSocketMonthlyCost } from '../pricing/realtime';
import { openScenario } from './simulators';
import type { NumericCompute } from './types';

/**
 * The quiz's numeric answers, recomputed from the same lib/ functions the simulators and the cost
 * explorer run. Only the tests (and scripts) import this: the browser gets the stored answers,
 * so the quiz page never loads a simulation engine. A test checks every stored answer here.
 * (Simulator questions are read through the catalog: lib/quiz/simulators.ts.)
 */

/** A question's cost-explorer inputs, opened as the explorer's own link would be; a value it would change is an error. */
export function costInputsOf(p: Record<string, number | string | boolean>): CostExplorerInputs {
  const params = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v]));
  const { state, notices } = openScenario('cost', params);
  if (notices.length > 0) throw new Error(`cost inputs the explorer would change: ${notices.map((n) => n.message).join(' ')}`);
  return state as CostExplorerInputs;
}

function crossoverRps(inputs: CostExplorerInputs, against: 'ec2' | 'fargate'): number {
  const c = findCrossover(inputs, against);
  if (c.kind !== 'crossover') throw new Error(`no crossover for these inputs (${c.kind})`);
  return c.sustainedRps;
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
      return littlesLaw({ rps: 1, duration: spec.durationMs, limit: spec.limit }).maxSustainableRps;
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
