import { isObject, Repairs } from './fields';
import { canonicalJson } from './merge';
import { carriedOverMessage, damagedMessage, newerVersionMessage, repairedMessage, unreadableMessage } from './messages';

/**
 * One kind of progress kept in the browser (quiz answers, lessons read, …): a versioned JSON
 * document under one localStorage key. The spec says how to read it field by field, how to write
 * it, and how two copies merge. The layer around it (this file, the store in components/storage)
 * handles versions, damage, resets and other tabs the same way for every document.
 *
 * Stored form: `{ "version": 1, "epoch": 0, ...encode(value) }`. `epoch` counts resets: a copy
 * from before the last reset (an open tab, an old write) never brings back what the reset cleared.
 */
export interface DocumentSpec<T> {
  key: string;
  /** The version this build writes. A stored document with a higher one is never overwritten. */
  version: number;
  /** What the learner calls it, inside a sentence: "quiz progress". */
  label: string;
  empty: () => T;
  /**
   * Reads the payload of any version up to `version`, field by field: what cannot be read is
   * dropped and what is impossible is corrected, both counted in `repairs`.
   */
  decode: (data: Record<string, unknown>, repairs: Repairs) => T;
  /** The payload to store (without version and epoch), written the same way for equal values. */
  encode: (value: T) => Record<string, unknown>;
  /** Two copies made one, losing nothing; must be commutative so every tab ends the same. */
  merge: (a: T, b: T) => T;
  /** How many entries a value holds (answers, drills, lessons read): 0 means no progress yet. */
  count: (value: T) => number;
  /** Its entries in words, for sentences and the import summary: "2 answered questions and 1 drill". */
  describe: (value: T) => string;
}

/** A sentence for the learner about what happened to stored progress. */
export interface StorageNotice {
  /** reset: nothing could be kept; partial: some was dropped; repaired: values corrected; newer: read-only. */
  kind: 'reset' | 'partial' | 'repaired' | 'newer';
  message: string;
}

export interface Copy<T> {
  value: T;
  epoch: number;
}

export interface LoadedDocument<T> extends Copy<T> {
  /** The stored version number, or null when nothing (readable) was stored or it had none. */
  storedVersion: number | null;
  /** Saved by a newer version of the course: show it, never overwrite it. */
  readOnly: boolean;
  notice: StorageNotice | null;
  /** Reading changed something (damaged, repaired, older version): write the recovered copy back, so the notice is shown once. */
  rewrite: boolean;
}

const whole = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

export function emptyCopy<T>(spec: DocumentSpec<T>): Copy<T> {
  return { value: spec.empty(), epoch: 0 };
}

/** The text to store for a copy. */
export function serialise<T>(spec: DocumentSpec<T>, copy: Copy<T>): string {
  return JSON.stringify({ version: spec.version, epoch: copy.epoch, ...spec.encode(copy.value) });
}

/** True when two copies would be stored identically. */
export function sameCopy<T>(spec: DocumentSpec<T>, a: Copy<T>, b: Copy<T>): boolean {
  return a.epoch === b.epoch && canonicalJson(spec.encode(a.value)) === canonicalJson(spec.encode(b.value));
}

/**
 * Two copies made one. The copy from the later epoch (after a reset) wins whole; copies of one
 * epoch merge record by record.
 */
export function mergeCopies<T>(spec: DocumentSpec<T>, a: Copy<T>, b: Copy<T>): Copy<T> {
  if (a.epoch !== b.epoch) return a.epoch > b.epoch ? a : b;
  return { value: spec.merge(a.value, b.value), epoch: a.epoch };
}

/** Parses stored JSON text; null for anything that is not a JSON object. */
export function parseObject(raw: string): Record<string, unknown> | null {
  try {
    const data: unknown = JSON.parse(raw);
    return isObject(data) ? data : null;
  } catch {
    return null;
  }
}

/**
 * Reads a stored document (the raw localStorage string). Never throws: damaged, foreign, older
 * and newer data are each recovered as far as they can be, with a notice the page shows.
 */
export function readDocument<T>(spec: DocumentSpec<T>, raw: string | null, now: number): LoadedDocument<T> {
  const nothing = { ...emptyCopy(spec), storedVersion: null, readOnly: false, notice: null, rewrite: false };
  if (raw === null || raw === '') return nothing;
  const data = parseObject(raw);
  if (!data) return { ...nothing, notice: { kind: 'reset', message: unreadableMessage(spec) }, rewrite: true };
  return readData(spec, data, now);
}

/** Reads an already parsed document (from storage, or one part of an imported file). */
export function readData<T>(spec: DocumentSpec<T>, data: Record<string, unknown>, now: number): LoadedDocument<T> {
  const repairs = new Repairs(now);
  const decoded = spec.decode(data, repairs);
  const epoch = whole(data.epoch) ? data.epoch : 0;
  const version = whole(data.version) ? data.version : null;
  if (repairs.unreadable) {
    return { value: spec.empty(), epoch, storedVersion: version, readOnly: false, notice: { kind: 'reset', message: unreadableMessage(spec) }, rewrite: true };
  }
  const kept = spec.count(decoded);
  const loaded = { value: decoded, epoch, storedVersion: version, readOnly: false, rewrite: repairs.changed };

  if (version !== null && version > spec.version) {
    // Written by a newer build: show what reads, change nothing (the store keeps a backup too).
    return { ...loaded, readOnly: true, notice: { kind: 'newer', message: newerVersionMessage(spec) }, rewrite: false };
  }
  if (version !== spec.version) {
    // Saved by an older version (or one that wrote no version): carry over what still reads.
    const notice: StorageNotice | null =
      kept === 0 && repairs.dropped === 0 ? null : { kind: kept > 0 ? 'partial' : 'reset', message: carriedOverMessage(spec, spec.describe(decoded), kept, repairs.dropped) };
    return { ...loaded, notice, rewrite: true };
  }
  if (repairs.dropped > 0) {
    const notice: StorageNotice =
      kept > 0 ? { kind: 'partial', message: damagedMessage(spec, repairs.dropped) } : { kind: 'reset', message: unreadableMessage(spec) };
    return { ...loaded, notice };
  }
  if (repairs.repaired > 0) return { ...loaded, notice: { kind: 'repaired', message: repairedMessage(spec, repairs.repaired) } };
  return { ...loaded, notice: null };
}
