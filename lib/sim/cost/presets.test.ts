import { describe, expect, it } from 'vitest';
import { formatBill } from '../../format';
import { costExplorerSchema as costSchema } from '../../pricing';
import { presetState } from '../../url-state';
import { costExplorerPresets, WEBHOOK_REQUESTS_A_MONTH } from './presets';
import { runCost, type CostResult } from './result';

/** Each preset's story, checked against the model: the figures its description quotes are real. */
function run(id: string): CostResult {
  const preset = costExplorerPresets.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return runCost(presetState(costSchema, preset));
}

const usd = (r: CostResult) => ({ lambda: formatBill(r.costs.lambda.total), ec2: formatBill(r.costs.ec2.total), fargate: formatBill(r.costs.fargate.total) });

describe('the cost explorer’s presets tell their stories in the numbers', () => {
  it('has the six scenarios the issue asks for, each described in a sentence that quotes real figures', () => {
    expect(costExplorerPresets.map((p) => p.id)).toEqual(['notes-example', 'webhook-100-a-day', 'steady-10k-rps', 'flash-sale-shop', 'arm-vs-x86', 'provisioned-api']);
  });

  it('the notes’ example is the defaults: $16.67 + $2.00 = $18.67, against $60.74 for two t3.medium', () => {
    const r = run('notes-example');
    expect(r.costs.lambda.breakdown.duration.toFixed(2)).toBe('16.67');
    expect(r.costs.lambda.breakdown.requests.toFixed(2)).toBe('2.00');
    expect(usd(r)).toMatchObject({ lambda: '$18.67', ec2: '$60.74' });
    expect(presetState(costSchema, costExplorerPresets[0])).toEqual(presetState(costSchema));
  });

  it('a webhook: 100 calls a day cost under a cent; one t4g.small costs $12.26', () => {
    const r = run('webhook-100-a-day');
    expect(WEBHOOK_REQUESTS_A_MONTH).toBe(3042);
    expect(r.costs.lambda.total).toBeGreaterThan(0);
    expect(r.costs.lambda.total).toBeLessThan(0.01);
    expect(usd(r).ec2).toBe('$12.26');
  });

  it('steady 10,000 requests/s: Lambda about $14,000, 25 c6g.large $1,241.00, more than ten times less', () => {
    const r = run('steady-10k-rps');
    expect(r.inputs.requests / 2_628_000).toBeCloseTo(10_000, 9);
    expect(Math.round(r.costs.lambda.total / 1000)).toBe(14);
    expect(r.costs.ec2.unitsAtBusiest).toBe(25);
    expect(usd(r).ec2).toBe('$1,241.00');
    expect(r.costs.lambda.total / r.costs.ec2.total).toBeGreaterThan(10);
  });

  it('a flash-sale shop: sized for 20× peaks, eight t3.medium ($242.94) lose to Lambda ($186.67) everywhere; at 1× the fleet wins', () => {
    const r = run('flash-sale-shop');
    expect(r.costs.ec2.unitsAtBusiest).toBe(8);
    expect(usd(r)).toMatchObject({ lambda: '$186.67', ec2: '$242.94' });
    expect(r.crossings.ec2.kind).toBe('lambda-cheaper-throughout');
    const steady = runCost({ ...r.inputs, peakRatio: 1 });
    expect(steady.costs.ec2.total).toBeLessThan(steady.costs.lambda.total);
    expect(steady.crossings.ec2.kind).toBe('crossover');
  });

  it('Arm vs x86: every bill about 20% lower, the crossover barely moves', () => {
    const arm = run('arm-vs-x86');
    const x86 = runCost({ ...arm.inputs, arch: 'x86', instance: 't3.medium' });
    for (const o of ['lambda', 'ec2', 'fargate'] as const) {
      const saving = 1 - arm.costs[o].total / x86.costs[o].total;
      expect(saving).toBeGreaterThan(0.17);
      expect(saving).toBeLessThan(0.21);
    }
    expect(arm.otherArchLambda).toBe(x86.costs.lambda.total);
    const rps = (r: CostResult) => (r.crossings.ec2.kind === 'crossover' ? r.crossings.ec2.sustainedRps : Number.NaN);
    expect(Math.abs(rps(arm) / rps(x86) - 1)).toBeLessThan(0.05);
  });

  it('provisioned concurrency: $54.75 a month before the first request, and a cheaper rate for the work run on it', () => {
    const r = run('provisioned-api');
    expect(formatBill(r.costs.lambda.breakdown.provisionedConcurrency)).toBe('$54.75');
    const idle = runCost({ ...r.inputs, requests: 100 });
    expect(idle.costs.lambda.total).toBeGreaterThan(54.75);
    const onDemand = runCost({ ...r.inputs, provisioned: 0, coldShare: 0 });
    expect(r.costs.lambda.breakdown.provisionedDuration).toBeLessThan(onDemand.costs.lambda.breakdown.duration);
  });
});
