/**
 * Network faults against a real local server (issue #14, item 9): the built
 * bundle (dist/t4g.js) on a blank page of the static server, loading its
 * catalogue from a node:http "fault server" on another port whose behaviour
 * each test switches (`faults.mode = '500'`, then `'ok'`).
 *
 * For each fault: the element shows an error box (`[role=alert]` in its
 * shadow root) with a "Try again" button, one `t4g-error` with the right
 * `kind` reaches `document`, nothing is thrown or rejected unhandled on the
 * page, and once the server is fixed "Try again" shows the catalogue.
 * The box's wording is not asserted (it is the reader's language, with the
 * detail in a disclosure); for HTTP errors the status code must be in its text.
 *
 *   npm run build
 *   CHROME_PATH=/usr/bin/chromium node --test --test-reporter=tap test/e2e/network.test.mjs
 */
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { ROOT } from './server.mjs';
import { SAMPLE_TOTAL, eventually, market, open, useBrowser, waitForCount } from './support.mjs';

useBrowser();

const SAMPLE_TEXT = readFileSync(`${ROOT}/catalog/icc-sample.json`);
const SAMPLE = JSON.parse(SAMPLE_TEXT.toString('utf8'));
const SOLUTION = SAMPLE.solutions[0];
const CITY = SAMPLE.cities[0];
const nameOf = (name) => (typeof name === 'string' ? name : name.en);

/** The size limit of the max-bytes test: the sample fits (so "Try again" can succeed), the huge body does not. */
const MAX_BYTES = 2 * SAMPLE_TEXT.length;
/** The huge body: far over the limit, so a client that reads it all is plain to see. */
const HUGE_BYTES = 64 * 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, 0x20); // spaces: still JSON, never complete
/** How long a test waits for the error of a fault that needs the element's timeout (set to 1 s). */
const TIMEOUT_WAIT = 5000;

// ---------------------------------------------------------------- the fault server

/**
 * A node:http server on 127.0.0.1 and a free port that answers every GET as
 * its `mode` says. Each request is logged: its mode, the bytes written,
 * whether the response finished and whether the connection closed before that.
 *
 *   ok         200, the sample catalogue (icc-sample.json), with CORS
 *   404, 500   that status, a short text body
 *   reset      the connection reset (TCP RST) before any answer
 *   silent     no answer at all: no status line, no headers, ever
 *   endless    200 and headers, a first piece of the body, and never the rest
 *   truncated  200, the first half of the sample, and a proper end (no Content-Length)
 *   cut        Content-Length of the whole sample, half of it in four pieces, then the connection closed
 *   html       200 text/html: a web page where the catalogue should be
 *   loop       302 to itself (another query each time), for ever
 *   no-cors    200, the sample, but no Access-Control-Allow-Origin
 *   huge       200, no Content-Length, HUGE_BYTES in 64 KB chunks as fast as the client reads
 */
