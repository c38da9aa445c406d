import { formatCount, formatDuration, formatMs, formatPercent } from '../../format';
import type { ColdStartResult } from './result';

function coldClause(r: ColdStartResult): string {
  if (r.requestCount === 1) return r.coldStarts === 1 ? 'the only request started cold' : 'the only request found a warm environment';
  if (r.coldStarts === 0) return `none of the ${formatCount(r.requestCount)} requests started cold`;
  if (r.warmRequests === 0) return `all ${formatCount(r.requestCount)} requests started cold`;
  return `${formatPercent(r.coldStartShare)} of requests (${formatCount(r.coldStarts)} of ${formatCount(r.requestCount)}) started cold`;
}

function latencyClause(r: ColdStartResult): string {
  const p99 = `p99 was ${formatMs(r.latency.all.p99)}`;
  if (r.coldStarts === 0 || r.warmRequests === 0) return p99;
  return `${p99} against ${formatMs(r.latency.warm.p99)} for warm requests`;
}

function fleetClause(r: ColdStartResult): string {
  const { fleet } = r;
  if (r.input.runtime === 'isolate') {
    return fleet.environmentsCreated === 1 ? 'one isolate served them all' : `${formatCount(fleet.environmentsCreated)} isolates were started in turn`;
  }
  const noun = fleet.peakAlive === 1 ? 'execution environment was' : 'execution environments were';
  const provisioned = fleet.provisioned > 0 ? ` (${formatCount(fleet.provisioned)} provisioned)` : '';
  return `at most ${formatCount(fleet.peakAlive)} ${noun} alive at once${provisioned}`;
}

function pingClause(r: ColdStartResult): string {
  if (r.pings.count === 0) return '';
  const own = r.pings.coldStarts === 0 ? '' : `, ${formatCount(r.pings.coldStarts)} of which had to start an environment`;
  return `; ${formatCount(r.pings.count)} warm-up pings ran besides${own}`;
}

/**
 * One plain-English sentence about a run, for the simulator view and screen readers, e.g.
 * "12% of requests (431 of 3,600) started cold; p99 was 1,240 ms against 48 ms for warm requests;
 * at most 7 execution environments were alive at once."
 */
export function describeColdStartResult(r: ColdStartResult): string {
  if (r.requestCount === 0) {
    return `No requests arrived in the ${formatDuration(r.windowSec)} window${pingClause(r)}.`;
  }
  const sentence = `${coldClause(r)}; ${latencyClause(r)}; ${fleetClause(r)}${pingClause(r)}.`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
}
