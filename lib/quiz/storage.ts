import { BOX_COUNT, type Box, type QuestionRecord } from './repetition';

/**
 * Quiz progress as kept in the browser's localStorage: one JSON document under one key, with a
 * version number. Nothing here touches the browser; the UI passes in the stored string and
 * writes back what `serialiseProgress` returns. Reading never throws: damaged, foreign or old
 * data is recovered where it can be and reset where it cannot, with a notice the page shows.
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
  version: typeof PROGRESS_VERSION;
  records: Record<string, QuestionRecord>;
  drills: DrillRecord[];
}

export interface RecoveryNotice {
  kind: 'reset' | 'partial';
  message: string;
}

export interface LoadedProgress {
  progress: Progress;
  notice: RecoveryNotice | null;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, records: {}, drills: [] };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const count = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
/** Question and topic ids are kebab-case; anything else (say "__proto__") is not ours. */
const validId = (x: string) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(x);
const time = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** A stored record, checked field by field; null when any field is missing or impossible. */
export function readRecord(x: unknown): QuestionRecord | null {
  if (!isObject(x)) return null;
  const { box, due, attempts, correctCount, lastCorrect, lastAt } = x;
  if (!count(box) || box < 1 || box > BOX_COUNT) return null;
  if (!time(due) || !time(lastAt) || !count(attempts) || !count(correctCount) || typeof lastCorrect !== 'boolean') return null;
  if (attempts < 1 || correctCount > attempts) return null;
  return { box: box as Box, due, attempts, correctCount, lastCorrect, lastAt };
}

function readDrill(x: unknown): DrillRecord | null {
  if (!isObject(x) || !time(x.at) || !count(x.asked) || !count(x.correct) || x.correct > x.asked || !isObject(x.byTopic)) return null;
  const byTopic: Record<string, DrillTopicResult> = {};
  for (const [topic, r] of Object.entries(x.byTopic)) {
    if (!validId(topic) || !isObject(r) || !count(r.asked) || !count(r.correct) || r.correct > r.asked) return null;
    byTopic[topic] = { asked: r.asked, correct: r.correct };
  }
  return { at: x.at, asked: x.asked, correct: x.correct, byTopic };
}

const RESET_UNREADABLE = 'Your saved quiz progress could not be read, so it has been reset. You can carry on from a fresh start.';

/**
 * Reads stored progress. `knownIds` are the bank's question ids: records for questions that no
 * longer exist are dropped quietly (a question was retired, not damaged).
 */
export function readProgress(raw: string | null, knownIds?: ReadonlySet<string>): LoadedProgress {
  if (raw === null || raw === '') return { progress: emptyProgress(), notice: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), notice: { kind: 'reset', message: RESET_UNREADABLE } };
  }
  if (!isObject(data) || !isObject(data.records)) {
    return { progress: emptyProgress(), notice: { kind: 'reset', message: RESET_UNREADABLE } };
  }
  const progress = emptyProgress();
  let dropped = 0;
  for (const [id, value] of Object.entries(data.records)) {
    if (knownIds && !knownIds.has(id)) continue;
    const record = validId(id) ? readRecord(value) : null;
    if (record) progress.records[id] = record;
    else dropped++;
  }
  for (const value of Array.isArray(data.drills) ? data.drills : []) {
    const drill = readDrill(value);
    if (drill) progress.drills.push(drill);
    else dropped++;
  }
  progress.drills = progress.drills.slice(-DRILLS_KEPT);
  const kept = Object.keys(progress.records).length;
  if (data.version !== PROGRESS_VERSION) {
    // Saved by another version of the course: keep every record that still reads correctly.
    const message =
      kept > 0
        ? `Your saved quiz progress came from another version of the course. ${kept} answered question${kept === 1 ? ' was' : 's were'} carried over${dropped > 0 ? `; ${dropped} unreadable entr${dropped === 1 ? 'y was' : 'ies were'} dropped` : ''}.`
        : 'Your saved quiz progress came from another version of the course and could not be carried over, so it has been reset.';
    return { progress, notice: { kind: kept > 0 ? 'partial' : 'reset', message } };
  }
  if (dropped > 0) {
    const message = `Part of your saved quiz progress was damaged: ${dropped} unreadable entr${dropped === 1 ? 'y was' : 'ies were'} dropped and the rest was kept.`;
    return { progress, notice: { kind: 'partial', message } };
  }
  return { progress, notice: null };
}

export function serialiseProgress(progress: Progress): string {
  return JSON.stringify({ ...progress, drills: progress.drills.slice(-DRILLS_KEPT) });
}

/** Progress with one more answer recorded. */
export function withRecord(progress: Progress, id: string, record: QuestionRecord): Progress {
  return { ...progress, records: { ...progress.records, [id]: record } };
}

export function withDrill(progress: Progress, drill: DrillRecord): Progress {
  return { ...progress, drills: [...progress.drills, drill].slice(-DRILLS_KEPT) };
}
