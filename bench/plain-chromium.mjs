/**
 * Loads a catalogue in a Chromium that no DevTools client drives, for the load figures that DevTools itself changes.
 *
 * Why: Playwright turns on DevTools' Network domain in every page it drives, and that domain keeps a copy of each
 * response and decodes a text one as a whole (Blink's ResponseBodyLoader::DidFinishLoadingBody, then
 * TextResourceDecoder::Decode, seen in a trace), on the page's main thread, when the download ends: one task of 90 to
 * 140 ms for the 15 MB catalogue of 10,000 solutions, which the widget never runs and a reader's browser never does.
 * Here Chromium opens bench/plain-load.html from its command line and the page sends its figures back in a POST.
 *
 *   const figures = await loadWithoutDevTools({ browser, serverUrl, src, maxBytes, timeoutMs, size });
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A server on a port of its own that takes one POST and resolves with its body, parsed. */
async function reportEndpoint() {
  let resolveReport;
  const report = new Promise((resolve) => (resolveReport = resolve));
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      res.end();
      try {
        resolveReport(JSON.parse(body));
      } catch {
        resolveReport({ error: `an unreadable report: ${body.slice(0, 200)}` });
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/report`, report, close: () => server.close() };
}

/**
 * One load of `src` (served by the bench's server at `serverUrl`) in a fresh Chromium at `browser` with a 1280 × 900
 * window: bench.load's figures (first results, search ready, longest task…) and `jsonParseMs`, or `{ error }`.
 */
export async function loadWithoutDevTools({ browser, serverUrl, src, maxBytes, timeoutMs }) {
  const endpoint = await reportEndpoint();
  const profile = mkdtempSync(path.join(tmpdir(), 't4g-bench-'));
  const page = new URL('/bench/plain-load.html', serverUrl);
  page.search = new URLSearchParams({ src, maxBytes: String(maxBytes), timeoutMs: String(timeoutMs), report: endpoint.url }).toString();
  const chromium = spawn(browser, [...ARGS, '--window-size=1280,900', `--user-data-dir=${profile}`, page.href], { stdio: 'ignore' });
  let timer;
  const gone = new Promise((resolve) => chromium.once('exit', resolve));
  try {
    const exited = gone.then((code) => ({ error: `Chromium exited (${code}) before reporting` }));
    const late = new Promise((resolve) => (timer = setTimeout(() => resolve({ error: `no report after ${(timeoutMs + 30_000) / 1000} s` }), timeoutMs + 30_000)));
    return await Promise.race([endpoint.report, exited, late]);
  } finally {
    clearTimeout(timer);
    chromium.kill();
    endpoint.close();
    // Its profile is removed once it has stopped writing to it (its helper processes may still be, a moment longer).
    await gone;
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // A temporary folder left behind is no reason to lose the figures.
    }
  }
}
