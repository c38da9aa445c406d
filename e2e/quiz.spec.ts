import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, useTheme } from './support/fixtures';
import { answerByKeyboard, partsOf, PROGRESS_KEY, quizBank, tabTo } from './support/quiz';
import { lessonCheck, seedStorage } from './support/storage';

const card = (page: Page) => page.getByTestId('quiz-question');

async function startPractice(page: Page) {
  await page.goto('/quiz');
  await expect(page.getByTestId('quiz-app')).toHaveAttribute('data-loaded', 'true');
  await tabTo(page, page.getByTestId('quiz-start-practice'));
  await page.keyboard.press('Enter');
  await expect(card(page)).toBeVisible();
}

async function next(page: Page) {
  await tabTo(page, page.getByTestId('quiz-next'));
  await page.keyboard.press('Enter');
}

test('the quiz page states the size of the bank, per topic and in total', async ({ page, problems }) => {
  await page.goto('/quiz');
  await expect(page.getByTestId('quiz-bank-size')).toHaveText(String(quizBank.length));
  expect(quizBank.length).toBeGreaterThanOrEqual(80);
  await expect(page.locator('[data-topic-count="cold-starts"]')).toHaveText(String(quizBank.filter((q) => q.topic === 'cold-starts').length));
  expect(problems.errors).toEqual([]);
});

