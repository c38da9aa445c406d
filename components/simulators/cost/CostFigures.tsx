'use client';

import { formatBill, formatRate, formatRequests, formatRunCost } from '@/lib/format';
import type { ReactNode } from 'react';
import {
  costPerMillionRequests,
  type AlwaysOnOption,
  type CostOption,
  type Crossover,
  type FleetBill,
} from '@/lib/pricing';
import type { CostResult } from '@/lib/sim/cost/result';
import styles from './Cost.module.css';

/** "$0.00" hides a real charge; below half a cent, say how much it is. */
function underACent(usd: number) {
  return usd > 0 && usd < 0.005 ? <span className={styles.sub}>under a cent: {formatRunCost(usd)}</span> : null;
}

function fleetSize(bill: FleetBill, unit: string): string {
  const { unitsAtQuietest: low, unitsAtBusiest: high } = bill;
  return low === high ? `${high} × ${unit}, all month` : `${low} to ${high} × ${unit}, autoscaled by the hour`;
}

function crossoverFigures(c: Crossover): { requests: string; rps: string; note: string } {
  switch (c.kind) {
    case 'crossover':
      return { requests: formatRequests(c.requestsPerMonth), rps: formatRate(c.sustainedRps), note: 'Above this traffic Lambda costs more.' };
    case 'lambda-cheaper-throughout':
      return { requests: 'None', rps: 'None', note: `Lambda is cheaper all the way to ${formatRequests(c.toRequests)} requests a month.` };
    case 'lambda-dearer-throughout':
      return { requests: 'None', rps: 'None', note: `Lambda costs more at every traffic level from ${formatRequests(c.fromRequests)} a month.` };
  }
}

const TEST_IDS: Record<AlwaysOnOption, { requests: string; rps: string }> = {
  ec2: { requests: 'crossover-requests-per-month', rps: 'crossover-rps' },
  fargate: { requests: 'crossover-fargate-requests-per-month', rps: 'crossover-fargate-rps' },
};

function CrossoverFigure({ against, crossover }: { against: AlwaysOnOption; crossover: Crossover }) {
  const f = crossoverFigures(crossover);
  const ids = TEST_IDS[against];
  return (
    <div className={styles.figure}>
      <dt>Crossover with {against === 'ec2' ? 'the EC2 fleet' : 'Fargate'}</dt>
      <dd>
        <span className={styles.amount} data-testid={ids.requests}>
          {f.requests}
        </span>
        {crossover.kind === 'crossover' ? <span className={styles.unit}> requests a month</span> : null}
        {crossover.kind === 'crossover' ? (
          <span className={styles.sub}>
            = <span data-testid={ids.rps}>{f.rps}</span> requests/s sustained. {f.note}
          </span>
        ) : (
          <span className={styles.sub}>
            Sustained rate: <span data-testid={ids.rps}>{f.rps}</span>. {f.note}
          </span>
        )}
      </dd>
    </div>
  );
}

interface CardProps {
  title: string;
  usd: number;
  testId: string;
  best: boolean;
  children: ReactNode;
}

/** One option's monthly bill, to the cent; the cheapest at the current traffic says so in words. */
function CostCard({ title, usd, testId, best, children }: CardProps) {
  return (
    <div className={`${styles.figure} ${best ? styles.best : ''}`}>
      <dt>
        {title}, a month {best ? <span className={styles.badge}>Cheapest here</span> : null}
      </dt>
      <dd>
        <span className={styles.amount} data-testid={testId}>
          {formatBill(usd)}
        </span>
        {underACent(usd)}
        {children}
      </dd>
    </div>
  );
}

export function CostFigures({ result }: { result: CostResult }) {
  const { inputs, costs, crossings } = result;
  const totals: Record<CostOption, number> = { lambda: costs.lambda.total, ec2: costs.ec2.total, fargate: costs.fargate.total };
  const cheapest = (Object.keys(totals) as CostOption[]).reduce((a, b) => (totals[b] < totals[a] ? b : a));
  const perMillion = (o: CostOption) => <span className={styles.sub}>{formatBill(costPerMillionRequests(totals[o], inputs.requests))} per million requests</span>;
  const otherArch = inputs.arch === 'x86' ? 'Arm' : 'x86';
  return (
    <div className={styles.figureGroups}>
      <dl className={styles.figures}>
        <CostCard title="Lambda" usd={totals.lambda} testId="lambda-monthly-cost" best={cheapest === 'lambda'}>
          {perMillion('lambda')}
          <span className={styles.sub}>
            On {otherArch}: <span data-testid="lambda-other-arch-cost">{formatBill(result.otherArchLambda)}</span>
            {inputs.front !== 'none' ? '. Front door included.' : ''}
          </span>
        </CostCard>
        <CostCard title="EC2 fleet" usd={totals.ec2} testId="ec2-monthly-cost" best={cheapest === 'ec2'}>
          <span className={styles.sub}>{fleetSize(costs.ec2, inputs.instance)}</span>
          {perMillion('ec2')}
        </CostCard>
        <CostCard title="Fargate" usd={totals.fargate} testId="fargate-monthly-cost" best={cheapest === 'fargate'}>
          <span className={styles.sub}>{fleetSize(costs.fargate, `task of ${inputs.taskVcpu} vCPU, ${inputs.taskMemory} GB`)}</span>
          {perMillion('fargate')}
        </CostCard>
      </dl>
      <dl className={`${styles.figures} ${styles.crossovers}`}>
        <CrossoverFigure against="ec2" crossover={crossings.ec2} />
        <CrossoverFigure against="fargate" crossover={crossings.fargate} />
      </dl>
    </div>
  );
}
