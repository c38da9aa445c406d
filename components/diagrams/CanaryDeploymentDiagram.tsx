import styles from './Diagram.module.css';

/** Lesson 11: a canary release through a Lambda alias, with a pre-traffic hook and an alarm that rolls back. */
export function CanaryDeploymentDiagram() {
  const p = 'canary';
  const arrow = `url(#${p}-arrow)`;
  return (
    <svg viewBox="0 0 360 436" role="img" aria-labelledby={`${p}-title ${p}-desc`} className={`${styles.diagram} ${styles.narrow}`}>
      <title id={`${p}-title`}>A canary release through a Lambda alias</title>
      <desc id={`${p}-desc`}>
        Callers, an API and an event source mapping, invoke the alias named live, never a version number. CodeDeploy first runs a
        pre-traffic hook function that tests the new version 8. Then the alias sends 90 percent of requests to the old version 7 and 10
        percent to version 8 for the canary period. A CloudWatch alarm watches version 8&apos;s errors and p99 duration. If the alarm fires,
        CodeDeploy points the alias back at version 7 for all traffic. If the period passes quietly, all traffic moves to version 8 and a
        post-traffic hook runs.
      </desc>
      <defs>
        <marker id={`${p}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>
      <rect x="8" y="8" width="344" height="58" rx="8" className={styles.flowOutside} />
      <text x="180" y="32" textAnchor="middle" className={styles.flowName}>Callers</text>
      <text x="180" y="54" textAnchor="middle" className={styles.flowDetail}>API, event source mapping</text>
      <line x1="180" y1="68" x2="180" y2="96" className={styles.arrow} markerEnd={arrow} />

      <rect x="8" y="100" width="344" height="58" rx="8" className={styles.flowService} />
      <text x="180" y="124" textAnchor="middle" className={styles.flowName}>Alias: live</text>
      <text x="180" y="146" textAnchor="middle" className={styles.flowDetail}>weights moved by CodeDeploy</text>

      <line x1="90" y1="160" x2="90" y2="206" className={styles.arrow} markerEnd={arrow} />
      <text x="98" y="188" className={styles.flowThen}>90%</text>
      <line x1="270" y1="160" x2="270" y2="206" className={styles.arrow} markerEnd={arrow} />
      <text x="278" y="188" className={styles.flowThen}>10%</text>

      <rect x="8" y="210" width="164" height="62" rx="8" className={styles.flowOutside} />
      <text x="90" y="236" textAnchor="middle" className={styles.flowName}>Version 7</text>
      <text x="90" y="258" textAnchor="middle" className={styles.flowDetail}>the old code</text>
      <rect x="188" y="210" width="164" height="62" rx="8" className={styles.flowFunction} />
      <text x="270" y="236" textAnchor="middle" className={styles.flowName}>Version 8</text>
      <text x="270" y="258" textAnchor="middle" className={styles.flowDetail}>the canary</text>

      <line x1="270" y1="274" x2="270" y2="306" className={styles.arrow} markerEnd={arrow} />
      <rect x="188" y="310" width="164" height="62" rx="8" className={styles.flowStore} />
      <text x="270" y="336" textAnchor="middle" className={styles.flowName}>Alarm</text>
      <text x="270" y="358" textAnchor="middle" className={styles.flowDetail}>errors, p99 duration</text>

      <rect x="8" y="310" width="164" height="62" rx="8" className={styles.flowService} />
      <text x="90" y="336" textAnchor="middle" className={styles.flowName}>Pre-traffic hook</text>
      <text x="90" y="358" textAnchor="middle" className={styles.flowDetail}>smoke-tests v8 first</text>

      <path d="M188 341 H180 V163" className={styles.flowBack} markerEnd={arrow} />
      <text x="180" y="404" textAnchor="middle" className={styles.flowThen}>dashed: alarm fires, all traffic</text>
      <text x="180" y="424" textAnchor="middle" className={styles.flowThen}>goes back to version 7</text>
    </svg>
  );
}
