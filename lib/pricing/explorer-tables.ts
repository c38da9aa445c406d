import { formatBill, formatCount, formatNumber, roundToCents } from '../format';
import type { CsvValue } from '../csv';
import type { BillLine } from './bill-lines';
import type { CostOption, MonthlyCosts } from './compare';
import type { TrafficMark, TrafficRow } from './explorer-view';
import type { MemoryTuningResult } from './memory-tuning';

/**
 * The numbers behind each of the cost explorer's charts, as tables for screen readers, copying
 * and the CSV download. Each cell carries the text the table shows and the value the CSV writes
 * (the same number without its $ sign or thousands separators), so the two always agree.
 */
export interface Cell {
  text: string;
  value: CsvValue;
}

export interface ExplorerTable {
  columns: string[];
  rows: Cell[][];
}

const text = (t: string): Cell => ({ text: t, value: t });
/** Dollars to the cent; the CSV keeps both decimals ("2.00"), as the table shows them. */
const usd = (x: number): Cell => ({ text: formatBill(x), value: roundToCents(x).toFixed(2) });
const whole = (x: number): Cell => ({ text: formatCount(x), value: Math.round(x) });
/** Three significant figures: enough to read a rate, and the same number in the CSV. */
const rate = (x: number): Cell => {
  const v = Number(x.toPrecision(3));
  return { text: formatNumber(v, 12), value: v };
};

const ms = (x: number): Cell => {
  const v = Math.round(x * 10) / 10;
  return { text: formatNumber(v, 1), value: v };
};

export const OPTION_NAMES: Record<CostOption, string> = { lambda: 'Lambda', ec2: 'EC2 fleet', fargate: 'Fargate' };

const MARK_NAMES: Record<TrafficMark, string> = {
  current: 'Your traffic',
  'crossover-ec2': 'Crossover with the EC2 fleet',
  'crossover-fargate': 'Crossover with Fargate',
};

export function trafficTable(rows: TrafficRow[]): ExplorerTable {
  return {
    columns: ['Requests a month', 'Sustained requests/s', 'Lambda ($/month)', 'EC2 fleet ($/month)', 'Fargate ($/month)', 'Marked'],
    rows: rows.map((r) => [whole(r.requests), rate(r.sustainedRps), usd(r.lambda), usd(r.ec2), usd(r.fargate), text(r.marks.map((m) => MARK_NAMES[m]).join('; '))]),
  };
}

export function billTable(lines: BillLine[], costs: MonthlyCosts): ExplorerTable {
  const rows: Cell[][] = [];
  for (const option of ['lambda', 'ec2', 'fargate'] as const) {
    for (const l of lines.filter((x) => x.option === option)) rows.push([text(OPTION_NAMES[option]), text(l.charge), text(l.workings), usd(l.amount)]);
    rows.push([text(OPTION_NAMES[option]), text('Total'), text('The sum of the lines above, rounded once'), usd(costs[option].total)]);
  }
  return { columns: ['Option', 'Charge', 'How it is worked out', 'Amount ($/month)'], rows };
}

export function tuningTable(tuning: MemoryTuningResult, currentMemoryMb: number): ExplorerTable {
  return {
    columns: ['Memory (MB)', 'vCPUs usable', 'Duration (ms)', 'Billed (ms)', 'Cost per million invocations ($)', 'Marked'],
    rows: tuning.points.map((p) => {
      const marks = [p === tuning.cheapest ? 'Cheapest' : '', p === tuning.fastest ? 'Fastest' : '', p.memoryMb === currentMemoryMb ? 'Your setting' : ''].filter(Boolean);
      return [whole(p.memoryMb), rate(p.usableVcpus), ms(p.durationMs), whole(p.billedMs), usd(p.costPerMillion), text(marks.join('; '))];
    }),
  };
}