function startFaultServer() {
  const log = [];
  const sockets = new Set();
  const state = { mode: 'ok', log };
  const cors = { 'access-control-allow-origin': '*' };
  const server = createServer((req, res) => {
    const entry = { mode: state.mode, url: req.url, bytes: 0, finished: false, closedEarly: false, closedAt: undefined };
    log.push(entry);
    res.on('finish', () => (entry.finished = true));
    res.on('close', () => {
      entry.closedAt = Date.now();
      entry.closedEarly = !entry.finished;
    });
    const write = (chunk) => {
      entry.bytes += chunk.length;
      return res.write(chunk);
    };
    const json = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
    switch (state.mode) {
      case 'ok':
        res.writeHead(200, { ...json, ...cors, 'content-length': SAMPLE_TEXT.length });
        write(SAMPLE_TEXT);
        return res.end();
      case '404':
      case '500':
        res.writeHead(Number(state.mode), { 'content-type': 'text/plain', 'cache-control': 'no-store', ...cors });
        return res.end(state.mode === '404' ? 'Not found' : 'Internal server error');
      case 'reset':
        return req.socket.resetAndDestroy();
      case 'silent':
        return; // Keeps the connection open and says nothing.
      case 'endless':
        res.writeHead(200, { ...json, ...cors });
        write(SAMPLE_TEXT.subarray(0, 1000));
        return; // ...and nothing more.
      case 'truncated':
        res.writeHead(200, { ...json, ...cors });
        write(SAMPLE_TEXT.subarray(0, SAMPLE_TEXT.length >> 1));
        return res.end();
      case 'cut': {
        // Half the body in four pieces a moment apart (the client reads several), then the connection closed.
        res.writeHead(200, { ...json, ...cors, 'content-length': SAMPLE_TEXT.length });
        const piece = SAMPLE_TEXT.length >> 3;
        let sent = 0;
        const next = () => {
          if (res.destroyed) return;
          if (sent === 4) return req.socket.destroy();
          write(SAMPLE_TEXT.subarray(sent * piece, ++sent * piece));
          setTimeout(next, 30);
        };
        return next();
      }
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...cors });
        return res.end('<!doctype html>\n<html lang="en"><head><title>City of Example</title></head><body><h1>Page not found</h1><p>The page you are looking for has moved.</p></body></html>\n');
      case 'loop': {
        const hop = Number(new URL(req.url, 'http://x').searchParams.get('hop') ?? 0) + 1;
        res.writeHead(302, { location: `/catalog.json?hop=${hop}`, 'cache-control': 'no-store', ...cors });
        return res.end();
      }
      case 'no-cors':
        res.writeHead(200, { ...json, 'content-length': SAMPLE_TEXT.length });
        write(SAMPLE_TEXT);
        return res.end();
      case 'huge': {
        res.writeHead(200, { ...json, ...cors });
        write(Buffer.from('{"solutions":['));
        const pump = () => {
          while (entry.bytes < HUGE_BYTES) {
            if (res.destroyed) return;
            // Back-pressure: wait until the client has read what was sent.
            if (!write(CHUNK)) return void res.once('drain', pump);
          }
          res.end(']}');
        };
        return pump();
      }
      default:
        throw new Error(`unknown fault mode ${state.mode}`);
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      Object.assign(state, {
        url: `http://127.0.0.1:${port}/catalog.json`,
        // The catalogue's own requests: the sample's pictures (relative to it) come from this server too.
        requests: (mode) => log.filter((e) => e.mode === mode && e.url.startsWith('/catalog.json')),
        /** Back to serving the catalogue; every connection left hanging is dropped. */
        reset() {
          state.mode = 'ok';
          log.length = 0;
          for (const socket of sockets) socket.destroy();
        },
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
      resolve(state);
    });
  });
}

/** The catalogue's server, and another origin for the case without CORS. */
let faults;
let foreign;

before(async () => {
  faults = await startFaultServer();
  foreign = await startFaultServer();
});
after(async () => {
  await faults?.close();
  await foreign?.close();
});
afterEach(() => {
  faults.reset();
  foreign.reset();
});

// ---------------------------------------------------------------- the page

/** Runs in the page before its scripts: records every promise rejection nobody handled. */
function watchRejections() {
  window.__unhandled = [];
  window.addEventListener('unhandledrejection', (e) => window.__unhandled.push(String(e.reason?.stack ?? e.reason)));
}

/**
 * A blank page of the static server with one element (`tag`, `attributes`)
 * and the module bundle; resolves once the element is defined.
 */
