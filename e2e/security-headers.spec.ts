import { allRoutes, hasSimulator } from './support/routes';
import { expect, test, waitForSimulator } from './support/fixtures';

/**
 * Every page is served with the headers the build writes to out/_headers (scripts/serve.mjs serves
 * them as hosts do), and must work under them: no Content-Security-Policy violation while it loads,
 * hydrates and runs its simulator, and its controls respond.
 */
for (const route of allRoutes()) {
  test(`${route} loads under its Content-Security-Policy with no violation, and hydrates`, async ({ page, problems }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
    });
    const response = await page.goto(route);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers['x-content-type-options']).toBe('nosniff');

    // Hydrated: the theme toggle (a client component on every page) answers a click.
    const html = page.locator('html');
    const before = (await html.getAttribute('class'))?.includes('dark') ? 'dark' : 'light';
    await page.getByTestId('theme-toggle').click();
    await expect(html).toHaveClass(new RegExp(`\\b${before === 'dark' ? 'light' : 'dark'}\\b`));
    // A simulator's chunk, its worker and its charts load under the policy too.
    if (await hasSimulator(page)) await waitForSimulator(page);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
}
