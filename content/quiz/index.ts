import type { Question } from '@/lib/quiz/types';
import { whatIsServerlessQuestions } from './questions/01-what-is-serverless';
import { executionModelQuestions } from './questions/02-execution-model';
import { computeModelQuestions } from './questions/02-compute-models';
import { eventsQuestions } from './questions/03-events-and-invocation';
import { messagingQuestions } from './questions/03-messaging';
import { coldStartQuestions } from './questions/04-cold-starts';
import { snapStartMeasuredQuestions } from './questions/04-snapstart-measured';
import { concurrencyQuestions } from './questions/05-concurrency-and-scaling';
import { sqsCeilingQuestions } from './questions/05-sqs-ceiling';
import { limitsQuestions } from './questions/06-limits-and-constraints';
import { longerWorkQuestions } from './questions/06-longer-work';
import { costQuestions } from './questions/07-cost-model';
import { commitmentQuestions } from './questions/07-commitments-and-lines';
import { workflowQuestions } from './questions/08-workflows-and-failures';
import { eventSourceQuestions } from './questions/08-event-sources-and-callbacks';
import { dataQuestions } from './questions/09-data';
import { observabilityQuestions } from './questions/10-observability';
import { deliveryQuestions } from './questions/11-building-and-deploying';
import { architectureQuestions } from './questions/12-architectures-and-anti-patterns';
import { whereLambdaAnswersQuestions } from './questions/12-compute-models';
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
  ...computeModelQuestions,
  ...eventsQuestions,
  ...messagingQuestions,
  ...coldStartQuestions,
  ...snapStartMeasuredQuestions,
  ...concurrencyQuestions,
  ...sqsCeilingQuestions,
  ...limitsQuestions,
  ...longerWorkQuestions,
  ...costQuestions,
  ...commitmentQuestions,
  ...workflowQuestions,
  ...eventSourceQuestions,
  ...dataQuestions,
  ...observabilityQuestions,
  ...deliveryQuestions,
  ...architectureQuestions,
  ...frontDoorQuestions,
  ...acrossServicesQuestions,
  ...whereLambdaAnswersQuestions,
  ...interviewQuestions,
];
