import { asyncInvocation } from '@/lib/data/lambda-limits';
import styles from './Diagram.module.css';

/**
 * What happens to an asynchronous Lambda event that keeps failing: Lambda's own queue, the first
 * attempt and the retries, then an on-failure destination (or an older-style dead-letter queue),
 * and finally a person or a tool that inspects the failed events and replays them.
 */
export function AsyncFailureDiagram() {
  const p = 'async-failure';
  const [firstWait = 60, secondWait = 120] = asyncInvocation.retryWaitsSeconds.value.map((s) => s / 60);
  const maxAge = asyncInvocation.maxEventAgeDefaultSeconds.value / 3600;
  const attempts = [
    { x: 320, name: 'Attempt 1', note: 'right away' },
    { x: 460, name: 'Retry 1', note: `after ~${firstWait} min` },
    { x: 600, name: 'Retry 2', note: `after ~${secondWait} min` },
  ];
  return (
    <svg viewBox="0 0 760 340" role="img" aria-labelledby={`${p}-title ${p}-desc`} className={styles.diagram}>
      <title id={`${p}-title`}>The failure path of an asynchronous event</title>
      <desc id={`${p}-desc`}>
        An event from a source such as S3, SNS or EventBridge is placed in Lambda&apos;s internal event queue, where it can wait up to{' '}
        {maxAge} hours. Lambda runs the function once; it fails. Lambda retries about {firstWait} minute later and fails again, then about{' '}
        {secondWait} minutes after that and fails a third time. The event is then sent to an on-failure destination (an SQS queue, SNS topic,
        S3 bucket, EventBridge bus or another function), which receives the event together with the error and invocation details. A dashed
        alternative shows the older dead-letter queue, an SQS queue or SNS topic that receives only the event. From either place an engineer
        or a tool inspects the failed events, fixes the cause, and replays them into the function, shown by a dashed arrow back to the event
        queue.
      </desc>
      <defs>
        <marker id={`${p}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
        <marker id={`${p}-replay-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.asyncFailureReplayHead} />
        </marker>
      </defs>

      {/* Event source */}
      <rect x="10" y="40" width="120" height="64" rx="8" className={styles.asyncFailureStep} />
      <text x="70" y="62" textAnchor="middle" className={styles.asyncFailureName}>Event</text>
      <text x="70" y="80" textAnchor="middle" className={styles.asyncFailureSmall}>S3, SNS,</text>
      <text x="70" y="96" textAnchor="middle" className={styles.asyncFailureSmall}>EventBridge</text>
      <line x1="130" y1="72" x2="156" y2="72" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />

      {/* Lambda's internal queue */}
      <rect x="160" y="40" width="130" height="64" rx="8" className={styles.asyncFailureStep} />
      <text x="225" y="62" textAnchor="middle" className={styles.asyncFailureName}>Event queue</text>
      <text x="225" y="80" textAnchor="middle" className={styles.asyncFailureSmall}>inside Lambda,</text>
      <text x="225" y="96" textAnchor="middle" className={styles.asyncFailureSmall}>{`kept up to ${maxAge} h`}</text>
      <line x1="290" y1="72" x2="316" y2="72" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />

      {/* Attempts */}
      {attempts.map((a, i) => (
        <g key={a.name}>
          <rect x={a.x} y="40" width="110" height="64" rx="8" className={styles.asyncFailureAttempt} />
          <text x={a.x + 12} y="62" className={styles.asyncFailureName}>{a.name}</text>
          <text x={a.x + 12} y="80" className={styles.asyncFailureSmall}>{a.note}</text>
          <text x={a.x + 12} y="96" className={styles.asyncFailureSmall}>error</text>
          {/* a cross marks the failed attempt */}
          <line x1={a.x + 86} y1="82" x2={a.x + 100} y2="96" className={styles.asyncFailureCross} />
          <line x1={a.x + 100} y1="82" x2={a.x + 86} y2="96" className={styles.asyncFailureCross} />
          {i < attempts.length - 1 && (
            <line x1={a.x + 110} y1="72" x2={a.x + 136} y2="72" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
          )}
        </g>
      ))}
      <text x="495" y="26" textAnchor="middle" className={styles.asyncFailureSmall}>
        the same event, delivered again: the handler must be idempotent
      </text>

      {/* After the last retry */}
      <line x1="655" y1="104" x2="655" y2="166" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
      <text x="665" y="140" className={styles.asyncFailureSmall}>retries used up</text>
      <rect x="440" y="170" width="310" height="70" rx="8" className={styles.asyncFailureSafe} />
      <text x="455" y="192" className={styles.asyncFailureName}>On-failure destination (preferred)</text>
      <text x="455" y="211" className={styles.asyncFailureSmall}>SQS, SNS, S3, EventBridge or a function</text>
      <text x="455" y="228" className={styles.asyncFailureSmall}>gets the event plus error and context</text>

      <line x1="745" y1="240" x2="745" y2="262" className={styles.asyncFailureReplay} />
      <text x="735" y="256" textAnchor="end" className={styles.asyncFailureSmall}>or, the older way</text>
      <rect x="440" y="264" width="310" height="62" rx="8" className={styles.asyncFailureLegacy} />
      <text x="455" y="287" className={styles.asyncFailureName}>Dead-letter queue</text>
      <text x="455" y="307" className={styles.asyncFailureSmall}>an SQS queue or SNS topic; the event only</text>

      {/* Inspect and replay */}
      <line x1="440" y1="210" x2="404" y2="226" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
      <line x1="440" y1="292" x2="404" y2="262" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
      <rect x="160" y="206" width="240" height="80" rx="8" className={styles.asyncFailureStep} />
      <text x="175" y="230" className={styles.asyncFailureName}>Inspect, fix, replay</text>
      <text x="175" y="250" className={styles.asyncFailureSmall}>alarm when messages arrive,</text>
      <text x="175" y="267" className={styles.asyncFailureSmall}>fix the cause, send them again</text>
      <path d="M225 206 V108" className={styles.asyncFailureReplay} markerEnd={`url(#${p}-replay-arrow)`} />
      <text x="233" y="160" className={styles.asyncFailureSmall}>replay</text>
    </svg>
  );
}
