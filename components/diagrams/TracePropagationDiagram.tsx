import styles from './Diagram.module.css';

const nodes = [
  { name: 'API Gateway', note: 'HTTP entry', queue: false },
  { name: 'orders-api', note: 'function', queue: false },
  { name: 'SQS queue', note: 'async hop', queue: true },
  { name: 'fulfil-order', note: 'function', queue: false },
  { name: 'Database', note: 'downstream', queue: false },
];
const carriers = [
  ['HTTP header', 'traceparent'],
  ['message attribute', 'set by the sender'],
  ['read from the record', 'by the consumer'],
  ['client span for', 'the query'],
];
const spans = [
  { label: 'API Gateway', from: 0, to: 0.36, wait: false },
  { label: 'orders-api', from: 0.03, to: 0.33, wait: false },
  { label: 'send message', from: 0.24, to: 0.31, wait: false },
  { label: 'waiting in queue', from: 0.33, to: 0.55, wait: true },
  { label: 'fulfil-order', from: 0.55, to: 0.94, wait: false },
  { label: 'DB query', from: 0.66, to: 0.8, wait: false },
];

/**
 * One request followed across an API, a function, a queue, a second function and a database,
 * with the W3C traceparent value carried at every hop and the spans it produces on one timeline.
 */
export function TracePropagationDiagram() {
  const p = 'trace-prop';
  const nodeW = 104;
  const nodeX = (i: number) => 8 + i * 154;
  const timeX = (f: number) => 170 + f * 570;
  const segmentList = [
    { text: '00', label: 'version', w: 50 },
    { text: '5e1f0c3a…2d9e7a14', label: 'trace id: same at every hop', w: 230 },
    { text: '3c9a41f0…7e2b8d56', label: 'parent span id: new at each hop', w: 210 },
    { text: '01', label: 'flags: sampled', w: 70 },
  ];
  const segments = segmentList.map((seg, i) => ({
    ...seg,
    x: 130 + segmentList.slice(0, i).reduce((sum, prev) => sum + prev.w + 8, 0),
  }));
  return (
    <svg viewBox="0 0 760 400" role="img" aria-labelledby={`${p}-title ${p}-desc`} className={styles.diagram}>
      <title id={`${p}-title`}>A trace carried across API Gateway, two functions, a queue and a database</title>
      <desc id={`${p}-desc`}>
        Top row: a request flows from API Gateway to the orders-api function, which puts a message on an SQS queue; the fulfil-order function
        consumes it and queries the database. Under each hop is how the trace context travels: as the traceparent HTTP header into orders-api,
        as a message attribute set by the sender, read back from the queue record by the consumer, and as a client span for the database
        query. Middle row: the traceparent value split into its four parts: version 00, a 32-character trace id that stays the same at every
        hop, a 16-character parent span id that is new at each hop, and flags 01 meaning sampled. Bottom: the resulting trace as a timeline.
        The API Gateway span contains the orders-api span, which contains a short send-message span. A dashed gap shows the time the message
        waits in the queue. Then the fulfil-order span runs, containing the database query span. All six share one trace id.
      </desc>
      <defs>
        <marker id={`${p}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>

      {/* Hops */}
      {nodes.map((node, i) => (
        <g key={node.name}>
          <rect x={nodeX(i)} y="14" width={nodeW} height="50" rx="8" className={node.queue ? styles.traceQueue : styles.traceNode} />
          <text x={nodeX(i) + nodeW / 2} y="36" textAnchor="middle" className={styles.traceName}>{node.name}</text>
          <text x={nodeX(i) + nodeW / 2} y="54" textAnchor="middle" className={styles.traceSmall}>{node.note}</text>
          {i < nodes.length - 1 && (
            <line x1={nodeX(i) + nodeW} y1="39" x2={nodeX(i + 1) - 4} y2="39" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
          )}
        </g>
      ))}
      {carriers.map(([a, b], i) => {
        const mid = nodeX(i) + nodeW + 25;
        return (
          <g key={a}>
            <line x1={mid} y1="42" x2={mid} y2="80" className={styles.traceAxis} />
            <rect x={mid - 68} y="80" width="136" height="40" rx="5" className={styles.traceTag} />
            <text x={mid} y="96" textAnchor="middle" className={styles.traceSmall}>{a}</text>
            <text x={mid} y="112" textAnchor="middle" className={styles.traceSmall}>{b}</text>
          </g>
        );
      })}

      {/* The traceparent value */}
      <text x="10" y="160" className={styles.traceCode}>traceparent:</text>
      {segments.map((s) => (
        <g key={s.label}>
          <rect x={s.x} y="143" width={s.w} height="26" rx="4" className={styles.traceTag} />
          <text x={s.x + s.w / 2} y="160" textAnchor="middle" className={styles.traceCode}>{s.text}</text>
          <text x={s.x + s.w / 2} y="186" textAnchor="middle" className={styles.traceSmall}>{s.label}</text>
        </g>
      ))}

      {/* Timeline of spans */}
      <text x="10" y="222" className={styles.traceName}>The trace: one id, six spans</text>
      <line x1={timeX(0)} y1="232" x2={timeX(1)} y2="232" className={styles.traceAxis} />
      <text x={timeX(0)} y="246" className={styles.traceSmall}>time →</text>
      {spans.map((s, i) => {
        const y = 256 + i * 22;
        return (
          <g key={s.label}>
            <text x="10" y={y + 13} className={styles.traceSmall}>{s.label}</text>
            <rect
              x={timeX(s.from)}
              y={y}
              width={timeX(s.to) - timeX(s.from)}
              height="16"
              rx="3"
              className={s.wait ? styles.traceWait : styles.traceSpan}
            />
          </g>
        );
      })}
    </svg>
  );
}
