/**
 * The environments-over-time chart. The window is cut into equal intervals and each point holds
 * the MOST environments alive (and busy) at any moment of its interval, so a burst shorter than an
 * interval still shows. Levels are fed in time order, so one pass builds the series.
 */

export interface FleetSample {
  /** Start of the interval, seconds from the start of the window. */
  timeSec: number;
  /** Most execution environments alive (initialising, busy or idle) at once in the interval. */
  alive: number;
  /** Most environments initialising or serving a request at once in the interval. */
  busy: number;
  /** Provisioned environments (always alive; included in `alive`). */
  provisioned: number;
}

/** The running maximum of one level (alive or busy) per interval. */
class LevelBins {
  readonly peaks: Int32Array;
  private bin = 0;
  private level: number;
  peak: number;

  constructor(
    points: number,
    private readonly binSec: number,
    initial: number,
  ) {
    this.peaks = new Int32Array(points);
    this.peaks[0] = initial;
    this.level = initial;
    this.peak = initial;
  }

  /** The level becomes `level` at `timeSec` (times must not decrease between calls). */
  set(timeSec: number, level: number): void {
    const bin = Math.min(this.peaks.length - 1, Math.floor(timeSec / this.binSec));
    // Intervals skipped since the last change held the old level throughout.
    while (this.bin < bin) this.peaks[++this.bin] = this.level;
    this.level = level;
    if (level > (this.peaks[bin] as number)) this.peaks[bin] = level;
    if (level > this.peak) this.peak = level;
  }

  /** Carries the last level to the end of the window. */
  close(): void {
    while (this.bin < this.peaks.length - 1) this.peaks[++this.bin] = this.level;
  }
}

export class FleetSeries {
  private readonly alive: LevelBins;
  private readonly busy: LevelBins;

  constructor(
    private readonly points: number,
    private readonly binSec: number,
    private readonly provisioned: number,
  ) {
    this.alive = new LevelBins(points, binSec, provisioned);
    this.busy = new LevelBins(points, binSec, 0);
  }

  setAlive(timeSec: number, alive: number): void {
    this.alive.set(timeSec, alive);
  }

  setBusy(timeSec: number, busy: number): void {
    this.busy.set(timeSec, busy);
  }

  get peakAlive(): number {
    return this.alive.peak;
  }

  get peakBusy(): number {
    return this.busy.peak;
  }

  /** The finished series (call once, after the last event). */
  samples(): FleetSample[] {
    this.alive.close();
    this.busy.close();
    return Array.from({ length: this.points }, (_, i) => ({
      timeSec: i * this.binSec,
      alive: this.alive.peaks[i] as number,
      busy: this.busy.peaks[i] as number,
      provisioned: this.provisioned,
    }));
  }
}
