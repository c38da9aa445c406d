import styles from './Shell.module.css';

/**
 * Holds the simulator's space while its code loads, so the lesson does not jump. With scripting
 * off it stays, and its sentence says why there is no simulator.
 */
export function SimulatorPlaceholder() {
  return (
    <div className={styles.placeholder} data-testid="simulator-placeholder">
      <p className={styles.placeholderText}>The interactive simulator loads here. It needs JavaScript; the lesson reads fine without it.</p>
      <div className={styles.glimmer} aria-hidden="true" />
      <div className={styles.glimmer} aria-hidden="true" />
    </div>
  );
}
