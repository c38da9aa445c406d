import { lambdaQuotas } from '../data/lambda-quotas';
import { sourced } from '../data/sourced';
import type { Architecture } from './aws-lambda';
import { billedMs, durationCharge, gbSeconds, requestCharge } from './lambda-charges';

/**
 * Memory tuning, as the open-source AWS Lambda Power Tuning tool charts it: duration and cost per
 * invocation against memory, marking the cheapest and the fastest setting.
 *
 * Model. Lambda allocates CPU in proportion to memory: 1,769 MB buys one full vCPU (Developer
 * Guide, "Configuring memory"), so memory m buys m / 1,769 vCPUs of CPU time, which is 5.79 at the
 * 10,240 MB maximum (spread over 6 vCPU cores). A function's time splits into
 *   - CPU-bound work, measured at 1,769 MB (one full vCPU): it runs faster with more CPU, but can
 *     only use as many vCPUs as it has threads doing work at once (`parallelism`). Below 1,769 MB
 *     it gets a fraction of one vCPU and is slower.
 *   - I/O-bound waiting (network, disk), which memory does not speed up.
 * So duration(m) = cpuBoundMs / min(m / 1,769, parallelism) + ioBoundMs. A single-threaded
 * function (parallelism 1) gains nothing above 1,769 MB: it only pays more.
 * Prices: first-tier duration price and the request price, no free tier (a per-invocation view).
 */
export const maxVcpus = sourced(
  6,
  'vCPUs at 10,240 MB',
  { title: 'AWS News Blog: New for AWS Lambda – Functions with Up to 10 GB of Memory and 6 vCPUs', url: 'https://aws.amazon.com/blogs/aws/new-for-aws-lambda-functions-with-up-to-10-gb-of-memory-and-6-vcpus/' },
  '2026-11-22',
  'The core count; CPU time stays proportional to memory, 10,240 / 1,769 = 5.79 vCPUs\' worth.',
);

/** Power Tuning's usual sweep, with 1,769 MB (one full vCPU) added to show the single-thread knee. */
export const DEFAULT_MEMORY_SIZES: readonly number[] = [128, 256, 512, 1024, 1536, 1769, 2048, 3008, 4096, 5120, 6144, 8192, 10240];

export interface MemoryTuningInput {
  /** Milliseconds of CPU-bound work per invocation when run at 1,769 MB (one full vCPU). */
  cpuBoundMsAt1769: number;
  /** Milliseconds spent waiting on I/O per invocation, whatever the memory. */
  ioBoundMs: number;
  /** Threads that can do CPU work at once (1 = single-threaded). */
  parallelism?: number;
  arch?: Architecture;
  memorySizes?: readonly number[];
}

export interface MemoryTuningPoint {
  memoryMb: number;
  /** vCPUs of CPU time the function can use at this memory. */
  usableVcpus: number;
  durationMs: number;
  billedMs: number;
  costPerInvocation: number;
  costPerMillion: number;
}

export interface MemoryTuningResult {
  points: MemoryTuningPoint[];
  cheapest: MemoryTuningPoint;
  fastest: MemoryTuningPoint;
}

/** vCPUs' worth of CPU time a function with `parallelism` threads can use at `memoryMb`. */
export function usableVcpus(memoryMb: number, parallelism = 1): number {
  return Math.min(memoryMb / lambdaQuotas.fullVcpuAtMb.value, Math.max(1, parallelism), maxVcpus.value);
}

export function tuningPoint(input: MemoryTuningInput, memoryMb: number): MemoryTuningPoint {
  const vcpus = usableVcpus(memoryMb, input.parallelism ?? 1);
  const durationMs = input.cpuBoundMsAt1769 / vcpus + input.ioBoundMs;
  const ms = billedMs(durationMs);
  const costPerInvocation = requestCharge(1) + durationCharge(gbSeconds(memoryMb, ms, 1), input.arch ?? 'x86');
  return { memoryMb, usableVcpus: vcpus, durationMs, billedMs: ms, costPerInvocation, costPerMillion: costPerInvocation * 1e6 };
}

/** Ties (within a part in a billion) go to the other measure, then to less memory. */
function best(points: MemoryTuningPoint[], first: keyof MemoryTuningPoint, second: keyof MemoryTuningPoint): MemoryTuningPoint {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  return points.reduce((winner, p) => {
    if (!close(p[first], winner[first])) return p[first] < winner[first] ? p : winner;
    if (!close(p[second], winner[second])) return p[second] < winner[second] ? p : winner;
    return p.memoryMb < winner.memoryMb ? p : winner;
  });
}

export function memoryTuning(input: MemoryTuningInput): MemoryTuningResult {
  const points = (input.memorySizes ?? DEFAULT_MEMORY_SIZES).map((m) => tuningPoint(input, m));
  if (points.length === 0) throw new Error('memoryTuning needs at least one memory size');
  return { points, cheapest: best(points, 'costPerInvocation', 'durationMs'), fastest: best(points, 'durationMs', 'costPerInvocation') };
}
