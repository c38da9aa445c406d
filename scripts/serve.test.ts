import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from './serve.mjs';
import { scriptHash } from './security-headers/rules.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
const lesson = `<html><body>${'A lesson. '.repeat(300)}<script>go()</script></body></html>`;
fs.mkdirSync(path.join(dir, 'lessons', 'cold-starts'), { recursive: true }); // Next writes a folder beside each page
fs.writeFileSync(path.join(dir, 'lessons', 'cold-starts.html'), lesson);
fs.writeFileSync(path.join(dir, 'index.html'), '<html>home</html>');
fs.writeFileSync(path.join(dir, '404.html'), '<html>Page not found</html>');
const outside = `secret-${path.basename(dir)}.txt`;
fs.writeFileSync(path.join(dir, '..', outside), 'not part of the site');

const server = createStaticServer(dir);
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, resolve));
  base = `http://localhost:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw GET, bytes as sent (fetch would unzip them). */
function rawGet(urlPath: string, headers: Record<string, string>) {
  return new Promise<{ status?: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http.get({ hostname: 'localhost', port: new URL(base).port, path: urlPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('the local static server, as a host serves out/', () => {
  it('serves a lesson at its clean URL with that page\'s policy, written to out/_headers on first start', async () => {
    const res = await fetch(`${base}/lessons/cold-starts`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain(scriptHash('go()'));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(fs.existsSync(path.join(dir, '_headers'))).toBe(true);
  });

  it('gzips text for a browser that asks, as hosts do', async () => {
    const res = await rawGet(`/lessons/cold-starts`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.length).toBeLessThan(lesson.length / 5);
    expect(gunzipSync(res.body).toString()).toBe(lesson);
    const plain = await rawGet(`/lessons/cold-starts`, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('answers an unknown path with 404.html and status 404', async () => {
    const res = await fetch(`${base}/lessons/cold-start`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
  });

  it('never serves _headers or anything outside out/', async () => {
    expect((await fetch(`${base}/_headers`)).status).toBe(404);
    // Sent as written (fetch would tidy the dots away before they reached the server).
    for (const sneaky of [`/%2e%2e/${outside}`, `/../${outside}`, `/lessons/..%2f..%2f${outside}`]) {
      const res = await rawGet(sneaky, {});
      expect(res.status).toBe(404);
      expect(res.body.toString()).not.toContain('not part of the site');
    }
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });
});
