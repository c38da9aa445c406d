import {
  isolateStartupCapMs,
  packageLoad,
  runtimeStartupByArch,
  snapStartRestoreBilling,
  vpcColdStartPenaltyMs,
  type ColdStartRuntime,
} from '../../data/cold-starts';
import type { Architecture } from '../../pricing/aws-lambda';
import { logNormal, type Random } from '../random';
import { snapStartColdStart, type SnapStartPriming } from './snapstart';

/**
 * How long a new execution environment takes before its first handler runs: the runtime's own
 * start (measured by lambda-perf per runtime and architecture), plus loading the package, plus the
 * function's own INIT work (SDK clients, a framework's start-up: a number the learner sets, as
 * they would read it from their own REPORT lines), plus a little for a VPC. With SnapStart the
 * first three are replaced by a restore (./snapstart.ts).
 *
 * Memory is deliberately NOT an input. lambda-perf's 2026 runs find INIT flat from 128 to 1,024 MB
 * (medians within 4% for most runtimes, no trend: lib/data/lambda-perf.ts), and no public
 * measurement shows package loading speeding up with memory, so the older model's "2x slower at
 * 128 MB" is dropped rather than kept without a source.
 */
export interface InitInput {
  runtime: ColdStartRuntime;
  arch: Architecture;
  /** Deployment package, unzipped, MB. */
  packageMb: number;
  /** The function's own initialisation outside the handler, ms. */
  initWorkMs: number;
  vpc: boolean;
  /** SnapStart only: what was run before the snapshot was taken. */
  priming?: SnapStartPriming;
}

export interface InitProfile {
  /** 'init' runs INIT; 'restore' restores a SnapStart snapshot; 'isolate' starts a V8 isolate. */
  kind: 'init' | 'restore' | 'isolate';
  /** Median of the measured part: the runtime's hello-world INIT, or the snapshot restore, ms. */
  baseMedianMs: number;
  /** Loading the package, ms (0 for a restore: it was loaded before the snapshot). */
  packageLoadMs: number;
  /** INIT work paid at this cold start, ms (for a restore, only what the snapshot left over). */
  initWorkMs: number;
  vpcMs: number;
  /** Median of the whole start-up, ms. */
  medianMs: number;
  /** Log-normal spread applied to base + package + work. */
  sigma: number;
  /** Draws are kept below this, ms; null when uncapped. */
  capMs: number | null;
  /** Whether Lambda bills it (INIT since 1 August 2025; not a Java SnapStart restore; not an isolate). */
  billed: boolean;
}

export function initProfile(input: InitInput): InitProfile {
  const vpcMs = input.vpc && input.runtime !== 'isolate' ? vpcColdStartPenaltyMs.value : 0;
  if (input.runtime === 'java-snapstart') {
    const restore = snapStartColdStart({ packageMb: input.packageMb, initWorkMs: input.initWorkMs, priming: input.priming ?? 'none' });
    return {
      kind: 'restore',
      baseMedianMs: restore.restoreMedianMs,
      packageLoadMs: 0,
      initWorkMs: restore.afterRestoreMs,
      vpcMs,
      medianMs: restore.medianMs + vpcMs,
      sigma: restore.sigma,
      capMs: null,
      billed: snapStartRestoreBilling.value,
    };
  }
  const { medianMs: baseMedianMs, sigma } = runtimeStartupByArch[input.arch][input.runtime].value;
  if (input.runtime === 'isolate') {
    return { kind: 'isolate', baseMedianMs, packageLoadMs: 0, initWorkMs: 0, vpcMs: 0, medianMs: baseMedianMs, sigma, capMs: isolateStartupCapMs.value, billed: false };
  }
  const packageLoadMs = Math.max(0, input.packageMb) * packageLoad.msPerMbAtOneVcpu.value * packageLoad.runtimeFactor.value[input.runtime];
  const initWorkMs = Math.max(0, input.initWorkMs);
  return {
    kind: 'init',
    baseMedianMs,
    packageLoadMs,
    initWorkMs,
    vpcMs,
    medianMs: baseMedianMs + packageLoadMs + initWorkMs + vpcMs,
    sigma,
    capMs: null,
    billed: true,
  };
}

/** One seeded start-up time, ms. */
export function drawInitMs(random: Random, profile: InitProfile): number {
  const drawn = logNormal(random, profile.baseMedianMs + profile.packageLoadMs + profile.initWorkMs, profile.sigma) + profile.vpcMs;
  // Cloudflare states "under 5 ms" for an isolate: keep the log-normal's tail below that bound.
  return profile.capMs === null || drawn < profile.capMs ? drawn : profile.capMs * 0.999;
}
