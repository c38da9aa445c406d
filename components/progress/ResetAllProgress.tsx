'use client';

import { ResetProgress } from '@/components/quiz/ResetProgress';
import { useProgressDocuments } from './useProgressDocuments';

/** Forget every kind of progress in this browser (and in its other tabs), after asking. */
export function ResetAllProgress() {
  const docs = useProgressDocuments();
  const hasProgress = docs.some(({ spec, state }) => spec.count(state.value) > 0);
  return (
    <ResetProgress
      onReset={() => docs.forEach(({ store }) => store.reset())}
      disabled={!docs.every((d) => d.state.loaded) || !hasProgress}
      label="Reset all progress"
      question="Forget every lesson read, every answer and every drill result saved in this browser? Save your progress to a file first if you may want it back. This cannot be undone."
      done="All your progress in this browser has been reset."
      testId="progress-reset"
    />
  );
}
