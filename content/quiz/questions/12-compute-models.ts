import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

/** Lesson 12: where serverless loses, model by model (issue 13). */
export const whereLambdaAnswersQuestions: Question[] = [
  {
    id: 'arch-losses-by-model',
    kind: 'multi',
    topic: 'architectures-and-anti-patterns',
    difficulty: 'expert',
    lesson: { lesson: 'architectures-and-anti-patterns', section: 'where-serverless-loses' },
    prompt: 'Each of these is a classic "serverless loses" case for Event Functions. For which does Lambda now offer an answer of its own (at its own price)? Select all that apply.',
    options: [
      { id: 'steady', text: 'A steady API busy all day, every day', correct: true, explanation: `Managed Instances run the same functions on EC2 instances, many requests per environment, billed as instances plus a ${fact('managedInstances.fee')} fee: a fleet's price, so compare it with containers.` },
      { id: 'sessions', text: 'Per-user sessions that keep state in memory for hours', correct: true, explanation: `A MicroVM per session keeps its memory and disk while running and suspended, for up to ${fact('microVms.maxLifetime')}; durable results still go to a database.` },
      { id: 'async-job', text: 'A 50-minute job started from a queue', correct: true, explanation: `Managed Instances allow up to ${fact('managedInstances.asyncTimeout')} for asynchronous and queue-driven invocations.` },
      { id: 'gpu', text: 'GPU inference on a large model', correct: false, explanation: 'No Lambda compute model offers GPUs; GPU instances or a managed AI service are still the answer.' },
      { id: 'p99', text: 'A synchronous path with a 20 ms p99 budget under spiky traffic', correct: false, explanation: 'Event Functions still cold-start under spikes, Managed Instances throttle a sudden doubling, and every model adds the front door\'s overhead; a long-running process near its data fits better.' },
    ],
  },
];
