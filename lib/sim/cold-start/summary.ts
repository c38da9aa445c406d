import type { ColdStartResult } from './result';

const count = (x: number) => Math.round(x).toLocaleString('en-US');

/** "3.2 ms" under 10 ms, else "1,240 ms". */
export function formatMs(ms: number): string {
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${count(ms)} ms`;
}

/** "12%", "0.4%", "under 0.1%", "99.7%": a share as a sentence says it, never rounding to 0% or 100%. */
export function formatShare(share: number): string {
  if (share <= 0) return '0%';
  if (share >= 1) return '100%';
  if (share < 0.001) return 'under 0.1%';
  if (share < 0.01 || share > 0.99) return `${(share * 100).toFixed(1)}%`;
  return `${Math.round(share * 100)}%`;
}

/** "90 s", "45 minutes", "24 hours". */
function formatWindow(seconds: number): string {
  if (seconds < 120) return `${count(seconds)} s`;
  if (seconds < 7200) return `${count(seconds / 60)} minutes`;
  return `${Number((seconds / 3600).toFixed(1)).toLocaleString('en-US')} hours`;
}

function coldClause(r: ColdStartResult): string {
  if (r.requestCount === 1) return r.coldStarts === 1 ? 'the only request started cold' : 'the only request found a warm environment';
  if (r.coldStarts === 0) return `none of the ${count(r.requestCount)} requests started cold`;
  if (r.warmRequests === 0) return `all ${count(r.requestCount)} requests started cold`;
  return `${formatShare(r.coldStartShare)} of requests (${count(r.coldStarts)} of ${count(r.requestCount)}) started cold`;
}

function latencyClause(r: ColdStartResult): string {
  const p99 = `p99 was ${formatMs(r.latency.all.p99)}`;
  if (r.coldStarts === 0 || r.warmRequests === 0) return p99;
  return `${p99} against ${formatMs(r.latency.warm.p99)} for warm requests`;
}

function fleetClause(r: ColdStartResult): string {
  const { fleet } = r;
  if (r.input.runtime === 'isolate') {
    return fleet.environmentsCreated === 1 ? 'one isolate served them all' : `${count(fleet.environmentsCreated)} isolates were started in turn`;
  }
  const noun = fleet.peakAlive === 1 ? 'execution environment was' : 'execution environments were';
  const provisioned = fleet.provisioned > 0 ? ` (${count(fleet.provisioned)} provisioned)` : '';
  return `at most ${count(fleet.peakAlive)} ${noun} alive at once${provisioned}`;
}

function pingClause(r: ColdStartResult): string {
  if (r.pings.count === 0) return '';
  const own = r.pings.coldStarts === 0 ? '' : `, ${count(r.pings.coldStarts)} of which had to start an environment`;
  return `; ${count(r.pings.count)} warm-up pings ran besides${own}`;
}

/**
 * One plain-English sentence about a run, for the simulator view and screen readers, e.g.
 * "12% of requests (431 of 3,600) started cold; p99 was 1,240 ms against 48 ms for warm requests;
 * at most 7 execution environments were alive at once."
 */
export function describeColdStartResult(r: ColdStartResult): string {
  if (r.requestCount === 0) {
    return `No requests arrived in the ${formatWindow(r.windowSec)} window${pingClause(r)}.`;
  }
  const sentence = `${coldClause(r)}; ${latencyClause(r)}; ${fleetClause(r)}${pingClause(r)}.`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
}
