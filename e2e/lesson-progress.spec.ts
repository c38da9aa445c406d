import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, useTheme } from './support/fixtures';
import { lessonSlugs } from './support/routes';
import { answerLessonCheck, LESSONS_KEY, readToTheEnd, refuseStorage, seedStorage, storedQuizIds } from './support/storage';

/** Remembered progress (issue 15): lessons read, where to continue, and progress carried in a file. */

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

test('reading a lesson to its end marks it read, and the home page offers to continue with the next', async ({ page, problems }) => {
  const [first, second] = lessonSlugs();
  await page.goto(`/lessons/${first}`);
  await expect(page.getByTestId('continue-link-header')).toHaveCount(0);
  const end = await readToTheEnd(page);
  await expect(end).toHaveAttribute('data-read', 'true');
  await expect(end.getByRole('status')).toHaveText('✓ You have read this lesson.');
  await expect(page.locator(`nav[aria-label="Course outline"] [data-testid=read-badge][data-slug="${first}"]`)).toBeAttached();

  await page.goto('/');
  await expect(page.getByTestId('continue-link')).toHaveText(/^Continue with lesson 2: /);
  await expect(page.getByTestId('continue-link')).toHaveAttribute('href', `/lessons/${second}`);
  await expect(page.getByTestId('continue-link-header')).toHaveAttribute('href', `/lessons/${second}`);
  await expect(page.getByTestId('course-progress')).toContainText(`1 of ${lessonSlugs().length} lessons read`);
  expect(problems.errors).toEqual([]);
});

test('a lesson can be unmarked and marked again by hand, by keyboard', async ({ page, problems }) => {
  const [first] = lessonSlugs();
  await page.goto(`/lessons/${first}`);
  const end = await readToTheEnd(page);
  await expect(end).toHaveAttribute('data-read', 'true');
  await end.getByTestId('read-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(end).toHaveAttribute('data-read', 'false');
  await expect(end.getByTestId('read-toggle')).toContainText('Mark as read');
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Start with lesson 1/ })).toBeVisible();
  await expect(page.getByTestId('continue-link')).toHaveCount(0);
  // Back at the end of the lesson, the reader's choice stands: reaching the end does not overrule it.
  await page.goto(`/lessons/${first}`);
  await readToTheEnd(page);
  await expect(page.getByTestId('read-mark')).toHaveAttribute('data-read', 'false');
  await page.getByTestId('read-toggle').click();
  await expect(page.getByTestId('read-mark')).toHaveAttribute('data-read', 'true');
  expect(problems.errors).toEqual([]);
});

test('progress saved to a file and imported in a fresh browser comes back whole', async ({ page, browser }) => {
  const [first, second, third] = lessonSlugs();
  for (const slug of [first, second]) {
    await page.goto(`/lessons/${slug}`);
    await expect(await readToTheEnd(page)).toHaveAttribute('data-read', 'true');
  }
  await page.goto('/lessons/cold-starts');
  const answered = await answerLessonCheck(page);
  await expect(await readToTheEnd(page)).toHaveAttribute('data-read', 'true');
  await page.goto('/progress');
  await expect(page.getByTestId('progress-holdings')).toContainText('Reading progress: 3 lessons read');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('progress-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^serverless-lab-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe('serverless-lab-progress');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/progress');
  await expect(other.getByTestId('progress-holdings')).toContainText('Reading progress: 0 lessons read');
  await other.getByTestId('progress-import').setInputFiles(file);
  await expect(other.getByTestId('progress-transfer-result')).toContainText('Imported your reading progress (3 lessons read) and quiz progress (1 answered question)');
  await expect(other.getByTestId('progress-holdings')).toContainText('Quiz progress: 1 answered question');
  expect(await storedQuizIds(other)).toEqual([answered]);
  await other.goto('/');
  // Lesson 4 (cold starts) was read last, so the next unread lesson after it.
  await expect(other.getByTestId('continue-link')).toHaveText(/^Continue with lesson 5: /);
  await expect(other.locator(`[data-testid=read-badge][data-slug="${third}"]`)).toHaveCount(0);
  await fresh.close();
});

test('a file that is not progress is refused with a message, and nothing changes', async ({ page }, testInfo) => {
  await page.goto('/progress');
  const path = testInfo.outputPath('not-progress.json');
  fs.writeFileSync(path, '{"hello": "world"}');
  await page.getByTestId('progress-import').setInputFiles(path);
  await expect(page.getByTestId('progress-transfer-problem')).toContainText('not a Serverless Lab progress file');
  await expect(page.getByTestId('progress-holdings')).toContainText('Reading progress: 0 lessons read');
});

