import { facts } from '@/lib/data/facts';
import styles from './Diagram.module.css';

const REGIONS = [
  { x: 8, name: 'Region A' },
  { x: 188, name: 'Region B' },
] as const;
const TIERS = [
  { y: 150, name: 'API Gateway', detail: 'same custom domain' },
  { y: 220, name: 'Functions', detail: 'quota for all traffic' },
  { y: 290, name: 'Event bus', detail: 'per Region' },
  { y: 360, name: 'Global table', detail: 'replica, takes writes' },
] as const;

/** Lesson 14: two complete Regions behind one DNS name, with a global table replicating between them. */
export function ActiveActiveDiagram() {
  const p = 'active-active';
  const intervals = facts['route53.healthCheckIntervals'].text;
  const arrow = `url(#${p}-arrow)`;
  return (
    <svg viewBox="0 0 360 452" role="img" aria-labelledby={`${p}-title ${p}-desc`} className={`${styles.diagram} ${styles.narrow}`}>
      <title id={`${p}-title`}>An active-active API in two Regions</title>
      <desc id={`${p}-desc`}>
        At the top, users resolve one API name through Route 53, which uses latency-based records with a health check per Region, probing
        every {intervals}, and answers with the nearest healthy Region. Below, two identical columns, Region A and Region B. Each has its own
        API Gateway custom domain with the same name, its own functions with quotas raised to carry all the traffic, its own EventBridge event
        bus, and a replica of one DynamoDB global table that accepts writes. A two-way arrow between the two replicas shows replication in the
        background, with conflicts settled by last writer wins. Nothing on the request path calls across Regions.
      </desc>
      <defs>
        <marker id={`${p}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0 0 10 5 0 10z" className={styles.arrowHead} />
        </marker>
      </defs>

      <rect x="8" y="8" width="344" height="62" rx="8" className={styles.flowOutside} />
      <text x="180" y="32" textAnchor="middle" className={styles.flowName}>Route 53: api.example.com</text>
      <text x="180" y="54" textAnchor="middle" className={styles.flowDetail}>latency records + health checks</text>

      {REGIONS.map((r) => (
        <g key={r.name}>
          <line x1={r.x + 82} y1="72" x2={r.x + 82} y2="104" className={styles.arrow} markerEnd={arrow} />
          <rect x={r.x} y="108" width="164" height="300" rx="10" className={styles.flowService} />
          <text x={r.x + 82} y="132" textAnchor="middle" className={styles.flowName}>{r.name}</text>
          {TIERS.map((t, i) => (
            <g key={t.name}>
              <rect x={r.x + 8} y={t.y - 6} width="148" height="54" rx="6" className={i === 3 ? styles.flowStore : i === 1 ? styles.flowFunction : styles.flowOutside} />
              <text x={r.x + 82} y={t.y + 14} textAnchor="middle" className={styles.flowThen}>{t.name}</text>
              <text x={r.x + 82} y={t.y + 36} textAnchor="middle" className={styles.flowDetail}>{t.detail}</text>
            </g>
          ))}
        </g>
      ))}
      <line x1="158" y1="380" x2="194" y2="380" className={styles.arrow} markerStart={arrow} markerEnd={arrow} />
      <text x="180" y="434" textAnchor="middle" className={styles.flowDetail}>replication both ways; last writer wins</text>
    </svg>
  );
}
