import { executionFacts } from '@/lib/data/facts/execution';
import styles from './Diagram.module.css';

const retries = executionFacts['execution.asyncRetries'].text;
const W = 236;
const cols = { sync: 10, async: 262, poll: 514 };

function Box({ x, y, h = 48, lines, dashed = false }: { x: number; y: number; h?: number; lines: string[]; dashed?: boolean }) {
  return (
    <g>
      <rect x={x} y={y} width={W} height={h} rx="6" className={dashed ? styles.invocationPatternsFailure : styles.box} />
      {lines.map((line, i) => (
        <text key={line} x={x + W / 2} y={y + 20 + i * 17} textAnchor="middle" className={i === 0 ? styles.invocationPatternsStrong : styles.invocationPatternsSmall}>
          {line}
        </text>
      ))}
    </g>
  );
}

function Arrow({ x, y1, y2, dashed = false }: { x: number; y1: number; y2: number; dashed?: boolean }) {
  return (
    <line
      x1={x}
      y1={y1}
      x2={x}
      y2={y2}
      className={dashed ? styles.invocationPatternsDashed : styles.arrow}
      markerEnd="url(#invocation-patterns-arrow)"
    />
  );
}

/**
 * The three ways Lambda is invoked, side by side: synchronous, asynchronous through Lambda's own
 * queue, and poll-based from a queue or stream. Drawn as SVG with a text alternative.
 */
export function InvocationPatternsDiagram() {
  const { sync, async: asy, poll } = cols;
  return (
    <svg viewBox="0 0 760 360" role="img" aria-labelledby="invocation-patterns-title invocation-patterns-desc" className={styles.diagram}>
      <title id="invocation-patterns-title">Three invocation patterns: synchronous, asynchronous and poll-based</title>
      <desc id="invocation-patterns-desc">
        Three columns. Synchronous: a caller such as API Gateway, an Application Load Balancer or a function URL sends a request to
        the function and waits; the response, or the error, goes straight back to the caller, which decides whether to retry.
        Asynchronous: an event source such as S3, SNS or EventBridge hands the event to Lambda and is told at once that it was
        accepted; the event waits in Lambda&apos;s internal queue, which invokes the function; if the function fails, Lambda retries
        {' '}{retries} times and then sends the event to a dead-letter queue or an on-failure destination. Poll-based: Lambda runs a
        poller that reads from a queue or stream such as SQS, Kinesis or DynamoDB Streams and calls the function with a batch of
        records; the batch size is configurable and a failed batch is retried.
      </desc>

      <text x={sync} y="20" className={styles.heading}>Synchronous</text>
      <text x={asy} y="20" className={styles.heading}>Asynchronous</text>
      <text x={poll} y="20" className={styles.heading}>Poll-based</text>

      {/* Synchronous */}
      <Box x={sync} y={36} h={52} lines={['Caller', 'API Gateway, ALB, function URL']} />
      <Arrow x={sync + 80} y1={90} y2={150} />
      <Arrow x={sync + 156} y1={152} y2={92} dashed />
      <text x={sync + 72} y="124" textAnchor="end" className={styles.invocationPatternsSmall}>request</text>
      <text x={sync + 164} y="124" className={styles.invocationPatternsSmall}>response</text>
      <Box x={sync} y={152} lines={['Function', 'caller waits while it runs']} />
      <text x={sync} y="240" className={styles.label}>The caller holds the connection</text>
      <text x={sync} y="258" className={styles.label}>and gets the result or the error.</text>
      <text x={sync} y="276" className={styles.label}>Retrying is the caller&apos;s job.</text>

      {/* Asynchronous */}
      <Box x={asy} y={36} h={52} lines={['Event source', 'S3, SNS, EventBridge']} />
      <Arrow x={asy + 80} y1={90} y2={118} />
      <text x={asy + 90} y="108" className={styles.invocationPatternsSmall}>accepted at once</text>
      <rect x={asy} y="120" width={W} height="40" rx="6" className={styles.invocationPatternsQueue} />
      {[1, 2, 3, 4].map((i) => (
        <line key={i} x1={asy + W - 22 * i} y1="124" x2={asy + W - 22 * i} y2="156" className={styles.invocationPatternsQueueSlot} />
      ))}
      <text x={asy + 10} y="145" className={styles.invocationPatternsStrong}>Lambda&apos;s queue</text>
      <Arrow x={asy + 80} y1={162} y2={186} />
      <Box x={asy} y={188} h={44} lines={['Function', 'runs when the queue delivers']} />
      <Arrow x={asy + 80} y1={234} y2={268} dashed />
      <text x={asy + 90} y="256" className={styles.invocationPatternsSmall}>fails after {retries} retries</text>
      <Box x={asy} y={270} h={48} dashed lines={['Dead-letter queue', 'or on-failure destination']} />

      {/* Poll-based */}
      <Box x={poll} y={36} h={52} lines={['Queue or stream', 'SQS, Kinesis, DynamoDB Streams']} />
      <Arrow x={poll + 80} y1={150} y2={92} dashed />
      <Arrow x={poll + 156} y1={90} y2={148} />
      <text x={poll + 72} y="124" textAnchor="end" className={styles.invocationPatternsSmall}>polls</text>
      <text x={poll + 164} y="124" className={styles.invocationPatternsSmall}>records</text>
      <Box x={poll} y={150} h={44} lines={['Lambda poller', 'managed by the platform']} />
      <Arrow x={poll + 118} y1={196} y2={222} />
      <Box x={poll} y={224} h={44} lines={['Function', 'gets one batch per call']} />
      <text x={poll} y="292" className={styles.label}>Batch size is configurable;</text>
      <text x={poll} y="310" className={styles.label}>a failed batch comes back,</text>
      <text x={poll} y="328" className={styles.label}>unless you report only failures.</text>

      <defs>
        <marker id="invocation-patterns-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>
    </svg>
  );
}
