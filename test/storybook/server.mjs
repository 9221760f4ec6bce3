/**
 * The story check's server: the built Storybook (storybook-static/). Built
 * assets (hashed names) may be cached, so that the browser loads Storybook's
 * bundles once for all stories.
 *
 *   const server = await startServer(dir);   // { url: 'http://127.0.0.1:PORT', close() }
 *   node test/storybook/server.mjs            // serves storybook-static/ until Ctrl-C
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer as serve } from '../support/static-server.mjs';

export const STATIC_DIR = resolve(fileURLToPath(new URL('../../storybook-static', import.meta.url)));

const cached = (pathname) => pathname.startsWith('/assets/') || pathname.startsWith('/sb-');

export function startServer(root = STATIC_DIR, { port = 0 } = {}) {
  return serve(root, { port, headers: (pathname) => (cached(pathname) ? { 'cache-control': 'public, max-age=3600' } : {}) });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer(STATIC_DIR, { port: Number(process.env.PORT ?? 0) });
  console.log(`Serving ${STATIC_DIR} at ${url}/`);
}
