'use client';

import { formatBill, formatCount } from '@/lib/format';
import { useId, useMemo } from 'react';
import { BILL_PART_LABELS, billLines, billParts, billTable, type BillPart, type CostOption } from '@/lib/pricing';
import { BreakdownChart } from './BreakdownChart';
import { DataTable } from './DataTable';
import type { PanelProps } from './panel-props';
import { PartPatterns, partFill, PART_STYLE } from './part-style';
import styles from './Cost.module.css';

const ORDER: BillPart[] = ['requests', 'duration', 'init', 'provisionedConcurrency', 'provisionedDuration', 'ephemeralStorage', 'frontDoor', 'instances'];
const NAMES: Record<CostOption, string> = { lambda: 'Lambda', ec2: 'The EC2 fleet', fargate: 'Fargate' };

function PartLegend({ shown }: { shown: BillPart[] }) {
  const prefix = `legend${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  return (
    <>
      <svg width="0" height="0" aria-hidden="true" className={styles.defsOnly}>
        <PartPatterns prefix={prefix} />
      </svg>
      <ul className={styles.legend}>
      {shown.map((part) => (
        <li key={part}>
          <svg width="20" height="14" aria-hidden="true" className={styles.legendSample}>
            <rect x="1" y="1" width="18" height="12" fill={partFill(prefix, part)} stroke={PART_STYLE[part].colour} />
          </svg>
          {BILL_PART_LABELS[part]}
        </li>
      ))}
      </ul>
    </>
  );
}

/** Stacked bars of each option's bill at the current traffic, with every line worked out below. */
export default function BreakdownPanel({ result, presenting }: PanelProps) {
  const { inputs, costs } = result;
  const parts = useMemo(() => billParts(inputs, costs), [inputs, costs]);
  const table = useMemo(() => billTable(billLines(inputs, costs), costs), [inputs, costs]);
  const totals: Record<CostOption, number> = { lambda: costs.lambda.total, ec2: costs.ec2.total, fargate: costs.fargate.total };
  const shown = ORDER.filter((p) => (Object.keys(parts) as CostOption[]).some((o) => (parts[o][p] ?? 0) > 0));
  const description = (Object.keys(parts) as CostOption[])
    .map((o) => {
      const items = ORDER.filter((p) => (parts[o][p] ?? 0) > 0).map((p) => `${BILL_PART_LABELS[p].toLowerCase()} ${formatBill(parts[o][p]!)}`);
      return `${NAMES[o]}, ${formatBill(totals[o])}${items.length > 1 ? `: ${items.join(', ')}` : ''}.`;
    })
    .join(' ');
  const height = presenting ? 360 : 240;
  return (
    <figure className={styles.chartFigure}>
      <div role="img" aria-label={`Each option's monthly bill at ${formatCount(inputs.requests)} requests a month. ${description}`} data-testid="breakdown-chart" className={styles.chartBox} style={{ height }}>
        <BreakdownChart textSize={presenting ? 16 : 12} parts={parts} totals={totals} shown={shown} height={height} />
      </div>
      <PartLegend shown={shown} />
      <figcaption className={styles.caption}>
        Each bar is one option&rsquo;s bill this month, after the free tier and any savings plan. The table shows how every line is worked out from the
        published prices.
      </figcaption>
      <DataTable table={table} caption="Each option's bill, line by line" filename="bill-breakdown.csv" testId="breakdown-table" />
    </figure>
  );
}
