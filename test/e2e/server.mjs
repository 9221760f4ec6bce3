/**
 * A tiny static file server over the repository root for the end-to-end tests:
 * node:http, no dependencies, 127.0.0.1 on a free port. GET and HEAD only;
 * anything outside the root, any directory and any missing file is a 404.
 *
 *   const server = await startServer();   // { url: 'http://127.0.0.1:PORT', close() }
 *   node test/e2e/server.mjs               // serves until Ctrl-C (to look at the pages by hand)
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The policy csp.html also declares in its <meta>; sent as a header too, as a real server would. */
export const CSP = "default-src 'self'";
const CSP_PAGES = new Set(['/examples/hostile/csp.html']);

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
  '.map': 'application/json; charset=utf-8',
};

/** Absolute file path for a URL path, or undefined when it would leave the root. */
function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = normalize(join(ROOT, decoded));
  return file === ROOT || file.startsWith(ROOT + sep) ? file : undefined;
}

async function handle(req, res) {
  const send = (status, headers, body) => {
    res.writeHead(status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }, 'Method not allowed');
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  const file = fileFor(pathname);
  const type = file && TYPES[extname(file).toLowerCase()];
  if (!file || !type) return send(404, { 'content-type': 'text/plain' }, 'Not found');
  try {
    if (!(await stat(file)).isFile()) return send(404, { 'content-type': 'text/plain' }, 'Not found');
    const body = await readFile(file);
    const headers = { 'content-type': type, 'content-length': body.length };
    if (CSP_PAGES.has(pathname)) headers['content-security-policy'] = CSP;
    return send(200, headers, body);
  } catch {
    return send(404, { 'content-type': 'text/plain' }, 'Not found');
  }
}

/** Starts the server on 127.0.0.1 and a port the system picks. */
export function startServer({ port = 0 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const server = createServer((req, res) => {
      handle(req, res).catch(() => {
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
  const { url } = await startServer({ port: Number(process.env.PORT ?? 0) });
  console.log(`Serving ${ROOT} at ${url}/examples/hostile/municipal.html`);
}
