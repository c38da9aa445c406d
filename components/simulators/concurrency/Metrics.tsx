import { formatCount, formatDuration } from '@/lib/format';
import type { ConcurrencyResult } from '@/lib/sim/concurrency';
import styles from './Concurrency.module.css';

interface Metric {
  id: string;
  label: string;
  value: number;
  note: string;
  /** A bad outcome: marked with a symbol and a heavier border, not colour alone. */
  alert?: boolean;
}

function queueNote({ input, totals }: ConcurrencyResult): string {
  if (input.mode === 'sync') return 'Callers backing off before a retry';
  const notes = [
    totals.maxOldestAgeS >= 1 ? `The oldest waited ${formatDuration(totals.maxOldestAgeS)}` : '',
    totals.retried > 0 ? 'including failed ones hidden until their retry' : '',
    totals.stillQueued > 0 ? `${formatCount(totals.stillQueued)} still waiting at the end` : '',
  ].filter(Boolean);
  if (notes.length === 0) return 'Nothing waited long';
  const text = notes.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function metrics(result: ConcurrencyResult): Metric[] {
  const { input, totals, functionCap, requiredAtPeak } = result;
  const sqs = input.mode === 'sqs';
  const things = sqs ? 'messages' : input.mode === 'async' ? 'events' : 'requests';
  const throttleNote =
    input.mode === 'sync'
      ? `${formatCount(totals.throttled)} HTTP 429 responses, retries included; ${formatCount(totals.throttledAndDropped)} dropped after ${input.retries} retries`
      : sqs
        ? totals.throttled > 0
          ? `Messages wait instead; Lambda refused ${formatCount(totals.throttled)} invocations from the pollers`
          : 'Messages wait in the queue instead'
        : 'Events held in Lambda’s queue on arrival';
  return [
    {
      id: 'peak-concurrency',
      label: 'Peak concurrency (environments)',
      value: totals.peakConcurrency,
      note: `of ${formatCount(functionCap)} allowed; Little’s law needs ${formatCount(requiredAtPeak)} at the peak`,
    },
    { id: 'completed', label: `Completed (${things})`, value: totals.completed, note: `of ${formatCount(totals.arrivals)} that arrived` },
    { id: 'throttled', label: `Throttled (${things})`, value: totals.throttledRequests, note: throttleNote, alert: input.mode === 'sync' && totals.throttledRequests > 0 },
    {
      id: 'db-errors',
      label: 'Database errors (invocations)',
      value: totals.dbErrors,
      note:
        input.dbconn === 0
          ? 'No database in this scenario'
          : totals.dbErrors > 0
            ? `Calls that found all ${formatCount(input.dbconn)} connections taken`
            : `The ${formatCount(input.dbconn)} connections were always enough`,
      alert: totals.dbErrors > 0,
    },
    {
      id: 'dlq',
      label: `Dead-letter queue (${things})`,
      value: totals.deadLetterQueue,
      note:
        input.mode === 'sync'
          ? 'Synchronous calls have none: the caller gets the error'
          : sqs
            ? `Moved there after ${formatCount(input.maxreceive)} receives`
            : 'Out of retries, or older than the maximum event age',
      alert: totals.deadLetterQueue > 0,
    },
    {
      id: 'max-queue-depth',
      label: input.mode === 'sync' ? 'Most waiting to retry' : `Deepest queue (${things})`,
      value: totals.maxQueueDepth,
      note: queueNote(result),
    },
  ];
}

/** The result in numbers. Each value carries its test id and is exactly the text shown. */
export function Metrics({ result }: { result: ConcurrencyResult }) {
  return (
    <dl className={styles.metrics}>
      {metrics(result).map((m) => (
        <div key={m.id} className={m.alert ? styles.alert : undefined}>
          <dt>{m.label}</dt>
          <dd>
            {m.alert ? (
              <>
                <span className={styles.alertMark} aria-hidden="true">
                  ⚠{' '}
                </span>
                <span className="visually-hidden">Warning: </span>
              </>
            ) : null}
            <span data-testid={`metric-${m.id}`}>{formatCount(m.value)}</span>
          </dd>
          <dd className={styles.metricNote}>{m.note}</dd>
        </div>
      ))}
    </dl>
  );
}
