import { describe, expect, it } from 'vitest';
import { lessonProgressDocument as lessons, withMark } from '@/lib/progress/lessons';
import { progressDocuments } from '@/lib/progress/documents';
import { schedule } from '@/lib/quiz/repetition';
import { quizProgressDocument as quiz, withRecord, emptyProgress } from '@/lib/quiz/storage';
import { serialise } from './document';
import { importSummary, progressFileName, progressFileText, readProgressFile } from './transfer';

const now = Date.UTC(2026, 2, 10, 12);
const quizValue = withRecord(withRecord(emptyProgress(), 'cs-warm-pings', schedule(undefined, true, now - 5000)), 'cost-crossover', schedule(undefined, false, now - 4000));
const lessonValue = withMark(withMark({ lessons: {} }, 'what-is-serverless', true, now - 9000), 'execution-model', true, now - 3000);
const stored = {
  [quiz.key]: JSON.parse(serialise(quiz, { value: quizValue, epoch: 0 })),
  [lessons.key]: JSON.parse(serialise(lessons, { value: lessonValue, epoch: 0 })),
};

describe('saving progress to a file and reading it back', () => {
  it('brings back every registered document exactly', () => {
    const result = readProgressFile(progressFileText(stored, now), progressDocuments, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skipped).toEqual([]);
    expect(result.parts.map((p) => p.spec.key).sort()).toEqual([lessons.key, quiz.key].sort());
    expect(result.parts.find((p) => p.spec === quiz)!.value).toEqual(quizValue);
    expect(result.parts.find((p) => p.spec === lessons)!.value).toEqual(lessonValue);
    expect(importSummary(result.parts)).toMatch(/Imported your reading progress \(2 lessons read\) and quiz progress \(2 answered questions\)/);
  });

  it('names the file by date', () => {
    expect(progressFileName(now)).toBe('serverless-lab-progress-2026-03-10.json');
  });

  it('refuses a file that is not a progress file, saying so', () => {
    for (const text of ['', 'hello', '[]', '{"format":"something-else","documents":{}}', JSON.stringify({ format: 'serverless-lab-progress', version: 1, documents: [] })]) {
      const result = readProgressFile(text, progressDocuments, now);
      expect(result).toEqual({ ok: false, message: expect.stringContaining('not a Serverless Lab progress file') });
    }
  });

  it('refuses a file saved by a newer file format', () => {
    const text = JSON.stringify({ format: 'serverless-lab-progress', version: 2, documents: stored });
    expect(readProgressFile(text, progressDocuments, now)).toEqual({ ok: false, message: expect.stringContaining('newer version') });
  });

  it('repairs what it imports exactly as storage is repaired, and leaves out what it cannot read', () => {
    const hostile = {
      [quiz.key]: { ...stored[quiz.key], records: { ...stored[quiz.key].records, 'cs-warm-pings': { ...quizValue.records['cs-warm-pings'], due: 1e308 } } },
      [lessons.key]: 'not a document',
      'serverless-lab.some-later-feature': { version: 1 },
    };
    const result = readProgressFile(progressFileText(hostile, now), progressDocuments, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parts).toHaveLength(1);
    expect((result.parts[0]!.value as typeof quizValue).records['cs-warm-pings']!.due).toBe(now);
    expect(result.parts[0]!.notice?.kind).toBe('repaired');
    expect(result.skipped).toEqual([
      'Your reading progress in this file could not be read, so it was left out.',
      'One part of the file is not known to this version of the course and was left out.',
    ]);
  });

  it('leaves out a document saved by a newer version of the course', () => {
    const text = progressFileText({ [quiz.key]: { ...stored[quiz.key], version: quiz.version + 1 } }, now);
    const result = readProgressFile(text, progressDocuments, now);
    expect(result).toEqual({ ok: true, parts: [], skipped: [expect.stringContaining('saved by a newer version of the course')] });
  });

  it('says when a file holds no progress at all', () => {
    expect(readProgressFile(progressFileText({}, now), progressDocuments, now)).toEqual({ ok: false, message: expect.stringContaining('holds no progress') });
  });

  it('does not read a file far larger than progress can be', () => {
    expect(readProgressFile('x'.repeat(3_000_000), progressDocuments, now).ok).toBe(false);
  });
});

describe('the registered documents', () => {
  it('each have their own storage key, under the course prefix', () => {
    const keys = progressDocuments.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^serverless-lab\./);
  });
});
