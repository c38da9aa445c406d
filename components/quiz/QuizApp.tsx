'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SaveFailed } from '@/components/storage/SaveFailed';
import { StorageNotice } from '@/components/storage/StorageNotice';
import { StorageWarning } from '@/components/storage/StorageWarning';
import type { Grade } from '@/lib/quiz/grade';
import { masteryByTopic } from '@/lib/quiz/mastery';
import { isDue, isMistake } from '@/lib/quiz/repetition';
import { drillRecordOf, summariseRound, type RoundSummary } from '@/lib/quiz/round';
import { drillSet, practiceRound, reviewRound } from '@/lib/quiz/select';
import type { Question } from '@/lib/quiz/types';
import type { SaveFailure } from '@/lib/storage/messages';
import { PresenterView } from './PresenterView';
import { DRILL_MINUTES, QuizHome } from './QuizHome';
import { RoundResult } from './RoundResult';
import { RoundView, type Session } from './RoundView';
import type { QuizIndexEntry, SectionTitles, TopicInfo } from './types';
import { SimulatorQuestionsProvider, type SimulatorQuestionViews } from './SimulatorQuestions';
import { useQuizProgress } from './useQuizProgress';

interface Props {
  topics: readonly TopicInfo[];
  /** Every question's id, topic, kind and difficulty: enough to choose rounds and show mastery. */
  index: readonly QuizIndexEntry[];
  sectionTitles: SectionTitles;
  /** What to show for each simulator question, worked out on the server. */
  simulatorQuestions: SimulatorQuestionViews;
}

/** The question texts live in their own chunk, fetched when the browser is idle or a round starts. */
let bankPromise: Promise<ReadonlyMap<string, Question>> | undefined;
function loadBank() {
  bankPromise ??= import('@/content/quiz').then((m) => new Map(m.quizBank.map((q) => [q.id, q])));
  return bankPromise;
}

type Records = ReturnType<typeof useQuizProgress>['progress']['records'];

/** The questions of a new round (called from event handlers, never while rendering). */
function roundIds(mode: Session['mode'], index: readonly QuizIndexEntry[], records: Records, options: { topic?: string; asked?: ReadonlySet<string> }): string[] {
  const now = Date.now();
  const seed = now >>> 0;
  if (mode === 'practice') return practiceRound(index.filter((q) => q.topic === options.topic), records, { now, seed, exclude: options.asked });
  if (mode === 'drill') return drillSet(index, records, { now, seed });
  return reviewRound(index, records, { now });
}

const deadlineIn = (minutes: number) => Date.now() + minutes * 60_000;

/** The quiz page: choose a mode, answer a round, see the result; progress saved in this browser. */
export function QuizApp({ topics, index, sectionTitles, simulatorQuestions }: Props) {
  const { progress, at, loaded, notice, dismissNotice, saveFailure, recordAnswer, recordDrill, reset } = useQuizProgress();
  const [bank, setBank] = useState<ReadonlyMap<string, Question> | null>(null);
  const [session, setSession] = useState<Session | null>(null);
  const [result, setResult] = useState<{ title: string; summary: RoundSummary; timedOut: boolean; unsaved: SaveFailure | null } | null>(null);
  /** What "Another round" repeats: the last mode started, with its topic or timer. */
  const again = useRef<() => void>(() => undefined);
  const [presenting, setPresenting] = useState<Question | null>(null);
  const [asked, setAsked] = useState<ReadonlySet<string>>(new Set());
  const [loadError, setLoadError] = useState(false);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
    idle(() => void loadBank().catch(() => undefined));
  }, []);

  const topicOf = useCallback((id: string) => index.find((q) => q.id === id)?.topic ?? '', [index]);
  const topicLabel = useCallback((id: string) => topics.find((t) => t.id === id)?.label ?? id, [topics]);
  const byTopic = useMemo(() => topics.map((t) => ({ topic: t.id, questionIds: index.filter((q) => q.topic === t.id).map((q) => q.id) })), [topics, index]);
  const mastery = masteryByTopic(byTopic, progress.records, at);
  const toReview = index.filter((q) => isMistake(progress.records[q.id]) || (progress.records[q.id] && isDue(progress.records[q.id], at))).length;

  const begin = async (mode: Session['mode'], title: string, ids: string[], deadline?: number, repeat?: () => void) => {
    if (ids.length === 0) {
      setResult(null);
      return;
    }
    try {
      setBank(await loadBank());
    } catch {
      bankPromise = undefined;
      setLoadError(true);
      return;
    }
    setLoadError(false);
    setResult(null);
    setSession({ mode, title, ids, index: 0, answers: [], deadline });
    if (repeat) again.current = repeat;
  };

  const practice = (topic: string) => {
    void begin('practice', `Practice: ${topicLabel(topic)}`, roundIds('practice', index, progress.records, { topic, asked }), undefined, () => practice(topic));
  };
  const drill = (timed: boolean) => {
    void begin('drill', 'Mock-interview drill', roundIds('drill', index, progress.records, {}), timed ? deadlineIn(DRILL_MINUTES) : undefined, () => drill(timed));
  };
  const review = () => {
    void begin('review', 'Review of mistakes', roundIds('review', index, progress.records, {}), undefined, review);
  };

  const onAnswer = (question: Question, grade: Grade) => {
    recordAnswer(question.id, grade.correct);
    setAsked((a) => new Set(a).add(question.id));
    setSession((s) => (s ? { ...s, answers: [...s.answers.filter((a) => a.id !== question.id), { id: question.id, correct: grade.correct }] } : s));
  };

  const finish = () => {
    if (!session) return;
    const summary = summariseRound(session.ids, session.answers, topicOf);
    const unsaved = session.mode === 'drill' ? recordDrill(drillRecordOf(summary, Date.now())) : null;
    setResult({ title: session.title, summary, timedOut: session.deadline !== undefined && Date.now() >= session.deadline, unsaved });
    setSession(null);
  };

  return (
    <SimulatorQuestionsProvider views={simulatorQuestions}>
      <div data-testid="quiz-app" data-loaded={loaded}>
        <StorageWarning />
        {notice ? <StorageNotice notice={notice} onDismiss={dismissNotice} testId="quiz-storage-notice" /> : null}
        {loadError ? <p role="alert">The questions could not be loaded. Check your connection and try again.</p> : null}
        {session && bank ? (
          <RoundView
            session={session}
            questions={bank}
            topicLabel={topicLabel}
            sectionTitles={sectionTitles}
            onAnswer={onAnswer}
            onNext={() => setSession((s) => (s ? { ...s, index: Math.min(s.index + 1, s.ids.length - 1) } : s))}
            onFinish={finish}
            onPresent={setPresenting}
            saveFailure={saveFailure}
          />
        ) : result && bank ? (
          <>
            <SaveFailed failure={result.unsaved} what="Your drill result" />
            <RoundResult
              title={result.title}
              summary={result.summary}
              questions={bank}
              topicLabel={topicLabel}
              sectionTitles={sectionTitles}
              timedOut={result.timedOut}
              onDone={() => setResult(null)}
              onAgain={() => again.current()}
            />
          </>
        ) : (
          <QuizHome
            topics={topics}
            mastery={mastery}
            loaded={loaded}
            toReview={toReview}
            hasProgress={Object.keys(progress.records).length > 0 || progress.drills.length > 0}
            onPractice={practice}
            onDrill={drill}
            onReview={review}
            onReset={() => {
              reset();
              dismissNotice();
            }}
          />
        )}
        {presenting ? <PresenterView question={presenting} onClose={() => setPresenting(null)} /> : null}
      </div>
    </SimulatorQuestionsProvider>
  );
}
