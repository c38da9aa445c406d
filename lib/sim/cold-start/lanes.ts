/**
 * Lifecycle lanes for the animated view: for the first few environments, when each was
 * initialising, serving requests, idle, and when it was reclaimed. Recording is capped (environments
 * and intervals per environment) so a day at high traffic still fits in a few hundred kilobytes,
 * and busy spells closer together than a pixel's worth of the window are drawn as one.
 */

export type LifecycleKind = 'init' | 'busy' | 'idle';

export interface LifecycleInterval {
  kind: LifecycleKind;
  startSec: number;
  endSec: number;
}

export interface EnvironmentLane {
  /** Creation order, from 0; provisioned environments come first. */
  id: number;
  provisioned: boolean;
  createdAtSec: number;
  /** When the environment was reclaimed after idling too long; null if alive at the window's end. */
  reclaimedAtSec: number | null;
  /** In time order, clipped to the window; idle spells fill the gaps. */
  intervals: LifecycleInterval[];
  /** Set when the interval cap was reached: nothing after this time is recorded. */
  truncatedAtSec: number | null;
}

interface LaneDraft {
  lane: EnvironmentLane;
  spells: LifecycleInterval[];
}

export class LaneRecorder {
  private readonly drafts: LaneDraft[] = [];

  constructor(
    private readonly maxLanes: number,
    private readonly maxIntervals: number,
    private readonly mergeGapSec: number,
    private readonly windowSec: number,
  ) {}

  /** Environment ids are creation indices, so only the first `maxLanes` are recorded. */
  create(id: number, atSec: number, provisioned: boolean): void {
    if (id >= this.maxLanes) return;
    const lane: EnvironmentLane = { id, provisioned, createdAtSec: atSec, reclaimedAtSec: null, intervals: [], truncatedAtSec: null };
    this.drafts[id] = { lane, spells: [] };
  }

  init(id: number, startSec: number, endSec: number): void {
    this.add(id, 'init', startSec, endSec);
  }

  busy(id: number, startSec: number, endSec: number): void {
    this.add(id, 'busy', startSec, endSec);
  }

  reclaim(id: number, atSec: number): void {
    const draft = this.drafts[id];
    if (draft) draft.lane.reclaimedAtSec = atSec;
  }

  private add(id: number, kind: LifecycleKind, startSec: number, endSec: number): void {
    const draft = this.drafts[id];
    if (!draft || draft.lane.truncatedAtSec !== null || startSec >= this.windowSec) return;
    const last = draft.spells[draft.spells.length - 1];
    // Merge into the previous spell of the same kind when the gap would not show (or they overlap).
    if (last && last.kind === kind && startSec - last.endSec <= this.mergeGapSec) {
      if (endSec > last.endSec) last.endSec = endSec;
      return;
    }
    if (draft.spells.length >= this.maxIntervals) {
      draft.lane.truncatedAtSec = last ? last.endSec : startSec;
      return;
    }
    draft.spells.push({ kind, startSec, endSec });
  }

  /** The finished lanes, with idle spells inserted and everything clipped to the window. */
  lanes(): EnvironmentLane[] {
    return this.drafts.filter((d): d is LaneDraft => d !== undefined).map((d) => this.finish(d));
  }

  private finish({ lane, spells }: LaneDraft): EnvironmentLane {
    const end = Math.min(lane.reclaimedAtSec ?? this.windowSec, lane.truncatedAtSec ?? this.windowSec, this.windowSec);
    let cursor = lane.createdAtSec;
    for (const spell of spells) {
      const startSec = Math.max(spell.startSec, cursor);
      if (startSec > cursor) lane.intervals.push({ kind: 'idle', startSec: cursor, endSec: startSec });
      const endSec = Math.min(spell.endSec, this.windowSec);
      if (endSec > startSec) lane.intervals.push({ kind: spell.kind, startSec, endSec });
      cursor = Math.max(cursor, endSec);
    }
    if (end > cursor) lane.intervals.push({ kind: 'idle', startSec: cursor, endSec: end });
    return lane;
  }
}
