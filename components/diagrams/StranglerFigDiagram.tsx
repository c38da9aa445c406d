import styles from './Diagram.module.css';

/** Lesson 14: the strangler fig, a front door routing moved paths to new functions, CDC keeping data in step. */
export function StranglerFigDiagram() {
  const p = 'strangler';
  const arrow = `url(#${p}-arrow)`;
  return (
    <svg viewBox="0 0 360 412" role="img" aria-labelledby={`${p}-title ${p}-desc`} className={`${styles.diagram} ${styles.narrow}`}>
      <title id={`${p}-title`}>The strangler fig: route by route from the monolith to functions</title>
      <desc id={`${p}-desc`}>
        Users reach one front door, an API Gateway or load balancer. It routes the paths already moved, here /orders/history, to new
        functions with their own DynamoDB table, and every other path to the monolith with its legacy database. A dashed arrow from the
        legacy database to the new table shows change data capture (AWS DMS or Debezium) copying every change while both systems run, so
        the new service can serve reads before it owns the writes. Moving a route back is one routing change.
      </desc>
      <defs>
        <marker id={`${p}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>
      <rect x="8" y="8" width="344" height="40" rx="8" className={styles.flowOutside} />
      <text x="180" y="34" textAnchor="middle" className={styles.flowName}>Users</text>
      <line x1="180" y1="50" x2="180" y2="76" className={styles.arrow} markerEnd={arrow} />
      <rect x="8" y="80" width="344" height="58" rx="8" className={styles.flowService} />
      <text x="180" y="104" textAnchor="middle" className={styles.flowName}>Front door</text>
      <text x="180" y="126" textAnchor="middle" className={styles.flowDetail}>routes path by path</text>

      <line x1="90" y1="140" x2="90" y2="186" className={styles.arrow} markerEnd={arrow} />
      <text x="96" y="168" className={styles.flowThen}>moved paths</text>
      <line x1="270" y1="140" x2="270" y2="186" className={styles.arrow} markerEnd={arrow} />
      <text x="276" y="168" className={styles.flowThen}>the rest</text>

      <rect x="8" y="190" width="164" height="62" rx="8" className={styles.flowFunction} />
      <text x="90" y="215" textAnchor="middle" className={styles.flowName}>New functions</text>
      <text x="90" y="238" textAnchor="middle" className={styles.flowDetail}>/orders/history</text>
      <rect x="188" y="190" width="164" height="62" rx="8" className={styles.flowOutside} />
      <text x="270" y="215" textAnchor="middle" className={styles.flowName}>Monolith</text>
      <text x="270" y="238" textAnchor="middle" className={styles.flowDetail}>everything else</text>

      <line x1="90" y1="254" x2="90" y2="286" className={styles.arrow} markerEnd={arrow} />
      <line x1="270" y1="254" x2="270" y2="286" className={styles.arrow} markerEnd={arrow} />
      <rect x="8" y="290" width="164" height="54" rx="8" className={styles.flowStore} />
      <text x="90" y="322" textAnchor="middle" className={styles.flowThen}>New table</text>
      <rect x="188" y="290" width="164" height="54" rx="8" className={styles.flowStore} />
      <text x="270" y="322" textAnchor="middle" className={styles.flowThen}>Legacy database</text>
      <path d="M270 346 V360 H90 V350" className={styles.flowSync} markerEnd={arrow} />
      <text x="180" y="384" textAnchor="middle" className={styles.flowDetail}>dashed: change data capture</text>
      <text x="180" y="402" textAnchor="middle" className={styles.flowDetail}>keeps the new table in step</text>
    </svg>
  );
}
