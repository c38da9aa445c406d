import { FinishHeap, IdleStack, NumberBuffer } from './buffers';
import type { Fleet, RunContext } from './run';
import { drawStartupMs } from './startup';

/**
 * The Lambda model. Each execution environment serves one request at a time (AWS Lambda Developer
 * Guide, "Understanding Lambda function scaling"). A request takes an idle warm environment if one
 * exists, provisioned ones first; otherwise Lambda starts a new environment and the request pays a
 * cold start. An on-demand environment idle longer than `keepalive` minutes is reclaimed; AWS does
 * not publish that window ("a non-deterministic period of time", Lambda Operator Guide) and
 * observers see roughly 5 to 15 minutes. Provisioned environments are initialised before the window,
 * are never reclaimed, and are used first. Not modelled: the scaling rate limit (1,000 new
 * environments per 10 s per function) and the account concurrency limit.
 *
 * Environment ids are creation indices: 0 to provisioned - 1 are the provisioned ones.
 */
export class LambdaFleet implements Fleet {
  readonly billable = true;
  lastOnProvisioned = false;
  created: number;
  private alive: number;
  private busy = 0;
  private readonly busyEnvironments = new FinishHeap();
  /**
   * Idle on-demand environments, most recently used on top. A request takes the top one (LIFO):
   * traffic concentrates on a few environments and the surplus ones age out and are reclaimed,
   * which keeps the fleet small. This matches how Lambda is observed to route warm requests (the
   * most recently used environment tends to serve the next one); AWS does not document it.
   */
  private readonly idle = new IdleStack();
  private readonly idleProvisioned = new IdleStack();
  /** When each on-demand environment last became idle, seconds. */
  private readonly idleSince = new NumberBuffer(64);
  private readonly provisioned: number;
  private readonly keepAliveSec: number;

  constructor(private readonly ctx: RunContext) {
    this.provisioned = ctx.input.provisioned;
    this.keepAliveSec = ctx.input.keepalive * 60;
    this.created = this.provisioned;
    this.alive = this.provisioned;
    for (let id = 0; id < this.provisioned; id++) ctx.lanes.create(id, 0, true);
    // Pushed in reverse so environment 0 is on top and serves first (tidier lanes, same behaviour).
    for (let id = this.provisioned - 1; id >= 0; id--) this.idleProvisioned.push(id);
  }

  serve(atSec: number, handlerMs: number): number {
    this.advanceTo(atSec);
    let id: number;
    let startupMs = 0;
    if (this.idleProvisioned.size > 0) id = this.idleProvisioned.popTop();
    else if (this.idle.size > 0) id = this.idle.popTop();
    else {
      id = this.createEnvironment(atSec);
      startupMs = drawStartupMs(this.ctx.startupRandom, this.ctx.startup);
    }
    this.lastOnProvisioned = id < this.provisioned;
    const readySec = atSec + startupMs / 1000;
    const finishSec = readySec + handlerMs / 1000;
    this.busyEnvironments.push(finishSec, id);
    this.ctx.series.setBusy(atSec, ++this.busy);
    if (startupMs > 0) this.ctx.lanes.init(id, atSec, readySec);
    this.ctx.lanes.busy(id, readySec, finishSec);
    return startupMs;
  }

  close(windowSec: number): void {
    this.advanceTo(windowSec);
  }

  /**
   * Applies, in time order, every finish at or before `atSec` and every reclaim before it. Both
   * only lower the counts, and each idle environment's reclaim time is known (idle since + keep-
   * alive), so merging the heap's next finish with the idle stack's oldest entry keeps the
   * series in time order.
   */
  private advanceTo(atSec: number): void {
    for (;;) {
      const finishSec = this.busyEnvironments.peekKey();
      const reclaimSec =
        this.idle.size > 0 ? this.idleSince.get(this.idle.peekBottom()) + this.keepAliveSec : Number.POSITIVE_INFINITY;
      if (finishSec <= atSec && finishSec <= reclaimSec) this.release(finishSec);
      else if (reclaimSec < atSec) this.reclaimOldest(reclaimSec);
      else return;
    }
  }

  private release(atSec: number): void {
    const id = this.busyEnvironments.pop();
    this.ctx.series.setBusy(atSec, --this.busy);
    if (id < this.provisioned) {
      this.idleProvisioned.push(id);
      return;
    }
    this.idleSince.set(id, atSec);
    this.idle.push(id);
  }

  private reclaimOldest(atSec: number): void {
    const id = this.idle.popBottom();
    this.ctx.series.setAlive(atSec, --this.alive);
    this.ctx.lanes.reclaim(id, atSec);
  }

  private createEnvironment(atSec: number): number {
    const id = this.created++;
    this.ctx.series.setAlive(atSec, ++this.alive);
    this.ctx.lanes.create(id, atSec, false);
    return id;
  }
}
