import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every fast-check property names how many cases it runs and gives its test a timeout sized for a
 * loaded two-core machine: Vitest's 5 s default once failed CI while a build ran beside the tests.
 * Read from the test files themselves, so a new property test cannot forget either.
 */
const root = path.resolve(__dirname, '..');

function testFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'node_modules' ? [] : testFiles(rel);
    return /\.test\.tsx?$/.test(d.name) ? [rel] : [];
  });
}

/** The text from an opening parenthesis to its match, skipping strings and line comments. */
function parenthesised(source: string, open: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i);
    else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return source.slice(open, i + 1);
  }
  throw new Error(`unbalanced parenthesis at ${open}`);
}

const files = ['lib', 'components', 'content', 'scripts'].flatMap(testFiles).filter((f) => f !== path.join('scripts', 'property-tests.test.ts') && fs.readFileSync(path.join(root, f), 'utf8').includes('fc.assert('));

describe('property tests are sized for a loaded machine', () => {
  it('there are property tests to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s: every fc.assert names its numRuns, and its test has a timeout', (file) => {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    const problems: string[] = [];
    const line = (i: number) => source.slice(0, i).split('\n').length;
    for (const m of source.matchAll(/fc\.assert\(/g)) {
      const call = parenthesised(source, m.index + m[0].length - 1);
      // A shared constant (const RUNS = { numRuns: … }) counts when the file defines it.
      if (!/numRuns/.test(call) && !/\b[A-Z_]+\s*\)$/.test(call.replace(/,?\s*\)$/, ')'))) problems.push(`line ${line(m.index)}: fc.assert without numRuns`);
    }
    for (const m of source.matchAll(/\bit(?:\.each\([^)]*\))?\(/g)) {
      const call = parenthesised(source, m.index + m[0].length - 1);
      if (!call.includes('fc.assert(')) continue;
      const beforeBody = call.slice(0, call.indexOf('=>'));
      // Either an options object before the body (`{ timeout: 30_000 }`, or a named constant), or a timeout after it (`}, 20_000)`).
      const timeoutAfter = /\},\s*[\d_]+\s*\)$/.test(call);
      if (!timeoutAfter && !/timeout|[A-Z_]{4,}/.test(beforeBody)) problems.push(`line ${line(m.index)}: a property test without a timeout`);
    }
    expect(problems).toEqual([]);
  });
});
