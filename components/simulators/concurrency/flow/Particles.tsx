'use client';

import { m } from 'framer-motion';
import type { Fate } from './flow-moment';
import type { Point } from './layout';
import styles from './Flow.module.css';

export interface Particle {
  id: number;
  fate: Fate;
  path: Point[];
}

/** Seconds a dot takes along its path: short hops are quicker, so the flow reads as one stream. */
const duration = (path: Point[]) => 0.35 * (path.length - 1) + 0.3;

/**
 * Dots travelling from the callers to where each request ends up. Each dot animates its own
 * transform (cheap, off the layout path) and removes itself when it arrives.
 */
export function Particles({ particles, onDone }: { particles: readonly Particle[]; onDone: (id: number) => void }) {
  return (
    <g>
      {particles.map((p) => (
        <m.circle
          key={p.id}
          r={5}
          cx={0}
          cy={0}
          className={styles[`dot-${p.fate}`]}
          initial={{ x: p.path[0]!.x, y: p.path[0]!.y, opacity: 0 }}
          animate={{ x: p.path.map((q) => q.x), y: p.path.map((q) => q.y), opacity: p.path.map((_, i) => (i === p.path.length - 1 ? 0.2 : 1)) }}
          transition={{ duration: duration(p.path), ease: 'linear' }}
          onAnimationComplete={() => onDone(p.id)}
        />
      ))}
    </g>
  );
}
