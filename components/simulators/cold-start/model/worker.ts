/// <reference lib="webworker" />
import { simulateColdStarts, type ColdStartInput } from '@/lib/sim/cold-start';

/**
 * Runs the cold-start model off the main thread: a day of heavy traffic takes a second or more on
 * a phone, and the page must keep answering the learner's hand meanwhile.
 */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<{ key: string; input: ColdStartInput }>) => {
  const { key, input } = event.data;
  try {
    self.postMessage({ key, result: simulateColdStarts(input) });
  } catch (error) {
    self.postMessage({ key, error: error instanceof Error ? error.message : String(error) });
  }
};
