'use client';

import { formatBill } from '@/lib/format';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { type BillPart, type CostOption } from '@/lib/pricing';
import { PartPatterns, partFill, PART_STYLE } from './part-style';

interface Props {
  parts: Record<CostOption, Partial<Record<BillPart, number>>>;
  totals: Record<CostOption, number>;
  shown: BillPart[];
  height: number;
  /** Larger on a projector (presenter mode). */
  textSize: number;
}

const NAMES: Record<CostOption, string> = { lambda: 'Lambda', ec2: 'EC2 fleet', fargate: 'Fargate' };

/** One horizontal bar per option, stacked from its charges, so what each bill is made of shows. */
export function BreakdownChart({ parts, totals, shown, height, textSize }: Props) {
  const tick = { fill: 'var(--text-muted)', fontSize: textSize };
  const prefix = `bill${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const data = (Object.keys(NAMES) as CostOption[]).map((o) => ({ option: `${NAMES[o]} ${formatBill(totals[o])}`, ...parts[o] }));
  return (
    <BarChart data={data} layout="vertical" style={{ width: '100%', height }} responsive margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false} barCategoryGap="22%">
      <PartPatterns prefix={prefix} />
      <CartesianGrid stroke="var(--border)" strokeDasharray="2 4" horizontal={false} />
      <XAxis type="number" tickFormatter={(v: number) => formatBill(v).replace('.00', '')} stroke="var(--text-muted)" tick={tick} />
      <YAxis type="category" dataKey="option" stroke="var(--text-muted)" tick={{ ...tick, fill: 'var(--text)' }} width={textSize * 10} />
      {shown.map((part) => (
        <Bar key={part} dataKey={part} stackId="bill" fill={partFill(prefix, part)} stroke={PART_STYLE[part].colour} strokeWidth={1} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
