import type { Difficulty, QuestionKind } from '@/lib/quiz/types';

/** What the quiz page knows about every question before the bank itself is loaded. */
export interface QuizIndexEntry {
  id: string;
  topic: string;
  difficulty: Difficulty;
  kind: QuestionKind;
}

export interface TopicInfo {
  id: string;
  label: string;
  summary: string;
}

/** Lesson section titles by "slug#section", for "read again" links ("Cold starts: SnapStart"). */
export type SectionTitles = Readonly<Record<string, string>>;

export const kindLabels: Record<QuestionKind, string> = {
  single: 'Single choice',
  multi: 'Select all that apply',
  fit: 'Fit or poor fit',
  numeric: 'Estimate',
  ordering: 'Put in order',
  simulator: 'Simulator',
};

export const difficultyLabels: Record<Difficulty, string> = {
  foundation: 'Foundation',
  applied: 'Applied',
  expert: 'Expert',
};
