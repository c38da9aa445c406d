import type { SaveFailure } from '@/lib/storage/messages';

/**
 * The browser's localStorage, reached carefully: it can be missing, throw on every call (storage
 * disabled, some private modes), or refuse writes when full. Nothing here throws.
 */
export type Area = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function localArea(): Area | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Why a write threw, in the learner's terms: full, or not allowed. */
export function failureOf(error: unknown): Exclude<SaveFailure, 'newer'> {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  // Firefox names it NS_ERROR_DOM_QUOTA_REACHED; old WebKit only gives code 22.
  const full = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error instanceof DOMException && error.code === 22);
  return full ? 'full' : 'blocked';
}

/** The stored text, or null when there is none or storage cannot be read. */
export function readRaw(area: Area | null, key: string): string | null {
  try {
    return area?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes one key; null when it worked, else why it did not. */
export function writeRaw(area: Area | null, key: string, text: string): Exclude<SaveFailure, 'newer'> | null {
  if (!area) return 'blocked';
  try {
    area.setItem(key, text);
    return null;
  } catch (error) {
    return failureOf(error);
  }
}

export const PROBE_KEY = 'serverless-lab.probe';

/** Whether this browser lets the course save anything: a test write, removed at once. */
export function probe(area: Area | null): Exclude<SaveFailure, 'newer'> | null {
  const failure = writeRaw(area, PROBE_KEY, String(Date.now()));
  if (failure === null) {
    try {
      area?.removeItem(PROBE_KEY);
    } catch {
      // The write worked; a probe left behind is harmless.
    }
  }
  return failure;
}
