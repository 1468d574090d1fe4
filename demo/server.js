// The demo site's server: the Brygge Coworking pages in four languages (rendered from demo/texts.js),
// Samtykke's build at /samtykke/, the site's own files at /assets/, and local stand-ins for the
// trackers at /stand-ins/<vendor host>/… (demo/stand-ins.js). Nothing on the demo reaches the internet.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGES, renderPage } from './pages.js';
import { LANGUAGES } from './texts.js';
import { pagePath } from './site-config.js';
import { standInResponse } from './stand-ins.js';

const ASSETS = fileURLToPath(new URL('./site/', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** `/da/privatliv` → { language: 'da', page: 'policy' }, for every language and page. */
const ROUTES = new Map(LANGUAGES.flatMap((language) => PAGES.map((page) => [pagePath(language, page), { language, page }])));

/** The visitor's preferred demo language from Accept-Language (Norwegian "no"/"nn" → nb), else Danish. */
export function preferredLanguage(header = '') {
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...parameters] = part.trim().toLowerCase().split(';');
      const q = parameters.map((parameter) => /^q=([\d.]+)$/.exec(parameter.trim())).find(Boolean);
      return { tag, q: q ? Number(q[1]) : 1 };
    })
    .filter(({ tag, q }) => tag && q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    const language = primary === 'no' || primary === 'nn' ? 'nb' : primary;
    if (LANGUAGES.includes(language)) return language;
  }
  return 'da';
}

async function serveFile(response, base, path) {
  const file = normalize(join(base, path));
  if (!file.startsWith(base.endsWith(sep) ? base : base + sep)) return void response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  }
}

function readForm(request, limit = 8192) {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
      if (body.length > limit) reject(new Error('form too large'));
    });
    request.on('end', () => resolve(new URLSearchParams(body)));
    request.on('error', reject);
  });
}

/** Whether the request carries the consent cookie (the demo keeps the default name, `samtykke`). */
function hasDecisionCookie(cookieHeader = '') {
  return cookieHeader.split(';').some((pair) => pair.trim().startsWith('samtykke='));
}

function sendHtml(response, html, headers = {}) {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers }).end(html);
}

/**
 * Starts the demo site. `collector` is the collector's origin, written into every page's config
 * (records then reach it); `port` 0 picks a free port. Resolves with the origin, the stand-in
 * requests seen so far (paths, in order, for tests), and `close()`; rejects when the port is taken.
 */
export async function startDemoServer({ port = 8080, host = '127.0.0.1', collector = '' } = {}) {
  const standInRequests = [];

  async function handle(request, response) {
    const url = new URL(request.url ?? '/', 'http://demo.invalid');
    const path = url.pathname;

    if (path.startsWith('/stand-ins/')) {
      standInRequests.push(path + url.search);
      const [, , vendorHost = '', ...rest] = path.split('/');
      const answer = standInResponse(vendorHost, `/${rest.join('/')}`, url.searchParams);
      if (!answer) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('No stand-in here');
      return void response.writeHead(answer.status, { 'content-type': answer.type, 'cache-control': 'no-store' }).end(answer.body);
    }
    if (path.startsWith('/samtykke/')) return serveFile(response, DIST, decodeURIComponent(path.slice('/samtykke/'.length)));
    if (path.startsWith('/assets/')) return serveFile(response, ASSETS, decodeURIComponent(path.slice('/assets/'.length)));
    if (path === '/') {
      const language = preferredLanguage(request.headers['accept-language']);
      return void response.writeHead(302, { location: `/${language}/`, vary: 'accept-language' }).end();
    }
    // /da → /da/
    if (LANGUAGES.includes(path.slice(1))) return void response.writeHead(301, { location: `${path}/` }).end();

    const route = ROUTES.get(path);
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      return void response.end(`<!doctype html><html lang="en"><title>Not found</title><p>Not found. <a href="/">Brygge Coworking</a></p></html>`);
    }
    const { language, page } = route;
    if (request.method === 'POST' && page === 'booking') {
      let form;
      try {
        form = await readForm(request);
      } catch {
        return void response.writeHead(413).end();
      }
      const booking = { name: (form.get('name') ?? '').slice(0, 100), location: form.get('location') ?? '' };
      return sendHtml(response, renderPage(language, page, { collector, booking }));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
    // The booking form's session cookie: strictly necessary, declared as technical, no consent needed.
    const headers = page === 'booking' ? { 'set-cookie': `bc_session=${randomBytes(12).toString('hex')}; Path=/; HttpOnly; SameSite=Lax` } : {};
    // README "Faster first visits": without a decision the banner will be needed, so the browser may
    // fetch it while it fetches the loader; with one, it is not sent (a returning visit needs only the loader).
    if (!hasDecisionCookie(request.headers.cookie)) headers.link = `</samtykke/samtykke-ui.js>; rel=modulepreload, </samtykke/locales/${language}.js>; rel=modulepreload`;
    return sendHtml(response, renderPage(language, page, { collector }), headers);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error('demo server:', error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('Internal error');
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    standInRequests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

