import { formatBill } from '../format';
import { describe, expect, it } from 'vitest';
import { monthlyCosts } from './compare';
import { COST_EXPLORER_DEFAULTS } from './explorer-inputs';
import { notesFigures } from './notes-figures';

const figures = notesFigures();

describe("the course notes' own figures", () => {
  it('512 MB for 200 ms per call is 0.1 GB-s, $0.0000016667 of duration per call', () => {
    expect(figures.gbSecondsPerCall).toBeCloseTo(0.1, 15);
    expect(figures.durationCostPerCall).toBeCloseTo(0.0000016667, 10);
  });

  it('a million calls cost $1.67 of duration and $0.20 of requests: $1.87, not the "$1.70" one note says', () => {
    expect(formatBill(figures.oneMillion.duration)).toBe('$1.67');
    expect(formatBill(figures.oneMillion.requestCharge)).toBe('$0.20');
    expect(formatBill(figures.oneMillion.total)).toBe('$1.87');
    expect(formatBill(figures.oneMillion.total)).not.toBe(formatBill(figures.quoted.oneMillion));
  });

  it('"$1.70" is a million calls\' duration priced at a GB-second price rounded to $0.000017', () => {
    expect(formatBill(figures.oneMillionDurationAtRoughPrice)).toBe(formatBill(figures.quoted.oneMillion));
  });

  it('ten million calls are $16.67 + $2.00 = $18.67, as the other note says', () => {
    expect(formatBill(figures.tenMillion.duration)).toBe('$16.67');
    expect(formatBill(figures.tenMillion.requestCharge)).toBe('$2.00');
    expect(formatBill(figures.tenMillion.total)).toBe(formatBill(figures.quoted.tenMillion));
  });

  it('with the free tier on, ten million calls are $10.00 + $1.80 = $11.80', () => {
    expect(formatBill(figures.tenMillionWithFreeTier.duration)).toBe('$10.00');
    expect(formatBill(figures.tenMillionWithFreeTier.requestCharge)).toBe('$1.80');
    expect(formatBill(figures.tenMillionWithFreeTier.total)).toBe('$11.80');
  });

  it("the cost explorer's defaults are the notes' example, so it opens on $18.67", () => {
    expect(formatBill(monthlyCosts(COST_EXPLORER_DEFAULTS).lambda.total)).toBe('$18.67');
  });
});
