import { type DocumentSpec, type LoadedDocument, readDocument, serialise, type StorageNotice } from '@/lib/storage/document';
import { isObject, readCount, readEntry, readFutureTime, readPastTime, readRecordMap, type Repairs, validId } from '@/lib/storage/fields';
import { mergeByLastAt, mergeLog, sortedById } from '@/lib/storage/merge';
import { plural } from '@/lib/storage/words';
import { BOX_COUNT, type Box, type QuestionRecord } from './repetition';

/**
 * Quiz progress as kept in the browser: one document in the storage layer (lib/storage), read
 * field by field, merged record by record. The stored form has not changed since the first
 * version: `{ "version": 1, "records": { id: record }, "drills": [...] }`, now with an `epoch`
 * that counts resets. Nothing here touches the browser.
 */
export const PROGRESS_KEY = 'serverless-lab.quiz.progress';
export const PROGRESS_VERSION = 1;
/** Drill results kept, newest last; older ones are dropped so storage stays small. */
export const DRILLS_KEPT = 20;

export interface DrillTopicResult {
  asked: number;
  correct: number;
}

export interface DrillRecord {
  /** When the drill finished, ms since the epoch. */
  at: number;
  asked: number;
  correct: number;
  byTopic: Record<string, DrillTopicResult>;
}

export interface Progress {
  /** One record per question answered, kept whether or not the page showing it knows the question. */
  records: Record<string, QuestionRecord>;
  drills: DrillRecord[];
}

export type RecoveryNotice = StorageNotice;

export function emptyProgress(): Progress {
  return { records: {}, drills: [] };
}

/** A stored record, checked field by field; null when a field is missing or cannot be right. */
export function readRecord(x: unknown, repairs: Repairs): QuestionRecord | null {
  if (!isObject(x) || typeof x.lastCorrect !== 'boolean') return null;
  const box = x.box;
  if (typeof box !== 'number' || !Number.isInteger(box) || box < 1 || box > BOX_COUNT) return null;
  const attempts = readCount(x.attempts, repairs, 1);
  const correctCount = readCount(x.correctCount, repairs);
  const due = readFutureTime(x.due, repairs);
  const lastAt = readPastTime(x.lastAt, repairs);
  if (attempts === null || correctCount === null || correctCount > attempts || due === null || lastAt === null) return null;
  return { box: box as Box, due, attempts, correctCount, lastCorrect: x.lastCorrect, lastAt };
}

function readTopicResult(x: unknown, repairs: Repairs): DrillTopicResult | null {
  if (!isObject(x)) return null;
  const asked = readCount(x.asked, repairs);
  const correct = readCount(x.correct, repairs);
  return asked !== null && correct !== null && correct <= asked ? { asked, correct } : null;
}

function readDrill(x: unknown, repairs: Repairs): DrillRecord | null {
  if (!isObject(x) || !isObject(x.byTopic)) return null;
  const at = readPastTime(x.at, repairs);
  const result = readTopicResult(x, repairs);
  if (at === null || !result) return null;
  const byTopic: Record<string, DrillTopicResult> = {};
  for (const [topic, r] of Object.entries(x.byTopic)) {
    const read = validId(topic) ? readTopicResult(r, repairs) : null;
    if (!read) return null;
    byTopic[topic] = read;
  }
  return { at, ...result, byTopic: sortedById(byTopic) };
}

function decode(data: Record<string, unknown>, repairs: Repairs): Progress {
  if (!isObject(data.records)) {
    repairs.unreadable = true;
    return emptyProgress();
  }
  const drills: DrillRecord[] = [];
  for (const value of Array.isArray(data.drills) ? data.drills : []) {
    const drill = readEntry(value, readDrill, repairs);
    if (drill) drills.push(drill);
  }
  return { records: readRecordMap(data.records, readRecord, repairs), drills: mergeLog(drills, [], DRILLS_KEPT) };
}

export const quizProgressDocument: DocumentSpec<Progress> = {
  key: PROGRESS_KEY,
  version: PROGRESS_VERSION,
  label: 'quiz progress',
  empty: emptyProgress,
  decode,
  encode: (p) => ({ records: sortedById(p.records), drills: p.drills.slice(-DRILLS_KEPT) }),
  // Per question, the answer given last wins; drills from both copies are kept.
  merge: (a, b) => ({ records: mergeByLastAt(a.records, b.records), drills: mergeLog(a.drills, b.drills, DRILLS_KEPT) }),
  count: (p) => Object.keys(p.records).length + p.drills.length,
  describe: (p) => {
    const answered = plural(Object.keys(p.records).length, 'answered question');
    return p.drills.length > 0 ? `${answered} and ${plural(p.drills.length, 'drill')}` : answered;
  },
};

export interface LoadedProgress {
  progress: Progress;
  notice: RecoveryNotice | null;
}

/** Reads stored quiz progress (the raw localStorage string): recovered, never thrown. */
export function readProgress(raw: string | null, now = Date.now()): LoadedProgress & { loaded: LoadedDocument<Progress> } {
  const loaded = readDocument(quizProgressDocument, raw, now);
  return { progress: loaded.value, notice: loaded.notice, loaded };
}

export function serialiseProgress(progress: Progress, epoch = 0): string {
  return serialise(quizProgressDocument, { value: progress, epoch });
}

/** Progress with one more answer recorded. */
export function withRecord(progress: Progress, id: string, record: QuestionRecord): Progress {
  return { ...progress, records: { ...progress.records, [id]: record } };
}

export function withDrill(progress: Progress, drill: DrillRecord): Progress {
  return { ...progress, drills: [...progress.drills, drill].slice(-DRILLS_KEPT) };
}
