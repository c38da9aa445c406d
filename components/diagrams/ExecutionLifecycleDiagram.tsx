import styles from './Diagram.module.css';

const invokes = [
  { x: 200, label: 'INVOKE', sub: 'event 1' },
  { x: 348, label: 'INVOKE', sub: 'event 2' },
  { x: 496, label: 'INVOKE', sub: 'event N' },
];
const frozen = [294, 442];

/**
 * One Lambda execution environment over its life: INIT once, then INVOKE for event after event
 * with the environment frozen in between, then SHUTDOWN. Drawn as SVG with a text alternative.
 */
export function ExecutionLifecycleDiagram() {
  return (
    <svg
      viewBox="0 0 760 300"
      role="img"
      aria-labelledby="execution-lifecycle-title execution-lifecycle-desc"
      className={styles.diagram}
    >
      <title id="execution-lifecycle-title">The lifecycle of one execution environment: INIT, INVOKE many times, SHUTDOWN</title>
      <desc id="execution-lifecycle-desc">
        A timeline from left to right. First comes the INIT phase, which runs once per environment in three steps: extension init,
        runtime init, and function init, which is your code outside the handler. Then come INVOKE phases for event 1, event 2 and so
        on up to event N; in each the handler is called, runs the business logic and returns a response. Between invokes the
        environment is frozen, and it is thawed when the next event arrives. Last comes SHUTDOWN, when the platform reclaims an idle
        environment: shutdown hooks run and resources are cleaned up. Only the first event waits for INIT, which is the cold start;
        later events reuse the thawed environment, one event at a time.
      </desc>

      <rect x="10" y="40" width="180" height="150" rx="8" className={styles.executionLifecycleInit} />
      <text x="22" y="64" className={styles.executionLifecycleStrong}>INIT</text>
      <text x="22" y="82" className={styles.executionLifecycleSmall}>once per environment</text>
      <text x="22" y="110" className={styles.label}>1. Extension init</text>
      <text x="22" y="132" className={styles.label}>2. Runtime init</text>
      <text x="22" y="154" className={styles.label}>3. Function init:</text>
      <text x="22" y="172" className={styles.executionLifecycleSmall}>code outside the handler</text>

      {invokes.map((inv) => (
        <g key={inv.sub}>
          <rect x={inv.x} y="40" width="88" height="150" rx="8" className={styles.executionLifecycleInvoke} />
          <text x={inv.x + 44} y="64" textAnchor="middle" className={styles.executionLifecycleStrong}>{inv.label}</text>
          <text x={inv.x + 44} y="82" textAnchor="middle" className={styles.executionLifecycleSmall}>{inv.sub}</text>
          <text x={inv.x + 44} y="118" textAnchor="middle" className={styles.label}>handler</text>
          <text x={inv.x + 44} y="136" textAnchor="middle" className={styles.label}>runs,</text>
          <text x={inv.x + 44} y="154" textAnchor="middle" className={styles.label}>responds</text>
        </g>
      ))}
      {frozen.map((x) => (
        <g key={x}>
          <rect x={x} y="40" width="48" height="150" rx="6" className={styles.executionLifecycleFrozen} />
          <text x={x + 24} y="112" textAnchor="middle" className={styles.executionLifecycleSmall}>frozen</text>
          <text x={x + 24} y="130" textAnchor="middle" className={styles.executionLifecycleSmall}>then</text>
          <text x={x + 24} y="148" textAnchor="middle" className={styles.executionLifecycleSmall}>thawed</text>
        </g>
      ))}
      <line x1="190" y1="115" x2="198" y2="115" className={styles.arrow} markerEnd="url(#execution-lifecycle-arrow)" />
      <line x1="584" y1="115" x2="592" y2="115" className={styles.arrow} markerEnd="url(#execution-lifecycle-arrow)" />

      <rect x="594" y="40" width="156" height="150" rx="8" className={styles.executionLifecycleShutdown} />
      <text x="606" y="64" className={styles.executionLifecycleStrong}>SHUTDOWN</text>
      <text x="606" y="82" className={styles.executionLifecycleSmall}>when reclaimed</text>
      <text x="606" y="118" className={styles.label}>shutdown hooks</text>
      <text x="606" y="136" className={styles.label}>run, resources</text>
      <text x="606" y="154" className={styles.label}>cleaned up</text>

      <line x1="10" y1="212" x2="742" y2="212" className={styles.arrow} markerEnd="url(#execution-lifecycle-arrow)" />
      <text x="750" y="232" textAnchor="end" className={styles.executionLifecycleSmall}>time</text>

      <text x="10" y="244" className={styles.label}>Cold start: the first</text>
      <text x="10" y="262" className={styles.label}>event waits for INIT</text>
      <text x="200" y="244" className={styles.label}>Warm starts: the same environment is thawed and</text>
      <text x="200" y="262" className={styles.label}>reused, one event at a time, for as long as it lives</text>
      <text x="594" y="244" className={styles.label}>Idle too long, or</text>
      <text x="594" y="262" className={styles.label}>platform upkeep</text>

      <defs>
        <marker id="execution-lifecycle-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>
    </svg>
  );
}
