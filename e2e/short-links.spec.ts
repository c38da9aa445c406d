import { simulatorCatalog } from '../lib/simulators/catalog';
import { expect, test, waitForSimulator } from './support/fixtures';

/** Every preset of every simulator, read from the one registry, so a new one is tested without editing a list. */
for (const { id, scenario } of simulatorCatalog) {
  test(`?preset= opens each preset of the ${id} simulator, with no notice`, async ({ page, problems }) => {
    test.setTimeout(30_000 + 15_000 * scenario.presets.length);
    for (const preset of scenario.presets) {
      await page.goto(`/simulators/${id}?preset=${preset.id}`);
      await waitForSimulator(page);
      await expect(page.getByTestId(`preset-${preset.id}`), preset.id).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByTestId('scenario-notices')).toHaveCount(0);
    }
    expect(problems.errors).toEqual([]);
  });
}

test('a parameter after ?preset= overrides it, and the address keeps the short form', async ({ page }) => {
  await page.goto('/simulators/littles-law?preset=flash-sale&limit=3000');
  await waitForSimulator(page);
  await expect(page.getByTestId('metric-required-concurrency')).toHaveText('2,000');
  await expect(page.getByTestId('metric-throttled-share')).toHaveText('0%');
  await expect(page.getByTestId('preset-flash-sale')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('input-duration').fill('300');
  await page.getByTestId('input-duration').press('Enter');
  await expect(page.getByTestId('metric-required-concurrency')).toHaveText('3,000');
  await expect.poll(() => new URL(page.url()).search).toBe('?preset=flash-sale&duration=300&limit=3000');
  // Reset returns to the preset the link opened.
  await page.getByTestId('reset').click();
  await expect(page.getByTestId('preset-flash-sale')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => new URL(page.url()).search).toBe('?preset=flash-sale');
});

test('an unknown preset gets a notice and a working simulator', async ({ page }) => {
  await page.goto('/simulators/cold-start?preset=java-snapstrat');
  await waitForSimulator(page);
  await expect(page.getByTestId('scenario-notices')).toContainText('there is no scenario called "java-snapstrat"; starting from the default scenario');
  await expect(page.getByTestId('metric-p99')).toHaveText(/^\d[\d,.]* ms$/);
});

test('a notice shows a hostile value isolated in <bdi>, with no direction override left in it', async ({ page }) => {
  // U+202E would make the rest of the sentence read backwards; 0x10 is hex, which links may not use.
  await page.goto('/simulators/littles-law?limit=%E2%80%AEdeifirev%20knil&rps=0x10');
  await waitForSimulator(page);
  const notices = page.getByTestId('scenario-notices');
  await expect(notices).toContainText('Concurrency limit (limit): "deifirev knil" is not a number; using 1,000 environments.');
  await expect(notices).toContainText('Request rate (rps): "0x10" is not a decimal number; using 100 requests/s.');
  await expect(notices.locator('bdi')).toHaveText(['0x10', 'deifirev knil']);
  expect(await notices.textContent()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
});
