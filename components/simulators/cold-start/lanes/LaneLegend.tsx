import { useId } from 'react';
import styles from '../ColdStart.module.css';
import { LanePatterns } from './LaneChart';

/** The key to the lanes, drawn with the same shapes, so it works without colour. */
export function LaneLegend() {
  const id = useId().replace(/:/g, '');
  return (
    <ul className={styles.legend} aria-label="Key to the lanes">
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <LanePatterns id={id} />
          <rect x="0.5" y="0.5" width="21" height="11" fill={`url(#${id}-init)`} className={styles.init} />
        </svg>
        Starting (INIT: a cold start)
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <rect width="22" height="12" className={styles.busy} />
        </svg>
        Serving requests
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <path d="M0 6h22" className={styles.idle} />
        </svg>
        Idle, kept warm
      </li>
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <path d="M2 1l8 10m0 -10l-8 10" className={styles.reclaim} />
        </svg>
        Reclaimed after the keep-alive window
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <rect y="3" width="5" height="9" className={styles.arrivals} />
          <rect x="6" y="6" width="5" height="6" className={styles.arrivals} />
          <path d="M17 8l-4 -7h8z" className={styles.coldMark} />
        </svg>
        Top row: requests arriving; ▼ marks a cold start
      </li>
      <li className={styles.legendNote}>Short spells are widened to stay visible; busy spells closer than a thousandth of the run are drawn as one.</li>
    </ul>
  );
}
