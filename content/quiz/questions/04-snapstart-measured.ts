import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

/** Lesson 4: what SnapStart's measurements say (issue 13 corrected "about 200 ms"). */
export const snapStartMeasuredQuestions: Question[] = [
  {
    id: 'cs-snapstart-hello-world',
    kind: 'single',
    topic: 'cold-starts',
    difficulty: 'expert',
    lesson: { lesson: 'cold-starts', section: 'snapstart' },
    prompt: 'A team turns on SnapStart for a tiny Java 21 function with no framework, expecting faster cold starts. The cold starts get slower. What explains it?',
    options: [
      {
        id: 'fixed-cost',
        text: 'Restoring a snapshot has a cost of its own; it beats a heavy INIT but loses to one that has almost nothing to do.',
        correct: true,
        explanation: `Right. Hello-world Java 21 restores measured ${fact('coldStart.snapStartHelloWorld2025')} through 2025, more than the plain JVM's tiny INIT. SnapStart pays when INIT is heavy, such as a framework that boots for seconds.`,
      },
      {
        id: 'misconfigured',
        text: `SnapStart must be misconfigured: AWS guarantees restores of ${fact('coldStart.snapStartRestore')}.`,
        correct: false,
        explanation: 'AWS describes start-ups "as low as sub-second" and publishes no restore time; a promise of what is possible is not a guarantee for every function.',
      },
      {
        id: 'python-faster',
        text: 'SnapStart restores are about 200 ms for every runtime, so something else slowed the function down.',
        correct: false,
        explanation: 'No public measurement supports a single restore time, and none at all exists for Python or .NET; the only dated hello-world Java figures are far above 200 ms.',
      },
      {
        id: 'no-java',
        text: 'SnapStart no longer supports Java since Python and .NET were added.',
        correct: false,
        explanation: 'Java was SnapStart\'s first runtime and is still supported; Python 3.12+ and .NET 8+ were added in November 2024.',
      },
    ],
  },
];
