/**
 * Hostile catalogue content (test/fixtures/payloads.mjs) in every element and
 * state, on a page without a Content-Security-Policy and on one with
 * `default-src 'self'`: the marketplace (cards, search, detail, facets,
 * chips, URL state), the city directory (cards, profiles, URL state), and
 * the solution and city cards on their own.
 *
 * A trap, installed before any script of the page, fails a test when any
 * payload's code runs: `top.__pwn()` (what every payload calls), alert,
 * confirm, prompt, print, eval, Function (and so `constructor.constructor`),
 * setTimeout/setInterval with a string; and any Content-Security-Policy
 * violation. After each state the shadow roots are searched for what a
 * payload would leave: <script>, <svg>, <iframe>…, any on* attribute, any
 * href that is not an absolute http:, https: or mailto: address, any image
 * that is not http(s).
 *
 *   node --test --test-reporter=spec test/e2e/payloads.test.mjs   (after npm run build)
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { ROOT } from './server.mjs';
import { TIMEOUT, env, eventually, market, open, useBrowser, waitForCount } from './support.mjs';
import { HUGE_TAG_COUNT, HUGE_WORD, TEXT_PAYLOADS, payloadCatalogs } from '../fixtures/payloads.mjs';

useBrowser();

/** The catalogues, written at test time (test/e2e/*.generated.json is ignored by git) and deleted after. */
const CATALOGS = {
  payloads: '/test/e2e/payloads.generated.json',
  builtInKeys: '/test/e2e/payloads-built-in-keys.generated.json',
  builtInIds: '/test/e2e/payloads-built-in-ids.generated.json',
  huge: '/test/e2e/payloads-huge.generated.json',
};
const MODES = [
  { name: 'no Content-Security-Policy', page: '/test/e2e/pages/payloads.html' },
  { name: "Content-Security-Policy default-src 'self'", page: '/test/e2e/pages/payloads-csp.html' },
];
/** How long the page may take to answer once a state is shown: longer is a frozen page. */
const RESPONSIVE_MS = 3000;

/** What each catalogue holds, set once the server's origin is known. */
let expected;

/**
 * Writes the catalogues once, from each suite's `before`: the root hooks of
 * Node 20 do not wait for one another, so useBrowser()'s server may not be
 * up yet in a root hook of this file.
 */
function writeCatalogs() {
  if (expected) return;
  const built = payloadCatalogs({ origin: env.server.url });
  for (const [name, path] of Object.entries(CATALOGS)) writeFileSync(ROOT + path, JSON.stringify(built[name].catalog));
  expected = Object.assign({}, ...Object.values(built).map((catalog) => catalog.expected));
}

after(() => {
  for (const path of Object.values(CATALOGS)) rmSync(ROOT + path, { force: true });
});

// ---------------------------------------------------------------- the trap and the inspection (run in the page)

/** Init script: counts every way a payload could run code, before the page's own scripts. */
function trap() {
  const hits = [];
  const hit = (kind, detail) => hits.push({ kind, detail: String(detail ?? '').slice(0, 160) });
  Object.defineProperty(window, '__pwned', { value: hits });
  Object.defineProperty(window, '__pwn', { value: (tag) => hit('__pwn', tag) });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (message) => hit(name, message);
  const realEval = window.eval;
  // Playwright's page.evaluate() goes through the page's eval itself: its own calls (made from its UtilityScript) are not a payload's.
  const fromPlaywright = () => /^\s*at UtilityScript\./.test(new Error().stack.split('\n')[3] ?? '');
  window.eval = function (code) {
    if (!fromPlaywright()) hit('eval', code);
    return realEval(code);
  };
  const RealFunction = Function;
  const spy = new Proxy(RealFunction, {
    apply: (target, self, args) => (hit('Function', args.at(-1)), Reflect.apply(target, self, args)),
    construct: (target, args) => (hit('Function', args.at(-1)), Reflect.construct(target, args)),
  });
  window.Function = spy;
  // `({}).constructor.constructor('…')()`, what template-injection payloads call.
  Object.defineProperty(RealFunction.prototype, 'constructor', { value: spy, writable: true, configurable: true });
  for (const name of ['setTimeout', 'setInterval']) {
    const real = window[name];
    window[name] = function (handler, ...rest) {
      if (typeof handler === 'string') hit(name, handler);
      return real.call(window, handler, ...rest);
    };
  }
  document.addEventListener('securitypolicyviolation', (e) => hit('csp-violation', `${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);
}

/**
 * Everything a payload would leave in the page, searched in the document
 * and every shadow root: elements that run or load code, handler attributes,
 * links that are not absolute http(s)/mailto, images that are not http(s).
 */
function inspect() {
  const BAD = new Set(['script', 'svg', 'math', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'style', 'form', 'noscript', 'portal', 'template']);
  const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'ping', 'srcdoc'];
  const LINK = /^(https?:\/\/|mailto:)/i;
  const problems = [];
  const describe = (el) => `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 80)}"`).join('')}>`;
  const roots = [document];
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i];
    const inShadow = root !== document;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      const tag = el.localName;
      // The page's own <head> is allowed its script, meta, link and style.
      const own = !inShadow && (el.closest('head') || tag === 'html' || tag === 'head');
      if (!own && BAD.has(tag)) problems.push(`element ${describe(el)}`);
      for (const attribute of el.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`handler attribute ${name} on ${describe(el)}`);
        // In the page's own markup only links and images are checked (the widgets' `src` is the catalogue's address).
        if (own || !URL_ATTRIBUTES.includes(name) || (!inShadow && tag !== 'a' && tag !== 'img')) continue;
        const value = attribute.value;
        if (name === 'href') {
          let protocol = '';
          try {
            protocol = new URL(value, document.baseURI).protocol;
          } catch {}
          if (!LINK.test(value) || !['http:', 'https:', 'mailto:'].includes(protocol)) problems.push(`link not http(s)/mailto: ${describe(el)}`);
        } else if (name === 'src' && tag === 'img') {
          if (!/^https?:\/\//i.test(value)) problems.push(`image not http(s): ${describe(el)}`);
        } else problems.push(`URL attribute ${name} on ${describe(el)}`);
      }
    }
  }
  return { problems, shadowRoots: roots.length - 1 };
}

// ---------------------------------------------------------------- helpers

