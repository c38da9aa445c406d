'use client';

import { useState } from 'react';
import { ResetProgress } from '@/components/quiz/ResetProgress';
import { SaveFailed } from '@/components/storage/SaveFailed';
import type { SaveFailure } from '@/lib/storage/messages';
import { useProgressDocuments } from './useProgressDocuments';

/** Forget every kind of progress in this browser (and in its other tabs), after asking. */
export function ResetAllProgress() {
  const docs = useProgressDocuments();
  const hasProgress = docs.some(({ spec, state }) => spec.count(state.value) > 0);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  return (
    <>
      <ResetProgress
        onReset={() => setFailure(docs.map(({ store }) => store.reset()).find((f) => f !== null) ?? null)}
        disabled={!docs.every((d) => d.state.loaded) || !hasProgress}
        label="Reset all progress"
        question="Forget every lesson read, every answer and every drill result saved in this browser? Save your progress to a file first if you may want it back. This cannot be undone."
        done="All your progress in this browser has been reset."
        testId="progress-reset"
      />
      <SaveFailed failure={failure} what="The reset" />
    </>
  );
}
