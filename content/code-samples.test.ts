import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { getLessons } from '@/lib/content/lessons';

/**
 * Code in the lessons is real code: every YAML and JSON sample parses, every Python sample is valid
 * syntax, and every TypeScript sample typechecks (strict) against the real AWS SDK, CDK and Lambda
 * types. A learner who copies a sample gets something that works.
 */
interface Sample {
  lesson: string;
  index: number;
  lang: string;
  code: string;
}

const FENCE = /^```([\w-]+)[^\n]*\n([\s\S]*?)^```/gm;
const samples: Sample[] = getLessons().flatMap((lesson) =>
  [...lesson.body.matchAll(FENCE)].map((m, index) => ({ lesson: lesson.file, index, lang: m[1]!.toLowerCase(), code: m[2]! })),
);
const byLang = (...langs: string[]) => samples.filter((s) => langs.includes(s.lang));
const label = (s: Sample) => `${s.lesson} sample ${s.index + 1} (${s.lang})`;

// CloudFormation's short-form intrinsic functions, so SAM templates parse as CloudFormation reads them.
const intrinsic = ['Ref', 'GetAtt', 'Sub', 'Join', 'If', 'Equals', 'Not', 'And', 'Or', 'FindInMap', 'Select', 'Split', 'ImportValue', 'GetAZs', 'Base64', 'Cidr', 'Condition'];
const cloudFormationTags = intrinsic.flatMap((name) => {
  const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
  return [
    { tag: `!${name}`, resolve: (value: string) => ({ [key]: value }) },
    { tag: `!${name}`, collection: 'seq' as const, resolve: (value: unknown) => ({ [key]: value }) },
    { tag: `!${name}`, collection: 'map' as const, resolve: (value: unknown) => ({ [key]: value }) },
  ];
});

/** Declares a group only when the course has samples in that language (an empty it.each is an error). */
const forSamples = (langs: string[], title: string, body: (list: Sample[]) => void) => {
  const list = byLang(...langs);
  if (list.length > 0) describe(title, () => body(list));
};

forSamples(['yaml', 'yml'], 'YAML samples', (list) => {
  it.each(list.map((s) => [label(s), s] as const))('%s parses', (_l, s) => {
    const doc = YAML.parseDocument(s.code, { customTags: cloudFormationTags });
    expect(doc.errors.map((e) => e.message)).toEqual([]);
  });
});

forSamples(['json'], 'JSON samples', (list) => {
  it.each(list.map((s) => [label(s), s] as const))('%s parses', (_l, s) => {
    expect(() => JSON.parse(s.code)).not.toThrow();
  });
});

forSamples(['python', 'py'], 'Python samples', (list) => {
  it.each(list.map((s) => [label(s), s] as const))('%s is valid Python', (_l, s) => {
    const run = spawnSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: s.code, encoding: 'utf8' });
    expect(run.error, 'python3 is needed to check the Python samples').toBeUndefined();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

forSamples(['ts', 'typescript', 'tsx'], 'TypeScript samples', (tsSamples) => {
  // Inside node_modules/.cache so module resolution finds the project's packages.
  const dir = path.join(process.cwd(), 'node_modules', '.cache', 'lesson-samples');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files = tsSamples.map((s) => {
    const file = path.join(dir, `${s.lesson.replace('.mdx', '')}-${s.index + 1}.${s.lang === 'tsx' ? 'tsx' : 'ts'}`);
    fs.writeFileSync(file, `${s.code}\nexport {};\n`); // each sample is its own module
    return { sample: s, file };
  });
  const program = ts.createProgram(
    files.map((f) => f.file),
    {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts'],
      types: ['node', 'aws-lambda'],
      skipLibCheck: true,
      jsx: ts.JsxEmit.ReactJSX,
    },
  );
  const diagnostics = ts.getPreEmitDiagnostics(program);

  it.each(files.map((f) => [label(f.sample), f] as const))('%s typechecks', (_l, { file }) => {
    const mine = diagnostics
      .filter((d) => d.file?.fileName === file)
      .map((d) => {
        const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
        return `line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    expect(mine).toEqual([]);
  });
});
