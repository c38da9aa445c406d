'use client';

import { useRef, useState } from 'react';
import { moveItem } from '@/lib/quiz/draft';
import type { OrderingItem } from '@/lib/quiz/types';
import { InlineText } from '../InlineText';
import styles from '../Quiz.module.css';

interface Props {
  questionId: string;
  items: readonly OrderingItem[];
  order: readonly string[];
  onChange: (order: string[]) => void;
}

/**
 * Reordering with "Move up" and "Move down" buttons rather than drag and drop, so it works the
 * same by keyboard, touch and screen reader. Focus follows the moved item, and a live region
 * says where it landed.
 */
export function OrderingInput({ questionId, items, order, onChange }: Props) {
  const byId = new Map(items.map((i) => [i.id, i]));
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const [announcement, setAnnouncement] = useState('');

  const move = (index: number, step: -1 | 1) => {
    const next = moveItem(order, index, step);
    const id = order[index]!;
    onChange(next);
    setAnnouncement(`${byId.get(id)?.text ?? ''}: now ${next.indexOf(id) + 1} of ${next.length}.`);
    // Keep focus on the same item's button in its new place (or its other button at an end).
    requestAnimationFrame(() => {
      const newIndex = next.indexOf(id);
      const dir = step < 0 && newIndex > 0 ? 'up' : step > 0 && newIndex < next.length - 1 ? 'down' : step < 0 ? 'down' : 'up';
      buttons.current.get(`${id}-${dir}`)?.focus();
    });
  };

  return (
    <>
      <ol className={styles.orderList} aria-label="Current order">
        {order.map((id, i) => {
          const item = byId.get(id);
          if (!item) return null;
          return (
            <li key={id}>
              <span className={styles.orderNumber} aria-hidden="true">
                {i + 1}.
              </span>
              <span>
                <InlineText text={item.text} />
              </span>
              <span className={styles.moveButtons}>
                <button
                  type="button"
                  className={styles.small}
                  ref={(el) => void buttons.current.set(`${id}-up`, el)}
                  onClick={() => move(i, -1)}
                  disabled={i === 0}
                  aria-label={`Move up: ${item.text}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={styles.small}
                  ref={(el) => void buttons.current.set(`${id}-down`, el)}
                  onClick={() => move(i, 1)}
                  disabled={i === order.length - 1}
                  aria-label={`Move down: ${item.text}`}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite" id={`${questionId}-order-status`}>
        {announcement}
      </p>
    </>
  );
}
