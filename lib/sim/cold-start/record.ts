import { NumberBuffer } from './buffers';

/**
 * What a run records while it simulates: per user request its latency and whether it started
 * cold (typed arrays, one slot per arrival), the start-up times of cold starts, the warm-up pings,
 * and the billing tallies. Both fleet models (Lambda environments and isolates) write here.
 */
export class RunRecorder {
  readonly latencyMs: Float64Array;
  readonly cold: Uint8Array;
  /** Start-up time of each user request that started cold, ms, in arrival order. */
  readonly coldStartMs = new NumberBuffer(64);
  /** Number of user requests recorded so far (the next index). */
  served = 0;
  pings = 0;
  pingColdStarts = 0;
  /** Billed ms (each invocation rounded up to 1 ms) on on-demand and on provisioned environments. */
  onDemandBilledMs = 0;
  provisionedBilledMs = 0;
  /** INIT ms billed on on-demand environments (already inside onDemandBilledMs). */
  billedInitMs = 0;

  constructor(requests: number) {
    this.latencyMs = new Float64Array(requests);
    this.cold = new Uint8Array(requests);
  }

  /** A user request: its latency, and its start-up time if it started cold (0 if warm). */
  user(latencyMs: number, startupMs: number): void {
    const i = this.served++;
    this.latencyMs[i] = latencyMs;
    if (startupMs > 0) {
      this.cold[i] = 1;
      this.coldStartMs.push(startupMs);
    }
  }

  ping(startedCold: boolean): void {
    this.pings++;
    if (startedCold) this.pingColdStarts++;
  }

  /**
   * One invocation's bill: handler time plus INIT where billed, rounded up to 1 ms per invocation
   * (AWS Lambda pricing). Work on a provisioned environment is billed at the provisioned rate.
   */
  bill(handlerMs: number, billedStartupMs: number, onProvisioned: boolean): void {
    const billed = Math.ceil(handlerMs + billedStartupMs);
    if (onProvisioned) this.provisionedBilledMs += billed;
    else {
      this.onDemandBilledMs += billed;
      this.billedInitMs += billedStartupMs;
    }
  }
}
