/**
 * A tiny static file server over the built Storybook (storybook-static/) for the story check: node:http, no
 * dependencies, 127.0.0.1 on a free port. GET and HEAD only; anything outside the folder and any missing file is
 * a 404; a directory serves its index.html. Built assets (hashed names) may be cached, so that the browser loads
 * Storybook's bundles once for all stories.
 *
 *   const server = await startServer(dir);   // { url: 'http://127.0.0.1:PORT', close() }
 *   node test/storybook/server.mjs            // serves storybook-static/ until Ctrl-C
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STATIC_DIR = resolve(fileURLToPath(new URL('../../storybook-static', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Absolute file path for a URL path, or undefined when it would leave `root`. */
function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(root, decoded));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

async function handle(root, req, res) {
  const send = (status, headers, body) => {
    res.writeHead(status, { 'x-content-type-options': 'nosniff', ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }, 'Method not allowed');
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  let file = fileFor(root, pathname);
  if (!file) return send(404, { 'content-type': 'text/plain' }, 'Not found');
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const cache = pathname.startsWith('/assets/') || pathname.startsWith('/sb-') ? 'public, max-age=3600' : 'no-store';
    return send(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': cache }, body);
  } catch {
    return send(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }, 'Not found');
  }
}

/** Serves `root` on 127.0.0.1 and a port the system picks. */
export function startServer(root = STATIC_DIR, { port = 0 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const server = createServer((req, res) => {
      handle(root, req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Server error');
      });
    });
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer(STATIC_DIR, { port: Number(process.env.PORT ?? 0) });
  console.log(`Serving ${STATIC_DIR} at ${url}/`);
}
