import { lineStyles, type LineStyle } from '../chart-specs';
import styles from '../Concurrency.module.css';

/** A short sample of a line: its colour and, so colour is never the only cue, its dash pattern. */
export function LineSample({ color, style }: { color: string; style: LineStyle }) {
  return (
    <svg className={styles.sample} viewBox="0 0 28 8" width="28" height="8" aria-hidden="true" focusable="false">
      <line x1="1" y1="4" x2="27" y2="4" stroke={color} strokeWidth="2.5" strokeDasharray={lineStyles[style]} />
    </svg>
  );
}

interface KeyItem {
  name: string;
  color: string;
  style: LineStyle;
}

/** The chart's legend as a plain list, readable by everyone and copyable. */
export function SeriesKey({ items }: { items: readonly KeyItem[] }) {
  return (
    <ul className={styles.key}>
      {items.map((item) => (
        <li key={item.name}>
          <LineSample color={item.color} style={item.style} />
          {item.name}
        </li>
      ))}
    </ul>
  );
}
