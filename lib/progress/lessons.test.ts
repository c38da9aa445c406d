import { describe, expect, it } from 'vitest';
import { readDocument, serialise, mergeCopies } from '@/lib/storage/document';
import { lessonProgressDocument as doc, readCount, whereToContinue, withMark, type LessonProgress, type LessonRef } from './lessons';

const course: LessonRef[] = ['what-is-serverless', 'execution-model', 'events-and-invocation', 'cold-starts', 'concurrency'].map((slug, i) => ({
  slug,
  order: i + 1,
  title: slug,
}));
const t0 = Date.UTC(2026, 2, 1);
const marked = (...marks: [string, boolean, number][]) => marks.reduce<LessonProgress>((p, [slug, read, at]) => withMark(p, slug, read, at), { lessons: {} });

describe('where a returning learner continues', () => {
  it('offers to start when nothing is read', () => {
    expect(whereToContinue({ lessons: {} }, course)).toEqual({ kind: 'start' });
  });

  it('after reading lessons 1 and 2 in order, it is lesson 3', () => {
    const p = marked(['what-is-serverless', true, t0], ['execution-model', true, t0 + 1]);
    expect(whereToContinue(p, course)).toEqual({ kind: 'continue', lesson: course[2] });
  });

  it('a learner who jumped to lesson 4 carries on with lesson 5, not back at lesson 1', () => {
    expect(whereToContinue(marked(['cold-starts', true, t0]), course)).toMatchObject({ lesson: { order: 5 } });
  });

  it('when everything after the latest lesson read is read, the first unread lesson from the start', () => {
    const p = marked(['concurrency', true, t0], ['execution-model', true, t0 + 1], ['events-and-invocation', true, t0 + 2], ['cold-starts', true, t0 + 3]);
    expect(whereToContinue(p, course)).toMatchObject({ lesson: { order: 1 } });
  });

  it('a lesson unmarked by hand counts as unread again', () => {
    const p = marked(['what-is-serverless', true, t0], ['execution-model', true, t0 + 1], ['execution-model', false, t0 + 2]);
    expect(whereToContinue(p, course)).toMatchObject({ lesson: { order: 2 } });
    expect(readCount(p, course)).toBe(1);
  });

  it('says the course is finished when every lesson is read, and ignores marks for lessons no longer in it', () => {
    const all = marked(...course.map((l, i): [string, boolean, number] => [l.slug, true, t0 + i]), ['a-retired-lesson', true, t0 + 99]);
    expect(whereToContinue(all, course)).toEqual({ kind: 'finished' });
    expect(readCount(all, course)).toBe(course.length);
  });
});

describe('stored reading progress', () => {
  it('merges two tabs mark by mark: the later choice wins, and marks only one tab has are kept', () => {
    const a = { value: marked(['cold-starts', true, t0], ['what-is-serverless', true, t0]), epoch: 0 };
    const b = { value: marked(['cold-starts', false, t0 + 5]), epoch: 0 };
    expect(mergeCopies(doc, a, b).value).toEqual(marked(['cold-starts', false, t0 + 5], ['what-is-serverless', true, t0]));
  });

  it('a damaged record is dropped with a notice; the other marks are kept', () => {
    const raw = JSON.stringify({ version: 1, lessons: { 'cold-starts': { read: true, lastAt: t0 }, concurrency: { read: 'yes' } } });
    const loaded = readDocument(doc, raw, t0 + 1000);
    expect(loaded.value).toEqual(marked(['cold-starts', true, t0]));
    expect(loaded.notice).toEqual({ kind: 'partial', message: 'Part of your saved reading progress was damaged: 1 unreadable entry was dropped and the rest was kept.' });
  });

  it('reads back what it writes', () => {
    const value = marked(['cold-starts', true, t0]);
    expect(readDocument(doc, serialise(doc, { value, epoch: 2 }), t0)).toMatchObject({ value, epoch: 2, notice: null });
  });
});
