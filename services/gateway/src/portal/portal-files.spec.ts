import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORTAL_CONTENT_SECURITY_POLICY, servePortal } from './portal-files';

describe('serving the built portal', () => {
  let root: string;
  let outside: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    outside = await mkdtemp(join(tmpdir(), 'portal-files-'));
    root = join(outside, 'dist');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Tapestry</title>');
    await writeFile(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    await writeFile(join(outside, 'secret.txt'), 'not for the web');
    server = createServer((request, response) => {
      const { pathname } = new URL(request.url ?? '/', 'http://portal');
      void servePortal(root, request, response, pathname).then((served) => {
        if (!served) response.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(outside, { recursive: true, force: true });
  });

  it('serves a built asset with its type, cached for good since its name carries its hash', async () => {
    const response = await fetch(`${base}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers any page of the app with index.html, never cached, under the portal’s content security policy', async () => {
    const response = await fetch(`${base}/programme/rounds/123`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toBe(PORTAL_CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Tapestry</title>');
  });

  it('never serves a file outside the build, however the path is written', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00', '/%E0%A4%A']) {
      const body = await (await fetch(`${base}${path}`)).text();
      expect(body).not.toContain('not for the web');
    }
  });

  it('leaves other methods to the caller', async () => {
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(404);
  });
});
