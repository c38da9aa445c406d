import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SimulatorErrorBoundary } from './SimulatorErrorBoundary';

function BrokenModel(): never {
  throw new Error('the model divided by zero');
}

afterEach(cleanup);

describe('a simulator that fails', () => {
  it('shows a message in its own box and leaves the lesson text around it readable', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught error
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <article>
        <p>Lesson text before the simulator.</p>
        <SimulatorErrorBoundary title="Cold start" onReset={() => undefined}>
          <BrokenModel />
        </SimulatorErrorBoundary>
        <p>Lesson text after the simulator.</p>
      </article>,
    );
    expect(screen.getByRole('alert').textContent).toContain('The Cold start simulator stopped working');
    expect(screen.getByRole('alert').textContent).toContain('the model divided by zero');
    expect(screen.getByText('Lesson text before the simulator.')).toBeTruthy();
    expect(screen.getByText('Lesson text after the simulator.')).toBeTruthy();
  });

  it('offers a reset that restores the simulator once the fault is gone', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let broken = true;
    const onReset = vi.fn(() => {
      broken = false;
    });
    function MaybeBroken() {
      if (broken) throw new Error('bad scenario');
      return <p>Simulator running</p>;
    }
    render(
      <SimulatorErrorBoundary title="Cost" onReset={onReset}>
        <MaybeBroken />
      </SimulatorErrorBoundary>,
    );
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Reset the simulator' }));
    });
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByText('Simulator running')).toBeTruthy();
  });
});
