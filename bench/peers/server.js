// The bench's static server on 127.0.0.1: the pages, Samtykke's dist/, the peers from node_modules,
// the held-back tracker and a policy page. Every file is read once and served from memory,
// compressed the way a static host with precompressed assets serves it: brotli (quality 11) when the
// browser accepts br, else gzip (level 9), else raw. The sizes the report counts are computed here
// from those exact bodies, not read from the browser. Every request is logged so a sample can list
// the files its page view fetched. A page may have a second form for requests that carry Samtykke's
// decision cookie, as a server that renders per request would send (pages.js, `htmlWithDecision`).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = new URL('../../', import.meta.url).pathname;

/** URL prefix → directory. Only these trees are served. */
const MOUNTS = [
  ['/samtykke/', join(ROOT, 'dist')],
  ['/vendor/vanilla-cookieconsent/', join(ROOT, 'node_modules/vanilla-cookieconsent')],
  ['/vendor/klaro/', join(ROOT, 'node_modules/klaro')],
  ['/vendor/tarteaucitronjs/', join(ROOT, 'node_modules/tarteaucitronjs')],
  ['/vendor/cookieconsent/', join(ROOT, 'node_modules/cookieconsent')],
  ['/vendor/porsche/', join(ROOT, 'node_modules/@porscheofficial/cookie-consent-banner')],
];

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.json', '.svg']);

/** The held-back analytics script: it only records when it ran. */
export const TRACKER_PATH = '/tracker/analytics.js';
const TRACKER = 'window.__heldBackRan = performance.now();\n';

/** Samtykke's default `cookie.name`: its presence means the visitor has decided. */
const DECISION_COOKIE = 'samtykke';

/** Whether a Cookie header holds a cookie named exactly DECISION_COOKIE. */
function hasDecisionCookie(header = '') {
  return header.split(';').some((pair) => pair.split('=')[0].trim() === DECISION_COOKIE);
}

const POLICY = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Policy</title></head><body><h1>Cookie and privacy policy</h1></body></html>';

/** One served body with its three sizes. */
function entry(body, type, compressible) {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const gzip = compressible ? gzipSync(raw, { level: 9 }) : null;
  const br = compressible
    ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
    : null;
  return { raw, gzip, br, type, sizes: { raw: raw.length, gzip: (gzip ?? raw).length, br: (br ?? raw).length } };
}

/** Every file under the mounts, read now: a rebuild of dist/ during a run cannot mix versions. */
function snapshot(mounts) {
  const files = new Map();
  const walk = (prefix, dir, rel = '') => {
    for (const name of readdirSync(join(dir, rel))) {
      const relPath = rel ? `${rel}/${name}` : name;
      const full = join(dir, relPath);
      const stat = statSync(full);
      if (stat.isDirectory()) {
        if (name === 'node_modules' || name === '.github' || name === 'src' || name === 'server' || name === 'dashboard' || name === 'types' || name === 'esm') continue;
        walk(prefix, dir, relPath);
      } else {
        const ext = extname(name);
        if (!TYPES[ext] || name.endsWith('.map')) continue;
        files.set(prefix + relPath, { full, ext });
      }
    }
  };
  for (const [prefix, dir] of mounts) walk(prefix, dir);
  return files;
}

/**
 * Starts the server. `pages` maps a path (`/p/samtykke.html`) to its HTML, or to `{ html,
 * htmlWithDecision }` (a page definition is one) when requests with the decision cookie get another
 * document; `extraMounts` adds [prefix, directory] pairs (experiments: another build of Samtykke).
 * Returns the origin, the request log (cleared with `clearLog`), the size table and `close`.
 */
export async function startServer(pages, extraMounts = []) {
  const index = snapshot([...MOUNTS, ...extraMounts]);
  // Both forms of every page, compressed now. They live apart from the file cache, which is keyed by
  // path alone and so could only ever hold one of them.
  const documents = new Map(
    [...pages].map(([path, page]) => {
      const { html, htmlWithDecision } = typeof page === 'string' ? { html: page } : page;
      const first = entry(html, TYPES['.html'], true);
      if (htmlWithDecision === undefined) return [path, { first, withDecision: first, byCookie: false }];
      return [path, { first, withDecision: entry(htmlWithDecision, TYPES['.html'], true), byCookie: true }];
    }),
  );
  const cache = new Map();
  const served = (path) => {
    if (cache.has(path)) return cache.get(path);
    let result = null;
    if (path === TRACKER_PATH) result = entry(TRACKER, TYPES['.js'], true);
    else if (path === '/policy') result = entry(POLICY, TYPES['.html'], true);
    else if (index.has(path)) {
      const { full, ext } = index.get(path);
      result = entry(readFileSync(full), TYPES[ext], COMPRESSIBLE.has(ext));
    }
    cache.set(path, result);
    return result;
  };
  // Read everything under the mounts into memory before the first sample.
  for (const path of index.keys()) served(path);

  let log = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    const path = normalize(decodeURIComponent(url.pathname)).split(sep).join('/');
    const page = documents.get(path);
    const file = page ? (hasDecisionCookie(request.headers.cookie) ? page.withDecision : page.first) : served(path);
    const accept = String(request.headers['accept-encoding'] ?? '');
    let encoding = 'identity';
    if (file && file.br && /\bbr\b/.test(accept)) encoding = 'br';
    else if (file && file.gzip && /\bgzip\b/.test(accept)) encoding = 'gzip';
    log.push({ path, at: performance.now(), status: file ? 200 : 404, encoding });
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = encoding === 'br' ? file.br : encoding === 'gzip' ? file.gzip : file.raw;
    // A page chosen by the cookie says so, as a real server must for caches in between.
    const vary = page?.byCookie ? 'accept-encoding, cookie' : 'accept-encoding';
    const headers = { 'content-type': file.type, 'content-length': body.length, 'cache-control': 'no-cache', vary };
    if (encoding !== 'identity') headers['content-encoding'] = encoding;
    response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : body);
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** The requests since the last clear. */
    takeLog() {
      const taken = log;
      log = [];
      return taken;
    },
    clearLog() {
      log = [];
    },
    /** raw / gzip / br sizes of a served path (a page: its first-visit form), or null when it is not served. */
    sizes(path) {
      return (documents.get(path)?.first ?? served(path))?.sizes ?? null;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
