import { formatCount, formatDuration, formatMs, formatNumber } from '@/lib/format';
import type { ColdStartResult } from '@/lib/sim/cold-start';

/** The histogram in words: the text alternative screen readers get, and a caption for everyone. */
export function describeHistogram(r: ColdStartResult, pinned: ColdStartResult | null): string {
  if (r.requestCount === 0) return 'No requests arrived in this run.';
  const { all, cold } = r.latency;
  const spread =
    r.requestCount === 1
      ? `The one request took ${formatMs(all.max)}.`
      : `Half of the ${formatNumber(r.requestCount)} requests took at most ${formatMs(all.p50)} (p50), 95% at most ${formatMs(all.p95)}, 99% at most ${formatMs(all.p99)}; the slowest took ${formatMs(all.max)}.`;
  const colds =
    cold.count === 0
      ? ' No request started cold.'
      : cold.count === r.requestCount
        ? ''
        : cold.count === 1
          ? ` The one cold request took ${formatMs(cold.max)}.`
          : ` The ${formatNumber(cold.count)} cold requests took ${formatMs(fastestCold(r))} to ${formatMs(cold.max)}.`;
  const against = pinned && pinned.requestCount > 0 ? ` The pinned run's p99 was ${formatMs(pinned.latency.all.p99)}.` : '';
  return `${spread}${colds}${against}`;
}

/** The quickest cold request, ms (the summary has percentiles and the max, not the min). */
function fastestCold(r: ColdStartResult): number {
  let lo = Number.POSITIVE_INFINITY;
  const { latencyMs, cold } = r.requests;
  for (let i = 0; i < latencyMs.length; i++) if (cold[i] === 1 && (latencyMs[i] as number) < lo) lo = latencyMs[i] as number;
  return Number.isFinite(lo) ? lo : 0;
}

/** The environments chart in words. */
export function describeFleet(r: ColdStartResult, pinned: ColdStartResult | null): string {
  const { fleet } = r;
  const isolate = r.input.runtime === 'isolate';
  const [one, many] = isolate ? ['isolate', 'isolates'] : ['environment', 'environments'];
  const alive = `Over ${formatDuration(r.windowSec)}, at most ${formatCount(fleet.peakAlive, [`${one} was`, `${many} were`])} alive at once and at most ${formatNumber(fleet.peakBusy)} busy or starting`;
  const provisioned = fleet.provisioned > 0 ? `, ${formatNumber(fleet.provisioned)} of them provisioned and always alive` : '';
  const created = `; ${formatCount(fleet.environmentsCreated, ['was', 'were'])} created in all.`;
  const against = pinned ? ` The pinned run peaked at ${formatNumber(pinned.fleet.peakAlive)} alive.` : '';
  return `${alive}${provisioned}${created}${against}`;
}
