/**
 * Axis ticks for log-scale charts: whole decades, written short ("10M", "$1k"), so a phone-width
 * chart keeps its labels apart. The tables under the charts give every number in full.
 */

export function decades(from: number, to: number): number[] {
  const values: number[] = [];
  for (let e = Math.ceil(Math.log10(from) - 1e-9); e <= Math.floor(Math.log10(to) + 1e-9); e++) values.push(10 ** e);
  return values;
}

export function decadeBelow(v: number): number {
  return 10 ** Math.floor(Math.log10(v) + 1e-9);
}

export function decadeAbove(v: number): number {
  return 10 ** Math.ceil(Math.log10(v) - 1e-9);
}

/** Log axes cannot show zero: amounts under a tenth of a cent are drawn at $0.001 (the tables keep them exact). */
export const CHART_FLOOR_USD = 0.001;
export const onLogAxis = (usd: number) => Math.max(usd, CHART_FLOOR_USD);
