import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Pure logic (lib), a few component behaviours that need a DOM, and content checks, reported separately.
export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'lib', include: ['lib/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'components', include: ['components/**/*.test.{ts,tsx}'], environment: 'jsdom' },
      },
      {
        extends: true,
        test: { name: 'content', include: ['content/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
