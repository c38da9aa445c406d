import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EC2_INSTANCE_TYPES } from './aws-ec2';
import { billLines, billParts } from './bill-lines';
import { monthlyCosts, type CostOption } from './compare';
import { completeInputs, costExplorerSchema as R, type CostExplorerInputs } from './explorer-inputs';
import { billTable, trafficTable, tuningTable } from './explorer-tables';
import { crossovers } from './crossover';
import { explorerRange, trafficRows, tuningInputOf } from './explorer-view';
import { memoryTuning } from './memory-tuning';
import { FRONT_DOORS } from './front-door';

const options: CostOption[] = ['lambda', 'ec2', 'fargate'];
const between = (r: { min: number; max: number }) => fc.double({ min: r.min, max: r.max, noNaN: true });
const inputsArb: fc.Arbitrary<Partial<CostExplorerInputs>> = fc.record({
  memory: fc.integer({ min: R.memory.min, max: R.memory.max }),
  duration: between(R.duration),
  requests: fc.double({ min: 2, max: 11, noNaN: true }).map((e) => 10 ** e),
  arch: fc.constantFrom('x86' as const, 'arm' as const),
  freeTier: fc.boolean(),
  front: fc.constantFrom(...FRONT_DOORS.map((f) => f.value)),
  scaling: fc.constantFrom('peak' as const, 'hourly' as const),
  instance: fc.constantFrom(...EC2_INSTANCE_TYPES),
  savings: between(R.savings),
  provisioned: fc.integer({ min: 0, max: 50 }),
  ephemeral: fc.integer({ min: R.ephemeral.min, max: R.ephemeral.max }),
  coldShare: between(R.coldShare),
  initMs: between(R.initMs),
});

describe('each bill as lines a learner can check', () => {
  it('the notes’ example: $2.00 of requests and $16.67 of duration, worked out from the prices', () => {
    const inputs = completeInputs();
    const lines = billLines(inputs, monthlyCosts(inputs)).filter((l) => l.option === 'lambda');
    expect(lines.map((l) => [l.charge, l.workings, l.amount.toFixed(2)])).toEqual([
      ['Requests', '10,000,000 requests × $0.20 per million', '2.00'],
      ['Duration', '512 MB ÷ 1,024 × 0.2 s billed × 10,000,000 invocations = 1,000,000 GB-s × $0.0000166667 per GB-s', '16.67'],
    ]);
  });

  it('the always-on options say how many, for how long, at what hourly price', () => {
    const inputs = completeInputs({ savings: 30 });
    const lines = billLines(inputs, monthlyCosts(inputs));
    expect(lines.find((l) => l.option === 'ec2')?.workings).toBe('2 t3.medium × 730 h × $0.0416 per hour');
    expect(lines.find((l) => l.option === 'fargate')?.workings).toBe('2 tasks × 730 h × $0.04937 per task-hour (1 vCPU × $0.04048 + 2 GB × $0.004445)');
    expect(lines.filter((l) => l.charge === 'Savings plan').map((l) => l.workings)).toEqual(['30% off on-demand', '30% off on-demand']);
  });

  it('every option’s lines add up to its total, and its bar’s parts do too, never below zero (property-based)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(inputsArb, (partial) => {
        const inputs = completeInputs(partial);
        const costs = monthlyCosts(inputs);
        const lines = billLines(inputs, costs);
        const parts = billParts(inputs, costs);
        for (const o of options) {
          const total = costs[o].total;
          const sum = lines.filter((l) => l.option === o).reduce((s, l) => s + l.amount, 0);
          expect(sum).toBeCloseTo(total, 6);
          const values = Object.values(parts[o]);
          for (const v of values) expect(v).toBeGreaterThanOrEqual(0);
          expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(total, 6);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the tables and their CSV values agree', () => {
  /** What a number looks like without its $ sign and thousands separators. */
  const plain = (text: string) => (/^−?\$?[\d,.]+$/.test(text) ? text.replace('−', '-').replace(/[$,]/g, '') : text);

  it('every number in the three tables is its CSV value, written for people', () => {
    const inputs = completeInputs({ freeTier: true, front: 'rest', coldShare: 1, savings: 20, requests: 2e9 });
    const range = explorerRange(inputs.requests);
    const costs = monthlyCosts(inputs);
    const tables = [
      trafficTable(trafficRows(inputs, range, crossovers(inputs, range))),
      billTable(billLines(inputs, costs), costs),
      tuningTable(memoryTuning(tuningInputOf(inputs)), inputs.memory),
    ];
    for (const table of tables) {
      for (const row of table.rows) {
        for (const cell of row) expect(plain(cell.text)).toBe(String(cell.value));
      }
    }
  });

  it('the bill table ends each option with its total, to the cent', () => {
    const inputs = completeInputs();
    const costs = monthlyCosts(inputs);
    const totals = billTable(billLines(inputs, costs), costs).rows.filter((r) => r[1]!.text === 'Total').map((r) => [r[0]!.text, r[3]!.text]);
    expect(totals).toEqual([
      ['Lambda', '$18.67'],
      ['EC2 fleet', '$60.74'],
      ['Fargate', '$72.08'],
    ]);
  });
});
