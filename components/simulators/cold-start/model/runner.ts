import { simulateColdStarts, type ColdStartInput, type ColdStartResult } from '@/lib/sim/cold-start';

/**
 * Where cold-start runs are worked out: in a Web Worker when the browser has one (so a big
 * scenario never freezes the page), on the spot otherwise (tests, or if the worker fails). Recent
 * results are kept, so going back to a preset or a pinned scenario is instant. Only the newest
 * request waits while a run is in progress: dragging a slider does not queue a run per position.
 */
const RECENT_RUNS = 8;
const recent = new Map<string, ColdStartResult>();
const listeners = new Set<() => void>();
let version = 0;
let worker: Worker | null | undefined;
let inFlight: string | null = null;
let next: { key: string; input: ColdStartInput } | null = null;
let lastDelivered: ColdStartResult | null = null;

export const runKey = (input: ColdStartInput) => JSON.stringify(input);

function remember(key: string, result: ColdStartResult): void {
  recent.delete(key);
  recent.set(key, result);
  if (recent.size > RECENT_RUNS) recent.delete(recent.keys().next().value as string);
  lastDelivered = result;
}

function announce(): void {
  version++;
  for (const listener of listeners) listener();
}

/** Runs the model here and now, and remembers the result. */
export function runNow(input: ColdStartInput): ColdStartResult {
  const key = runKey(input);
  const known = recent.get(key);
  if (known) return known;
  const result = simulateColdStarts(input);
  remember(key, result);
  return result;
}

function sendNext(w: Worker): void {
  while (next && recent.has(next.key)) next = null;
  if (!next) return;
  inFlight = next.key;
  w.postMessage(next);
  next = null;
}

/** Without a worker, whatever was waiting is worked out here. */
function giveUpOnWorker(): void {
  worker = null;
  const waiting = next;
  inFlight = null;
  next = null;
  if (waiting) runNow(waiting.input);
  announce();
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    const w = new Worker(new URL('./worker.ts', import.meta.url));
    w.onmessage = (event: MessageEvent<{ key: string; result?: ColdStartResult; error?: string }>) => {
      const { key, result } = event.data;
      inFlight = null;
      if (result) remember(key, result);
      sendNext(w);
      announce();
    };
    w.onerror = () => giveUpOnWorker();
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * The result for `input` if it is known; otherwise asks for it and returns undefined. Listeners
 * hear when it arrives.
 */
export function lookUp(input: ColdStartInput): ColdStartResult | undefined {
  const key = runKey(input);
  const known = recent.get(key);
  if (known) {
    recent.delete(key);
    recent.set(key, known);
    return known;
  }
  const w = getWorker();
  if (!w) return runNow(input);
  if (inFlight !== key) {
    next = { key, input };
    if (inFlight === null) sendNext(w);
  }
  return undefined;
}

/** The newest result delivered, to keep showing while the next one is worked out. */
export const latestResult = () => lastDelivered;

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const runsVersion = () => version;

/**
 * What the shell gets for a scenario: its result if it is known; while it is being worked out,
 * the newest result there is, marked pending.
 */
export interface ColdStartRun {
  result: ColdStartResult | null;
  pending: boolean;
}

export function runColdStart(input: ColdStartInput): ColdStartRun {
  const result = lookUp(input);
  return result ? { result, pending: false } : { result: latestResult(), pending: true };
}
