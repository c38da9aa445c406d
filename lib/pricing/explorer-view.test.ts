import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthlyCostAt } from './compare';
import { crossovers } from './crossover';
import { completeInputs, costExplorerSchema as R } from './explorer-inputs';
import { chartSeries, explorerRange, roundTraffic, trafficRows, tuningInputOf } from './explorer-view';
import { memoryTuning, tuningPoint } from './memory-tuning';
import { costVerdict } from './verdict';

describe("the explorer's traffic axis", () => {
  it('is 10,000 to 10 billion requests a month for traffic inside it', () => {
    expect(explorerRange(1e7)).toEqual({ fromRequests: 1e4, toRequests: 1e10 });
    expect(explorerRange(1e10)).toEqual({ fromRequests: 1e4, toRequests: 1e10 });
  });

  it('widens by whole decades to show a webhook (3,042 a month) or a steady 10,000 requests/s', () => {
    expect(explorerRange(3042)).toEqual({ fromRequests: 1e3, toRequests: 1e10 });
    expect(explorerRange(2.628e10)).toEqual({ fromRequests: 1e4, toRequests: 1e11 });
    expect(explorerRange(R.requests.min)).toEqual({ fromRequests: 100, toRequests: 1e10 });
  });

  it('falls back to the usual axis for a value that is not a traffic', () => {
    expect(explorerRange(Number.NaN)).toEqual({ fromRequests: 1e4, toRequests: 1e10 });
    expect(explorerRange(0)).toEqual({ fromRequests: 1e4, toRequests: 1e10 });
  });

  it('lists 1, 2 and 5 of every decade for the table', () => {
    expect(roundTraffic({ fromRequests: 1e4, toRequests: 1e5 })).toEqual([1e4, 2e4, 5e4, 1e5]);
    expect(roundTraffic(explorerRange(1e7))).toHaveLength(19);
  });
});

describe('the points the cost chart is drawn through', () => {
  const inputs = completeInputs();
  const range = explorerRange(inputs.requests);
  const crossings = crossovers(inputs, range);
  const series = chartSeries(inputs, range, crossings);

  it('are few enough for a light chart, in order, and priced by the model', () => {
    expect(series.length).toBeLessThanOrEqual(300);
    for (let i = 1; i < series.length; i++) expect(series[i]!.requests).toBeGreaterThan(series[i - 1]!.requests);
    const p = series[100]!;
    expect(p.lambda).toBe(monthlyCostAt(inputs, 'lambda', p.requests));
    expect(p.ec2).toBe(monthlyCostAt(inputs, 'ec2', p.requests));
  });

  it('include the exact crossovers and the current traffic, so each marker sits on its line', () => {
    const traffic = series.map((p) => p.requests);
    expect(crossings.ec2.kind).toBe('crossover');
    if (crossings.ec2.kind === 'crossover') expect(traffic).toContain(crossings.ec2.requestsPerMonth);
    expect(traffic).toContain(inputs.requests);
  });

  it('the table rows mark the crossovers and the current traffic', () => {
    const rows = trafficRows(inputs, range, crossings);
    expect(rows.find((r) => r.requests === 1e7)?.marks).toEqual(['current']);
    expect(rows.filter((r) => r.marks.includes('crossover-ec2'))).toHaveLength(1);
    expect(rows.filter((r) => r.marks.includes('crossover-fargate'))).toHaveLength(1);
  });

  it('the verdict looks for the crossover on the same axis', () => {
    const steady = completeInputs({ requests: 2.628e10, memory: 128, duration: 1, instance: 'm5.large', rpsPerInstance: 1, minInstances: 100 });
    expect(costVerdict(steady, 'ec2', explorerRange(steady.requests))).toMatch(/all the way to 100 billion requests a month\.$/);
  });
});

describe("the memory-tuning chart's function, read from the Lambda settings", () => {
  it('takes exactly the duration set at the memory set, whatever the CPU share and threads', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: R.memory.min, max: R.memory.max }),
        fc.double({ min: R.duration.min, max: R.duration.max, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: R.threads.min, max: R.threads.max }),
        (memory, duration, cpuShare, threads) => {
          const inputs = completeInputs({ memory, duration, cpuShare, threads });
          const p = tuningPoint(tuningInputOf(inputs), memory);
          expect(p.durationMs).toBeCloseTo(duration, 6);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('sweeps Power Tuning’s sizes plus the memory set', () => {
    expect(tuningInputOf(completeInputs({ memory: 700 })).memorySizes).toContain(700);
    expect(tuningInputOf(completeInputs({ memory: 512 })).memorySizes?.filter((m) => m === 512)).toHaveLength(1);
  });

  it('all I/O: duration does not change, so the least memory is cheapest and every size is as fast', () => {
    const t = memoryTuning(tuningInputOf(completeInputs({ cpuShare: 0 })));
    expect(new Set(t.points.map((p) => p.durationMs))).toEqual(new Set([200]));
    expect(t.cheapest.memoryMb).toBe(128);
  });

  it('all CPU, one thread: 1,769 MB (one full vCPU) is the fastest, and more memory only costs more', () => {
    const t = memoryTuning(tuningInputOf(completeInputs({ cpuShare: 100, threads: 1 })));
    expect(t.fastest.memoryMb).toBe(1769);
    const above = t.points.filter((p) => p.memoryMb > 1769);
    for (const p of above) expect(p.costPerInvocation).toBeGreaterThan(t.fastest.costPerInvocation);
  });
});
