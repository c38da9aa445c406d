import { useId } from 'react';
import styles from '../ColdStart.module.css';

export type Swatch = 'warm' | 'cold' | 'pinned' | 'markers' | 'alive' | 'busy' | 'provisioned';

/** What each line or area means, drawn with the same dash and fill, so no meaning rests on colour. */
function SwatchIcon({ kind }: { kind: Swatch }) {
  const hatch = `${useId()}-hatch`;
  const line = (className: string | undefined, dash?: string) => <path d="M1 6h24" className={className} strokeDasharray={dash} />;
  return (
    <svg width="26" height="12" aria-hidden="true">
      <defs>
        <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="1" y1="0" x2="1" y2="6" className={styles.hatchLine} />
        </pattern>
      </defs>
      {kind === 'warm' ? <rect x="1" y="1" width="24" height="10" className={styles.keyWarm} /> : null}
      {kind === 'cold' ? <rect x="1" y="1" width="24" height="10" fill={`url(#${hatch})`} className={styles.keyCold} /> : null}
      {kind === 'pinned' ? line(styles.keyPinned, '7 4') : null}
      {kind === 'markers' ? (
        <>
          <path d="M4 0v12" className={styles.keyMarker} strokeDasharray="2 3" />
          <path d="M13 0v12" className={styles.keyMarker} strokeDasharray="4 2" />
          <path d="M22 0v12" className={styles.keyMarker} strokeWidth="2.5" />
        </>
      ) : null}
      {kind === 'alive' ? line(styles.keyAlive) : null}
      {kind === 'busy' ? line(styles.keyBusy, '5 3') : null}
      {kind === 'provisioned' ? line(styles.keyProvisioned, '2 3') : null}
    </svg>
  );
}

export function ChartKey({ items }: { items: { swatch: Swatch; text: string }[] }) {
  return (
    <ul className={styles.legend} aria-label="Key">
      {items.map((item) => (
        <li key={item.swatch}>
          <SwatchIcon kind={item.swatch} />
          {item.text}
        </li>
      ))}
    </ul>
  );
}
