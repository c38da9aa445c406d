import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

/** Lesson 6: work longer than an Event Function's limit, now that Lambda has three models (issue 13). */
export const longerWorkQuestions: Question[] = [
  {
    id: 'limits-forty-minute-models',
    kind: 'single',
    topic: 'limits-and-constraints',
    difficulty: 'expert',
    lesson: { lesson: 'limits-and-constraints', section: 'work-longer-than-one-invocation' },
    prompt: 'An indivisible 40-minute computation is started by a message on an SQS queue. The team already runs a steady API on Lambda Managed Instances and wants to stay on Lambda. Which option works?',
    options: [
      {
        id: 'managed',
        text: `A Managed Instances function triggered by the queue: from an event source mapping it may run for up to ${fact('managedInstances.asyncTimeout')}.`,
        correct: true,
        explanation: 'Right. Managed Instances stretch asynchronous and queue-driven invocations past fifteen minutes. Set the queue\'s visibility timeout above the function timeout, and count the instance floor they already pay for.',
      },
      {
        id: 'event-function',
        text: 'An Event Function with its timeout raised to 40 minutes through a quota request.',
        correct: false,
        explanation: `An Event Function's ${fact('lambda.maxTimeout')} is a fixed limit, not a quota; no request raises it.`,
      },
      {
        id: 'sync-api',
        text: 'A Managed Instances function called synchronously through API Gateway, which waits for the result.',
        correct: false,
        explanation: `Synchronous invocations stay capped at ${fact('lambda.maxTimeout')} even on Managed Instances, and the gateway gives up long before, at most ${fact('apiGateway.restTimeoutMax')} even after a quota increase.`,
      },
      {
        id: 'microvm-scale',
        text: 'Lambda MicroVMs, which scale automatically with the queue\'s depth.',
        correct: false,
        explanation: 'A MicroVM could run that long, but nothing scales MicroVMs from a queue: your own control plane starts one per tenant or job. For queue-driven batch work, Managed Instances or a container task fit better.',
      },
    ],
  },
];
