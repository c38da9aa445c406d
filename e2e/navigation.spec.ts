import { lessonSlugs } from './support/routes';
import { expect, test } from './support/fixtures';

test('a learner starts on the course home and opens the first lesson', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Start with lesson 1/ }).click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${lessonSlugs()[0]}$`));
  await expect(page.getByRole('navigation', { name: 'Course outline' }).locator('[aria-current="page"]')).toHaveCount(1);
});

test('Next lesson walks the whole course in outline order, and Previous walks back', async ({ page }) => {
  test.setTimeout(150_000); // two page loads per lesson, there and back
  const slugs = lessonSlugs();
  await page.goto(`/lessons/${slugs[0]}`);
  for (let i = 0; i < slugs.length; i++) {
    await expect(page).toHaveURL(new RegExp(`/lessons/${slugs[i]}$`));
    const outline = page.getByRole('navigation', { name: 'Course outline' });
    await expect(outline.locator('[aria-current="page"]')).toHaveAttribute('href', `/lessons/${slugs[i]}`);
    const pager = page.getByRole('navigation', { name: 'Previous and next lessons' });
    if (i < slugs.length - 1) await pager.getByRole('link', { name: /Next lesson/ }).click();
    else await expect(pager.getByRole('link', { name: /quiz/i })).toBeVisible();
  }
  for (let i = slugs.length - 1; i > 0; i--) {
    await page.getByRole('navigation', { name: 'Previous and next lessons' }).getByRole('link', { name: /Previous lesson/ }).click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${slugs[i - 1]}$`));
  }
});

test('the outline links to every lesson', async ({ page }) => {
  await page.goto(`/lessons/${lessonSlugs()[0]}`);
  const links = page.getByRole('navigation', { name: 'Course outline' }).getByRole('link');
  await expect(links).toHaveCount(lessonSlugs().length);
});

test('the on-page contents jump to their sections', async ({ page }) => {
  await page.goto(`/lessons/${lessonSlugs()[0]}`);
  const toc = page.getByRole('navigation', { name: 'On this page' }).filter({ visible: true }).first();
  const first = toc.getByRole('link').first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(href!)).toBeInViewport();
});

test('on a 360 px phone the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const route of ['/', `/lessons/${lessonSlugs()[0]}`, '/cheat-sheet']) {
    await page.goto(route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
});
