import styles from './Diagram.module.css';

const PANEL_W = 250;
const panelX = (i: number) => 5 + i * 258;

/** A database drawn as a cylinder whose top ellipse is centred on (cx, top). */
function Cylinder({ cx, top, w, h, className }: { cx: number; top: number; w: number; h: number; className: string | undefined }) {
  const rx = w / 2;
  const ry = 9;
  const left = cx - rx;
  return (
    <g>
      <path d={`M${left} ${top} V${top + h} A${rx} ${ry} 0 0 0 ${left + w} ${top + h} V${top}`} className={className} />
      <ellipse cx={cx} cy={top} rx={rx} ry={ry} className={className} />
    </g>
  );
}

/**
 * Lesson 9's three ways for functions to reach data, side by side: every copy straight to a
 * relational database; writes buffered through a queue; and managed services first.
 */
export function DataAccessPatternsDiagram() {
  const p = 'data-patterns';
  const a = panelX(0);
  const b = panelX(1);
  const c = panelX(2);
  const directCopies = Array.from({ length: 8 }, (_, i) => ({ x: a + 30 + (i % 4) * 52, y: i < 4 ? 62 : 106 }));
  const apiCopies = Array.from({ length: 4 }, (_, i) => ({ x: b + 30 + i * 52, y: 62 }));
  const consumers = [b + 78, b + 142];
  return (
    <svg viewBox="0 0 780 390" role="img" aria-labelledby={`${p}-title ${p}-desc`} className={styles.diagram}>
      <title id={`${p}-title`}>Three ways for functions to reach their data</title>
      <desc id={`${p}-desc`}>
        Three panels side by side. Panel 1, direct to the database: eight copies of a function each draw their own connection lines to one
        relational database, which is outlined heavily and labelled with too many connections; the pattern is simple but a spike in
        concurrency exhausts the database&apos;s connection limit. Panel 2, queue-buffered writes: four copies of an API function each put a
        message on a queue; below the queue, two consumer copies with capped concurrency take messages off and write to the database at a
        steady rate, so the queue absorbs the spike. Panel 3, managed service first: a file lands in S3, the storage event invokes a
        function, and the function writes to DynamoDB in on-demand mode and starts a Step Functions workflow, so services that scale per
        request carry the load and there is no connection pool to manage.
      </desc>
      <defs>
        <marker id={`${p}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>

      {[a, b, c].map((x) => (
        <rect key={x} x={x} y="4" width={PANEL_W} height="382" rx="10" className={styles.dataPatternsPanel} />
      ))}

      {/* 1. Direct */}
      <text x={a + 12} y="26" className={styles.dataPatternsTitle}>1 · Direct to the database</text>
      <text x={a + 12} y="44" className={styles.dataPatternsSmall}>each copy holds its own connections</text>
      {directCopies.map((d, i) => (
        <g key={i}>
          <line x1={d.x + 12} y1={d.y + 30} x2={a + 112 + (i % 4) * 8} y2="246" className={styles.dataPatternsConn} />
          <line x1={d.x + 20} y1={d.y + 30} x2={a + 118 + (i % 4) * 8} y2="246" className={styles.dataPatternsConn} />
          <rect x={d.x} y={d.y} width="32" height="30" rx="5" className={styles.dataPatternsFn} />
        </g>
      ))}
      <Cylinder cx={a + 125} top={250} w={160} h={52} className={styles.dataPatternsStrained} />
      <text x={a + 125} y="280" textAnchor="middle" className={styles.dataPatternsTitle}>Relational DB</text>
      <text x={a + 125} y="296" textAnchor="middle" className={styles.dataPatternsWarn}>too many connections</text>
      <text x={a + 12} y="334" className={styles.dataPatternsSmall}>Simple, but concurrency becomes</text>
      <text x={a + 12} y="351" className={styles.dataPatternsSmall}>connections: a spike can exhaust</text>
      <text x={a + 12} y="368" className={styles.dataPatternsSmall}>the database&apos;s connection limit.</text>

      {/* 2. Queue-buffered */}
      <text x={b + 12} y="26" className={styles.dataPatternsTitle}>2 · Queue-buffered writes</text>
      <text x={b + 12} y="44" className={styles.dataPatternsSmall}>accept fast, write at a steady pace</text>
      {apiCopies.map((d, i) => (
        <g key={i}>
          <rect x={d.x} y={d.y} width="32" height="30" rx="5" className={styles.dataPatternsFn} />
          <line x1={d.x + 16} y1={d.y + 30} x2={d.x + 16} y2="114" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
        </g>
      ))}
      <rect x={b + 25} y="116" width="200" height="36" rx="6" className={styles.dataPatternsQueue} />
      {[1, 2, 3, 4, 5, 6, 7].map((k) => (
        <line key={k} x1={b + 25 + k * 25} y1="116" x2={b + 25 + k * 25} y2="152" className={styles.dataPatternsQueueSlot} />
      ))}
      <text x={b + 125} y="170" textAnchor="middle" className={styles.dataPatternsSmall}>queue (SQS) absorbs the spike</text>
      {consumers.map((x) => (
        <g key={x}>
          <line x1={x + 16} y1="152" x2={x + 16} y2="182" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
          <rect x={x} y="184" width="32" height="30" rx="5" className={styles.dataPatternsFn} />
          <line x1={x + 16} y1="214" x2={x + 16} y2="246" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
        </g>
      ))}
      <text x={b + 186} y="196" className={styles.dataPatternsSmall}>capped</text>
      <text x={b + 186} y="211" className={styles.dataPatternsSmall}>consumers</text>
      <Cylinder cx={b + 125} top={250} w={130} h={52} className={styles.dataPatternsStore} />
      <text x={b + 125} y="286" textAnchor="middle" className={styles.dataPatternsTitle}>Relational DB</text>
      <text x={b + 12} y="334" className={styles.dataPatternsSmall}>Smooths bursts and protects the</text>
      <text x={b + 12} y="351" className={styles.dataPatternsSmall}>database; the caller gets an</text>
      <text x={b + 12} y="368" className={styles.dataPatternsSmall}>acknowledgement, not the result.</text>

      {/* 3. Managed service first */}
      <text x={c + 12} y="26" className={styles.dataPatternsTitle}>3 · Managed service first</text>
      <text x={c + 12} y="44" className={styles.dataPatternsSmall}>services that scale per request</text>
      <rect x={c + 65} y="60" width="120" height="38" rx="6" className={styles.dataPatternsStore} />
      <text x={c + 125} y="84" textAnchor="middle" className={styles.dataPatternsTitle}>S3 upload</text>
      <line x1={c + 125} y1="98" x2={c + 125} y2="134" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
      <text x={c + 133} y="121" className={styles.dataPatternsSmall}>object-created event</text>
      <rect x={c + 105} y="136" width="40" height="34" rx="5" className={styles.dataPatternsFn} />
      <text x={c + 153} y="158" className={styles.dataPatternsSmall}>function</text>
      <line x1={c + 115} y1="170" x2={c + 72} y2="238" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
      <line x1={c + 135} y1="170" x2={c + 180} y2="238" className={styles.arrow} markerEnd={`url(#${p}-arrow)`} />
      <Cylinder cx={c + 66} top={250} w={100} h={50} className={styles.dataPatternsStore} />
      <text x={c + 66} y="280" textAnchor="middle" className={styles.dataPatternsTitle}>DynamoDB</text>
      <text x={c + 66} y="295" textAnchor="middle" className={styles.dataPatternsSmall}>on-demand</text>
      <rect x={c + 132} y="242" width="108" height="58" rx="6" className={styles.dataPatternsStore} />
      <text x={c + 186} y="266" textAnchor="middle" className={styles.dataPatternsTitle}>Step</text>
      <text x={c + 186} y="283" textAnchor="middle" className={styles.dataPatternsTitle}>Functions</text>
      <text x={c + 12} y="334" className={styles.dataPatternsSmall}>Fits file processing, analytics</text>
      <text x={c + 12} y="351" className={styles.dataPatternsSmall}>and async workflows: no pool to</text>
      <text x={c + 12} y="368" className={styles.dataPatternsSmall}>size, scaling matches the functions.</text>
    </svg>
  );
}
