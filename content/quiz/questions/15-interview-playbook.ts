import type { Question } from '@/lib/quiz/types';
import { fact } from '../fact';

const lesson = 'interview-playbook';
const topic = 'interview-playbook';

export const interviewQuestions: Question[] = [
  {
    id: 'int-pipeline-order',
    kind: 'ordering',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'the-reference-pipeline' },
    prompt: 'Put the steps of the reference image-upload pipeline in order, from the user’s tap to the photo being ready.',
    items: [
      { id: 'presign', text: 'A small function returns a presigned POST for one object key', explanation: 'The bytes never pass through a function: the client uploads straight to a private bucket, within a size limit the policy enforces.' },
      { id: 'upload', text: 'The client uploads the photo straight to the private incoming bucket', explanation: 'No compute is billed while a slow phone uploads, and the file is treated as untrusted from here on.' },
      { id: 'event', text: 'S3 sends an ObjectCreated event to an SQS queue', explanation: 'The queue buffers spikes, allows a capped consumer and retries failures, with a dead-letter queue behind it.' },
      { id: 'validate', text: 'A function validates the real file: format from its first bytes, size, dimensions', explanation: 'Cheap checks reject bad or hostile files early; a failed check is a business outcome, not a retry.' },
      { id: 'scan', text: 'Malware scanning: clean files are copied to the clean bucket, infected ones quarantined', explanation: 'Nothing from the incoming bucket is published before it is scanned.' },
      { id: 'parallel', text: 'A workflow makes thumbnails and extracts metadata in parallel', explanation: 'The two jobs are independent, so a Parallel state (or a fan-out of events) runs them side by side.' },
      { id: 'ready', text: 'The status record moves to READY and the app, polling, shows the photo', explanation: 'Conditional updates keep the status moving forward only; the app polls until it sees a final state.' },
    ],
  },
  {
    id: 'int-presigned-post',
    kind: 'single',
    topic,
    difficulty: 'expert',
    lesson: { lesson, section: 'practice-a-serverless-image-upload-pipeline' },
    prompt: 'Why does the reference pipeline use a presigned POST rather than sending the photo through API Gateway to a function?',
    options: [
      {
        id: 'limits',
        text: `A function’s synchronous payload is capped at ${fact('lambda.syncPayload')} and would bill while a slow phone uploads; a presigned POST lets the client upload to S3 directly, and its policy can enforce a size range.`,
        correct: true,
        explanation: 'Right. A presigned PUT cannot cap the size, which is why the POST form is chosen; the cost is that the bytes are not inspected on the way in, so every later step treats them as untrusted.',
      },
      {
        id: 'security',
        text: 'Because S3 scans uploads for malware automatically.',
        correct: false,
        explanation: 'S3 does not scan uploads by itself; the pipeline adds a scanning step (for example GuardDuty Malware Protection for S3) before publishing anything.',
      },
      {
        id: 'cheaper-storage',
        text: 'Because objects uploaded with a presigned URL are stored more cheaply.',
        correct: false,
        explanation: 'Storage costs the same however the object arrived; the savings are in compute and in not hitting payload limits.',
      },
      {
        id: 'faster-cold',
        text: 'Because it avoids cold starts entirely.',
        correct: false,
        explanation: 'A small function still runs to create the presigned form; the point is that the image bytes skip the function, not that no function runs.',
      },
    ],
  },
  {
    id: 'int-idempotency-key',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'practice-a-serverless-image-upload-pipeline' },
    prompt: 'In the upload pipeline, the same S3 event arrives twice. What idempotency key stops double processing without blocking a genuine re-upload?',
    options: [
      {
        id: 'version',
        text: 'The bucket, the object key and the object version id, claimed with a conditional write.',
        correct: true,
        explanation: 'Right. With versioning on, that triple names one exact upload; replacing a photo creates a new version and so, correctly, a new key.',
      },
      {
        id: 'key-only',
        text: 'The object key alone.',
        correct: false,
        explanation: 'A user replacing a photo at the same key would be skipped as a duplicate; the version id tells the two uploads apart.',
      },
      {
        id: 'message-id',
        text: 'The SQS message id.',
        correct: false,
        explanation: 'If S3 delivers the same event twice, the two messages have different ids; the key must name the upload, not the delivery.',
      },
      {
        id: 'timestamp',
        text: 'The time the event arrived.',
        correct: false,
        explanation: 'A duplicate delivery arrives at a different time, so a timestamp key would let it through.',
      },
    ],
  },
  {
    id: 'int-four-beats',
    kind: 'ordering',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'follow-up-with-the-limits' },
    prompt: 'Put the four beats of a strong answer about a design choice in order.',
    items: [
      { id: 'claim', text: 'The claim: "functions for the upload processing"', explanation: 'Start with the decision, for one component, not a slogan for the whole system.' },
      { id: 'reason', text: 'The reason: "it is event-driven and bursty"', explanation: 'Tie the choice to the requirement so it does not sound like taste.' },
      { id: 'limit', text: 'The limit: "each step must finish within 15 minutes, and cold starts add latency"', explanation: 'Raise the trade-off yourself before the interviewer does.' },
      { id: 'escape', text: 'The escape hatch: "a step that ran long would move to a Fargate task"', explanation: 'Say what you would do if the limit bites; it answers the follow-up before it is asked.' },
    ],
  },
  {
    id: 'int-weak-strong',
    kind: 'single',
    topic,
    difficulty: 'applied',
    lesson: { lesson, section: 'defending-a-choice' },
    prompt: 'An interviewer asks whether your serverless API will cope with growth. Which answer is strongest?',
    options: [
      {
        id: 'strong',
        text: '"It scales per event up to the account’s concurrency limit; at 200 uploads a second and 2 s each that is about 400 environments, under the default, and I cap the consumer to protect the database."',
        correct: true,
        explanation: 'Right. It ties the claim to a number from Little’s law, names the limit and says how the downstream system is protected.',
      },
      {
        id: 'infinite',
        text: '"Serverless scales infinitely, so growth is not a concern."',
        correct: false,
        explanation: 'There are account limits, a scaling rate and downstream systems; "infinitely" is the claim interviewers wait to correct.',
      },
      {
        id: 'cheaper',
        text: '"It is cheaper, so we can afford any growth."',
        correct: false,
        explanation: 'Cost answers a different question, and at steady high throughput serverless is not cheaper; say at what traffic you would compare.',
      },
      {
        id: 'retry',
        text: '"If anything fails we will retry."',
        correct: false,
        explanation: 'Retries without idempotency create duplicates, and retries against a saturated database make it worse.',
      },
    ],
  },
  {
    id: 'int-when-to-propose',
    kind: 'multi',
    topic,
    difficulty: 'foundation',
    lesson: { lesson, section: 'when-to-bring-serverless-up' },
    prompt: 'Which signals in a system-design problem are good reasons to propose serverless for a component? Select all that apply.',
    options: [
      { id: 'events', text: 'Work that starts because something happened: an upload, a message, a webhook, a schedule', correct: true, explanation: 'Event-driven work is shaped like a function: triggered, bounded, independent.' },
      { id: 'spiky', text: 'Spiky or unpredictable traffic', correct: true, explanation: 'Paying per request beats sizing a fleet for a peak nobody can forecast.' },
      { id: 'ops', text: 'A small team that wants to minimise operations', correct: true, explanation: 'Handing patching and capacity to the provider is worth real constraints when nobody is on call for servers.' },
      { id: 'latency', text: 'A hot path that must answer in single-digit milliseconds every time', correct: false, explanation: 'Cold starts and platform overhead make that impossible to promise; long-running processes close to the data suit it.' },
      { id: 'gpu', text: 'A job that needs GPUs for hours', correct: false, explanation: 'No GPUs and a 15-minute limit: this is a container or instance workload.' },
    ],
  },
];
