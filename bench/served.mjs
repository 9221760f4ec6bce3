/**
 * What the pages downloaded, counted where it is certain: at the bench's own
 * static server (test/support/static-server.mjs), which logs every file it
 * serves. Pagefind fetches its index from a Web Worker, whose requests the
 * page's Resource Timing does not see; the server sees them all. The server
 * sends files as they are on disk (no compression), so `bytes` is what
 * crossed the wire here and `gzipBytes` what a server compressing with gzip
 * -9 would send: files that are gzip already (Pagefind's index, fragments
 * and wasm) count as they are.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function servedLog(root) {
  const paths = [];
  const gzipped = new Map();
  const fileOf = (path) => join(root, decodeURIComponent(path));
  const gzipSize = (path) => {
    if (!gzipped.has(path)) {
      const body = readFileSync(fileOf(path));
      gzipped.set(path, body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body, { level: 9 }).length);
    }
    return gzipped.get(path);
  };
  return {
    /** For startServer's `headers` option: called once for each file served. */
    headers: (pathname) => {
      paths.push(pathname);
      return {};
    },
    mark: () => paths.length,
    /** The files served since `mark` (each request once), but the bench's own pages and glue code. */
    since(mark) {
      const files = paths.slice(mark).filter((path) => !/^\/bench\/(page\.|peers\/)/.test(path));
      const bytes = files.reduce((sum, path) => sum + statSync(fileOf(path)).size, 0);
      const gzipBytes = files.reduce((sum, path) => sum + gzipSize(path), 0);
      return { requests: files.length, bytes, gzipBytes, files: [...new Set(files)].slice(0, 40) };
    },
  };
}
