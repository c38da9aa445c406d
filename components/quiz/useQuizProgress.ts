'use client';

import { useCallback } from 'react';
import { useStoredDocument } from '@/components/storage/useStoredDocument';
import { schedule } from '@/lib/quiz/repetition';
import { quizProgressDocument, withDrill, withRecord, type DrillRecord } from '@/lib/quiz/storage';

/**
 * The learner's quiz progress, kept in this browser only, through the storage layer: read after
 * the first render, recovered if damaged, merged with what is stored before every answer is
 * written (so a lesson check never drops the quiz page's records, nor one tab another's), and
 * updated when another tab answers. `saveFailure` says why the latest answer was not saved.
 */
export function useQuizProgress() {
  const { value: progress, at, loaded, notice, dismissNotice, saveFailure, readOnly, update, reset } = useStoredDocument(quizProgressDocument);

  const recordAnswer = useCallback(
    (questionId: string, correct: boolean) => update((current, now) => withRecord(current, questionId, schedule(current.records[questionId], correct, now))),
    [update],
  );
  const recordDrill = useCallback((drill: DrillRecord) => update((current) => withDrill(current, drill)), [update]);

  return { progress, at, loaded, notice, dismissNotice, saveFailure, readOnly, recordAnswer, recordDrill, reset };
}
