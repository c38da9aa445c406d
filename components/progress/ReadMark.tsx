'use client';

import { useEffect, useRef } from 'react';
import { SaveFailed } from '@/components/storage/SaveFailed';
import styles from './Progress.module.css';
import { useLessonProgress } from './useLessonProgress';

/**
 * The end of a lesson: reaching it marks the lesson read, and a button marks or unmarks it by
 * hand. Reaching the end never overrules a reader who unmarked the lesson by hand: only lessons
 * with no mark yet are marked on arrival. A failed save is said here.
 */
export function ReadMark({ slug, title }: { slug: string; title: string }) {
  const { loaded, isRead, mark, saveFailure, store } = useLessonProgress({ keep: true });
  const end = useRef<HTMLDivElement>(null);
  const read = isRead(slug);

  useEffect(() => {
    const target = end.current;
    if (!loaded || !target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      if (!store.getSnapshot().value.lessons[slug]) mark(slug, true);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [loaded, slug, mark, store]);

  const toggle = () => mark(slug, !read);

  return (
    <section className={`${styles.readMark} no-print`} aria-label="Your progress in this lesson" data-testid="read-mark" data-read={loaded ? read : undefined}>
      <div ref={end} />
      {loaded ? (
        <>
          <div className={styles.readRow}>
            <p role="status">
              {read ? (
                <span className={styles.done}>
                  <span aria-hidden="true">✓ </span>You have read this lesson.
                </span>
              ) : (
                'This lesson is not marked as read.'
              )}
            </p>
            <button type="button" className={styles.toggle} onClick={toggle} data-testid="read-toggle">
              {read ? 'Mark as unread' : 'Mark as read'}
              <span className="visually-hidden">: {title}</span>
            </button>
          </div>
          <SaveFailed failure={saveFailure} what="This lesson's read mark" />
        </>
      ) : null}
    </section>
  );
}
