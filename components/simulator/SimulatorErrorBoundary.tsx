'use client';

import { Component, type ReactNode } from 'react';
import styles from './Shell.module.css';

interface Props {
  title: string;
  onReset: () => void;
  children: ReactNode;
}

/**
 * A failing simulator shows a message in its own box; the lesson around it keeps working.
 * React still needs a class component for this (there is no hook for error boundaries).
 */
export class SimulatorErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error) {
    console.warn(`Simulator "${this.props.title}" failed:`, error.message);
  }

  private reset = () => {
    this.setState({ error: null });
    this.props.onReset();
  };

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className={styles.failure} data-testid="simulator-error">
        <p>
          <strong>The {this.props.title} simulator stopped working.</strong> The lesson text is unaffected.
        </p>
        <p className="muted">What went wrong: {this.state.error.message}</p>
        <button type="button" className={styles.toolButton} onClick={this.reset}>
          Reset the simulator
        </button>
      </div>
    );
  }
}
