'use client';

import { useMemo, useState } from 'react';
import type { Question } from '@/lib/quiz/types';
import { PresenterView } from './PresenterView';
import { QuestionCard } from './QuestionCard';
import { SimulatorQuestionsProvider, type SimulatorQuestionViews } from './SimulatorQuestions';
import { StorageNotice } from './StorageNotice';
import type { SectionTitles } from './types';
import { useQuizProgress } from './useQuizProgress';

interface Props {
  questions: readonly Question[];
  sectionTitles: SectionTitles;
  /** What to show for each simulator question, worked out on the server. */
  simulatorQuestions: SimulatorQuestionViews;
}

/**
 * The questions at the end of a lesson. Answers count towards the learner's mastery on the quiz
 * page, exactly as if answered there, so a missed check comes back in the next review.
 */
export function LessonCheck({ questions, sectionTitles, simulatorQuestions }: Props) {
  const knownIds = useMemo(() => new Set(questions.map((q) => q.id)), [questions]);
  const { notice, dismissNotice, recordAnswer } = useQuizProgress(knownIds);
  const [presenting, setPresenting] = useState<Question | null>(null);
  const [score, setScore] = useState<Record<string, boolean>>({});
  const answered = Object.keys(score).length;
  const right = Object.values(score).filter(Boolean).length;

  return (
    <SimulatorQuestionsProvider views={simulatorQuestions}>
      {notice && notice.kind === 'reset' ? <StorageNotice notice={notice} onDismiss={dismissNotice} /> : null}
      {questions.map((q, i) => (
        <QuestionCard
          key={q.id}
          question={q}
          position={{ index: i, total: questions.length }}
          sectionTitle={sectionTitles[`${q.lesson.lesson}#${q.lesson.section}`] ?? q.lesson.lesson}
          onAnswered={(question, grade) => {
            recordAnswer(question.id, grade.correct);
            setScore((s) => ({ ...s, [question.id]: grade.correct }));
          }}
          onPresent={setPresenting}
        />
      ))}
      <p role="status" data-testid="quiz-check-score">
        {answered === questions.length ? `You answered ${right} of ${questions.length} right. Practise more on the quiz page.` : ''}
      </p>
      {presenting ? <PresenterView question={presenting} onClose={() => setPresenting(null)} /> : null}
    </SimulatorQuestionsProvider>
  );
}
