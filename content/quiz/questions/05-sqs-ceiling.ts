import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

/** Lesson 5: the SQS event source's ceiling, corrected to 1,250 concurrent invocations (issue 13). */
export const sqsCeilingQuestions: Question[] = [
  {
    id: 'scale-sqs-ceiling',
    kind: 'single',
    topic: 'concurrency-and-scaling',
    difficulty: 'applied',
    lesson: { lesson: 'concurrency-and-scaling', section: 'scaling-from-a-queue' },
    prompt: 'An account\'s concurrency limit has been raised to 5,000. A standard SQS queue with a backlog of millions of messages feeds one function, with no maximum concurrency set. Roughly how many invocations does its event source mapping run at once, once fully ramped up?',
    options: [
      {
        id: 'ceiling',
        text: `About ${fact('sqsScaling.maxBatches')}, the mapping's own default ceiling, unless AWS support raises it.`,
        correct: true,
        explanation: `Right. The mapping starts with ${fact('sqsScaling.initialBatches')} batches, adds ${fact('sqsScaling.scaleUpPerMinute')}, and stops at its own ceiling even when the account allows more.`,
      },
      {
        id: 'account',
        text: 'About 5,000: the mapping grows until the account limit stops it.',
        correct: false,
        explanation: 'The account limit caps it only when it is lower than the mapping\'s own ceiling; a raised account limit does not raise the mapping\'s.',
      },
      {
        id: 'thousand',
        text: 'Exactly 1,000 batches, the figure in the SQS scaling documentation.',
        correct: false,
        explanation: `Older copies of the page said 1,000 batches; the guide now gives ${fact('sqsScaling.maxBatches')} concurrent invocations per mapping by default.`,
      },
      {
        id: 'backlog',
        text: 'One per message in the backlog, millions at once.',
        correct: false,
        explanation: 'Pollers ramp up gradually and batch messages; the queue holds the backlog, which is the point of putting it there.',
      },
    ],
  },
];
