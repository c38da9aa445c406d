import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderLambdaEdge, renderNginxMap } from './hosts.mjs';
import { headerRules, headersFor, inlineScripts, limitProblems, pageUrls, parseHeadersFile, renderHeadersFile, scriptHash } from './rules.mjs';

const page = (scripts: string[]) =>
  `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script>${scripts.map((s) => `<script>${s}</script>`).join('')}</head><body><script id="_R_">${'x'}</script></body></html>`;

function site(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'headers-'));
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

describe('each page\'s Content-Security-Policy', () => {
  it('allows exactly the inline scripts the page carries, by hash, and never scripts inline in general', () => {
    const dir = site({ 'index.html': page(['self.__next_f.push([1])', 'theme()']), 'lessons/cold-starts.html': page(['other()']) });
    const rules = headerRules(dir);
    const home = headersFor(rules, '/').get('Content-Security-Policy')!;
    expect(home).toContain(`'${scriptHash('self.__next_f.push([1])')}'`);
    expect(home).toContain(`'${scriptHash('theme()')}'`);
    expect(home).toContain(`'${scriptHash('x')}'`); // a script with attributes but no src is inline too
    expect(home).not.toContain(scriptHash('other()'));
    expect(home).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headersFor(rules, '/lessons/cold-starts').get('Content-Security-Policy')).toContain(scriptHash('other()'));
  });

  it('names every directive the course needs: workers, WebAssembly for search, data: images, no framing', () => {
    const csp = headersFor(headerRules(site({ 'index.html': page([]) })), '/').get('Content-Security-Policy')!;
    for (const directive of ["worker-src 'self'", "'wasm-unsafe-eval'", "connect-src 'self'", "img-src 'self' data:", "frame-ancestors 'none'", "object-src 'none'", "style-src 'self' 'unsafe-inline'"]) {
      expect(csp).toContain(directive);
    }
  });

  it('sends the site-wide headers everywhere, and no page policy to a path that is not a page', () => {
    const rules = headerRules(site({ 'index.html': page([]) }));
    const unknown = headersFor(rules, '/no-such-page');
    expect(unknown.get('X-Content-Type-Options')).toBe('nosniff');
    expect(unknown.get('Referrer-Policy')).toBeDefined();
    expect(unknown.get('Permissions-Policy')).toContain('camera=()');
    expect(unknown.has('Content-Security-Policy')).toBe(false);
    expect(headersFor(rules, '/_next/static/chunks/a.js').get('Cache-Control')).toContain('immutable');
  });

  it('answers a page by its clean URL and by its file name', () => {
    expect(pageUrls('index.html')).toEqual(['/', '/index.html']);
    expect(pageUrls(path.join('lessons', 'cold-starts.html'))).toEqual(['/lessons/cold-starts', '/lessons/cold-starts.html']);
  });

  it('skips scripts with a src, whatever the attribute order', () => {
    expect(inlineScripts('<script async src="/a.js"></script><script type="module">go()</script>')).toEqual(['go()']);
  });
});

describe('the _headers file', () => {
  it('reads back exactly the rules it was written from', () => {
    const rules = headerRules(site({ 'index.html': page(['a()']), 'quiz.html': page(['b()']) }));
    expect(parseHeadersFile(renderHeadersFile(rules))).toEqual(rules);
  });

  it('says when a build would exceed what Cloudflare Pages accepts', () => {
    const rules = Array.from({ length: 101 }, (_, i) => ({ path: `/p${i}`, headers: [['X', 'y'] as [string, string]] }));
    expect(limitProblems(rules)).toEqual(['101 rules, more than the 100 Cloudflare Pages reads']);
    expect(limitProblems([{ path: '/', headers: [['Content-Security-Policy', 'x'.repeat(2001)]] }])[0]).toContain('2001 characters');
  });
});

describe('the same policies for nginx and CloudFront', () => {
  const rules = headerRules(site({ 'index.html': page(['a()']), 'lessons/cold-starts.html': page(['b()']) }));

  it('nginx: a map from the file served to its policy', () => {
    const map = renderNginxMap(rules);
    expect(map).toMatch(/^# Generated/);
    expect(map).toContain(`"/lessons/cold-starts.html" "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${scriptHash('b()')}'`);
  });

  it('CloudFront: a Lambda@Edge handler that adds the policy of the page requested', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'edge-')), 'handler.mjs');
    fs.writeFileSync(file, renderLambdaEdge(rules));
    const { handler } = await import(file);
    const event = (uri: string) => ({ Records: [{ cf: { request: { uri }, response: { headers: {} as Record<string, { key: string; value: string }[]> } } }] });
    const page = await handler(event('/lessons/cold-starts.html'));
    expect(page.headers['content-security-policy'][0].value).toContain(scriptHash('b()'));
    expect((await handler(event('/fonts/inter.woff2'))).headers['content-security-policy']).toBeUndefined();
  });
});
