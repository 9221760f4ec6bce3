/**
 * The end-to-end tests' server: the repository root, with the strict
 * Content-Security-Policy sent as a header for csp.html (as a real server
 * would, beside its <meta>).
 *
 *   const server = await startServer();   // { url: 'http://127.0.0.1:PORT', close() }
 *   node test/e2e/server.mjs               // serves until Ctrl-C (to look at the pages by hand)
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer as serve } from '../support/static-server.mjs';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The policy csp.html also declares in its <meta>. */
export const CSP = "default-src 'self'";
// classic.html too: the classic script loads its language files with import(), which the policy must allow.
const CSP_PAGES = new Set(['/examples/hostile/csp.html', '/examples/hostile/classic.html']);

export function startServer({ port = 0 } = {}) {
  return serve(ROOT, { port, headers: (pathname) => (CSP_PAGES.has(pathname) ? { 'content-security-policy': CSP } : {}) });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 0) });
  console.log(`Serving ${ROOT} at ${url}/examples/hostile/municipal.html`);
}
