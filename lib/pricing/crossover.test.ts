import { describe, expect, it } from 'vitest';
import { costPerMillionRequests, costSeries, monthlyCostAt, monthlyCosts } from './compare';
import { crossoverOf, crossovers, findCrossover } from './crossover';
import { COST_EXPLORER_DEFAULTS, completeInputs } from './explorer-inputs';
import { SECONDS_PER_MONTH } from './month';

const defaults = COST_EXPLORER_DEFAULTS;
/** Lambda's price per request at the defaults: $0.20 per million plus 0.1 GB-s. */
const lambdaPerRequest = 0.2e-6 + 0.1 * 0.0000166667;

describe('the crossover: where Lambda stops being the cheaper choice', () => {
  it('at the defaults Lambda matches two t3.medium ($60.74) at about 32.5 million requests a month, 12.4 requests/s', () => {
    const c = findCrossover(defaults, 'ec2');
    expect(c.kind).toBe('crossover');
    if (c.kind !== 'crossover') return;
    expect(c.requestsPerMonth).toBeCloseTo((2 * 0.0416 * 730) / lambdaPerRequest, -1);
    expect(c.sustainedRps).toBeCloseTo(c.requestsPerMonth / SECONDS_PER_MONTH, 12);
    expect(c.sustainedRps).toBeCloseTo(12.38, 2);
  });

  it('is where the two cost curves are equal: just below it Lambda is cheaper, just above it dearer', () => {
    for (const against of ['ec2', 'fargate'] as const) {
      const c = findCrossover(defaults, against);
      if (c.kind !== 'crossover') throw new Error(`expected a crossover against ${against}`);
      const r = c.requestsPerMonth;
      expect(monthlyCostAt(defaults, 'lambda', r * 0.999)).toBeLessThan(monthlyCostAt(defaults, against, r * 0.999));
      expect(monthlyCostAt(defaults, 'lambda', r * 1.001)).toBeGreaterThan(monthlyCostAt(defaults, against, r * 1.001));
      expect(monthlyCostAt(defaults, 'lambda', r)).toBeCloseTo(monthlyCostAt(defaults, against, r), 6);
    }
  });

  it('above the crossover Lambda is dearer at every point of the chart', () => {
    const c = findCrossover(defaults, 'ec2');
    if (c.kind !== 'crossover') throw new Error('expected a crossover');
    const above = costSeries(defaults).filter((p) => p.requests > c.requestsPerMonth);
    expect(above.length).toBeGreaterThan(10);
    for (const p of above) expect(p.lambda).toBeGreaterThan(p.ec2);
  });

  it('on staircase costs it is the lowest traffic above which Lambda is dearer, not the first time it is', () => {
    // Lambda costs r; the other side is 800 up to 1,000, then 2,500 up to 2,000, then 2,600.
    // Lambda is dearer on (800, 1000], cheaper again until 2,600, and dearer for good after.
    const stairs = (r: number) => (r <= 1000 ? 800 : r <= 2000 ? 2500 : 2600);
    const c = crossoverOf((r) => r, stairs, { fromRequests: 100, toRequests: 1e5 });
    expect(c.kind).toBe('crossover');
    if (c.kind === 'crossover') expect(c.requestsPerMonth).toBeCloseTo(2600, 6);
  });

  it('says so when Lambda is cheaper across the whole range', () => {
    const tiny = completeInputs({ memory: 128, duration: 1, instance: 'm5.large', rpsPerInstance: 1, minInstances: 100 });
    expect(findCrossover(tiny, 'ec2')).toEqual({ kind: 'lambda-cheaper-throughout', toRequests: 1e10 });
  });

  it('says so when Lambda is dearer across the whole range (1,000 warm 10 GB environments)', () => {
    const warm = completeInputs({ memory: 10_240, provisioned: 1000, rpsPerInstance: 10_000, rpsPerTask: 10_000 });
    expect(crossovers(warm)).toEqual({
      ec2: { kind: 'lambda-dearer-throughout', fromRequests: 1e4 },
      fargate: { kind: 'lambda-dearer-throughout', fromRequests: 1e4 },
    });
  });
});

describe('the chart series and the per-million figures', () => {
  it('has about 60 log-spaced points from 10,000 to 10 billion requests a month, with the sustained rate of each', () => {
    const series = costSeries(defaults);
    expect(series).toHaveLength(60);
    expect(series[0]!.requests).toBe(1e4);
    expect(series.at(-1)!.requests).toBe(1e10);
    expect(series[10]!.sustainedRps).toBeCloseTo(series[10]!.requests / (730 * 3600), 12);
  });

  it('cost never decreases as traffic grows, for any of the three options', () => {
    const series = costSeries(completeInputs({ freeTier: true, scaling: 'hourly', front: 'rest', provisioned: 5, coldShare: 1 }), 200);
    for (const option of ['lambda', 'ec2', 'fargate'] as const) {
      series.slice(1).forEach((p, i) => expect(p[option]).toBeGreaterThanOrEqual(series[i]![option]));
    }
  });

  it('at the defaults Lambda costs $1.87 per million requests, and the two instances $6.07 per million', () => {
    const costs = monthlyCosts(defaults);
    expect(costPerMillionRequests(costs.lambda.total, defaults.requests)).toBeCloseTo(1.86667, 5);
    expect(costPerMillionRequests(costs.ec2.total, defaults.requests)).toBeCloseTo(6.0736, 4);
    expect(costPerMillionRequests(10, 0)).toBe(0);
  });
});
