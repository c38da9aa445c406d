'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { SimulatorQuestionView } from '@/lib/quiz/simulators';

/** Question id -> what the quiz shows about that simulator question (worked out on the server from the catalog). */
export type SimulatorQuestionViews = Readonly<Record<string, SimulatorQuestionView>>;

const Views = createContext<SimulatorQuestionViews>({});

/**
 * Hands the simulator questions' words and figures to the cards, the review and presenter mode,
 * so the browser never loads the simulator catalog (and with it every model) to show a question.
 */
export function SimulatorQuestionsProvider({ views, children }: { views: SimulatorQuestionViews; children: ReactNode }) {
  return <Views.Provider value={views}>{children}</Views.Provider>;
}

export function useSimulatorQuestion(questionId: string): SimulatorQuestionView | undefined {
  return useContext(Views)[questionId];
}
