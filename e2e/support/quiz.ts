import type { Locator, Page } from '@playwright/test';
import { quizBank } from '../../content/quiz';
import type { Question } from '../../lib/quiz/types';

export { quizBank };
export const PROGRESS_KEY = 'serverless-lab.quiz.progress';

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab (as a keyboard user would) until `target` has focus. */
export async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Tabs into a radio group, then moves with the arrow keys until `value` is checked. */
async function chooseRadio(page: Page, group: Locator, value: string) {
  const radios = group.locator('input[type=radio]');
  const count = await radios.count();
  for (let i = 0; i < 80; i++) {
    const focused = await radios.evaluateAll((els) => els.some((el) => el === document.activeElement));
    if (focused) break;
    await page.keyboard.press('Tab');
  }
  const target = group.locator(`input[type=radio][value="${value}"]`);
  if (!(await target.isChecked())) await page.keyboard.press('Space'); // the focused radio may be the one
  for (let i = 0; i < count + 1 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
}

export function questionById(id: string): Question {
  const q = quizBank.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

/** Answers the card's question right or wrong, by keyboard only, then checks it. */
export async function answerByKeyboard(page: Page, card: Locator, correct: boolean): Promise<Question> {
  const q = questionById((await card.getAttribute('data-question-id'))!);
  switch (q.kind) {
    case 'single':
    case 'simulator': {
      const pick = q.options.find((o) => o.correct === correct)!;
      await chooseRadio(page, card.locator('form'), pick.id);
      break;
    }
    case 'multi': {
      const wanted = new Set((correct ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct)!]).map((o) => o.id));
      // Visit the boxes in page order, so Tab only ever moves forward.
      const inPageOrder = await card.locator('input[type=checkbox]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
      for (const id of inPageOrder.filter((v) => wanted.has(v))) {
        await tabTo(page, card.locator(`input[value="${id}"]`));
        await page.keyboard.press('Space');
      }
      break;
    }
    case 'fit':
      for (const s of q.scenarios) {
        const verdict = correct ? s.verdict : s.verdict === 'fit' ? 'poor' : 'fit';
        await chooseRadio(page, card.locator('fieldset fieldset').filter({ hasText: s.text }), verdict);
      }
      break;
    case 'numeric':
      await tabTo(page, card.locator('input[type=text]'));
      await page.keyboard.type(String(correct ? q.answer : q.answer * 10 + 100));
      break;
    case 'ordering':
      if (correct) {
        for (let i = 0; i < q.items.length; i++) {
          const item = q.items[i]!;
          const current = await card.locator('ol li').evaluateAll((lis, text) => lis.findIndex((li) => li.textContent?.includes(text as string)), item.text);
          if (current === i) continue;
          await tabTo(page, card.getByRole('button', { name: `Move up: ${item.text}` }));
          for (let k = 0; k < current - i; k++) await page.keyboard.press('Enter');
        }
      } // a wrong answer leaves the scrambled order, which is never already solved
      break;
  }
  await tabTo(page, card.getByTestId('quiz-check'));
  await page.keyboard.press('Enter');
  return q;
}

/** How many explained parts a question's feedback lists. */
export function partsOf(q: Question): number {
  if (q.kind === 'fit') return q.scenarios.length;
  if (q.kind === 'ordering') return q.items.length;
  if (q.kind === 'numeric') return 0;
  return q.options.length;
}
