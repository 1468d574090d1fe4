// The demo site's server: the pages in demo/site, Samtykke's build at /samtykke/, and local stand-ins
// for the trackers (nothing on the demo reaches the internet).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const SITE = fileURLToPath(new URL('./site/', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

async function serveFile(response, base, path, replacements) {
  const file = normalize(join(base, path));
  if (!file.startsWith(base)) return response.writeHead(403).end();
  try {
    let body = await readFile(file);
    if (replacements && extname(file) === '.html') {
      let text = body.toString('utf8');
      for (const [from, to] of Object.entries(replacements)) text = text.replaceAll(from, to);
      body = Buffer.from(text);
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
}

/** Starts the demo site; `collector` is the collector's origin, written into the pages' config. */
export async function startDemoServer({ port = 8080, host = '127.0.0.1', collector = '' } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/samtykke/')) return void serveFile(response, DIST, url.pathname.slice('/samtykke/'.length));
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    return void serveFile(response, SITE, path, { '__COLLECTOR__': collector });
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return { origin: `http://${host}:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
