import type { Fleet, RunContext } from './run';
import { drawStartupMs } from './startup';

/**
 * The isolate model (Cloudflare Workers). One V8 isolate serves every request at once: there is no
 * one-request-per-environment rule, because the isolate's event loop interleaves requests while
 * they wait on I/O, and Cloudflare routes a Worker's requests to as few machines as it can
 * ("Eliminating Cold Starts 2: shard and conquer", 2025). A busy location really runs several, but
 * each starts in under 5 ms, so modelling one changes nothing a learner could see. The isolate
 * starts in under 5 ms ("Eliminating cold starts with Cloudflare Workers", 2020) and is evicted
 * after `keepalive` minutes without a request in flight (Cloudflare publishes no idle time either).
 * A request that arrives while the isolate is still starting waits for it and counts as cold.
 * Provisioned concurrency does not exist here and is ignored; Lambda billing does not apply.
 */
export class IsolateFleet implements Fleet {
  readonly billable = false;
  readonly lastOnProvisioned = false;
  created = 0;
  private id = -1;
  private alive = false;
  private busy = false;
  private readySec = 0;
  /** When the last request in flight finishes, seconds. */
  private busyUntilSec = 0;
  private readonly keepAliveSec: number;

  constructor(private readonly ctx: RunContext) {
    this.keepAliveSec = ctx.input.keepalive * 60;
  }

  serve(atSec: number, handlerMs: number): number {
    this.advanceTo(atSec);
    let startupMs = 0;
    if (!this.alive) startupMs = this.start(atSec);
    else if (atSec < this.readySec) startupMs = (this.readySec - atSec) * 1000;
    const beginSec = Math.max(atSec, this.readySec);
    const finishSec = beginSec + handlerMs / 1000;
    if (!this.busy) {
      this.busy = true;
      this.ctx.series.setBusy(atSec, 1);
    }
    if (finishSec > this.busyUntilSec) this.busyUntilSec = finishSec;
    this.ctx.lanes.busy(this.id, beginSec, finishSec);
    return startupMs;
  }

  close(windowSec: number): void {
    this.advanceTo(windowSec);
  }

  private advanceTo(atSec: number): void {
    if (this.busy && this.busyUntilSec <= atSec) {
      this.busy = false;
      this.ctx.series.setBusy(this.busyUntilSec, 0);
    }
    const evictSec = this.busyUntilSec + this.keepAliveSec;
    if (this.alive && !this.busy && evictSec < atSec) {
      this.alive = false;
      this.ctx.series.setAlive(evictSec, 0);
      this.ctx.lanes.reclaim(this.id, evictSec);
    }
  }

  /** A new isolate (a new lane each time one is evicted and another starts). */
  private start(atSec: number): number {
    this.id = this.created++;
    this.alive = true;
    this.ctx.series.setAlive(atSec, 1);
    this.ctx.lanes.create(this.id, atSec, false);
    const startupMs = drawStartupMs(this.ctx.startupRandom, this.ctx.startup);
    this.readySec = atSec + startupMs / 1000;
    this.ctx.lanes.init(this.id, atSec, this.readySec);
    return startupMs;
  }
}