/**
 * Opens `mode.page` with the trap (and `window.__inspect`) in place before
 * any of its scripts, then puts `html` into its <main>.
 */
async function load(mode, { query = '', html = '' } = {}) {
  const opened = await open('/test/e2e/pages/blank.html');
  await opened.page.addInitScript({ content: `(${trap})(); window.__inspect = ${inspect};` });
  const response = await opened.page.goto(env.server.url + mode.page + query, { waitUntil: 'load' });
  assert.equal(response?.status(), 200, `${mode.page} is served`);
  if (html) await opened.page.evaluate((markup) => document.querySelector('#host').insertAdjacentHTML('beforeend', markup), html);
  return opened;
}

/** No handler ran, no violation, nothing injected; `label` says which state was checked. */
async function assertSafe(page, label) {
  const pwned = await page.evaluate(() => window.__pwned);
  assert.deepEqual(pwned, [], `${label}: no payload ran and no Content-Security-Policy violation`);
  const { problems, shadowRoots } = await page.evaluate(() => window.__inspect());
  assert.ok(shadowRoots > 0, `${label}: the widgets rendered (shadow roots to inspect)`);
  assert.deepEqual(problems, [], `${label}: nothing injected in the page or its shadow roots`);
}

/** No uncaught exception and no console error (a payload that breaks rendering is a failure too). */
function assertNoErrors(log, label) {
  assert.deepEqual(log.pageErrors, [], `${label}: no uncaught exception`);
  assert.deepEqual(log.errors, [], `${label}: no console error`);
  // An image whose element went away or changed its src (the next detail shown) is cancelled: not a failure.
  const failed = log.failedRequests.filter((request) => !/^image .*: net::ERR_ABORTED /.test(request));
  assert.deepEqual(failed, [], `${label}: no failed request`);
}

/** Fails when the page does not answer within RESPONSIVE_MS. */
async function assertResponsive(page, label) {
  const started = Date.now();
  const answer = await Promise.race([page.evaluate(() => 1), new Promise((resolve) => setTimeout(() => resolve('timeout'), RESPONSIVE_MS))]);
  assert.equal(answer, 1, `${label}: the page answers within ${RESPONSIVE_MS} ms (no answer after ${Date.now() - started} ms)`);
}

/** Waits until a widget's status line says something other than loading (any result, or none), and returns it. */
async function settled(widget) {
  return eventually(async () => {
    const text = ((await widget.locator('.results > [role=status]:not(.missing)').textContent({ timeout: 1000 })) ?? '').trim();
    assert.ok(text && !/loading/i.test(text), `status "${text}"`);
    return text;
  });
}

/** `wait()`, with what the widget shows and the page's uncaught exceptions added to its failure: why it never showed results. */
async function withErrors(log, widget, wait) {
  try {
    return await wait();
  } catch (error) {
    const shown = await widget.evaluate((el) => el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim().slice(0, 300)).catch(() => undefined);
    let message = `${error.message.split('\n')[0]}\n  the widget shows: ${JSON.stringify(shown)}`;
    if (log.pageErrors.length) message += `\n  uncaught in the page: ${log.pageErrors.map((e) => e.split('\n')[0]).join('\n  ')}`;
    throw new Error(message, { cause: error });
  }
}

/**
 * Waits until a widget shows results ("N solutions", "N cities") and
 * returns N; fails at once, with what it shows and the page's uncaught
 * exceptions, when it shows an error instead.
 */
