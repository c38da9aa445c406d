import { expect, test } from './support/fixtures';
import { answerByKeyboard, tabTo } from './support/quiz';
import { answerLessonCheck, QUIZ_KEY, refuseStorage, seedStorage, stored, storedQuizIds } from './support/storage';

/**
 * Progress is merged, never replaced (issue 10): each journey starts from the state that used to
 * lose a learner's work.
 */

const DAY = 86_400_000;
const record = (lastCorrect: boolean) => ({ box: lastCorrect ? 2 : 1, due: Date.now() + DAY, attempts: 1, correctCount: lastCorrect ? 1 : 0, lastCorrect, lastAt: Date.now() - DAY });
const quizPageProgress = { version: 1, records: { 'wis-what-changes': record(true), 'cost-crossover': record(false), 'conc-burst-limit': record(true) }, drills: [] };

test('quiz progress stored on the quiz page survives answering a lesson check', async ({ page, problems }) => {
  // Answer on the quiz page first, as a learner would.
  await page.goto('/quiz');
  await expect(page.getByTestId('quiz-app')).toHaveAttribute('data-loaded', 'true');
  await tabTo(page, page.getByTestId('quiz-start-practice'));
  await page.keyboard.press('Enter');
  const onQuizPage = await answerByKeyboard(page, page.getByTestId('quiz-question'), false);

  await page.goto('/lessons/cold-starts');
  const inLesson = await answerLessonCheck(page);
  await expect.poll(() => storedQuizIds(page)).toEqual([inLesson, onQuizPage.id].sort());

  await page.goto('/quiz');
  await expect(page.getByTestId('quiz-review-count')).toContainText('1 question to review');
  expect(problems.errors).toEqual([]);
});

test('a damaged record is dropped with a notice on the lesson page, and every other record is kept', async ({ page, problems }) => {
  await seedStorage(page, { [QUIZ_KEY]: JSON.stringify({ ...quizPageProgress, records: { ...quizPageProgress.records, 'cs-warm-pings': { box: 'high' } } }) });
  await page.goto('/lessons/cold-starts');
  await expect(page.getByTestId('quiz-storage-notice')).toContainText('1 unreadable entry was dropped and the rest was kept');
  const answered = await answerLessonCheck(page);
  await expect.poll(() => storedQuizIds(page)).toEqual([...Object.keys(quizPageProgress.records), answered].sort());
  expect(problems.errors).toEqual([]);
});

test('two pages answering at once keep both answers', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  await Promise.all([first.goto('/lessons/cold-starts'), second.goto('/lessons/what-is-serverless')]);
  // Both pages loaded before either answered, each holding the same (empty) progress.
  const [a, b] = await Promise.all([answerLessonCheck(first), answerLessonCheck(second)]);
  for (const page of [first, second]) await expect.poll(() => storedQuizIds(page)).toEqual([a, b].sort());
  const fresh = await context.newPage();
  await fresh.goto('/quiz');
  await expect.poll(() => storedQuizIds(fresh)).toEqual([a, b].sort());
});

test('a page open in another tab picks up an answer given here', async ({ context }) => {
  const quiz = await context.newPage();
  await quiz.goto('/quiz');
  await expect(quiz.locator('tr[data-topic="cold-starts"]')).toContainText(/^.*\b0 of \d+/);
  const lesson = await context.newPage();
  await lesson.goto('/lessons/cold-starts');
  await answerLessonCheck(lesson);
  await expect(quiz.locator('tr[data-topic="cold-starts"]')).toContainText(/^.*\b1 of \d+/);
});

test('storage that refuses every write: a warning on load, and a message under the answer that was not saved', async ({ page }) => {
  await refuseStorage(page);
  await page.goto('/quiz');
  await expect(page.getByTestId('storage-warning')).toContainText('will be forgotten when you leave');

  await page.goto('/lessons/cold-starts');
  await expect(page.getByTestId('storage-warning')).toContainText('This browser is not letting the course save anything');
  await answerLessonCheck(page);
  const card = page.getByTestId('quiz-lesson-check').getByTestId('quiz-question').first();
  await expect(card.getByTestId('save-failed')).toContainText('Your answer was not saved');
  // The answer still counts on the page.
  await expect(card.getByTestId('quiz-feedback')).toBeVisible();
});

test('progress saved by a newer version of the course is never written over: read-only, with a notice and a backup', async ({ page }) => {
  const newer = JSON.stringify({ ...quizPageProgress, version: 99, somethingNew: true });
  await seedStorage(page, { [QUIZ_KEY]: newer });
  await page.goto('/lessons/cold-starts');
  await expect(page.getByTestId('quiz-storage-notice')).toContainText('saved by a newer version of the course');
  await answerLessonCheck(page);
  await expect(page.getByTestId('save-failed').first()).toContainText('saved by a newer version');
  expect(await stored(page, QUIZ_KEY)).toEqual(JSON.parse(newer));
  expect(await stored(page, `${QUIZ_KEY}.backup`)).toEqual(JSON.parse(newer));
});