test('reset asks first, then forgets every lesson read and every answer', async ({ page }) => {
  await page.goto('/lessons/cold-starts');
  await answerLessonCheck(page);
  await expect(await readToTheEnd(page)).toHaveAttribute('data-read', 'true');
  await page.goto('/progress');
  await page.getByTestId('progress-reset').click();
  await expect(page.getByRole('group')).toContainText('Forget every lesson read');
  await page.getByTestId('progress-reset-confirm').click();
  await expect(page.getByText('All your progress in this browser has been reset.')).toBeVisible();
  await expect(page.getByTestId('progress-holdings')).toContainText('Reading progress: 0 lessons read');
  await expect(page.getByTestId('progress-holdings')).toContainText('Quiz progress: 0 answered questions');
});

test('damaged reading progress is recovered with a message, keeping what still reads', async ({ page, problems }) => {
  const [first] = lessonSlugs();
  const damaged = { version: 1, lessons: { [first!]: { read: true, lastAt: Date.now() - 60_000 }, 'cold-starts': { read: 'yes' } } };
  await seedStorage(page, { [LESSONS_KEY]: JSON.stringify(damaged) });
  await page.goto('/lessons/cold-starts');
  await expect(page.getByTestId('reading-storage-notice')).toContainText('Part of your saved reading progress was damaged: 1 unreadable entry was dropped');
  await expect(page.getByTestId('continue-link-header')).toContainText('lesson 2');
  // The recovered copy was written back, so the next page is quiet.
  await page.goto('/progress');
  await expect(page.getByTestId('progress-holdings')).toContainText('Reading progress: 1 lesson read');
  await expect(page.getByTestId('progress-storage-notice')).toHaveCount(0);
  expect(problems.errors).toEqual([]);
});

test('unreadable reading progress is reset with a message that says so', async ({ page }) => {
  await seedStorage(page, { [LESSONS_KEY]: '{"version":1,"lessons":{"what-is-serverl' });
  await page.goto('/progress');
  await expect(page.getByTestId('progress-storage-notice')).toContainText('Your saved reading progress could not be read, so it has been reset.');
});

/** Each new page and state, set up as a learner reaches it; scanned once per theme. */
const states: { name: string; reach: (page: Page) => Promise<void> }[] = [
  { name: 'the progress page', reach: async (page) => void (await page.goto('/progress')) },
  {
    name: 'the end of a lesson marked read',
    reach: async (page) => {
      await page.goto('/lessons/what-is-serverless');
      await expect(await readToTheEnd(page)).toHaveAttribute('data-read', 'true');
    },
  },
  {
    name: 'the home page offering to continue',
    reach: async (page) => {
      await seedStorage(page, { [LESSONS_KEY]: JSON.stringify({ version: 1, lessons: { 'what-is-serverless': { read: true, lastAt: Date.now() - 60_000 } } }) });
      await page.goto('/');
      await expect(page.getByTestId('continue-link')).toBeVisible();
    },
  },
  {
    name: 'the progress page asking to confirm a reset',
    reach: async (page) => {
      await seedStorage(page, { [LESSONS_KEY]: JSON.stringify({ version: 1, lessons: { 'what-is-serverless': { read: true, lastAt: Date.now() - 60_000 } } }) });
      await page.goto('/progress');
      await page.getByTestId('progress-reset').click();
      await expect(page.getByTestId('progress-reset-confirm')).toBeVisible();
    },
  },
  {
    name: 'a lesson warning that nothing can be saved, with recovered progress and an answer not saved',
    reach: async (page) => {
      await seedStorage(page, { [LESSONS_KEY]: '{"version":1,"lessons":{"x":' });
      await refuseStorage(page);
      await page.goto('/lessons/cold-starts');
      await expect(page.getByTestId('storage-warning')).toBeVisible();
      await expect(page.getByTestId('reading-storage-notice')).toBeVisible();
      await answerLessonCheck(page);
      await expect(page.getByTestId('save-failed').first()).toBeVisible();
    },
  },
];

for (const theme of ['light', 'dark'] as const) {
  for (const state of states) {
    test(`${state.name} has no WCAG 2.1 AA violation in the ${theme} theme`, async ({ page }) => {
      test.setTimeout(90_000); // a long lesson's scan takes a while on a loaded machine
      await useTheme(page, theme);
      await state.reach(page);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
