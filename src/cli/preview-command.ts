/**
 * `t4g preview FILE [--against CATALOG] [--port N]`: the providers' workshop
 * (dist/t4g-submit.js) served on this computer with FILE in its editor, read
 * again at each reload. Nothing leaves the computer but the request for an
 * http(s) --against catalogue, which the browser makes.
 */
import { readFileSync } from 'node:fs';
import { type ServerResponse, createServer } from 'node:http';
import path from 'node:path';
import { displayName, readCatalogFile, readError } from './source.js';
import { bundleFolder } from './site/assets.js';

export interface PreviewArgs {
  file: string;
  against?: string;
  port: number;
}

const PAGE = (file: string, against: string | undefined) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(path.basename(file))} – Tech4Good Marketplace workshop</title>
<script type="module" src="/t4g-submit.js"></script>
<script type="module" src="/preview.js"></script>
<style>body{margin:0 auto;max-width:90rem;padding:1rem 1.5rem;font-family:Arial,Helvetica,sans-serif;line-height:1.5}</style>
</head>
<body>
<h1>${escapeHtml(path.basename(file))}</h1>
<p>Edit here, then save with "Download"; the file on disk is read again when you reload this page.</p>
<t4g-submission-preview${against ? ` against="${escapeHtml(against)}"` : ''}></t4g-submission-preview>
</body>
</html>
`;

/** Puts the file's text in the editor, over what the browser kept from another visit. */
const SCRIPT = `await customElements.whenDefined('t4g-submission-preview');
document.querySelector('t4g-submission-preview').value = await (await fetch('/entry.json', { cache: 'no-store' })).text();
`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function runPreview(args: PreviewArgs, print: (line: string) => void, warn: (line: string) => void): Promise<number> {
  const bundles = bundleFolder();
  if (!bundles) {
    warn('t4g preview: the built workshop (dist/t4g-submit.js) is missing beside the command: run `npm run build` first');
    return Promise.resolve(2);
  }
  const entry = readCatalogFile(args.file, { again: true });
  if (!entry.ok) {
    warn(`${displayName(args.file)}: cannot read this file: ${entry.reason}`);
    return Promise.resolve(2);
  }
  // A local --against file is served too; an address is left to the browser.
  const againstFile = args.against && !/^https?:\/\//i.test(args.against) ? args.against : undefined;
  // Named as the provider knows it, in the messages that name it.
  const against = againstFile ? `/against/${encodeURIComponent(path.basename(againstFile))}` : args.against;
  const send = (response: ServerResponse, type: string, body: string | Buffer) => response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  // Set once listening (the port may be any free one).
  let hosts = new Set<string>();
  const server = createServer((request, response) => {
    // Only requests addressed to this computer: a page of another site whose name is made to point
    // here (DNS rebinding) sends its own name as Host, and must not read the entry.
    if (!hosts.has(request.headers.host?.toLowerCase() ?? '')) {
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('t4g preview answers only requests addressed to 127.0.0.1 or localhost.');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/') return send(response, 'text/html; charset=utf-8', PAGE(args.file, against));
      if (url.pathname === '/preview.js') return send(response, 'text/javascript', SCRIPT);
      const served = url.pathname === '/entry.json' ? args.file : againstFile && url.pathname === against ? againstFile : undefined;
      if (served) {
        const read = readCatalogFile(served, { again: true });
        return read.ok ? send(response, 'application/json', read.bytes) : response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(read.reason);
      }
      // The workshop and the files it loads beside it: t4g-submit.js, its worker, the language tables.
      const name = url.pathname.slice(1);
      if (/^t4g[\w.-]*\.js$/.test(name)) return send(response, 'text/javascript', readFileSync(path.join(bundles, name)));
      response.writeHead(404).end();
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(readError(error));
    }
  });
  return new Promise((resolve) => {
    server.on('error', (error) => {
      warn(`t4g preview: cannot listen on port ${args.port}: ${error.message}`);
      resolve(2);
    });
    // This computer only: the workshop is the provider's, not the network's.
    server.listen(args.port, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      hosts = new Set(['127.0.0.1', 'localhost', '[::1]'].flatMap((host) => (port === 80 ? [host, `${host}:80`] : [`${host}:${port}`])));
      print(`Previewing ${args.file} at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
    });
    process.once('SIGINT', () => server.close(() => resolve(0)));
  });
}
