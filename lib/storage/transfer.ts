import { type DocumentSpec, parseObject, readData, type StorageNotice } from './document';
import { isObject } from './fields';

/**
 * Progress saved to a file and read back: every registered document in one JSON file, so a learner
 * can move to another browser or keep a copy before clearing site data. Importing reads each part
 * exactly as storage is read (field by field, repaired, never trusted) and merges it into what is
 * there; it never replaces.
 */
export const FILE_FORMAT = 'serverless-lab-progress';
export const FILE_VERSION = 1;
/** A progress file is a few kilobytes; anything far larger is not one, and is not read. */
export const MAX_FILE_BYTES = 2_000_000;

export interface ProgressFile {
  format: typeof FILE_FORMAT;
  version: typeof FILE_VERSION;
  /** When it was saved, ISO 8601. */
  exportedAt: string;
  /** Each document as stored, by its storage key. */
  documents: Record<string, unknown>;
}

/** The file's text: `documents` maps each key to the document as it is stored. */
export function progressFileText(documents: Record<string, unknown>, now: number): string {
  const file: ProgressFile = { format: FILE_FORMAT, version: FILE_VERSION, exportedAt: new Date(now).toISOString(), documents };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name that sorts by date: serverless-lab-progress-2026-03-14.json. */
export function progressFileName(now: number): string {
  return `${FILE_FORMAT}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

export interface ImportedPart<T = unknown> {
  spec: DocumentSpec<T>;
  value: T;
  /** What reading it had to correct, if anything. */
  notice: StorageNotice | null;
}

export type ImportResult =
  | { ok: false; message: string }
  | {
      ok: true;
      parts: ImportedPart[];
      /** One sentence per part that was left out, and why. */
      skipped: string[];
    };

const NOT_A_PROGRESS_FILE = 'This file is not a Serverless Lab progress file, so nothing was imported. Choose a file saved with "Save progress to a file".';

/** Reads an imported file's text against the registered documents. Never throws. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- documents of different shapes
export function readProgressFile(text: string, specs: readonly DocumentSpec<any>[], now: number): ImportResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, message: 'This file is far larger than a progress file can be, so it was not read.' };
  const file = parseObject(text);
  if (!file || file.format !== FILE_FORMAT || !isObject(file.documents)) return { ok: false, message: NOT_A_PROGRESS_FILE };
  if (typeof file.version !== 'number' || file.version > FILE_VERSION) {
    return { ok: false, message: 'This progress file was saved by a newer version of the course, so this page cannot read it. Reload the page to get the newer version, then import again.' };
  }
  const parts: ImportedPart[] = [];
  const skipped: string[] = [];
  for (const spec of specs) {
    if (!Object.hasOwn(file.documents, spec.key)) continue;
    const data = file.documents[spec.key];
    const loaded = isObject(data) ? readData(spec, data, now) : null;
    if (!loaded || loaded.notice?.kind === 'reset') skipped.push(`Your ${spec.label} in this file could not be read, so it was left out.`);
    else if (loaded.readOnly) skipped.push(`Your ${spec.label} in this file was saved by a newer version of the course, so it was left out. Reload the page to get the newer version, then import again.`);
    else if (spec.count(loaded.value) > 0) parts.push({ spec, value: loaded.value, notice: loaded.notice });
  }
  const known = new Set(specs.map((s) => s.key));
  const unknown = Object.keys(file.documents).filter((k) => !known.has(k)).length;
  if (unknown > 0) skipped.push(`${unknown === 1 ? 'One part' : `${unknown} parts`} of the file ${unknown === 1 ? 'is' : 'are'} not known to this version of the course and ${unknown === 1 ? 'was' : 'were'} left out.`);
  if (parts.length === 0 && skipped.length === 0) return { ok: false, message: 'This progress file holds no progress, so there was nothing to import.' };
  return { ok: true, parts, skipped };
}

/** The sentence shown after an import: what came in, and how it met what was there. */
export function importSummary(parts: readonly ImportedPart[]): string {
  if (parts.length === 0) return 'Nothing was imported.';
  const what = parts.map((p) => `${p.spec.label} (${p.spec.describe(p.value)})`);
  const list = what.length === 1 ? what[0] : `${what.slice(0, -1).join(', ')} and ${what.at(-1)}`;
  return `Imported your ${list}. It was merged with the progress already in this browser: where both had the same question or lesson, the more recent one was kept.`;
}