async function results(widget, log) {
  return withErrors(log, widget, async () => {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      const state = await widget.evaluate((el) => ({ error: !!el.shadowRoot?.querySelector('.error, [role=alert]'), status: el.shadowRoot?.querySelector('[role=status]')?.textContent.trim() ?? '' }));
      if (state.error) throw new Error('the widget shows an error, not results');
      const match = /(\d+) (solutions?|cit(y|ies))/.exec(state.status);
      if (match) return Number(match[1]);
      if (Date.now() > deadline) throw new Error(`no results after ${TIMEOUT} ms: status "${state.status}"`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

/**
 * In the page: opens the detail (marketplace) or profile (directory) of
 * each id in turn and returns, for each, what it shows and what
 * `__inspect()` found then: one round trip for many states.
 */
async function visit(widget, ids) {
  return widget.evaluate(async (el, list) => {
    const out = [];
    for (const id of list) {
      let root;
      let shownId;
      if (el.localName === 't4g-marketplace') {
        el.openSolutionById(id);
        await el.updateComplete;
        const detail = el.shadowRoot.querySelector('t4g-solution-detail');
        await detail.updateComplete;
        shownId = detail.open ? detail.solution?.id : undefined;
        root = detail.shadowRoot;
      } else {
        el.showCity(id);
        await el.updateComplete;
        const card = el.shadowRoot.querySelector('.profile t4g-city-card');
        await card?.updateComplete;
        shownId = card?.getAttribute('city-id');
        root = card?.shadowRoot;
      }
      out.push({
        id,
        shownId,
        title: root?.querySelector('#title, h3')?.textContent.trim(),
        text: root?.querySelector('dialog, article')?.textContent ?? '',
        links: [...(root?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href')),
        sources: [...(root?.querySelectorAll('[src]') ?? [])].map((e) => e.getAttribute('src')),
        alt: root?.querySelector('img')?.getAttribute('alt'),
        problems: window.__inspect().problems,
        pwned: window.__pwned.length,
      });
    }
    return out;
  }, ids);
}

/** Each visited state: it showed its entry, nothing was injected, no handler ran. */
function assertVisitedSafe(visited, what) {
  for (const state of visited) {
    assert.equal(state.shownId, state.id, `${what} of ${state.id} is shown`);
    assert.deepEqual(state.problems, [], `${what} of ${state.id}: nothing injected`);
    assert.equal(state.pwned, 0, `${what} of ${state.id}: no payload ran`);
  }
}

const marketplace = (src = CATALOGS.payloads, attributes = '') => `<t4g-marketplace id="m" src="${src}" page-size="500" ${attributes}></t4g-marketplace>`;
const directory = (src = CATALOGS.payloads, attributes = '') => `<t4g-city-directory id="d" src="${src}" page-size="500" ${attributes}></t4g-city-directory>`;

/** What a value of the wrong kind reads as once turned into a string: a template, an object or a built-in shown as code. */
const NOT_TEXT = /\[object |\[native code\]|function [A-Za-z]*\(|undefined|NaN/;

/** The chips' labels of a marketplace or directory. */
const chipsOf = (widget) => widget.evaluate((el) => [...el.shadowRoot.querySelectorAll('.chip')].map((chip) => chip.textContent));

// ---------------------------------------------------------------- the trap itself

describe('the trap and the inspection see what they must (else every test below proves nothing)', () => {
  before(writeCatalogs);
  test('a handler that runs, a blocked one, and injected markup are all caught', async () => {
    const plain = await load(MODES[0]);
    const strict = await load(MODES[1]);
    try {
      for (const { page } of [plain, strict]) {
        await page.evaluate(() => {
          document.querySelector('#host').insertAdjacentHTML('beforeend', `<img src="/nothing-here.png" onerror="top.__pwn('self-test')">`);
          const shadow = document.querySelector('#host').appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
          shadow.innerHTML = `<svg></svg><a href="javascript:void 0">a</a><a href="relative/page">b</a><b onclick="x">c</b><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`;
        });
      }
      // Without a policy the handler runs; the trap sees it.
      await eventually(async () => assert.deepEqual((await plain.page.evaluate(() => window.__pwned)).map((h) => `${h.kind} ${h.detail}`), ['__pwn self-test']));
      await plain.page.evaluate(() => {
        alert('a');
        window.eval('1');
        ({}).constructor.constructor('return 1')();
        setTimeout('void 0', 0);
      });
      const kinds = (await plain.page.evaluate(() => window.__pwned)).map((h) => h.kind);
      assert.deepEqual(kinds, ['__pwn', 'alert', 'eval', 'Function', 'setTimeout']);
      // Under the policy the inline handler is refused; the violation is seen.
      await eventually(async () => {
        const hits = await strict.page.evaluate(() => window.__pwned);
        assert.ok(hits.some((h) => h.kind === 'csp-violation'), JSON.stringify(hits));
        assert.ok(!hits.some((h) => h.kind === '__pwn'), 'the policy blocked the handler');
      });
      for (const { page } of [plain, strict]) {
        const { problems } = await page.evaluate(() => window.__inspect());
        assert.equal(problems.filter((p) => p.startsWith('handler attribute onerror on <img')).length, 1, problems.join('\n'));
        assert.ok(problems.some((p) => p.startsWith('element <svg')), problems.join('\n'));
        assert.ok(problems.some((p) => p.includes('javascript:void 0')), problems.join('\n'));
        assert.ok(problems.some((p) => p.includes('relative/page')), problems.join('\n'));
        assert.ok(problems.some((p) => p.startsWith('handler attribute onclick')), problems.join('\n'));
        assert.ok(problems.some((p) => p.startsWith('image not http(s)')), problems.join('\n'));
        assert.equal(problems.length, 7, problems.join('\n'));
      }
    } finally {
      await plain.context.close();
      await strict.context.close();
    }
  });
});

// ---------------------------------------------------------------- every element and state, with and without the policy

for (const mode of MODES) {
  describe(`payloads, ${mode.name}`, () => {
    before(writeCatalogs);

    test('marketplace: every payload reads as text on cards, in the detail, in searches and in chips', async () => {
      const { page, context, log } = await load(mode, { html: marketplace() });
      try {
        const m = market(page);
        const total = await results(m, log);
        const ids = await m.evaluate((el) => el.results);
        for (const { id } of expected.textSolutions) assert.ok(ids.includes(id), `${id} is shown`);
        await assertSafe(page, 'cards');

        // The title, every card's name and provider, every track badge read as the payload's characters.
        assert.equal(await m.evaluate((el) => el.shadowRoot.querySelector('.title')?.textContent), expected.title, 'the title is the catalogue’s text');
        const cards = await m.evaluate((el) =>
          [...el.shadowRoot.querySelectorAll('t4g-solution-card')].map((card) => ({
            name: card.shadowRoot.querySelector('.name')?.textContent,
            provider: card.shadowRoot.querySelector('.provider')?.textContent,
            badges: [...card.shadowRoot.querySelectorAll('.badge')].map((b) => b.textContent),
          })),
        );
        assert.equal(cards.length, total, 'a card for every result');
        for (const { id, payload } of expected.textSolutions.filter((s) => s.id.startsWith('solution-'))) {
          const card = cards.find((c) => c.name === payload);
          assert.ok(card, `the card of ${id} shows its name as text`);
          assert.ok(card.provider.includes(payload), `the card of ${id} shows its provider as text`);
        }
        const badges = cards.flatMap((c) => c.badges);
        for (const { payload } of expected.tracks) assert.ok(badges.includes(payload), `a track badge reads ${JSON.stringify(payload).slice(0, 60)}`);

        // The detail of each payload solution: every field as text, links kept.
        const details = await visit(m, expected.textSolutions.map((s) => s.id));
        assertVisitedSafe(details, 'the detail');
        for (const [i, { id, payload }] of expected.textSolutions.entries()) {
          const shown = details[i];
          if (id.startsWith('solution-')) {
            assert.equal(shown.title, payload.trim(), `${id}: the name as text`);
            assert.ok(shown.text.split(payload).length >= 6, `${id}: the payload as text in the detail's name, summary, description, provider, technologies, impact`);
            for (const path of ['website', 'contact', 'provider']) assert.ok(shown.links.some((href) => href.startsWith(`https://example.org/${path}?q=`)), `${id}: the ${path} link is kept`);
            assert.equal(shown.alt, payload, `${id}: the image's alt text is the payload`);
          } else {
            assert.ok(shown.text.includes(payload), `${id}: the e-mail address as text`);
            assert.ok(shown.links.some((href) => href.startsWith('mailto:')), `${id}: a mailto: link`);
          }
        }
        await m.evaluate((el) => el.shadowRoot.querySelector('t4g-solution-detail').close());
        await assertSafe(page, 'every detail');

        // Searching for payload words finds their solutions; the words come back as text.
        const input = m.locator('#search');
        await input.fill('onerror');
        await eventually(async () => {
          const n = await waitForCount(m);
          assert.ok(n > 0 && n < total, `"onerror" finds some solutions (${n})`);
        });
        for (const words of [TEXT_PAYLOADS.imgOnerror, TEXT_PAYLOADS.svgBreakout, TEXT_PAYLOADS.templateLiteral, TEXT_PAYLOADS.mustache]) {
          await input.fill(words);
          await settled(m);
          await assertSafe(page, `search for ${JSON.stringify(words).slice(0, 40)}`);
        }
        const words = `<img src=x onerror=${"top.__pwn('typed')"}> qqqzzzxxx`;
        await input.fill(words);
        await eventually(async () => {
          const empty = await m.evaluate((el) => el.shadowRoot.querySelector('.empty')?.textContent ?? '');
          assert.ok(empty.includes(words), `the empty state repeats the words as text: ${empty.slice(0, 200)}`);
        });
        await assertSafe(page, 'empty state with payload words');
        await input.fill('');
        await waitForCount(m, total);

        // Facets: the first value of every group, by the person; then payload values, so that chips carry them.
        const groups = await m.locator('fieldset').count();
        assert.ok(groups >= 5, `facet groups (${groups})`);
        // Every filter group opened first (only the first starts open), then its first value ticked.
        await m.evaluate((el) => el.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true)));
        for (let i = 0; i < groups; i++) await m.locator('fieldset').nth(i).locator('input[type=checkbox]').first().check();
        await eventually(async () => assert.equal((await chipsOf(m)).length, groups, 'a chip for each chosen value'));
        await assertSafe(page, 'chips of the first value of each facet');
        const textPayloads = expected.textSolutions.filter((s) => s.id.startsWith('solution-'));
        await m.evaluate((el, filters) => el.setFilters(filters), {
          technology: textPayloads.map((s) => s.payload),
          track: expected.tracks.map((t) => t.id),
          city: expected.cities.map((c) => c.id),
        });
        const chips = await eventually(async () => {
          const labels = await chipsOf(m);
          assert.equal(labels.length, 3 * textPayloads.length, 'a chip for each payload technology, track and city');
          return labels;
        });
        for (const { payload } of expected.tracks) assert.equal(chips.filter((chip) => chip.includes(payload)).length, 3, `three chips read ${JSON.stringify(payload).slice(0, 60)}`);
        await assertSafe(page, 'chips of payload values');
        await assertResponsive(page, 'after every state');
        assertNoErrors(log, 'marketplace');
      } finally {
        await context.close();
      }
    });

    test('marketplace: payloads in the URL (sync-url) stay text, and go back into the URL intact', async () => {
      const opened = expected.textSolutions.find((s) => s.key === 'svgBreakout');
      const query = new URLSearchParams([
        ['t4g-q', TEXT_PAYLOADS.svgBreakout],
        ['t4g-open', opened.id],
        ['t4g-technology', TEXT_PAYLOADS.imgOnerror],
        ['t4g-technology', TEXT_PAYLOADS.attributeBreakout],
        ['t4g-track', 'track-script'],
        ['t4g-cities', 'city-img-onerror'],
        ['t4g-providerCountry', TEXT_PAYLOADS.script],
        ['t4g-sort', TEXT_PAYLOADS.script],
        ['t4g-page', TEXT_PAYLOADS.imgOnerror],
      ]);
      const { page, context, log } = await load(mode, { query: `?${query}`, html: marketplace(undefined, 'sync-url') });
      try {
        const m = market(page);
        await settled(m);
        assert.equal(await m.locator('#search').inputValue(), TEXT_PAYLOADS.svgBreakout, 'the words from the URL, as they were');
        await eventually(async () => assert.equal(await m.evaluate((el) => el.shadowRoot.querySelector('t4g-solution-detail[open]')?.shadowRoot.querySelector('#title')?.textContent), opened.payload, 'the detail the URL names is open'));
        await assertSafe(page, 'URL state with an open detail');
        await m.evaluate((el) => el.shadowRoot.querySelector('t4g-solution-detail').close());
        const chips = await eventually(async () => {
          const labels = await chipsOf(m);
          // Not the country: a payload is no country the catalogue has, so it filters nothing and shows nowhere.
          assert.equal(labels.length, 4, `a chip for each filter in the URL the catalogue has a value for: ${labels.join(' | ')}`);
          return labels;
        });
        for (const payload of [TEXT_PAYLOADS.imgOnerror, TEXT_PAYLOADS.attributeBreakout, TEXT_PAYLOADS.script]) assert.ok(chips.some((chip) => chip.includes(payload)), `a chip reads ${payload}`);
        await assertSafe(page, 'URL state with chips');

        // A change writes the URL back: the payloads survive the round trip as data.
        await m.locator('#search').fill(`${TEXT_PAYLOADS.imgOnerror} again`);
        await eventually(async () => assert.equal(new URL(page.url()).searchParams.get('t4g-q'), `${TEXT_PAYLOADS.imgOnerror} again`));
        assert.deepEqual(new URL(page.url()).searchParams.getAll('t4g-technology'), [TEXT_PAYLOADS.imgOnerror, TEXT_PAYLOADS.attributeBreakout]);
        // Leaving the page aborts what it still loads (the problems' wording): let it finish first.
        await page.waitForLoadState('networkidle');
        await page.reload({ waitUntil: 'load' });
        await page.evaluate((markup) => document.querySelector('#host').insertAdjacentHTML('beforeend', markup), marketplace(undefined, 'sync-url'));
        await eventually(async () => assert.equal(await m.locator('#search').inputValue(), `${TEXT_PAYLOADS.imgOnerror} again`));
        await settled(m);
        await assertSafe(page, 'after a reload');

        // A payload as the open id (no such solution): nothing opens, nothing runs.
        await page.waitForLoadState('networkidle');
        await page.goto(`${env.server.url}${mode.page}?${new URLSearchParams({ 't4g-open': TEXT_PAYLOADS.imgOnerror, 't4g-q': TEXT_PAYLOADS.script })}`, { waitUntil: 'load' });
        await page.evaluate((markup) => document.querySelector('#host').insertAdjacentHTML('beforeend', markup), marketplace(undefined, 'sync-url'));
        await settled(m);
        assert.equal(await m.evaluate((el) => !!el.shadowRoot.querySelector('t4g-solution-detail[open]')), false, 'no detail for an unknown id');
        // It says so, the payload as text (cut to 100 characters).
        assert.ok((await m.locator('.missing').textContent()).includes(TEXT_PAYLOADS.imgOnerror.slice(0, 20)), 'the missing id, said as text');
        await assertSafe(page, 'URL state with a payload as the open id');
        assertNoErrors(log, 'URL state');
      } finally {
        await context.close();
      }
    });

    test('directory: every payload city as a card and a full profile, searched, filtered into chips, from the URL', async () => {
      const first = expected.cities.find((c) => c.key === 'imgOnerror');
      const query = new URLSearchParams([['t4g-city', first.id], ['t4g-city-q', TEXT_PAYLOADS.script], ['t4g-city-track', 'track-svg-breakout'], ['t4g-city-country', TEXT_PAYLOADS.imgOnerror]]);
      const { page, context, log } = await load(mode, { query: `?${query}`, html: directory(undefined, 'sync-url') });
      try {
        const d = page.locator('#d');
        await eventually(async () => {
          const text = await d.evaluate((el) => el.shadowRoot?.querySelector('.profile t4g-city-card')?.shadowRoot?.querySelector('h3')?.textContent);
          assert.equal(text?.trim(), first.payload.trim(), 'the profile the URL names is open');
        });
        await assertSafe(page, 'profile opened from the URL');
        await d.evaluate((el) => el.closeCity());
        await d.locator('#search').fill('');
        await d.evaluate((el) => el.clearFilters());
        const total = await results(d, log);
        const ids = await d.evaluate((el) => el.results);
        for (const { id } of expected.cities) assert.ok(ids.includes(id), `${id} is listed`);
        const names = await d.evaluate((el) => [...el.shadowRoot.querySelectorAll('t4g-city-card')].map((card) => card.shadowRoot.querySelector('.name')?.textContent));
        assert.equal(names.length, total, 'a card for every city');
        for (const { id, payload } of expected.cities) assert.ok(names.includes(payload), `the card of ${id} shows its name as text`);
        await assertSafe(page, 'city cards');

        const profiles = await visit(d, expected.cities.map((c) => c.id));
        assertVisitedSafe(profiles, 'the profile');
        for (const [i, { id, payload }] of expected.cities.entries()) {
          const shown = profiles[i];
          assert.equal(shown.title, payload.trim(), `${id}: the name as text`);
          assert.ok(shown.text.split(payload).length >= 6, `${id}: the payload as text in the profile's name, tagline, summary, ambitions, practice`);
          assert.ok(shown.links.some((href) => href.startsWith('https://example.org/city?q=')), `${id}: the website link is kept`);
          assert.ok(shown.links.some((href) => href.startsWith('https://example.org/practice?q=')), `${id}: the best practice's link is kept`);
        }
        await d.evaluate((el) => el.closeCity());

        const input = d.locator('#search');
        for (const words of [TEXT_PAYLOADS.imgOnerror, 'onerror', TEXT_PAYLOADS.mustache]) {
          await input.fill(words);
          await settled(d);
          await assertSafe(page, `directory search for ${words.slice(0, 30)}`);
        }
        await input.fill('');
        await results(d, log);
        await d.evaluate((el, filters) => el.setFilters(filters), { track: expected.tracks.map((t) => t.id), country: [TEXT_PAYLOADS.script] });
        const chips = await eventually(async () => {
          const labels = await chipsOf(d);
          // The tracks' chips; the payload is no country the catalogue has.
          assert.equal(labels.length, expected.tracks.length, `chips: ${labels.length}`);
          return labels;
        });
        for (const { payload } of expected.tracks) assert.ok(chips.some((chip) => chip.includes(payload)), `a chip reads ${JSON.stringify(payload).slice(0, 60)}`);
        await assertSafe(page, 'directory chips');
        assertNoErrors(log, 'directory');
      } finally {
        await context.close();
      }
    });

    test('solution card and city card on their own, compact and full', async () => {
      const src = CATALOGS.payloads;
      const cards = [
        ...expected.textSolutions.map(({ id }) => `<t4g-solution-card src="${src}" solution-id="${id}"></t4g-solution-card>`),
        ...expected.cities.flatMap(({ id }) => [`<t4g-city-card src="${src}" city-id="${id}"></t4g-city-card>`, `<t4g-city-card src="${src}" city-id="${id}" variant="full"></t4g-city-card>`]),
      ];
      const { page, context, log } = await load(mode, { html: cards.join('\n') });
      try {
        const shown = await eventually(async () => {
          const names = await page.evaluate(() =>
            [...document.querySelectorAll('t4g-solution-card, t4g-city-card')].map((card) => ({
              id: card.getAttribute('solution-id') ?? card.getAttribute('city-id'),
              name: (card.shadowRoot?.querySelector('.name') ?? card.shadowRoot?.querySelector('h3'))?.textContent.trim() ?? null,
            })),
          );
          assert.ok(names.every(({ name }) => name !== null), `every card rendered (${names.filter(({ name }) => name === null).length} not yet)`);
          return names;
        });
        await assertSafe(page, 'standalone cards');
        for (const { id, payload } of expected.textSolutions.filter((s) => s.id.startsWith('solution-'))) {
          assert.deepEqual(shown.filter((card) => card.id === id).map((card) => card.name), [payload.trim()], `the card of ${id} reads its name`);
        }
        for (const { id, payload } of expected.cities) {
          assert.deepEqual(shown.filter((card) => card.id === id).map((card) => card.name), [payload.trim(), payload.trim()], `both cards of ${id} read its name`);
        }
        assertNoErrors(log, 'standalone cards');
      } finally {
        await context.close();
      }
    });

    test('javascript:, data:, vbscript: and scheme-less URLs never become links or images (entry left out, or the field dropped)', async () => {
      const { page, context, log } = await load(mode, { html: marketplace() + directory() });
      try {
        const m = market(page);
        const d = page.locator('#d');
        await results(m, log);
        await results(d, log);
        const solutionIds = new Set(await m.evaluate((el) => el.results));
        const cityIds = new Set(await d.evaluate((el) => el.results));
        const shownSolutions = expected.badUrlSolutions.filter(({ id }) => solutionIds.has(id));
        const shownCities = expected.badUrlCities.filter(({ id }) => cityIds.has(id));
        const squash = (value) => value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        for (const [widget, entries, what] of [[m, shownSolutions, 'the detail'], [d, shownCities, 'the profile']]) {
          const visited = await visit(widget, entries.map((e) => e.id));
          assertVisitedSafe(visited, what);
          for (const [i, entry] of entries.entries()) {
            const used = [...visited[i].links, ...visited[i].sources].filter((value) => squash(value).includes(squash(entry.url)));
            assert.deepEqual(used, [], `${entry.id}: the bad ${entry.field} is used nowhere (the field is dropped)`);
          }
        }
        process.stderr.write(`# ${mode.name}: entries with a bad URL shown without it: ${shownSolutions.length} of ${expected.badUrlSolutions.length} solutions, ${shownCities.length} of ${expected.badUrlCities.length} cities; the rest left out\n`);
        await assertSafe(page, 'entries with a bad URL');
        assertNoErrors(log, 'bad URLs');
      } finally {
        await context.close();
      }
    });

    test('template-shaped objects where text is expected, and payloads in constrained fields: refused (entry left out, or the field dropped)', async () => {
      const { page, context, log } = await load(mode, { html: marketplace() + directory() });
      try {
        const m = market(page);
        const d = page.locator('#d');
        await results(m, log);
        await results(d, log);
        const solutionIds = new Set(await m.evaluate((el) => el.results));
        const cityIds = new Set(await d.evaluate((el) => el.results));
        const solutions = [...expected.litSolutions, ...expected.refusedSolutions].filter(({ id }) => solutionIds.has(id));
        const cities = [...expected.litCities, ...expected.refusedCities].filter(({ id }) => cityIds.has(id));
        // Shown: then without the value. A template-shaped object never reads as "[object Object]", never renders as markup.
        for (const [widget, entries, what] of [[m, solutions, 'the detail'], [d, cities, 'the profile']]) {
          const visited = await visit(widget, entries.map((e) => e.id));
          assertVisitedSafe(visited, what);
          for (const [i, entry] of entries.entries()) {
            assert.doesNotMatch(visited[i].text, NOT_TEXT, `${entry.id}: ${what} reads as text`);
            for (const payload of [TEXT_PAYLOADS.script, TEXT_PAYLOADS.imgOnerror, TEXT_PAYLOADS.svgBreakout]) {
              assert.ok(!visited[i].text.includes(payload), `${entry.id}: the refused ${entry.field} is not shown`);
            }
          }
        }
        process.stderr.write(`# ${mode.name}: entries with a template-shaped object or a payload in a constrained field shown without it: ${solutions.length} of ${expected.litSolutions.length + expected.refusedSolutions.length} solutions, ${cities.length} of ${expected.litCities.length + expected.refusedCities.length} cities; the rest left out\n`);
        const trackIds = await m.evaluate((el) => el.shadowRoot.querySelector('t4g-solution-detail')?.catalog?.tracks.map((t) => t.id) ?? []);
        for (const { id } of expected.litTracks) assert.ok(!trackIds.includes(id), `${id}: a track whose name is template-shaped is left out (its name is required)`);
        const badges = await m.evaluate((el) => [...el.shadowRoot.querySelectorAll('t4g-solution-card')].flatMap((card) => [...card.shadowRoot.querySelectorAll('.badge')].map((b) => b.textContent)));
        for (const text of badges) assert.doesNotMatch(text, NOT_TEXT, 'a track badge reads as text');
        await assertSafe(page, 'refused values');
        assertNoErrors(log, 'refused values');
      } finally {
        await context.close();
      }
    });

    test('built-in names as language keys ({"constructor": …}): refused, or shown as text, never as a template', async () => {
      const src = CATALOGS.builtInKeys;
      const cards = expected.builtInSolutions.map(({ id }) => `<t4g-solution-card src="${src}" solution-id="${id}"></t4g-solution-card>`);
      const { page, context, log } = await load(mode, { html: marketplace(src) + cards.join('') });
      try {
        const m = market(page);
        const total = await results(m, log);
        const ids = new Set(await m.evaluate((el) => el.results));
        const names = await eventually(async () => {
          const found = await m.evaluate((el) => [...el.shadowRoot.querySelectorAll('t4g-solution-card')].map((card) => [card.solution?.id, card.shadowRoot?.querySelector('.name')?.textContent ?? null]));
          assert.equal(found.length, total, 'a card for every result');
          return found;
        });
        for (const [id, name] of names) {
          assert.equal(typeof name, 'string', `${id}: the card rendered its name`);
          assert.doesNotMatch(name, NOT_TEXT, `${id}: the name reads as text`);
        }
        const kept = expected.builtInSolutions.filter(({ id }) => ids.has(id));
        const details = await visit(m, kept.map(({ id }) => id));
        assertVisitedSafe(details, 'the detail');
        for (const [i, { id, name, what }] of kept.entries()) assert.doesNotMatch(details[i].text, NOT_TEXT, `${id} ({"${name}": ${what}}): the detail reads as text`);
        await assertSafe(page, 'built-in names as language keys');
        const standalone = await page.evaluate(() => [...document.querySelectorAll('#host > t4g-solution-card')].map((card) => card.shadowRoot?.textContent ?? ''));
        for (const text of standalone) assert.doesNotMatch(text, NOT_TEXT, 'a card on its own reads as text (or says the entry was left out)');
        assert.deepEqual(log.pageErrors, [], 'no uncaught exception: a template-shaped value never reaches a template');
        assert.deepEqual(log.errors, [], 'no console error');
      } finally {
        await context.close();
      }
    });

    test('built-in names as ids: the solution, track and city called `constructor` are the catalogue’s', async () => {
      const src = CATALOGS.builtInIds;
      const { page, context, log } = await load(mode, { html: marketplace(src) + directory(src) });
      try {
        const m = market(page);
        const d = page.locator('#d');
        assert.equal(await results(m, log), 2);
        assert.equal(await results(d, log), 2);
        const [detail] = await visit(m, ['constructor']);
        const [profile] = await visit(d, ['constructor']);
        assertVisitedSafe([detail, profile], 'built-in id');
        assert.match(detail.text, /Solution with a built-in id/);
        assert.match(detail.text, /Track named constructor/);
        assert.match(detail.text, /City with a built-in id/);
        assert.doesNotMatch(detail.text, NOT_TEXT);
        assert.match(profile.text, /City with a built-in id/);
        assert.match(profile.text, /Track named constructor/);
        assert.match(profile.text, /Plain city/);
        assert.doesNotMatch(profile.text, NOT_TEXT);
        await assertSafe(page, 'built-in ids');
        assertNoErrors(log, 'built-in ids');
      } finally {
        await context.close();
      }
    });

    test('built-in names (constructor, __proto__, toString…) as filter values in the URL: values the catalogue lacks, ignored', async () => {
      const src = CATALOGS.builtInIds;
      const query = new URLSearchParams([
        ['t4g-pricing', 'constructor'],
        ['t4g-providerType', 'toString'],
        ['t4g-trl', 'constructor'],
        ['t4g-track', '__proto__'],
        ['t4g-sdg', 'valueOf'],
        ['t4g-sort', 'constructor'],
        ['t4g-city-role', 'constructor'],
        ['t4g-city-country', '__proto__'],
        ['t4g-city-sort', 'hasOwnProperty'],
      ]);
      const { page, context, log } = await load(mode, { query: `?${query}`, html: marketplace(src, 'sync-url') + directory(src, 'sync-url') });
      try {
        const m = market(page);
        const d = page.locator('#d');
        await withErrors(log, m, () => settled(m));
        await withErrors(log, d, () => settled(d));
        // None of these is a value the catalogue has: no chip, and they filter nothing (as an edited address's words).
        assert.deepEqual([...(await chipsOf(m)), ...(await chipsOf(d))], [], 'no chip for a value the catalogue lacks');
        const totals = () => Promise.all([m, d].map((widget) => widget.evaluate((el) => el.total)));
        const filtered = await totals();
        await assertSafe(page, 'built-in names as filters');
        assertNoErrors(log, 'built-in names as filters');
        const status = await Promise.all([m, d].map((widget) => widget.evaluate((el) => el.shadowRoot.querySelector('[role=status]')?.textContent ?? '')));
        assert.deepEqual(status.filter((text) => NOT_TEXT.test(text)), [], 'no built-in function, object or NaN in what the widgets say');
        await m.evaluate((el) => el.clearFilters());
        await d.evaluate((el) => el.clearFilters());
        await settled(m);
        await settled(d);
        assert.deepEqual(await totals(), filtered, 'they filtered nothing');
      } finally {
        await context.close();
      }
    });

    test('100,000-character words and 10,000 tags: the page stays responsive and nothing overflows its card', async () => {
      const src = CATALOGS.huge;
      const html = marketplace(src) + directory(src) + `<t4g-solution-card src="${src}" solution-id="${expected.hugeSolution}"></t4g-solution-card><t4g-city-card src="${src}" city-id="${expected.hugeCity}" variant="full"></t4g-city-card>`;
      const { page, context, log } = await load(mode, { html });
      try {
        const m = market(page);
        const d = page.locator('#d');
        await results(m, log);
        await results(d, log);
        await assertResponsive(page, 'loaded');
        /** Cards (and the open detail or profile) wider inside than their box, the widgets and the page wider than the window. */
        const overflow = (when) =>
          page.evaluate((state) => {
            const out = [];
            const check = (label, el) => {
              if (el && el.scrollWidth > el.clientWidth + 1) out.push(`${state}: ${label}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
            };
            const cards = (root, where) => {
              for (const card of root.querySelectorAll('t4g-solution-card, t4g-city-card')) {
                const id = card.solution?.id ?? card.getAttribute('city-id') ?? card.getAttribute('solution-id');
                check(`${card.localName} ${id} ${where}`, card.shadowRoot?.querySelector('article'));
              }
            };
            /** The innermost elements of `root` (shadow roots too) whose content is wider than their box. */
            const sticking = (root) => {
              const found = [];
              const walk = (r) => {
                for (const el of r.querySelectorAll('*')) {
                  // Form fields scroll their own text, and visually hidden text is clipped on purpose.
                  if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 1 && !['input', 'textarea', 'select'].includes(el.localName)) found.push(el);
                  if (el.shadowRoot) walk(el.shadowRoot);
                }
              };
              walk(root);
              const inside = (outer, inner) => {
                for (let node = inner; node; node = node.parentNode ?? node.host) if (node === outer) return true;
                return false;
              };
              return found
                .filter((el) => !found.some((other) => other !== el && inside(el, other)))
                .map((el) => `${el.getRootNode().host?.localName ?? ''} <${el.localName}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> ${el.scrollWidth}px in ${el.clientWidth}px`);
            };
            cards(document, 'on its own');
            for (const widget of document.querySelectorAll('t4g-marketplace, t4g-city-directory')) {
              cards(widget.shadowRoot, `in ${widget.localName}`);
              const detail = widget.shadowRoot.querySelector('t4g-solution-detail[open]');
              for (const [label, el, root] of [['the open detail', detail?.shadowRoot.querySelector('dialog'), detail?.shadowRoot], [widget.localName, widget, widget.shadowRoot]]) {
                const before = out.length;
                check(label, el);
                if (out.length > before) out[before] += ` (overflowing: ${[...new Set(sticking(root))].slice(0, 6).join('; ')})`;
              }
            }
            check('the page', document.scrollingElement);
            return out;
          }, when);
        // Overflows are gathered and reported together at the end; a frozen page ends the test at once.
        const overflows = [...(await overflow('loaded'))];

        const [detail] = await visit(m, [expected.hugeSolution]);
        assertVisitedSafe([detail], 'the huge solution’s detail');
        await assertResponsive(page, 'the huge solution’s detail open');
        overflows.push(...(await overflow('the huge solution’s detail open')));
        await m.evaluate((el) => el.shadowRoot.querySelector('t4g-solution-detail').close());

        // The technology facet, all 10,001 values shown (its group opened first; on a narrow page, in the filter panel).
        await m.evaluate((el) => {
          el.shadowRoot.querySelector('dialog.panel')?.showModal();
          el.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true));
        });
        const showAll = m.locator('fieldset button.link', { hasText: /Show all/ });
        // An opened group draws its values when its toggle event comes.
        await eventually(async () => assert.ok((await showAll.count()) > 0, 'a facet folds its values behind “Show all”'));
        await showAll.first().click();
        await assertResponsive(page, `every one of the ${HUGE_TAG_COUNT} technologies in the facet`);
        await eventually(async () => assert.ok((await m.locator('fieldset input[type=checkbox]').count()) > HUGE_TAG_COUNT, 'all values shown'));
        overflows.push(...(await overflow('every technology in the facet')));

        // Searching a tag, a prefix of the huge word, the whole word.
        const input = m.locator('#search');
        for (const words of [`tag-${HUGE_TAG_COUNT - 1}`, 'W'.repeat(40), HUGE_WORD]) {
          await input.fill(words);
          await assertResponsive(page, `a search for ${words.length} characters`);
          await eventually(async () => assert.ok((await waitForCount(m)) >= 1, `"${words.slice(0, 20)}…" finds the huge solution`), { timeout: 10_000 });
        }
        overflows.push(...(await overflow('searched')));

        const [profile] = await visit(d, [expected.hugeCity]);
        assertVisitedSafe([profile], 'the huge city’s profile');
        await assertResponsive(page, 'the huge city’s profile');
        overflows.push(...(await overflow('the huge city’s profile')));
        await assertSafe(page, 'huge content');
        assertNoErrors(log, 'huge content');
        // Each place once, with the first state it was seen in.
        const places = new Map();
        for (const found of overflows) {
          const [state, ...rest] = found.split(': ');
          const place = rest.join(': ').replace(/ \(overflowing: .*\)$/, '');
          if (!places.has(place)) places.set(place, `${found.slice(state.length + 2)} (first seen: ${state})`);
        }
        assert.deepEqual([...places.values()], [], 'nothing wider than its card, its widget or the window');
      } finally {
        await context.close();
      }
    });

    test('right-to-left overrides in catalogue text do not reorder the library’s own text', async () => {
      const { page, context, log } = await load(mode, { html: marketplace() });
      try {
        const m = market(page);
        await results(m, log);
        /**
         * In the page: whether `needle`, found in the text under `root`, is
         * laid out left to right (each character, spaces aside, right of the
         * one before), as the library's own left-to-right text must be.
         * 'missing' when the text does not hold it.
         */
        const ltr = (root, needle) => {
          if (!root) return 'missing';
          // The text under `root` as one string (Lit splits static text and bindings into several nodes), each character with its node.
          const chars = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) for (let i = 0; i < node.length; i++) chars.push([node, i]);
          const at = chars.map(([node, i]) => node.textContent[i]).join('').indexOf(needle);
          if (at < 0) return 'missing';
          const lefts = [];
          for (const [node, i] of chars.slice(at, at + needle.length)) {
            if (/\s/.test(node.textContent[i])) continue;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            lefts.push(range.getBoundingClientRect().left);
          }
          return lefts.every((left, i) => i === 0 || left > lefts[i - 1]);
        };
        // Defined in the page by DevTools evaluation, not by the page's eval (which the trap counts).
        await page.evaluate(`window.__ltr = ${ltr};`);

        /** The library's text beside one payload solution's text: each check true when laid out left to right. */
        const checks = async ({ id, payload }) => {
          const results = {};
          // The detail: the provider's type and country after its name, the impact figure after its label, the next technology.
          await visit(m, [id]);
          Object.assign(results, await m.evaluate((el) => {
            const root = el.shadowRoot.querySelector('t4g-solution-detail[open]').shadowRoot;
            const dd = (term) => [...root.querySelectorAll('dt')].find((dt) => dt.textContent === term)?.nextElementSibling;
            return {
              'the detail: the provider’s “(Start-up, Finland)” after its name': window.__ltr(dd('Provider'), '(Start-up, Finland)'),
              'the detail: the impact figure “42” after its label': window.__ltr(dd('Impact'), '42'),
              'the detail: the next technology “Plain technology” after the payload': window.__ltr(dd('Technologies'), 'Plain technology'),
            };
          }));
          await m.evaluate((el) => el.shadowRoot.querySelector('t4g-solution-detail').close());

          // A chip of the payload technology: its “×” right of the label; the facet value's count after its label.
          await m.evaluate((el, value) => el.setFilters({ technology: [value] }), payload);
          await eventually(async () => assert.equal((await chipsOf(m)).length, 1));
          Object.assign(results, await m.evaluate((el) => {
            const chip = el.shadowRoot.querySelector('.chip');
            const cross = chip.querySelector('span[aria-hidden]');
            let right = -Infinity;
            const walker = document.createTreeWalker(chip, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              // What is seen: not the ×, not the words for screen readers only.
              if (cross.contains(node) || node.parentElement.closest('.visually-hidden') || !node.textContent.trim()) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              right = Math.max(right, range.getBoundingClientRect().right);
            }
            const checked = [...el.shadowRoot.querySelectorAll('fieldset label')].find((l) => l.querySelector('input').checked);
            return {
              'the chip: its “×” right of the label': right > -Infinity ? cross.getBoundingClientRect().left >= right - 1 : 'missing',
              'the facet: the value’s count “(1)” after the label': window.__ltr(checked?.querySelector('.facet-count'), '(1)'),
            };
          }));
          await m.evaluate((el) => el.clearFilters());

          // The payload as search words: the empty state's closing quote and full stop after them.
          await m.locator('#search').fill(`${payload} qqqzzzxxx`);
          Object.assign(results, await eventually(async () =>
            m.evaluate((el) => {
              const p = el.shadowRoot.querySelector('.empty p');
              if (!p) throw new Error('no empty state yet');
              return { 'the empty state: its closing “”.” after the words': window.__ltr(p, '”.') };
            }),
          ));
          await m.locator('#search').fill('');
          await settled(m);
          const wrong = Object.entries(results).filter(([, ok]) => ok !== true).map(([what, ok]) => `${what}${ok === 'missing' ? ' (not found)' : ''}`);
          return { wrong, checked: Object.keys(results).length };
        };

        // The same checks beside left-to-right payload text first: they measure what they claim.
        const control = await checks(expected.textSolutions.find((s) => s.key === 'script'));
        assert.deepEqual(control, { wrong: [], checked: 6 }, 'beside left-to-right text, the library’s text reads left to right');
        const override = await checks(expected.textSolutions.find((s) => s.key === 'rtlOverride'));
        assert.deepEqual(override.wrong, [], 'library text reordered by an unclosed U+202E (right-to-left override) in catalogue text');
        await assertSafe(page, 'right-to-left overrides');
        assertNoErrors(log, 'right-to-left overrides');
      } finally {
        await context.close();
      }
    });
  });
}
