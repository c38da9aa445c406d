import styles from './Cost.module.css';

export interface LegendItem {
  label: string;
  stroke: string;
  strokeWidth?: number;
  strokeDasharray?: string;
  /** A marker drawn instead of a line sample (a ring for a crossover). */
  marker?: 'ring';
}

/** A legend in HTML (not inside the SVG), so it wraps on a phone and reads as a list. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className={styles.legend}>
      {items.map((item) => (
        <li key={item.label}>
          <svg width="36" height="12" aria-hidden="true" className={styles.legendSample}>
            {item.marker === 'ring' ? (
              <circle cx="18" cy="6" r="4.5" fill="var(--bg)" stroke={item.stroke} strokeWidth="2" />
            ) : (
              <line x1="2" x2="34" y1="6" y2="6" stroke={item.stroke} strokeWidth={item.strokeWidth ?? 2.5} strokeDasharray={item.strokeDasharray} strokeLinecap="round" />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
