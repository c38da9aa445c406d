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

test('a lesson lists every figure it quotes under its source, with the date it was checked, without JavaScript', async ({ page }) => {
  await page.goto('/lessons/cost-model');
  const figures = page.getByRole('list', { name: 'Figures in this lesson, and when each was checked' });
  await expect(figures).toBeVisible();
  // The same page can appear twice, once per date it was checked; the request price sits under one of them.
  const pricing = figures
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'AWS Lambda pricing', exact: true }) })
    .filter({ hasText: '$0.20 per million requests' });
  await expect(pricing).toContainText(/\(checked \d{1,2} \w+ \d{4}\)/);
});
