import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Two projects so `npm test` can report pure-logic tests and content checks separately.
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
        test: { name: 'content', include: ['content/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
