import { formatClock, formatNumber } from '@/lib/format';
import type { ConcurrencyChartPoint } from '@/lib/sim/concurrency';
import type { ChartSpec } from '../chart-specs';
import { LineSample } from './SeriesKey';
import styles from '../Concurrency.module.css';

/**
 * The hover box: every series of the chart at one moment. The charts share a syncId, so hovering
 * any one of them opens this box on all four at the same moment.
 */
export function ChartTooltip({ spec, point }: { spec: ChartSpec; point: ConcurrencyChartPoint | undefined }) {
  if (!point) return null;
  return (
    <div className={styles.tooltip}>
      <p className={styles.tooltipTime}>At {formatClock(point.tS)}</p>
      <ul>
        {spec.series.map((s) => (
          <li key={s.key}>
            <LineSample color={s.color} style={s.style} />
            <span>{s.name}</span>
            <strong>
              {formatNumber(point[s.key], point[s.key] < 10 ? 1 : 0)} {s.unit}
            </strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
