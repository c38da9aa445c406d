/**
 * Spaced repetition with Leitner boxes. Every question a learner has answered sits in one of five
 * boxes. A wrong answer sends it back to box 1, due again at once, so a missed question keeps
 * coming back until it is answered right. A right answer moves it up one box, and each box waits
 * longer before the question is due again: the better you know it, the less often you see it.
 *
 * A right answer given before the question is due does not move it up (answering the same
 * question twice in one sitting proves little), but a wrong one always sends it back.
 */

export const BOX_COUNT = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Wait before a question in each box is due again, box 1 first. */
export const BOX_INTERVALS_MS: readonly number[] = [0, 1 * DAY_MS, 3 * DAY_MS, 7 * DAY_MS, 16 * DAY_MS];

export type Box = 1 | 2 | 3 | 4 | 5;

/** What the browser remembers about one question. */
export interface QuestionRecord {
  box: Box;
  /** When the question is next due, ms since the epoch. */
  due: number;
  attempts: number;
  correctCount: number;
  /** Whether the latest answer was right: a question whose latest answer was wrong is a "mistake". */
  lastCorrect: boolean;
  /** When it was last answered, ms since the epoch. */
  lastAt: number;
}

export function intervalFor(box: Box): number {
  return BOX_INTERVALS_MS[box - 1]!;
}

export function isDue(record: QuestionRecord | undefined, now: number): boolean {
  return record === undefined || record.due <= now;
}

/** The record after one answer. `previous` is undefined for a question never answered before. */
export function schedule(previous: QuestionRecord | undefined, correct: boolean, now: number): QuestionRecord {
  const attempts = (previous?.attempts ?? 0) + 1;
  const correctCount = (previous?.correctCount ?? 0) + (correct ? 1 : 0);
  let box: Box;
  if (!correct) box = 1;
  else if (!previous) box = 2; // new and right first time: it leaves box 1 at once
  else if (isDue(previous, now)) box = Math.min(BOX_COUNT, previous.box + 1) as Box;
  else box = previous.box;
  // An early right answer keeps its old due date rather than restarting the wait.
  const due = correct && previous && !isDue(previous, now) && box === previous.box ? previous.due : now + intervalFor(box);
  return { box, due, attempts, correctCount, lastCorrect: correct, lastAt: now };
}

/** A mistake still to be put right: answered, and wrong the last time. */
export function isMistake(record: QuestionRecord | undefined): boolean {
  return record !== undefined && !record.lastCorrect;
}
