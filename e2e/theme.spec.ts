import { expect, test } from './support/fixtures';

test('the theme follows the system setting on a first visit', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
});

test('a chosen theme is kept across reloads, with no flash of the other theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/lessons/what-is-serverless');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);

  // Record the theme class as the document is first parsed, before React hydrates.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { firstClass: string }).firstClass = document.documentElement.className;
    });
  });
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  expect(await page.evaluate(() => (window as unknown as { firstClass: string }).firstClass)).toMatch(/\bdark\b/);

  await page.getByTestId('theme-toggle').click();
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\blight\b/);
});
