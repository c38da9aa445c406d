'use client';

import { formatNumber } from '@/lib/format';
import { useEffect, useRef, useState } from 'react';
import { acceptedRange } from '@/lib/quiz/grade';
import { displayOrder, scrambledOrder } from '@/lib/quiz/display';
import type { Question } from '@/lib/quiz/types';
import { verdictLabels } from './answers/FitInput';
import { InlineText } from './InlineText';
import { SimulatorObserved, SimulatorScenario } from './SimulatorScenario';
import { kindLabels } from './types';
import styles from './Quiz.module.css';


/** The question's choices in large type; with `revealed`, the answer and every reason as well. */
function PresentedBody({ q, revealed }: { q: Question; revealed: boolean }) {
  if (q.kind === 'single' || q.kind === 'multi' || q.kind === 'simulator') {
    return (
      <ol className={styles.presenterList} type="A">
        {displayOrder(q.options, q.id).map((o) => (
          <li key={o.id} className={revealed && o.correct ? styles.isRight : undefined}>
            {revealed ? (o.correct ? '✓ ' : '✗ ') : null}
            <InlineText text={o.text} />
            {revealed ? <span className={styles.presenterExplain}>{o.explanation}</span> : null}
          </li>
        ))}
      </ol>
    );
  }
  if (q.kind === 'fit') {
    return (
      <ul className={styles.presenterList}>
        {displayOrder(q.scenarios, q.id).map((s) => (
          <li key={s.id}>
            <InlineText text={s.text} />
            {revealed ? <strong>{` — ${verdictLabels[s.verdict]}`}</strong> : null}
            {revealed ? <span className={styles.presenterExplain}>{s.explanation}</span> : null}
          </li>
        ))}
      </ul>
    );
  }
  if (q.kind === 'ordering') {
    const items = revealed ? q.items : scrambledOrder(q.items, q.id);
    return (
      <ol className={styles.presenterList}>
        {items.map((i) => (
          <li key={i.id}>
            <InlineText text={i.text} />
            {revealed ? <span className={styles.presenterExplain}>{i.explanation}</span> : null}
          </li>
        ))}
      </ol>
    );
  }
  const { low, high } = acceptedRange(q.answer, q.tolerance);
  return revealed ? (
    <div>
      <p>
        <strong>{`${formatNumber(q.answer, 4)} ${q.unit}`}</strong> (anything from {formatNumber(low, 4)} to {formatNumber(high, 4)})
      </p>
      <ol className={styles.presenterList}>
        {q.solution.map((step) => (
          <li key={step} className={styles.presenterExplain}>
            <InlineText text={step} />
          </li>
        ))}
      </ol>
    </div>
  ) : (
    <p>Your estimate, in {q.unit}?</p>
  );
}

/**
 * Presenter mode for a classroom: the question fills the screen in large type; a key press
 * (Space or Enter on its button, or R anywhere) reveals the answer and every explanation; Esc leaves and
 * focus returns to where it was. A native modal dialog keeps focus inside while it is open.
 */
export function PresenterView({ question: q, onClose }: { question: Question; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [revealed, setRevealed] = useState(false);

  useEffect(() => {
    const el = dialog.current;
    const opener = document.activeElement as HTMLElement | null;
    if (el && !el.open) el.showModal();
    return () => {
      if (el?.open) el.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={styles.presenter}
      aria-labelledby="quiz-presenter-prompt"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if ((e.key === 'r' || e.key === 'R') && !e.ctrlKey && !e.metaKey) setRevealed(true);
      }}
      data-testid="quiz-presenter"
    >
      <div className={styles.presenterInner}>
        <div className={styles.presenterBar}>
          <span>{kindLabels[q.kind]} · presenter mode</span>
          <span className={styles.actions}>
            <button
              type="button"
              className={styles.primary}
              onClick={() => setRevealed((r) => !r)}
              aria-pressed={revealed}
              autoFocus
              data-testid="quiz-presenter-reveal"
            >
              {revealed ? 'Hide the answer' : 'Reveal the answer'} <kbd>R</kbd>
            </button>
            <button type="button" className={styles.button} onClick={onClose} data-testid="quiz-presenter-exit">
              Leave presenter mode <kbd>Esc</kbd>
            </button>
          </span>
        </div>
        <p id="quiz-presenter-prompt" className={styles.presenterPrompt}>
          <InlineText text={q.prompt} />
        </p>
        {q.kind === 'simulator' ? <SimulatorScenario question={q} /> : null}
        {q.kind === 'simulator' && revealed ? <SimulatorObserved question={q} /> : null}
        <div aria-live="polite">
          <PresentedBody q={q} revealed={revealed} />
        </div>
      </div>
    </dialog>
  );
}
