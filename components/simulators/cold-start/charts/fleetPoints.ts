import type { ColdStartResult } from '@/lib/sim/cold-start';

/** One x position of the environments chart; a run that does not reach it leaves its keys out. */
export interface FleetPoint {
  t: number;
  alive?: number;
  busy?: number;
  provisioned?: number;
  pinnedAlive?: number;
}

/**
 * The current run's series and the pinned run's alive series on one time axis. Each series ends
 * with a point at its window's end so the last step is drawn to the edge; runs of different
 * lengths simply end at different places.
 */
export function fleetPoints(current: ColdStartResult, pinned: ColdStartResult | null): FleetPoint[] {
  const byTime = new Map<number, FleetPoint>();
  const at = (t: number) => {
    let p = byTime.get(t);
    if (!p) byTime.set(t, (p = { t }));
    return p;
  };
  const { series } = current.fleet;
  for (const s of series) Object.assign(at(s.timeSec), { alive: s.alive, busy: s.busy, provisioned: s.provisioned });
  const lastCurrent = series[series.length - 1];
  if (lastCurrent) Object.assign(at(current.windowSec), { alive: lastCurrent.alive, busy: lastCurrent.busy, provisioned: lastCurrent.provisioned });
  if (pinned) {
    for (const s of pinned.fleet.series) at(s.timeSec).pinnedAlive = s.alive;
    const lastPinned = pinned.fleet.series[pinned.fleet.series.length - 1];
    if (lastPinned) at(pinned.windowSec).pinnedAlive = lastPinned.alive;
  }
  return [...byTime.values()].sort((a, b) => a.t - b.t);
}
