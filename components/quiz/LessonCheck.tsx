'use client';

import { useState } from 'react';
import { SaveFailed } from '@/components/storage/SaveFailed';
import { StorageNotice } from '@/components/storage/StorageNotice';
import type { Question } from '@/lib/quiz/types';
import type { SaveFailure } from '@/lib/storage/messages';
import { PresenterView } from './PresenterView';
import { QuestionCard } from './QuestionCard';
import type { SectionTitles } from './types';
import { SimulatorQuestionsProvider, type SimulatorQuestionViews } from './SimulatorQuestions';
import { useQuizProgress } from './useQuizProgress';

interface Props {
  questions: readonly Question[];
  sectionTitles: SectionTitles;
  /** What to show for each simulator question, worked out on the server. */
  simulatorQuestions: SimulatorQuestionViews;
}

/**
 * The questions at the end of a lesson. Answers count towards the learner's mastery on the quiz
 * page, exactly as if answered there, so a missed check comes back in the next review. Each
 * answer is merged into the stored progress: records of every other question are kept.
 */
export function LessonCheck({ questions, sectionTitles, simulatorQuestions }: Props) {
  const { notice, dismissNotice, recordAnswer } = useQuizProgress();
  const [presenting, setPresenting] = useState<Question | null>(null);
  const [score, setScore] = useState<Record<string, boolean>>({});
  /** Why an answer was not saved, by question: said under that question. */
  const [unsaved, setUnsaved] = useState<Record<string, SaveFailure | null>>({});
  const answered = Object.keys(score).length;
  const right = Object.values(score).filter(Boolean).length;

  return (
    <SimulatorQuestionsProvider views={simulatorQuestions}>
      {notice ? <StorageNotice notice={notice} onDismiss={dismissNotice} testId="quiz-storage-notice" /> : null}
      {questions.map((q, i) => (
        <QuestionCard
          key={q.id}
          question={q}
          position={{ index: i, total: questions.length }}
          sectionTitle={sectionTitles[`${q.lesson.lesson}#${q.lesson.section}`] ?? q.lesson.lesson}
          onAnswered={(question, grade) => {
            const failure = recordAnswer(question.id, grade.correct);
            setUnsaved((u) => ({ ...u, [question.id]: failure }));
            setScore((s) => ({ ...s, [question.id]: grade.correct }));
          }}
          onPresent={setPresenting}
          after={<SaveFailed failure={unsaved[q.id] ?? null} what="Your answer" />}
        />
      ))}
      <p role="status" data-testid="quiz-check-score">
        {answered === questions.length ? `You answered ${right} of ${questions.length} right. Practise more on the quiz page.` : ''}
      </p>
      {presenting ? <PresenterView question={presenting} onClose={() => setPresenting(null)} /> : null}
    </SimulatorQuestionsProvider>
  );
}
