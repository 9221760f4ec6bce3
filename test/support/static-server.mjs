/**
 * The tiny static file server the end-to-end tests and the Storybook check
 * share: node:http, no dependencies, 127.0.0.1 on a free port. GET and HEAD
 * only; anything outside `root` and any missing file is a 404; a directory
 * serves its index.html. `headers(pathname)` adds a response's own headers
 * (a Content-Security-Policy, a cache lifetime); responses are not cached
 * otherwise.
 *
 *   const server = await startServer(root, { headers });   // { url, port, close() }
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

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

async function handle(root, headers, req, res) {
  const send = (status, extra, body) => {
    res.writeHead(status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }, 'Method not allowed');
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  let file = fileFor(root, pathname);
  if (!file) return send(404, { 'content-type': 'text/plain' }, 'Not found');
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return send(200, { 'content-type': type, 'content-length': body.length, ...headers(pathname) }, body);
  } catch {
    return send(404, { 'content-type': 'text/plain' }, 'Not found');
  }
}

/** Serves `root` on 127.0.0.1 and a port the system picks (or `port`). */
export function startServer(root, { port = 0, headers = () => ({}) } = {}) {
  return new Promise((resolvePromise, reject) => {
    const server = createServer((req, res) => {
      handle(root, headers, req, res).catch(() => {
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
