import styles from './Shell.module.css';

/** Holds the simulator's space while its code loads, so the lesson does not jump. */
export function SimulatorPlaceholder() {
  return (
    <div className={styles.placeholder} aria-hidden="true" data-testid="simulator-placeholder">
      <div className={styles.glimmer} />
      <div className={styles.glimmer} />
      <div className={styles.glimmer} />
    </div>
  );
}