async function mount(tag, attributes) {
  const { page, context, log } = await open('/test/e2e/pages/blank.html');
  try {
    await page.addInitScript(watchRejections);
    await page.reload({ waitUntil: 'load' }); // So the init script runs before anything else on the page.
    await page.evaluate(
      ({ tag, attributes }) => {
        const el = document.createElement(tag);
        el.id = 'under-test';
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        document.body.append(el);
        const script = document.createElement('script');
        script.type = 'module';
        script.src = '/dist/t4g.js';
        document.head.append(script);
        return customElements.whenDefined(tag);
      },
      { tag, attributes },
    );
    return { page, context, log, el: page.locator(`#under-test`) };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function assertNothingUnhandled(page, log) {
  // A moment for a late rejection to surface.
  await page.waitForTimeout(150);
  assert.deepEqual(log.pageErrors, [], 'no uncaught exception (pageerror) on the page');
  assert.deepEqual(await page.evaluate(() => window.__unhandled), [], 'no unhandled promise rejection on the page');
}

/**
 * Waits for the failure: one t4g-error of `kind` on document, the alert in
 * the element's shadow root with a "Try again" button, nothing unhandled.
 * Returns the alert's text and the button.
 */
async function expectFailure({ page, log, el }, kind, { within } = {}) {
  const errors = await eventually(
    async () => {
      const recorded = await page.evaluate(() => window.__t4gErrors);
      assert.ok(recorded.length > 0, 'a t4g-error event reached document');
      return recorded;
    },
    { timeout: within },
  );
  assert.deepEqual(
    errors.map((e) => e.kind),
    [kind],
    `one t4g-error of kind "${kind}" (got ${JSON.stringify(errors)})`,
  );
  assert.equal(typeof errors[0].message, 'string');
  assert.ok(errors[0].message.length > 0, 'the event says what went wrong');
  const alert = el.locator('[role=alert]');
  await eventually(async () => assert.equal(await alert.count(), 1, 'one error box (role=alert) in the element'));
  assert.ok(await el.evaluate((node) => !!node.shadowRoot?.querySelector('[role=alert]')), 'the error box is in the element\'s shadow root');
  const button = alert.getByRole('button', { name: /try again/i });
  assert.equal(await button.count(), 1, 'the error box has a "Try again" button');
  const text = await alert.evaluate((node) => node.textContent ?? '');
  await assertNothingUnhandled(page, log);
  return { text, button };
}

/** Fixes the server, clicks "Try again", and waits for `shown`; no further error, nothing unhandled. */
async function expectRecovery({ page, log, el }, button, shown, server = faults) {
  server.mode = 'ok';
  await button.click();
  await shown();
  assert.equal(await el.locator('[role=alert]').count(), 0, 'the error box is gone');
  assert.equal((await page.evaluate(() => window.__t4gErrors)).length, 1, 'no other t4g-error after "Try again"');
  assert.ok(server.requests('ok').length >= 1, 'the fixed server was asked again');
  await assertNothingUnhandled(page, log);
}

const showsSample = (el) => () => waitForCount(el, SAMPLE_TOTAL);

/** Mounts a marketplace on `faults` in `mode`, expects `kind`, then recovers. Returns what it saw. */
async function marketplaceFault(mode, kind, { attributes = {}, within, server = faults, afterFailure } = {}) {
  server.mode = mode;
  const mounted = await mount('t4g-marketplace', { src: server.url, ...attributes });
  try {
    const failure = await expectFailure(mounted, kind, { within });
    assert.ok(server.requests(mode).length >= 1, `the server was asked and answered "${mode}"`);
    await afterFailure?.(failure, mounted);
    await expectRecovery(mounted, failure.button, showsSample(mounted.el), server);
    return failure;
  } finally {
    await mounted.context.close();
  }
}

// ---------------------------------------------------------------- the tests

describe('t4g-marketplace: network faults, then "Try again" once the server is fixed', () => {
  test('404: kind "http", the status code in the error box', async () => {
    const { text } = await marketplaceFault('404', 'http');
    assert.match(text, /\b404\b/, 'the error box names the status code');
  });

  test('500: kind "http", the status code in the error box', async () => {
    const { text } = await marketplaceFault('500', 'http');
    assert.match(text, /\b500\b/, 'the error box names the status code');
  });

  test('connection reset before any answer: kind "network"', async () => {
    await marketplaceFault('reset', 'network');
  });

  test('HTML instead of JSON (200 text/html): kind "not-json"', async () => {
    await marketplaceFault('html', 'not-json');
  });

  test('truncated body (half the catalogue, then a proper end): kind "not-json"', async () => {
    await marketplaceFault('truncated', 'not-json');
  });

  test('redirect loop: kind "network", after the browser gave up following it', async () => {
    await marketplaceFault('loop', 'network');
    // Chromium follows 20 redirects, then fails: the loop was really followed, not refused at once.
    assert.ok(faults.requests('loop').length >= 20, `the browser followed the loop (${faults.requests('loop').length} requests)`);
  });

  test('another origin without CORS: kind "network"; "Try again" works once it sends Access-Control-Allow-Origin', async () => {
    await marketplaceFault('no-cors', 'network', {
      server: foreign,
      afterFailure: () => {
        // The server did answer, in full: it is CORS that kept the page from reading it.
        const [answered] = foreign.requests('no-cors');
        assert.equal(answered.finished, true, 'the foreign server sent the whole catalogue');
      },
    });
  });

  test('body over max-bytes, no Content-Length: kind "too-large", refused while streaming', async () => {
    await marketplaceFault('huge', 'too-large', {
      attributes: { 'max-bytes': String(MAX_BYTES) },
      afterFailure: async () => {
        const [huge] = faults.requests('huge');
        // The client's cancel reaches the server as the connection closing, a moment after the event.
        await eventually(() => assert.ok(huge.closedAt, 'the client closed the connection'), { timeout: 5000 });
        assert.equal(huge.finished, false, 'the server never got to send the whole body');
        assert.ok(huge.closedEarly, 'the connection closed before the body ended');
        assert.ok(huge.bytes < HUGE_BYTES / 4, `only part of the body left the server (${(huge.bytes / 1024 / 1024).toFixed(1)} MB of ${HUGE_BYTES / 1024 / 1024} MB)`);
      },
    });
  });

  test('connection cut mid-body (fewer bytes than Content-Length): kind "network"', async () => {
    await marketplaceFault('cut', 'network');
  });
});

describe('timeout attribute (seconds; default 15)', () => {
  /** After the timeout: the server saw the request aborted (the connection closed before any end). */
  const abortedByClient = (mode) => async () => {
    const [request] = faults.requests(mode);
    await eventually(() => assert.ok(request.closedAt, 'the client closed the connection'), { timeout: 3000 });
    assert.ok(request.closedEarly, 'the request was aborted by the client, not finished by the server');
  };

  test('never-ending body, timeout="1": kind "timeout", the request aborted', async () => {
    await marketplaceFault('endless', 'timeout', { attributes: { timeout: '1' }, within: TIMEOUT_WAIT, afterFailure: abortedByClient('endless') });
  });

  test('no status line or headers ever, timeout="1": kind "timeout", the request aborted', async () => {
    await marketplaceFault('silent', 'timeout', { attributes: { timeout: '1' }, within: TIMEOUT_WAIT, afterFailure: abortedByClient('silent') });
  });

  test('a timed-out load is dropped from the shared cache: a new element with the same src loads afresh', async () => {
    faults.mode = 'endless';
    const mounted = await mount('t4g-marketplace', { src: faults.url, timeout: '1' });
    const { page } = mounted;
    try {
      await expectFailure(mounted, 'timeout', { within: TIMEOUT_WAIT });
      faults.mode = 'ok';
      await page.evaluate((src) => {
        const second = document.createElement('t4g-marketplace');
        second.id = 'second';
        second.setAttribute('src', src);
        second.setAttribute('timeout', '1');
        document.body.append(second);
      }, faults.url);
      await waitForCount(market(page, '#second'), SAMPLE_TOTAL);
      assert.equal(faults.requests('ok').length, 1, 'the second element fetched the catalogue again');
      assert.equal((await page.evaluate(() => window.__t4gErrors)).length, 1, 'the second element fired no error');
      await assertNothingUnhandled(page, mounted.log);
    } finally {
      await mounted.context.close();
    }
  });

  test('every loading element has a timeout property of 15 by default, and reads the attribute', async () => {
    const { page, context } = await open('/test/e2e/pages/blank.html');
    try {
      const timeouts = await page.evaluate(async () => {
        const tags = ['t4g-marketplace', 't4g-city-directory', 't4g-solution-card', 't4g-city-card'];
        const script = document.createElement('script');
        script.type = 'module';
        script.src = '/dist/t4g.js';
        document.head.append(script);
        await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
        const result = {};
        for (const tag of tags) {
          const plain = document.createElement(tag);
          const set = document.createElement(tag);
          set.setAttribute('timeout', '1');
          document.body.append(plain, set);
          await Promise.all([plain.updateComplete, set.updateComplete]);
          result[tag] = { default: plain.timeout, attribute: set.timeout };
        }
        return result;
      });
      const expected = { default: 15, attribute: 1 };
      assert.deepEqual(timeouts, { 't4g-marketplace': expected, 't4g-city-directory': expected, 't4g-solution-card': expected, 't4g-city-card': expected });
    } finally {
      await context.close();
    }
  });
});

describe('cards: a 500, then "Try again" once the server is fixed', () => {
  test(`t4g-solution-card solution-id="${SOLUTION.id}"`, async () => {
    faults.mode = '500';
    const mounted = await mount('t4g-solution-card', { src: faults.url, 'solution-id': SOLUTION.id });
    try {
      const { text, button } = await expectFailure(mounted, 'http');
      assert.match(text, /\b500\b/, 'the error box names the status code');
      await expectRecovery(mounted, button, () =>
        eventually(async () => assert.ok((await mounted.el.evaluate((node) => node.shadowRoot.textContent)).includes(nameOf(SOLUTION.name)), `the card shows "${nameOf(SOLUTION.name)}"`)),
      );
    } finally {
      await mounted.context.close();
    }
  });

  test(`t4g-city-card city-id="${CITY.id}"`, async () => {
    faults.mode = '500';
    const mounted = await mount('t4g-city-card', { src: faults.url, 'city-id': CITY.id });
    try {
      const { text, button } = await expectFailure(mounted, 'http');
      assert.match(text, /\b500\b/, 'the error box names the status code');
      await expectRecovery(mounted, button, () =>
        eventually(async () => assert.ok((await mounted.el.evaluate((node) => node.shadowRoot.textContent)).includes(nameOf(CITY.name)), `the card shows "${nameOf(CITY.name)}"`)),
      );
    } finally {
      await mounted.context.close();
    }
  });
});
