import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, systemChromium } from './scripts/browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
const executablePath: string | undefined = systemChromium();

/** Browser journeys run against the built static site in out/, served as a static host would. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_FLAGS },
    trace: 'off',
  },
  webServer: {
    // The security headers of out/_headers, gzip and clean URLs, as hosts serve them (scripts/serve.mjs).
    command: `node scripts/serve.mjs ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
