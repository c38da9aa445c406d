import { expect, test, waitForSimulator } from './support/fixtures';

const page_ = '/simulators/littles-law';

test.describe("the Little's law demo simulator", () => {
  test('works by keyboard alone: sliders, number fields, scenarios, reset and presenter mode', async ({ page }) => {
    await page.goto(page_);
    await waitForSimulator(page);
    const required = page.getByTestId('metric-required-concurrency');
    await expect(required).toHaveText('20');

    // Tab to the first scenario button and pick "Flash sale" with the keyboard.
    const flash = page.getByTestId('preset-flash-sale');
    await flash.focus();
    await page.keyboard.press('Enter');
    await expect(flash).toHaveAttribute('aria-pressed', 'true');
    await expect(required).toHaveText('2,000');
    await expect(page.getByTestId('metric-throttled-share')).toContainText('50%');

    // Arrow keys move a slider and the result follows.
    const duration = page.getByTestId('range-duration');
    await duration.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(required).not.toHaveText('2,000');
    await expect(flash).toHaveAttribute('aria-pressed', 'false');

    // Type an exact value into the number field.
    const limit = page.getByTestId('input-limit');
    await limit.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('3000');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('range-limit')).toHaveAttribute('aria-valuetext', '3,000 environments');

    // Reset returns to the starting scenario.
    await page.getByTestId('reset').focus();
    await page.keyboard.press('Enter');
    await expect(required).toHaveText('20');

    // Presenter mode opens with the keyboard and Esc leaves it, returning focus to its button.
    await page.getByTestId('presenter-enter').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('simulator-shell')).toHaveAttribute('data-presenting', 'true');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('simulator-shell')).not.toHaveAttribute('data-presenting', 'true');
    await expect(page.getByTestId('presenter-enter')).toBeFocused();
  });

  test('every control has a label a screen reader can announce', async ({ page }) => {
    await page.goto(page_);
    await waitForSimulator(page);
    for (const name of ['Request rate', 'Average duration', 'Concurrency limit']) {
      await expect(page.getByRole('slider', { name })).toBeVisible();
      await expect(page.getByRole('spinbutton', { name })).toBeVisible();
    }
    await expect(page.getByTestId('simulator-summary')).toContainText('nothing is throttled');
  });

  test('a copied link reopens the same scenario with the same figures', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(page_);
    await waitForSimulator(page);
    await page.getByTestId('preset-reserved-cap').click();
    await page.getByTestId('input-rps').fill('333');
    await page.getByTestId('input-rps').press('Enter');
    // 333 requests/s at 200 ms: 66.6 environments, shown whole. Read the figures once they have caught up.
    await expect(page.getByTestId('metric-required-concurrency')).toHaveText('67');
    const figures = async (p: typeof page) =>
      Promise.all(['metric-required-concurrency', 'metric-throttled-share', 'metric-max-rps'].map((id) => p.getByTestId(id).textContent()));
    const before = await figures(page);

    await page.getByTestId('copy-link').click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The short form: the preset, and only what differs from it.
    expect(link).toMatch(/\/simulators\/littles-law\?preset=reserved-cap&rps=333#sim-littles-law$/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await waitForSimulator(other);
    expect(await figures(other)).toEqual(before);
    await expect(other.getByTestId('input-limit')).toHaveValue('50');
    await fresh.close();
  });

  test('a broken link gets a clear notice and a working simulator, never NaN', async ({ page }) => {
    await page.goto(`${page_}?rps=1e12&duration=-5&limit=lots`);
    await waitForSimulator(page);
    const notices = page.getByTestId('scenario-notices');
    await expect(notices).toContainText('Request rate (rps)');
    await expect(notices).toContainText('above the maximum');
    await expect(notices).toContainText('below the minimum');
    await expect(notices).toContainText('"lots" is not a number');
    const text = await page.getByTestId('simulator-shell').textContent();
    expect(text).not.toMatch(/NaN|Infinity/);
    await expect(page.getByTestId('concurrency-chart')).toBeVisible();
  });

  test('the lesson embeds the simulator and its link returns to the lesson, not the standalone page', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/lessons/what-is-serverless');
    await waitForSimulator(page);
    await page.getByTestId('copy-link').click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/lessons\/what-is-serverless\?preset=api#sim-littles-law$/);
  });
});

test('a lesson does not fetch its simulator until the reader scrolls near it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/lessons/what-is-serverless');
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('simulator-shell')).toHaveCount(0);
  await expect(page.getByTestId('simulator-placeholder')).toHaveCount(1);
  await page.locator('[data-simulator]').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('simulator-shell')).toBeVisible();
});
