import type { Locator, Page } from '@playwright/test';
import { answerByKeyboard } from './quiz';

export const QUIZ_KEY = 'serverless-lab.quiz.progress';
export const LESSONS_KEY = 'serverless-lab.lessons.progress';

/**
 * Puts values in the page's localStorage before its scripts run, on the first load only (a reload
 * then sees what the page wrote back), as a returning learner's browser would hold them.
 */
export async function seedStorage(page: Page, entries: Record<string, string>) {
  await page.addInitScript((items) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
    sessionStorage.setItem('seeded', '1');
  }, entries);
}

/** A browser that will not let the site save anything: every setItem throws, as with storage disabled. */
export async function refuseStorage(page: Page) {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function refuse() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
}

/** What the page's localStorage holds under `key`, parsed. */
export async function stored(page: Page, key: string): Promise<Record<string, unknown> | null> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  return raw === null ? null : JSON.parse(raw);
}

export async function storedQuizIds(page: Page): Promise<string[]> {
  const doc = (await stored(page, QUIZ_KEY)) as { records?: Record<string, unknown> } | null;
  return Object.keys(doc?.records ?? {}).sort();
}

/** The lesson's closing check, reached from its heading as a screen-reader user jumping by headings would. */
export async function lessonCheck(page: Page): Promise<Locator> {
  const check = page.getByTestId('quiz-lesson-check');
  await check.getByRole('heading', { name: 'Check your understanding' }).evaluate((h) => {
    h.setAttribute('tabindex', '-1');
    (h as HTMLElement).focus();
  });
  return check;
}

/** Answers the first question of the lesson's check by keyboard; returns its id. */
export async function answerLessonCheck(page: Page, correct = true): Promise<string> {
  const first = (await lessonCheck(page)).getByTestId('quiz-question').first();
  const q = await answerByKeyboard(page, first, correct);
  await first.getByTestId('quiz-feedback').waitFor();
  return q.id;
}

/** Scrolls to the end of the lesson, as a reader who reached it would. */
export async function readToTheEnd(page: Page) {
  const end = page.getByTestId('read-mark');
  await end.scrollIntoViewIfNeeded();
  return end;
}
