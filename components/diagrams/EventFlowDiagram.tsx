import styles from './Diagram.module.css';

const sources = ['HTTP request (API Gateway)', 'Queue or stream message', 'File stored (S3)', 'Schedule (cron)', 'Database change'];
const targets = ['Database', 'Another API', 'Object storage', 'HTTP response'];

/**
 * Event sources on the left invoke copies of a function on the platform in the middle, which
 * write to what sits downstream on the right. Drawn as SVG with a text alternative.
 */
export function EventFlowDiagram() {
  const rowY = (i: number) => 40 + i * 46;
  return (
    <svg viewBox="0 0 760 290" role="img" aria-labelledby="event-flow-title event-flow-desc" className={styles.diagram}>
      <title id="event-flow-title">Event sources, the function platform, and what lies downstream</title>
      <desc id="event-flow-desc">
        Five kinds of event source (an HTTP request through API Gateway, a queue or stream message, a file stored in S3, a schedule, and a
        database change) each invoke the function platform. The platform runs as many copies of the function as there are events in flight and
        bills per millisecond of work. The function copies write to a database, call another API, store objects, or return an HTTP response.
      </desc>
      <text x="10" y="18" className={styles.heading}>Event sources</text>
      {sources.map((s, i) => (
        <g key={s}>
          <rect x="10" y={rowY(i) - 18} width="210" height="34" rx="6" className={styles.box} />
          <text x="22" y={rowY(i) + 4} className={styles.label}>{s}</text>
          <line x1="220" y1={rowY(i)} x2="292" y2="145" className={styles.arrow} markerEnd="url(#event-flow-arrow)" />
        </g>
      ))}
      <text x="300" y="18" className={styles.heading}>Function platform</text>
      <rect x="300" y="60" width="190" height="170" rx="10" className={styles.platform} />
      {[0, 1, 2].map((i) => (
        <rect key={i} x={318 + i * 56} y="88" width="44" height="44" rx="6" className={styles.instance} />
      ))}
      <text x="395" y="160" textAnchor="middle" className={styles.label}>one copy per event</text>
      <text x="395" y="182" textAnchor="middle" className={styles.label}>in flight, added and</text>
      <text x="395" y="204" textAnchor="middle" className={styles.label}>removed automatically</text>
      <text x="548" y="18" className={styles.heading}>Downstream</text>
      {targets.map((t, i) => (
        <g key={t}>
          <line x1="490" y1="145" x2="544" y2={rowY(i) + 20} className={styles.arrow} markerEnd="url(#event-flow-arrow)" />
          <rect x="548" y={rowY(i)} width="200" height="34" rx="6" className={styles.box} />
          <text x="560" y={rowY(i) + 22} className={styles.label}>{t}</text>
        </g>
      ))}
      <defs>
        <marker id="event-flow-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>
    </svg>
  );
}
