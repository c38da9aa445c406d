import {
  isolateStartupCapMs,
  memoryPerVcpuMb,
  packageLoad,
  runtimeStartup,
  snapStartRestoreBilling,
  vpcColdStartPenaltyMs,
} from '../../data/cold-starts';
import { logNormal, type Random } from '../random';
import type { ColdStartInput } from './inputs';

/**
 * How long a new execution environment takes before the handler can run. The figure is the INIT
 * phase as Lambda reports it ("Init Duration"), which is what lambda-perf measures; the time Lambda
 * spends placing the environment and fetching the code before INIT is not in it, so a caller sees a
 * slightly longer cold start than this model.
 */
export interface StartupProfile {
  /** Median of the runtime's own start-up (hello world), ms. */
  runtimeMedianMs: number;
  /** Time to load the package at this memory size, ms (added to the runtime's median). */
  packageLoadMs: number;
  /** Fixed VPC cost, ms (0 without a VPC, and for isolates, which have none). */
  vpcMs: number;
  /** Median of the whole cold start: runtime + package + VPC, ms. */
  medianMs: number;
  /** Log-normal spread applied to runtime + package. */
  sigma: number;
  /** Draws are kept below this, ms; null when uncapped (every runtime but the isolate). */
  capMs: number | null;
  /** Whether the start-up time is billed like handler time (Lambda INIT billing since 1 Aug 2025). */
  billed: boolean;
}

/** CPU share of one vCPU at this memory size, capped at 1 (more cores do not speed single-threaded loading). */
export function cpuShare(memoryMb: number): number {
  return Math.min(1, memoryMb / memoryPerVcpuMb.value);
}

/** How much slower package loading is at this memory size than at one full vCPU (1 to 2). */
export function packageLoadSlowdown(memoryMb: number): number {
  return 1 + packageLoad.lowMemorySlowdown.value * (1 - cpuShare(memoryMb));
}

/** The cold-start distribution for a configuration: what a quiz or a label can quote directly. */
export function startupProfile(input: Pick<ColdStartInput, 'runtime' | 'memory' | 'pkg' | 'vpc'>): StartupProfile {
  const { medianMs: runtimeMedianMs, sigma } = runtimeStartup[input.runtime].value;
  const isolate = input.runtime === 'isolate';
  const packageLoadMs =
    input.pkg *
    packageLoad.msPerMbAtOneVcpu.value *
    packageLoad.runtimeFactor.value[input.runtime] *
    packageLoadSlowdown(input.memory);
  // VPC: Hyperplane ENIs (2019) made this tens of ms at most; isolates have no VPC attachment.
  const vpcMs = input.vpc && !isolate ? vpcColdStartPenaltyMs.value : 0;
  return {
    runtimeMedianMs,
    packageLoadMs,
    vpcMs,
    medianMs: runtimeMedianMs + packageLoadMs + vpcMs,
    sigma,
    capMs: isolate ? isolateStartupCapMs.value : null,
    // INIT is billed since 1 Aug 2025 (AWS Compute Blog); a Java SnapStart restore is not; an
    // isolate is not billed on Lambda's terms at all.
    billed: !isolate && (input.runtime !== 'java-snapstart' || snapStartRestoreBilling.value),
  };
}

/** One seeded cold-start duration, ms. */
export function drawStartupMs(random: Random, profile: StartupProfile): number {
  const drawn = logNormal(random, profile.runtimeMedianMs + profile.packageLoadMs, profile.sigma) + profile.vpcMs;
  // Cloudflare states "under 5 ms" for an isolate: keep the log-normal's tail below that bound.
  return profile.capMs === null || drawn < profile.capMs ? drawn : profile.capMs * 0.999;
}
