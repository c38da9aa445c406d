import type { Question } from '@/lib/quiz/types';
import { whatIsServerlessQuestions } from './questions/01-what-is-serverless';
import { executionModelQuestions } from './questions/02-execution-model';
import { eventsQuestions } from './questions/03-events-and-invocation';
import { coldStartQuestions } from './questions/04-cold-starts';
import { concurrencyQuestions } from './questions/05-concurrency-and-scaling';
import { limitsQuestions } from './questions/06-limits-and-constraints';
import { costQuestions } from './questions/07-cost-model';
import { workflowQuestions } from './questions/08-workflows-and-failures';
import { dataQuestions } from './questions/09-data';
import { observabilityQuestions } from './questions/10-observability';
import { deliveryQuestions } from './questions/11-building-and-deploying';
import { architectureQuestions } from './questions/12-architectures-and-anti-patterns';
import { frontDoorQuestions } from './questions/13-front-door';
import { acrossServicesQuestions } from './questions/14-across-services-and-regions';
import { interviewQuestions } from './questions/15-interview-playbook';

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
  ...concurrencyQuestions,
  ...limitsQuestions,
  ...costQuestions,
  ...workflowQuestions,
  ...dataQuestions,
  ...observabilityQuestions,
  ...deliveryQuestions,
  ...architectureQuestions,
  ...frontDoorQuestions,
  ...acrossServicesQuestions,
  ...interviewQuestions,
];
