import type { Question } from '@/lib/quiz/types';
import { whatIsServerlessQuestions } from './questions/01-what-is-serverless';
import { executionModelQuestions } from './questions/02-execution-model';
import { eventsQuestions } from './questions/03-events-and-invocation';
import { coldStartQuestions } from './questions/04-cold-starts';

export { quizTopics, type QuizTopicId } from './topics';

/**
 * The whole question bank, in course order. Each file under questions/ holds one lesson's
 * questions. The schema (lib/quiz/schema.ts) checks it when the site builds and in the tests;
 * content/quiz/bank.test.ts also recomputes every numeric and simulator answer from lib/.
 */
export const quizBank: readonly Question[] = [
  ...whatIsServerlessQuestions,
  ...executionModelQuestions,
  ...eventsQuestions,
  ...coldStartQuestions,
];
