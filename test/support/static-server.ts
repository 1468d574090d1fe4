import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface TestServer {
  origin: string;
  port: number;
  /** Paths requested so far, in order (with query strings). */
  requests: string[];
  /** Paths that answer 404, to simulate a missing file (e.g. the UI chunk). */
  failing: Set<string>;
  /** Paths whose response is held back this many milliseconds, to simulate a slow file. */
  slow: Map<string, number>;
  /** Extra response headers per path prefix, e.g. a CSP for one fixture. */
  headers: Map<string, Record<string, string>>;
  close(): Promise<void>;
}

/**
 * Tracker stand-ins: `/tracker/<name>.js` records its run in `window.__order` and `window.__ran`, and
 * sets a cookie named by `?cookie=`; `?delay=` holds the response back. `/pixel/<name>` is an image.
 * Nothing leaves 127.0.0.1.
 */
function trackerScript(name: string, url: URL): string {
  const cookie = url.searchParams.get('cookie');
  const domain = url.searchParams.get('domain');
  return `(window.__order = window.__order || []).push(${JSON.stringify(name)});
(window.__ran = window.__ran || {})[${JSON.stringify(name)}] = true;
${cookie ? `document.cookie = ${JSON.stringify(`${cookie}=1; path=/${domain ? `; domain=${domain}` : ''}`)};` : ''}`;
}

/** A static server for the repo root (dist, test fixtures) plus tracker stand-ins, on 127.0.0.1. */
export async function startTestServer(): Promise<TestServer> {
  const requests: string[] = [];
  const failing = new Set<string>();
  const slow = new Map<string, number>();
  const headers = new Map<string, Record<string, string>>();
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      requests.push(url.pathname + url.search);
      for (const [prefix, extra] of headers) if (url.pathname.startsWith(prefix)) for (const [key, value] of Object.entries(extra)) response.setHeader(key, value);
      if (failing.has(url.pathname)) {
        response.writeHead(404).end('not found');
        return;
      }
      const holdBack = slow.get(url.pathname);
      if (holdBack) await new Promise((resolve) => setTimeout(resolve, holdBack));
      const tracker = /^\/tracker\/([\w-]+)\.js$/.exec(url.pathname);
      if (tracker) {
        const delay = Number(url.searchParams.get('delay') ?? 0);
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(trackerScript(tracker[1]!, url));
        return;
      }
      if (url.pathname.startsWith('/pixel/') || url.pathname.startsWith('/embed/')) {
        response.writeHead(200, { 'content-type': url.pathname.startsWith('/pixel/') ? 'image/gif' : 'text/html' }).end(url.pathname.startsWith('/pixel/') ? Buffer.from('R0lGODlhAQABAAAAACw=', 'base64') : '<p>embedded</p>');
        return;
      }
      const path = normalize(join(ROOT, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
      if (!path.startsWith(ROOT)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(path);
        response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
      } catch {
        response.writeHead(404).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    failing,
    slow,
    headers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
