import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV for the simulators\' tables', () => {
  it('leaves plain cells alone and writes numbers in full', () => {
    expect(csvCell('Lambda')).toBe('Lambda');
    expect(csvCell(18.67)).toBe('18.67');
    expect(csvCell(10_000_000)).toBe('10000000');
  });

  it('quotes cells with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvCell('1,024 MB')).toBe('"1,024 MB"');
    expect(csvCell('the "cheapest"')).toBe('"the ""cheapest"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('never writes NaN or Infinity', () => {
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
  });

  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
