import { allRoutes, hasSimulator } from './support/routes';
import { expect, test, waitForSimulator } from './support/fixtures';

for (const route of allRoutes()) {
  test(`${route} renders with a heading, no console error and no failed request`, async ({ page, problems }) => {
    await page.goto(route);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    if (await hasSimulator(page)) await waitForSimulator(page);
    await page.waitForLoadState('networkidle');
    expect(problems.errors).toEqual([]);
  });
}

test('an unknown page shows the course’s own not-found message', async ({ page }) => {
  await page.goto('/lessons/no-such-lesson');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not in the course/);
});
