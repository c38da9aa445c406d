import { formatEnvironments, formatNumber } from '@/lib/format';
import { niceCeil } from '@/lib/sim/nice-scale';
import styles from './LittlesLaw.module.css';

interface Props {
  rps: number;
  durationMs: number;
  limit: number;
  requiredConcurrency: number;
  height: number;
}

const W = 640;
const PAD = { top: 18, right: 20, bottom: 48, left: 72 };
const TICKS = 5;

/**
 * Required concurrency against request rate: a straight line (rate × duration) with the limit
 * as a dashed line and the current scenario as a labelled dot. A line this simple is drawn as
 * plain SVG: it costs no charting library, so the demo stays light on a phone.
 */
export function ConcurrencyChart({ rps, durationMs, limit, requiredConcurrency, height }: Props) {
  const xMax = niceCeil(Math.max(rps * 1.5, (limit / (durationMs / 1000)) * 1.25));
  const yMax = niceCeil(Math.max(limit * 1.2, requiredConcurrency * 1.1));
  const plotW = W - PAD.left - PAD.right;
  const plotH = height - PAD.top - PAD.bottom;
  const x = (v: number) => PAD.left + (v / xMax) * plotW;
  const y = (v: number) => PAD.top + plotH - (Math.min(v, yMax) / yMax) * plotH;
  const lineEnd = Math.min(xMax, yMax / (durationMs / 1000));
  const ticks = (max: number) => Array.from({ length: TICKS + 1 }, (_, i) => (max * i) / TICKS);
  const description = `Environments needed rise in a straight line with the request rate, ${formatNumber(durationMs)} ms × rate. The dashed limit line sits at ${formatNumber(limit)} environments. The current scenario, ${formatNumber(rps)} requests a second, needs ${formatEnvironments(requiredConcurrency, true)}.`;

  return (
    <svg viewBox={`0 0 ${W} ${height}`} className={styles.svg} role="img" aria-label={description} data-testid="concurrency-chart">
      {ticks(yMax).map((t) => (
        <g key={`y${t}`}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className={styles.grid} />
          <text x={PAD.left - 8} y={y(t) + 4} textAnchor="end" className={styles.tick}>
            {formatNumber(t, 0)}
          </text>
        </g>
      ))}
      {ticks(xMax).map((t) => (
        <text key={`x${t}`} x={x(t)} y={PAD.top + plotH + 18} textAnchor="middle" className={styles.tick}>
          {formatNumber(t, 0)}
        </text>
      ))}
      <text x={PAD.left + plotW / 2} y={height - 6} textAnchor="middle" className={styles.axisLabel}>
        Requests per second
      </text>
      <text transform={`translate(16 ${PAD.top + plotH / 2}) rotate(-90)`} textAnchor="middle" className={styles.axisLabel}>
        Environments
      </text>
      <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={PAD.top + plotH} className={styles.axis} />
      <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + plotH} y2={PAD.top + plotH} className={styles.axis} />
      <line x1={PAD.left} x2={W - PAD.right} y1={y(limit)} y2={y(limit)} className={styles.limit} />
      <text x={PAD.left + 6} y={y(limit) - 6} className={styles.label}>
        Limit: {formatNumber(limit)}
      </text>
      <line x1={x(0)} y1={y(0)} x2={x(lineEnd)} y2={y(lineEnd * (durationMs / 1000))} className={styles.need} />
      <circle cx={x(rps)} cy={y(requiredConcurrency)} r={7} className={styles.dot} />
      <text x={x(rps)} y={y(requiredConcurrency) - 12} textAnchor={x(rps) > W - 120 ? 'end' : 'middle'} className={styles.label}>
        You are here
      </text>
    </svg>
  );
}
