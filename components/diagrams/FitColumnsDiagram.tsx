import { facts } from '@/lib/data/facts';
import styles from './Diagram.module.css';

interface Item {
  title: string;
  detail: string;
}

const good: Item[] = [
  { title: 'Spiky or unpredictable traffic', detail: 'nothing to pay between bursts' },
  { title: 'Asynchronous background jobs', detail: 'image resizing, ETL steps' },
  { title: 'Webhook handlers', detail: 'Stripe, GitHub, Twilio' },
  { title: 'Scheduled jobs and pipelines', detail: 'hourly reports, nightly exports' },
  { title: 'Low-to-medium throughput APIs', detail: `under ${facts['fit.comfortableApiRps'].text}` },
  { title: 'Glue code and orchestration steps', detail: 'read, transform, write, exit' },
];

const poor: Item[] = [
  { title: 'Latency-critical synchronous paths', detail: `p99 budget under ${facts['fit.latencyCriticalP99'].text}` },
  { title: 'Long-running jobs', detail: `longer than ${facts['lambda.maxTimeout'].text}` },
  { title: 'In-process shared state', detail: 'sticky sessions, in-memory caches as truth' },
  { title: 'Very high sustained throughput', detail: `over ${facts['fit.veryHighSustainedRps'].text}` },
  { title: 'WebSockets and streaming', detail: 'long-lived, stateful connections' },
  { title: 'GPU or very large memory', detail: `no GPUs; memory above ${facts['lambda.memoryMax'].text}` },
];

const ROW_H = 50;
const TOP = 62;

/** A check mark in a circle: the "good fit" symbol. */
function Check({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <circle cx={x} cy={y} r={9} className={styles.fitColumnsGoodMark} />
      <path d={`M${x - 4.5} ${y} L${x - 1} ${y + 3.5} L${x + 5} ${y - 4}`} className={styles.fitColumnsTick} />
    </g>
  );
}

/** A cross in a square: the "poor fit" symbol. */
function Cross({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect x={x - 9} y={y - 9} width={18} height={18} rx={2} className={styles.fitColumnsPoorMark} />
      <path d={`M${x - 4} ${y - 4} L${x + 4} ${y + 4} M${x + 4} ${y - 4} L${x - 4} ${y + 4}`} className={styles.fitColumnsCross} />
    </g>
  );
}

/**
 * Good fit against poor fit, as two labelled columns. Good-fit items have solid borders and a
 * tick in a circle; poor-fit items have dashed borders and a cross in a square, so the meaning
 * never rests on colour. The thresholds are the course's rules of thumb, read from lib/data.
 */
export function FitColumnsDiagram() {
  const height = TOP + good.length * ROW_H + 14;
  const describe = (items: Item[]) => items.map((i) => `${i.title} (${i.detail})`).join('; ');
  return (
    <svg viewBox={`0 0 760 ${height}`} role="img" aria-labelledby="fit-columns-title fit-columns-desc" className={styles.diagram}>
      <title id="fit-columns-title">Where serverless functions fit well, and where they fit poorly</title>
      <desc id="fit-columns-desc">
        Two columns. The left column, headed good fit and marked with ticks, lists: {describe(good)}. The right column, headed poor fit and
        marked with crosses in dashed boxes, lists: {describe(poor)}. The thresholds are rules of thumb, not provider limits, except the
        execution timeout and the memory maximum, which are AWS Lambda limits.
      </desc>

      <Check x={22} y={26} />
      <text x={40} y={31} className={styles.heading}>
        Good fit
      </text>
      <text x={150} y={31} className={styles.fitColumnsSmall}>
        event-driven, variable, short
      </text>
      <Cross x={408} y={26} />
      <text x={426} y={31} className={styles.heading}>
        Poor fit
      </text>
      <text x={536} y={31} className={styles.fitColumnsSmall}>
        long, steady, stateful, tight
      </text>
      <line x1={380} y1={12} x2={380} y2={height - 8} className={styles.fitColumnsDivider} />

      {good.map((item, i) => (
        <g key={item.title}>
          <rect x={10} y={TOP + i * ROW_H - 20} width={356} height={42} rx="6" className={styles.fitColumnsGood} />
          <Check x={30} y={TOP + i * ROW_H + 1} />
          <text x={48} y={TOP + i * ROW_H - 2} className={styles.fitColumnsName}>
            {item.title}
          </text>
          <text x={48} y={TOP + i * ROW_H + 15} className={styles.fitColumnsSmall}>
            {item.detail}
          </text>
        </g>
      ))}

      {poor.map((item, i) => (
        <g key={item.title}>
          <rect x={394} y={TOP + i * ROW_H - 20} width={356} height={42} rx="6" className={styles.fitColumnsPoor} />
          <Cross x={414} y={TOP + i * ROW_H + 1} />
          <text x={432} y={TOP + i * ROW_H - 2} className={styles.fitColumnsName}>
            {item.title}
          </text>
          <text x={432} y={TOP + i * ROW_H + 15} className={styles.fitColumnsSmall}>
            {item.detail}
          </text>
        </g>
      ))}
    </svg>
  );
}
