import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.claude/**', '.next/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'bench-results/**', 'test-results/**'] },
  {
    // lib/ is pure logic: models, data and parsers that run in Node, tests and the browser alike.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'next', 'next/*', '@/components/*'], message: 'lib/ holds pure logic: no React, no Next, no components.' }] },
      ],
    },
  },
];

export default config;
