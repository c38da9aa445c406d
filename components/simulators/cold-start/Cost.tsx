'use client';

import { formatRunCost, formatCount, formatDuration, formatMs, formatNumber } from '@/lib/format';
import type { ColdStartResult } from '@/lib/sim/cold-start';
import styles from './ColdStart.module.css';

/** What a cold start is made of, from the model's start-up profile. */
function startupText(r: ColdStartResult): string {
  const s = r.startup;
  if (r.input.runtime === 'isolate') return `An isolate starts in about ${formatMs(s.medianMs)} (median), never more than ${formatMs(s.capMs ?? s.medianMs)}.`;
  const snapStart = r.input.runtime === 'java-snapstart';
  const parts = [`${formatMs(s.runtimeMedianMs)} ${snapStart ? 'to restore the snapshot' : 'for the runtime'}`];
  // SnapStart's snapshot is taken after the package was loaded, so a restore loads nothing.
  if (snapStart) parts.push('nothing to load the package, which is already in the snapshot');
  else if (s.packageLoadMs > 0) parts.push(`${formatMs(s.packageLoadMs)} to load the package`);
  if (s.vpcMs > 0) parts.push(`${formatMs(s.vpcMs)} for the VPC`);
  const billed = s.billed ? 'It is billed like handler time.' : 'The restore is not billed.';
  return `A cold start here takes about ${formatMs(s.medianMs)} (median): ${parts.join(', ')}. ${billed}`;
}

function costText(r: ColdStartResult): string {
  const b = r.billing;
  if (b.model === 'not-modelled') return 'Isolates are billed on different terms (not modelled here).';
  const parts = [
    `${formatRunCost(b.costUsd.requests)} for ${formatCount(b.invocations, ['invocation', 'invocations'])}`,
    `${formatRunCost(b.costUsd.onDemandDuration + b.costUsd.provisionedDuration)} for ${formatNumber(b.billedGbSeconds, 0)} GB-s of compute, ${b.billedInitMs > 0 ? `${formatMs(b.billedInitMs)} of it INIT` : 'none of it INIT'}`,
  ];
  if (r.fleet.provisioned > 0) {
    parts.push(`${formatRunCost(b.costUsd.provisionedConcurrency)} to keep ${formatCount(r.fleet.provisioned, ['environment', 'environments'])} provisioned for ${formatDuration(r.windowSec)}`);
  }
  return `${parts.join(', ')}. Lambda x86 prices, without the free tier.`;
}

/** The run's bill and what one cold start is made of. */
export function Cost({ result, pinned }: { result: ColdStartResult; pinned: ColdStartResult | null }) {
  const modelled = result.billing.model === 'aws-lambda';
  return (
    <section className={styles.cost} aria-label="Cost and start-up">
      <p data-testid="startup-breakdown">{startupText(result)}</p>
      <p>
        {modelled ? (
          <>
            This run would cost <strong data-testid="metric-cost">{formatRunCost(result.billing.costUsd.total)}</strong>
            {pinned && pinned.billing.model === 'aws-lambda' ? <> (pinned run: {formatRunCost(pinned.billing.costUsd.total)})</> : null}:{' '}
          </>
        ) : null}
        {costText(result)}
      </p>
    </section>
  );
}
