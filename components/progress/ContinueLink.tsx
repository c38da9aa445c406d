'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { whereToContinue, type LessonRef } from '@/lib/progress/lessons';
import styles from './Progress.module.css';
import { useLessonProgress } from './useLessonProgress';

interface Props {
  lessons: readonly LessonRef[];
  /** "home": a full sentence in the hero; "header": a short link beside the navigation. */
  placement: 'home' | 'header';
  /** Class for the link (the home page's call to action). */
  className?: string;
  /** What shows before progress is known, or with none (the home page's "Start with lesson 1"). */
  children?: ReactNode;
}

/**
 * "Continue with lesson N" once the learner has read something (the rule is whereToContinue's:
 * the first unread lesson after the one read last). Before that, and on the server, it shows
 * its children, so a first-time reader and a reader without JavaScript see the usual start.
 */
export function ContinueLink({ lessons, placement, className, children }: Props) {
  const { progress, loaded } = useLessonProgress();
  const next = loaded ? whereToContinue(progress, lessons) : { kind: 'start' as const };
  if (next.kind === 'start') return <>{children}</>;
  if (next.kind === 'finished') {
    return placement === 'home' ? (
      <Link className={className} href="/quiz" data-testid="continue-link" data-lesson="finished">
        You have read every lesson: test yourself in the quiz
      </Link>
    ) : null;
  }
  const { lesson } = next;
  return placement === 'home' ? (
    <Link className={className} href={`/lessons/${lesson.slug}`} data-testid="continue-link" data-lesson={lesson.slug}>
      Continue with lesson {lesson.order}: {lesson.title}
    </Link>
  ) : (
    <Link className={className ?? styles.headerLink} href={`/lessons/${lesson.slug}`} data-testid="continue-link-header" data-lesson={lesson.slug}>
      Continue<span className="visually-hidden"> with</span> lesson {lesson.order}
      <span className="visually-hidden">: {lesson.title}</span>
    </Link>
  );
}
