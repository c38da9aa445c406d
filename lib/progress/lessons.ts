import type { DocumentSpec } from '@/lib/storage/document';
import { isObject, readPastTime, readRecordMap, type Repairs } from '@/lib/storage/fields';
import { mergeByLastAt, sortedById } from '@/lib/storage/merge';
import { plural } from '@/lib/storage/words';

/**
 * Which lessons the learner has read, kept in the browser as one document of the storage layer.
 * A lesson is marked read when the reader reaches its end, or by hand; unmarking is a change like
 * any other (read: false, with its time), so the latest choice wins when two tabs disagree.
 */
export const LESSON_PROGRESS_KEY = 'serverless-lab.lessons.progress';
export const LESSON_PROGRESS_VERSION = 1;

export interface LessonMark {
  read: boolean;
  /** When it was last marked or unmarked, ms since the epoch. */
  lastAt: number;
}

export interface LessonProgress {
  /** By lesson slug; slugs this build does not know (a renamed lesson) are kept as they are. */
  lessons: Record<string, LessonMark>;
}

/** What the client needs to know of a lesson to link to it. */
export interface LessonRef {
  slug: string;
  order: number;
  title: string;
}

function readMark(x: unknown, repairs: Repairs): LessonMark | null {
  if (!isObject(x) || typeof x.read !== 'boolean') return null;
  const lastAt = readPastTime(x.lastAt, repairs);
  return lastAt === null ? null : { read: x.read, lastAt };
}

const readSlugs = (p: LessonProgress) => Object.values(p.lessons).filter((m) => m.read).length;

export const lessonProgressDocument: DocumentSpec<LessonProgress> = {
  key: LESSON_PROGRESS_KEY,
  version: LESSON_PROGRESS_VERSION,
  label: 'reading progress',
  empty: () => ({ lessons: {} }),
  decode: (data, repairs) => {
    if (!isObject(data.lessons)) {
      repairs.unreadable = true;
      return { lessons: {} };
    }
    return { lessons: readRecordMap(data.lessons, readMark, repairs) };
  },
  encode: (p) => ({ lessons: sortedById(p.lessons) }),
  merge: (a, b) => ({ lessons: mergeByLastAt(a.lessons, b.lessons) }),
  count: readSlugs,
  describe: (p) => `${plural(readSlugs(p), 'lesson')} read`,
};

export function isRead(progress: LessonProgress, slug: string): boolean {
  return progress.lessons[slug]?.read === true;
}

/** Progress with one lesson marked read or unread at `now`. */
export function withMark(progress: LessonProgress, slug: string, read: boolean, now: number): LessonProgress {
  return { lessons: { ...progress.lessons, [slug]: { read, lastAt: now } } };
}

/** How many of the course's lessons are read (marks for lessons no longer in the course do not count). */
export function readCount(progress: LessonProgress, lessons: readonly LessonRef[]): number {
  return lessons.filter((l) => isRead(progress, l.slug)).length;
}

export type Continue = { kind: 'start' } | { kind: 'continue'; lesson: LessonRef } | { kind: 'finished' };

/**
 * Where a returning learner carries on. The rule: the first unread lesson after the one read most
 * recently, so someone reading in order always gets the next lesson, and someone who jumped ahead
 * carries on from where they jumped; when everything after it is read, the first unread lesson
 * from the start of the course. With nothing read it is "start"; with everything read, "finished".
 */
export function whereToContinue(progress: LessonProgress, lessons: readonly LessonRef[]): Continue {
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  const read = ordered.filter((l) => isRead(progress, l.slug));
  if (read.length === 0) return { kind: 'start' };
  if (read.length === ordered.length) return { kind: 'finished' };
  const latest = read.reduce((a, b) => (progress.lessons[b.slug]!.lastAt > progress.lessons[a.slug]!.lastAt ? b : a));
  const after = ordered.slice(ordered.indexOf(latest) + 1).find((l) => !isRead(progress, l.slug));
  return { kind: 'continue', lesson: after ?? ordered.find((l) => !isRead(progress, l.slug))! };
}
