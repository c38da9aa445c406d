'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { emptyDraft, responseOf, type Draft } from '@/lib/quiz/draft';
import { grade, type Grade } from '@/lib/quiz/grade';
import type { Question, QuizResponse } from '@/lib/quiz/types';
import { ChoiceInput } from './answers/ChoiceInput';
import { FitInput } from './answers/FitInput';
import { NumericInput } from './answers/NumericInput';
import { OrderingInput } from './answers/OrderingInput';
import { Feedback } from './Feedback';
import { InlineText } from './InlineText';
import { SimulatorScenario } from './SimulatorScenario';
import { difficultyLabels, kindLabels } from './types';
import styles from './Quiz.module.css';

export interface QuestionCardProps {
  question: Question;
  sectionTitle: string;
  /** "Question 3 of 15", when the card is part of a round. */
  position?: { index: number; total: number };
  topicLabel?: string;
  onAnswered?: (question: Question, grade: Grade) => void;
  onPresent?: (question: Question) => void;
  /** The controls that follow an answer (e.g. "Next question"), shown under the feedback. */
  after?: React.ReactNode;
}

const hints: Partial<Record<Question['kind'], string>> = {
  multi: 'Tick every answer that applies.',
  fit: 'Sort each workload: does serverless fit it?',
  ordering: 'Use the arrow buttons to move each step into place.',
};

function AnswerInput({ question: q, draft, setDraft }: { question: Question; draft: Draft; setDraft: (d: Draft) => void }) {
  if (q.kind === 'fit' && draft.kind === 'fit') return <FitInput questionId={q.id} scenarios={q.scenarios} verdicts={draft.verdicts} onChange={(verdicts) => setDraft({ kind: 'fit', verdicts })} />;
  if (q.kind === 'numeric' && draft.kind === 'numeric') return <NumericInput questionId={q.id} unit={q.unit} text={draft.text} onChange={(text) => setDraft({ kind: 'numeric', text })} />;
  if (q.kind === 'ordering' && draft.kind === 'ordering') return <OrderingInput questionId={q.id} items={q.items} order={draft.order} onChange={(order) => setDraft({ kind: 'ordering', order })} />;
  if ((q.kind === 'single' || q.kind === 'multi' || q.kind === 'simulator') && draft.kind === 'choice') {
    return <ChoiceInput questionId={q.id} options={q.options} multiple={q.kind === 'multi'} chosen={draft.chosen} onChange={(chosen) => setDraft({ kind: 'choice', chosen })} />;
  }
  return null;
}

/** One question: answer it, check it, read why each choice is right or wrong. */
export function QuestionCard({ question: q, sectionTitle, position, topicLabel, onAnswered, onPresent, after }: QuestionCardProps) {
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(q));
  const [problem, setProblem] = useState<string | null>(null);
  const [answer, setAnswer] = useState<{ response: QuizResponse; grade: Grade } | null>(null);
  const feedbackRef = useRef<HTMLElement>(null);
  const promptId = `${q.id}-prompt`;

  useEffect(() => {
    if (answer) feedbackRef.current?.focus();
  }, [answer]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = responseOf(q, draft);
    if ('problem' in result) {
      setProblem(result.problem);
      return;
    }
    const g = grade(q, result.response);
    setProblem(null);
    setAnswer({ response: result.response, grade: g });
    onAnswered?.(q, g);
  };

  return (
    <article className={styles.card} aria-labelledby={promptId} data-testid="quiz-question" data-question-id={q.id} data-kind={q.kind}>
      <div className={styles.meta}>
        <ul className={styles.metaList} aria-label="About this question">
          {position ? <li data-testid="quiz-position">{`Question ${position.index + 1} of ${position.total}`}</li> : null}
          {topicLabel ? <li>{topicLabel}</li> : null}
          <li className={styles.tag}>{kindLabels[q.kind]}</li>
          <li className={styles.tag}>{difficultyLabels[q.difficulty]}</li>
        </ul>
        {onPresent ? (
          <button type="button" className={styles.small} onClick={() => onPresent(q)} data-testid="quiz-present">
            Present<span className="visually-hidden">{position ? ` question ${position.index + 1} in presenter mode` : ' this question in presenter mode'}</span>
          </button>
        ) : null}
      </div>
      {answer ? (
        <>
          <p id={promptId} className={styles.prompt}>
            <InlineText text={q.prompt} />
          </p>
          <Feedback ref={feedbackRef} question={q} response={answer.response} grade={answer.grade} sectionTitle={sectionTitle} />
          {after}
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset className={styles.fieldset} aria-describedby={problem ? `${q.id}-problem` : undefined}>
            <legend id={promptId} className={styles.prompt}>
              <InlineText text={q.prompt} />
            </legend>
            {hints[q.kind] ? <p className={styles.hint}>{hints[q.kind]}</p> : null}
            {q.kind === 'simulator' ? <SimulatorScenario question={q} /> : null}
            <AnswerInput question={q} draft={draft} setDraft={setDraft} />
          </fieldset>
          {problem ? (
            <p id={`${q.id}-problem`} className={styles.error} role="alert">
              {problem}
            </p>
          ) : null}
          <button type="submit" className={styles.primary} data-testid="quiz-check">
            Check answer
          </button>
        </form>
      )}
    </article>
  );
}
