import { lessonSlugs } from './support/routes';
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

for (const slug of lessonSlugs()) {
  test(`lesson "${slug}" reads in full with JavaScript off`, async ({ page }) => {
    await page.goto(`/lessons/${slug}`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'By the end of this lesson you will be able to' })).toBeVisible();
    const paragraphs = page.locator('article p');
    expect(await paragraphs.count()).toBeGreaterThan(5);
    await expect(page.getByRole('heading', { name: 'What to remember' })).toBeVisible();
    // Simulators say they need JavaScript instead of leaving an empty box.
    const sims = await page.locator('[data-simulator]').count();
    if (sims > 0) await expect(page.getByText('It needs JavaScript').first()).toBeVisible();
  });
}

test('the course outline opens and closes without JavaScript on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/lessons/${lessonSlugs()[0]}`);
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline).toBeHidden();
  await page.getByText('Course outline', { exact: true }).click();
  await expect(outline).toBeVisible();
});
