import type { EnvironmentLane } from '@/lib/sim/cold-start';
import type { ArrivalStrip } from '@/lib/sim/cold-start-charts';

/**
 * Where the lanes are drawn, in pixels. Each lane's spells become a few SVG paths (one per kind)
 * rather than one element per spell, so a day with hundreds of spells per lane stays cheap.
 */
export interface LaneLayout {
  width: number;
  /** Room above the arrivals strip for the playhead's time. */
  head: number;
  /** Left gutter for the lane labels. */
  left: number;
  right: number;
  /** Height of the arrivals strip above the lanes. */
  strip: number;
  laneHeight: number;
  laneGap: number;
  /** Room for the time axis under the lanes. */
  axis: number;
}

export function laneLayout(width: number, presenting: boolean): LaneLayout {
  return presenting
    ? { width, head: 24, left: 64, right: 16, strip: 56, laneHeight: 22, laneGap: 9, axis: 34 }
    : { width, head: 16, left: 44, right: 10, strip: 40, laneHeight: 12, laneGap: 6, axis: 26 };
}

export const plotWidth = (l: LaneLayout) => Math.max(1, l.width - l.left - l.right);
/** Bottom of the arrivals strip. */
export const stripBase = (l: LaneLayout) => l.head + l.strip;
export const laneTop = (l: LaneLayout, index: number) => stripBase(l) + 8 + index * (l.laneHeight + l.laneGap);
export const chartHeight = (l: LaneLayout, lanes: number) => laneTop(l, lanes) + l.axis;

/** Spells this short would vanish: a cold start of 0.2 s in a day is far below a pixel. */
const MIN_BUSY_PX = 1.5;
const MIN_INIT_PX = 5;

export interface LaneShapes {
  id: number;
  label: string;
  provisioned: boolean;
  y: number;
  idle: string;
  busy: string;
  init: string;
  /** x of the reclaim mark, or null if the environment lived to the end of the window. */
  reclaimX: number | null;
}

const box = (x: number, y: number, w: number, h: number) => `M${x.toFixed(1)} ${y}h${w.toFixed(1)}v${h}h${(-w).toFixed(1)}z`;

/** Lanes over the first `spanSec` of the run (all of it, or its start when zoomed in); later spells are cut off. */
export function laneShapes(lanes: readonly EnvironmentLane[], spanSec: number, l: LaneLayout): LaneShapes[] {
  const scale = plotWidth(l) / spanSec;
  const x = (t: number) => l.left + t * scale;
  return lanes.map((lane, index) => {
    const y = laneTop(l, index);
    const mid = y + l.laneHeight / 2;
    let idle = '';
    let busy = '';
    let init = '';
    for (const spell of lane.intervals) {
      if (spell.startSec >= spanSec) break;
      const x0 = x(spell.startSec);
      const w = (Math.min(spell.endSec, spanSec) - spell.startSec) * scale;
      if (spell.kind === 'idle') idle += `M${x0.toFixed(1)} ${mid}h${w.toFixed(1)}`;
      else if (spell.kind === 'busy') busy += box(x0, y, Math.max(w, MIN_BUSY_PX), l.laneHeight);
      else init += box(x0, y, Math.max(w, MIN_INIT_PX), l.laneHeight);
    }
    const label = lane.provisioned ? `P${lane.id + 1}` : `${lane.id + 1}`;
    const reclaimX = lane.reclaimedAtSec === null || lane.reclaimedAtSec > spanSec ? null : x(lane.reclaimedAtSec);
    return { id: lane.id, label, provisioned: lane.provisioned, y, idle, busy, init, reclaimX };
  });
}

/** The arrivals strip: one bar per slice of the window, and a triangle over each slice with a cold start. */
export function stripShapes(strip: ArrivalStrip, l: LaneLayout): { bars: string; colds: string } {
  const bins = strip.requests.length;
  const w = plotWidth(l) / bins;
  const base = stripBase(l);
  const barTop = l.head + 14;
  let bars = '';
  let colds = '';
  for (let i = 0; i < bins; i++) {
    const n = strip.requests[i] as number;
    const x0 = l.left + i * w;
    if (n > 0) {
      const h = Math.max(1.5, (n / strip.peak) * (base - barTop));
      bars += box(x0, base - h, Math.max(w - 0.5, 0.8), h);
    }
    if ((strip.cold[i] as number) > 0) {
      const cx = x0 + w / 2;
      colds += `M${cx.toFixed(1)} ${l.head + 10}l-4 -7h8z`;
    }
  }
  return { bars, colds };
}
