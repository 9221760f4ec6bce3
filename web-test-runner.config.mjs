// Browser tests: a real Chromium or Chrome, headless, the one scripts/find-browser.mjs finds (CHROME_PATH if set).
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { browserPath } from './scripts/find-browser.mjs';

const executablePath = browserPath();
const args = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  // Test pages run side by side; a page in the background must not have its timers and frames throttled.
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
];

/**
 * A JSON file imported by a module (the workshop imports the catalogue's schema, `import schema from '…json' with
 * { type: 'json' }`, which Vite bundles): the esbuild transform drops the import attribute a browser would need, so
 * the import is rewritten to `…json?module`, served as a module whose default export is the data. Its own address:
 * the server caches answers by address, and the same file is fetched as JSON by other tests.
 */
const jsonModules = {
  name: 'json-modules',
  resolveImport({ source }) {
    return source.endsWith('.json') ? `${source}?module` : undefined;
  },
  serve(context) {
    if (!context.path.endsWith('.json') || !context.URL.searchParams.has('module')) return undefined;
    return { body: `export default ${readFileSync(new URL(`.${context.path}`, import.meta.url), 'utf8')};`, type: 'js' };
  },
};

/**
 * Test-only endpoints: `/__status/404` answers that status; `/__slow/300/path` serves path after 300 ms;
 * `/__stall/headers` never answers; `/__stall/body` sends the start of a catalogue, then nothing, never ending;
 * `/__cut/body` sends the start of a catalogue, then cuts the connection; `/__drip/150/8` sends a valid catalogue in 8
 * pieces 150 ms apart.
 */
function testEndpoints(context, next) {
  if (context.path === '/__stall/headers') return new Promise(() => {});
  if (context.path === '/__stall/body') {
    context.type = 'application/json';
    context.body = new Readable({ read() {} });
    context.body.push('{"version": 1, "solutions": [');
    return undefined;
  }
  if (context.path === '/__cut/body') {
    context.type = 'application/json';
    context.body = new Readable({ read() {} });
    context.body.push('{"version": 1, "solutions": [');
    setTimeout(() => context.req.socket.destroy(), 300);
    return undefined;
  }
  const drip = /^\/__drip\/(\d+)\/(\d+)$/.exec(context.path);
  if (drip) {
    const [delay, count] = [Number(drip[1]), Number(drip[2])];
    const solutions = Array.from({ length: count }, (_, i) => JSON.stringify({ id: `s${i}`, name: `Solution ${i}`, summary: 's', tracks: ['tourism'], provider: { name: 'P' } }));
    context.type = 'application/json';
    context.body = new Readable({ read() {} });
    let sent = 0;
    const push = () => {
      context.body.push(sent === 0 ? `{"version": 1, "solutions": [${solutions[0]}` : sent < count ? `,${solutions[sent]}` : ']}');
      if (++sent > count) context.body.push(null);
      else setTimeout(push, delay);
    };
    push();
    return undefined;
  }
  const status = /^\/__status\/(\d{3})/.exec(context.path);
  if (status) {
    context.status = Number(status[1]);
    context.body = 'test status';
    return undefined;
  }
  const slow = /^\/__slow\/(\d+)(\/.*)$/.exec(context.path);
  if (slow) {
    context.url = slow[2];
    return new Promise((resolve) => setTimeout(resolve, Number(slow[1]))).then(next);
  }
  return next();
}

/**
 * Chrome's launcher reuses one tab for every test file, so its history grows by each file's pages and
 * pushState entries. At Chrome's cap of 50 entries, history.back() after a few pushState calls left the
 * page for the previous file's about:blank (reproduced with 25 empty files before a push-push-back test),
 * which interrupted the URL tests once there were 21 files. Each file gets a new tab instead: the tab
 * is closed when its file ends (`inactivePages` is the launcher's own pool of tabs to reuse).
 */
function freshTabPerFile(launcher) {
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const result = await stopSession(sessionId);
    const page = launcher.inactivePages.pop();
    await page?.puppeteerPage.close();
    return result;
  };
  return launcher;
}

export default {
  rootDir: '.',
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: with two, Chromium's HTTP cache sometimes held a fixture fetched by both pages
  // until the test timed out. Serial also suits a machine with few cores.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [freshTabPerFile(chromeLauncher({ launchOptions: { executablePath, headless: true, args } }))],
  middleware: [testEndpoints],
  plugins: [jsonModules, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname })],
};