test('a practice round by keyboard: a right answer and a wrong one, each option explained, then the result', async ({ page, problems }) => {
  await startPractice(page);
  await expect(page.getByRole('heading', { name: 'Practice: What serverless is' })).toBeFocused();

  const first = await answerByKeyboard(page, card(page), true);
  const feedback = page.getByTestId('quiz-feedback');
  await expect(feedback).toBeFocused();
  await expect(feedback).toHaveAttribute('data-correct', 'true');
  await expect(feedback.getByRole('heading', { name: /Right/ })).toBeVisible();
  await expect(feedback.getByTestId('quiz-option-review')).toHaveCount(partsOf(first));
  await expect(feedback.getByTestId('quiz-lesson-link')).toHaveAttribute('href', `/lessons/${first.lesson.lesson}#${first.lesson.section}`);

  await next(page);
  await expect(card(page).getByTestId('quiz-position')).toHaveText('Question 2 of 5');
  const second = await answerByKeyboard(page, card(page), false);
  await expect(feedback).toHaveAttribute('data-correct', 'false');
  await expect(feedback.getByRole('heading', { name: /Not quite/ })).toBeVisible();
  if (second.kind !== 'numeric') {
    // Every option keeps its reason, and the right one is marked in words, not colour alone.
    await expect(feedback.getByTestId('quiz-option-review')).toHaveCount(partsOf(second));
    await expect(feedback.getByText(/✓ (Right answer|Good fit|Poor fit|In place)/).first()).toBeVisible();
  } else {
    await expect(feedback.getByText('Worked solution')).toBeVisible();
  }

  await tabTo(page, page.getByTestId('quiz-end-round'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quiz-result-score')).toContainText('1 of 5 right');
  await expect(page.getByTestId('quiz-result')).toContainText('Read again');
  await tabTo(page, page.getByTestId('quiz-done'));
  await page.keyboard.press('Enter');
  const row = page.locator('[data-testid=quiz-mastery] tr[data-topic="what-is-serverless"]');
  await expect(row).toContainText('2 of 8');
  // One right answer in eight questions is half a question's credit: 0.5 / 8 = 6%.
  await expect(row).toContainText('6%');
  expect(problems.errors).toEqual([]);
});

test('progress survives a reload, and a missed question comes back in review until answered right', async ({ page, problems }) => {
  await startPractice(page);
  const missed = await answerByKeyboard(page, card(page), false);
  await page.reload();
  await expect(page.getByTestId('quiz-app')).toHaveAttribute('data-loaded', 'true');
  await expect(page.getByTestId('quiz-review-count')).toContainText('1 question to review');
  await expect(page.locator('tr[data-topic="what-is-serverless"]')).toContainText('1 of 8');

  await tabTo(page, page.getByTestId('quiz-start-review'));
  await page.keyboard.press('Enter');
  await expect(card(page)).toHaveAttribute('data-question-id', missed.id);
  await answerByKeyboard(page, card(page), true);
  await tabTo(page, page.getByTestId('quiz-next'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quiz-result-score')).toContainText('1 of 1 right');
  await page.getByTestId('quiz-done').click();
  await expect(page.getByTestId('quiz-review-count')).toContainText('Nothing to review');
  expect(problems.errors).toEqual([]);
});

test('damaged progress is reset with a visible notice, and the quiz still works', async ({ page, problems }) => {
  await seedStorage(page, { [PROGRESS_KEY]: '{"version":1,"records":{"wis-what-chan' });
  await page.goto('/quiz');
  const notice = page.getByTestId('quiz-storage-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('could not be read');
  await expect(page.locator('tr[data-topic="what-is-serverless"]')).toContainText('0 of 8');
  // The recovered (empty) progress was written back, so the next visit is quiet.
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toContain('"version":1');
  await page.reload();
  await expect(page.getByTestId('quiz-app')).toHaveAttribute('data-loaded', 'true');
  await expect(notice).toHaveCount(0);
  await page.getByTestId('quiz-start-practice').click();
  await expect(card(page)).toBeVisible();
  expect(problems.errors).toEqual([]);
});

test('progress saved by another version is carried over where it still reads, with a notice', async ({ page, problems }) => {
  const record = { box: 2, due: Date.now() + 86_400_000, attempts: 1, correctCount: 1, lastCorrect: true, lastAt: Date.now() };
  await seedStorage(page, { [PROGRESS_KEY]: JSON.stringify({ version: 0, records: { 'wis-what-changes': record, 'wis-faas-or-baas': { box: 'high' } } }) });
  await page.goto('/quiz');
  await expect(page.getByTestId('quiz-storage-notice')).toContainText('1 answered question was carried over');
  await expect(page.locator('tr[data-topic="what-is-serverless"]')).toContainText('1 of 8');
  expect(problems.errors).toEqual([]);
});

test('a mock-interview drill of 15 questions across topics finishes with a result per topic', async ({ page, problems }) => {
  test.setTimeout(120_000);
  await page.goto('/quiz');
  await expect(page.getByTestId('quiz-app')).toHaveAttribute('data-loaded', 'true');
  await tabTo(page, page.getByTestId('quiz-start-drill'));
  await page.keyboard.press('Enter');
  const topics = new Set<string>();
  let right = 0;
  for (let i = 0; i < 15; i++) {
    await expect(card(page).getByTestId('quiz-position')).toHaveText(`Question ${i + 1} of 15`);
    const q = await answerByKeyboard(page, card(page), i % 3 !== 0);
    topics.add(q.topic);
    if (i % 3 !== 0) right++;
    await expect(page.getByTestId('quiz-feedback')).toHaveAttribute('data-correct', String(i % 3 !== 0));
    await next(page);
  }
  await expect(page.getByTestId('quiz-result-score')).toHaveText(`${right} of 15 right`);
  expect(topics.size).toBeGreaterThanOrEqual(10); // drawn across the course, not from one corner
  await expect(page.getByTestId('quiz-result-topics').locator('tbody tr')).toHaveCount(topics.size);
  expect(problems.errors).toEqual([]);
});

test('the drill timer ends the drill when time is up, counting unanswered questions', async ({ page, problems }) => {
  await page.clock.install();
  await page.goto('/quiz');
  await expect(page.getByTestId('quiz-app')).toHaveAttribute('data-loaded', 'true');
  await page.getByTestId('quiz-drill-timer').check();
  await page.getByTestId('quiz-start-drill').click();
  await expect(page.getByTestId('quiz-timer')).toContainText('20:00');
  await page.clock.fastForward('20:01');
  await expect(page.getByTestId('quiz-result')).toContainText('Time is up');
  await expect(page.getByTestId('quiz-result-score')).toContainText('0 of 15 right · 15 not answered');
  expect(problems.errors).toEqual([]);
});

test('presenter mode shows a question large, reveals the answer on a key press, and Esc leaves', async ({ page, problems }) => {
  await startPractice(page);
  const present = card(page).getByTestId('quiz-present');
  await tabTo(page, present);
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('quiz-presenter');
  await expect(dialog).toBeVisible();
  const id = (await card(page).getAttribute('data-question-id'))!;
  const q = quizBank.find((x) => x.id === id)!;
  await expect(dialog).toContainText(q.prompt.replace(/`/g, ''));
  await expect(page.getByTestId('quiz-presenter-reveal')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('r');
  await expect(page.getByTestId('quiz-presenter-reveal')).toHaveAttribute('aria-pressed', 'true');
  if (q.kind === 'single' || q.kind === 'multi' || q.kind === 'simulator') await expect(dialog).toContainText(q.options[0]!.explanation);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(present).toBeFocused();
  expect(problems.errors).toEqual([]);
});

test('reset progress asks first, and can be cancelled', async ({ page, problems }) => {
  await startPractice(page);
  await answerByKeyboard(page, card(page), true);
  await page.getByTestId('quiz-end-round').click();
  await page.getByTestId('quiz-done').click();
  await page.getByTestId('quiz-reset').click();
  await expect(page.getByRole('button', { name: 'Keep my progress' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('tr[data-topic="what-is-serverless"]')).toContainText('1 of 8');
  await page.getByTestId('quiz-reset').click();
  await page.getByTestId('quiz-reset-confirm').click();
  await expect(page.getByText('Your quiz progress has been reset.')).toBeVisible();
  await expect(page.locator('tr[data-topic="what-is-serverless"]')).toContainText('0 of 8');
  expect(problems.errors).toEqual([]);
});

test('the course home shows quiz mastery per topic from this browser', async ({ page, problems }) => {
  await startPractice(page);
  await answerByKeyboard(page, card(page), false);
  await page.goto('/');
  const mastery = page.getByTestId('home-mastery');
  await expect(mastery).toHaveAttribute('data-loaded', 'true');
  await expect(mastery.getByTestId('home-mastery-summary')).toContainText('Read again: What serverless is');
  await expect(mastery.locator('li[data-topic="what-is-serverless"]')).toContainText('0%');
  await expect(mastery.locator('li[data-topic="cold-starts"]')).toContainText('not started');
  expect(problems.errors).toEqual([]);
});

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`questions, feedback, presenter mode and results have no WCAG 2.1 AA violation in the ${theme} theme`, async ({ page, problems }) => {
    await useTheme(page, theme);
    await startPractice(page);
    expect(await axeViolations(page)).toEqual([]);
    await answerByKeyboard(page, card(page), false);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('quiz-present').click();
    await expect(page.getByTestId('quiz-presenter')).toBeVisible();
    await page.keyboard.press('r');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('quiz-end-round').click();
    await expect(page.getByTestId('quiz-result')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the quiz page still states the bank and says the quiz needs JavaScript', async ({ page }) => {
    await page.goto('/quiz');
    await expect(page.getByTestId('quiz-bank-size')).toHaveText(String(quizBank.length));
    // Playwright's text search skips <noscript>; a CSS locator reaches what the browser shows.
    await expect(page.locator('noscript p')).toBeVisible();
    await expect(page.locator('noscript p')).toContainText('The quiz needs JavaScript');
  });
});

/** Lessons that close with a <QuizCheck>, read from the content so new ones are tested too. */
const lessonsWithChecks = fs
  .readdirSync(path.join(process.cwd(), 'content', 'lessons'))
  .filter((f) => /^\d{2}-.+\.mdx$/.test(f) && fs.readFileSync(path.join(process.cwd(), 'content', 'lessons', f), 'utf8').includes('<QuizCheck'))
  .map((f) => f.replace(/^\d{2}-/, '').replace(/\.mdx$/, ''));

for (const slug of lessonsWithChecks) {
  test(`the check at the end of "${slug}" marks an answer by keyboard and counts it on the quiz page`, async ({ page, problems }) => {
    await page.goto(`/lessons/${slug}`);
    const first = (await lessonCheck(page)).getByTestId('quiz-question').first();
    const q = await answerByKeyboard(page, first, true);
    await expect(first.getByTestId('quiz-feedback')).toHaveAttribute('data-correct', 'true');
    await page.goto('/quiz');
    await expect(page.locator(`[data-testid=quiz-mastery] tr[data-topic="${q.topic}"]`)).toContainText(/^.*\b1 of \d+/);
    expect(problems.errors).toEqual([]);
  });
}
