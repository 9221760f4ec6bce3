/**
 * End-to-end tests of the built bundles (dist/t4g.js, dist/t4g.iife.js) on the
 * hostile host pages in examples/hostile/, in headless Chromium through
 * playwright-core, with the server and browser of support.mjs.
 *
 *   node --test --test-reporter=tap test/e2e/run.mjs      (bash scripts/e2e.sh runs it and test/e2e/*.test.mjs)
 *
 * The browser: scripts/find-browser.mjs (CHROME_PATH if set); E2E_TIMEOUT the
 * wait for each condition in ms (default 15000).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { CSP, ROOT } from './server.mjs';
import { SAMPLE_TOTAL, assertClean, isDistFile, isSideFile, assertHeading, assertSearchWorks, eventually, market, open, useBrowser, waitForCount } from './support.mjs';

const FACETS_TOTAL = 8;

useBrowser();

/** A catalogue over the size the loader parses in steps (1,000,000 characters): the sample's solutions nine times. */
const LARGE = { path: '/test/e2e/large.generated.json', copies: 9 };
const LARGE_TOTAL = SAMPLE_TOTAL * LARGE.copies;

before(async () => {
  const sample = JSON.parse(readFileSync(`${ROOT}/catalog/icc-sample.json`, 'utf8'));
  sample.solutions = Array.from({ length: LARGE.copies }, (_, copy) => sample.solutions.map((s) => ({ ...s, id: copy ? `${s.id}-${copy}` : s.id }))).flat();
  const text = JSON.stringify(sample, null, 2);
  assert.ok(text.length > 1_000_000, `the large catalogue has ${text.length} characters`);
  writeFileSync(ROOT + LARGE.path, text);
});

after(() => rmSync(ROOT + LARGE.path, { force: true }));

// ---------------------------------------------------------------- every page

const PAGES = ['plain.html', 'municipal.html', 'csp.html', 'twice.html', 'two-marketplaces.html', 'classic.html'];

for (const name of PAGES) {
  describe(`examples/hostile/${name}`, () => {
    test('shows the catalogue and searches, with no error, failed request or CSP violation', async () => {
      const { page, context, log } = await open(`/examples/hostile/${name}`);
      try {
        await assertHeading(page);
        const m = market(page).first();
        await waitForCount(m, SAMPLE_TOTAL);
        assert.ok((await m.locator('t4g-solution-card').count()) > 0, 'cards are shown');
        await assertSearchWorks(m);
        // Give late errors (a deferred render, a lazy image) a moment to surface.
        await page.waitForTimeout(200);
        await assertClean(page, log, { allowWarnings: name === 'twice.html' });
      } finally {
        await context.close();
      }
    });
  });
}

// ---------------------------------------------------------------- page-specific checks

describe('csp.html: strict Content-Security-Policy', () => {
  test('the policy is in force (header and meta) and the widget works under it with no violation', async () => {
    const { page, context, log, response } = await open('/examples/hostile/csp.html');
    try {
      assert.equal(response.headers()['content-security-policy'], CSP, 'the server sends the policy');
      assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), CSP, 'the page declares it too');
      // The page obeys its own policy: no inline script or style for the test to trip over.
      const inline = await page.evaluate(() => ({
        scripts: [...document.scripts].filter((s) => !s.src).length,
        styles: document.querySelectorAll('style').length,
        styleAttributes: document.querySelectorAll('[style]').length,
      }));
      assert.deepEqual(inline, { scripts: 0, styles: 0, styleAttributes: 0 }, 'no inline script or style in the page');
      const m = market(page);
      await waitForCount(m, SAMPLE_TOTAL);
      await assertSearchWorks(m);
      // Open a solution's detail too: more of the library's code and styles run.
      await m.locator('t4g-solution-card').first().locator('.name').click();
      await eventually(async () => assert.ok(await m.evaluate((el) => !!el.shadowRoot.querySelector('t4g-solution-detail[open]')), 'the detail opens'));
      await page.waitForTimeout(200);
      // Styles are really applied (adopted style sheets are allowed by the policy, <style> would not be).
      const cardPadding = await m.locator('t4g-solution-card').first().evaluate((card) => getComputedStyle(card.shadowRoot.querySelector('article')).paddingTop);
      assert.notEqual(cardPadding, '0px', 'the card has its own styles');
      await assertClean(page, log, { allowWarnings: false });
      // Last, prove that the policy really blocks things, so the empty violation list above means something.
      // (An inline script added by the page's own code: DevTools evaluation itself is exempt from the policy's eval rule.)
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true;';
        document.head.append(script);
      });
      await eventually(async () => {
        const probe = await page.evaluate(() => ({ ran: window.__inlineRan === true, violations: window.__cspViolations.map((v) => v.directive) }));
        assert.equal(probe.ran, false, 'an inline script is refused on this page');
        assert.ok(probe.violations.some((d) => d.startsWith('script-src')), `the refusal is reported as a violation (${probe.violations})`);
      });
    } finally {
      await context.close();
    }
  });
});

describe('twice.html: module and classic bundles on one page', () => {
  test('no error, one definition of each element, at most a warning', async () => {
    const { page, context, log } = await open('/examples/hostile/twice.html');
    try {
      const m = market(page);
      await waitForCount(m, SAMPLE_TOTAL);
      const defs = await page.evaluate(async () => {
        const tags = ['t4g-marketplace', 't4g-solution-card', 't4g-solution-detail', 't4g-city-card', 't4g-city-directory'];
        // Both bundles ran: the module one exports the element classes.
        const mod = await import('/dist/t4g.js');
        const registered = customElements.get('t4g-marketplace');
        return {
          defined: tags.filter((tag) => customElements.get(tag)),
          version: registered?.t4gVersion,
          moduleExports: Object.keys(mod).length,
          upgraded: document.querySelector('t4g-marketplace') instanceof registered,
          marketplaces: document.querySelectorAll('t4g-marketplace').length,
          rendered: [...document.querySelectorAll('t4g-marketplace')].filter((el) => el.shadowRoot).length,
        };
      });
      assert.deepEqual(defs.defined, ['t4g-marketplace', 't4g-solution-card', 't4g-solution-detail', 't4g-city-card', 't4g-city-directory'], 'every element is defined');
      assert.ok(defs.version, 'the registered element is the library’s (has t4gVersion)');
      assert.ok(defs.moduleExports > 0, 'the module bundle ran too');
      assert.ok(defs.upgraded, 'the marketplace is upgraded');
      assert.equal(defs.marketplaces, 1);
      assert.equal(defs.rendered, 1, 'one marketplace renders');
      assert.equal(await m.locator('input[type=search]').count(), 1, 'one search field: rendered once, not twice');
      await assertSearchWorks(m);
      await assertClean(page, log, { allowWarnings: true });
      // Two copies of the same version must not even warn; a warning (never an error) is allowed only for two versions.
      for (const warning of log.warnings) assert.doesNotMatch(warning, /already (been )?(defined|used)|NotSupportedError/i, `unexpected warning: ${warning}`);
    } finally {
      await context.close();
    }
  });
});

describe('classic.html: classic script only', () => {
  test('works with no module script on the page and adds no global', async () => {
    const { page, context, log } = await open('/examples/hostile/classic.html');
    try {
      const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ type: s.type, src: new URL(s.src, location.href).pathname })));
      assert.deepEqual(scripts, [{ type: '', src: '/dist/t4g.iife.js' }], 'only the classic bundle, no module script');
      const moduleRequests = log.responses.filter((r) => r.url().endsWith('/dist/t4g.js'));
      assert.equal(moduleRequests.length, 0, 'the module bundle is never requested');
      assert.equal(await page.evaluate(() => typeof window.t4g), 'undefined', 'the classic bundle adds no `t4g` global');
      const m = market(page);
      await waitForCount(m, SAMPLE_TOTAL);
      await assertSearchWorks(m);
      await assertClean(page, log, { allowWarnings: false });
    } finally {
      await context.close();
    }
  });
});

describe('the ICC track names in another language, from its language file', () => {
  // Both bundles carry English only; a language's file, loaded from beside the bundle, adds its table and track names.
  for (const [name, bundle] of [['plain.html', '/dist/t4g.js'], ['classic.html', '/dist/t4g.iife.js']]) {
    test(`${name} (${bundle}): a German page shows the tracks in German`, async () => {
      const { page, context, log, response } = await open(`/examples/hostile/${name}`);
      try {
        const m = market(page);
        await waitForCount(m, SAMPLE_TOTAL);
        const badges = () => m.evaluate((el) => [...el.shadowRoot.querySelectorAll('t4g-solution-card')].flatMap((card) => [...card.shadowRoot.querySelectorAll('.badge')].map((badge) => badge.textContent.trim())));
        assert.ok((await badges()).includes('Green economy and local green deals'), 'English first');
        await page.evaluate(() => { document.documentElement.lang = 'de'; });
        await eventually(async () => {
          const shown = await badges();
          assert.ok(shown.includes('Grüne Wirtschaft und lokale Green Deals'), `German track names (${shown.slice(0, 3)})`);
          assert.ok(!shown.includes('Green economy and local green deals'), 'no English name left');
        });
        assert.ok(log.responses.some((r) => isSideFile(r.url(), 't4g-de.js')), 'the German file was loaded from beside the bundle');
        if (name === 'classic.html') assert.equal(response.headers()['content-security-policy'], CSP, 'served under the strict policy');
        await assertClean(page, log, { allowWarnings: false });
      } finally {
        await context.close();
      }
    });
  }
});

describe('a solution\'s detail and a city\'s profile are files beside the bundle, there before anyone opens one', () => {
  // classic.html is served under the strict policy (default-src 'self'): the files and their rules must pass it.
  for (const [name, bundle] of [['plain.html', '/dist/t4g.js'], ['classic.html', '/dist/t4g.iife.js']]) {
    test(`${name} (${bundle})`, async () => {
      const { page, context, log } = await open(`/examples/hostile/${name}`);
      try {
        const fetched = (file) => log.responses.some((r) => isSideFile(r.url(), file) && r.ok());
        const m = market(page);
        await waitForCount(m, SAMPLE_TOTAL);
        await eventually(async () => assert.ok(fetched('t4g-solution-view.js'), 'the detail\'s view is fetched while the page is idle'));
        await m.locator('t4g-solution-card').first().locator('.name').click();
        const dialog = m.locator('t4g-solution-detail dialog');
        await eventually(async () => assert.ok(await dialog.evaluate((el) => el.matches(':modal')), 'the detail opens, modal'));
        const shown = await dialog.evaluate((el) => ({ title: el.querySelector('h2')?.textContent, display: getComputedStyle(el).display }));
        assert.ok(shown.title, 'with the solution\'s name');
        assert.equal(shown.display, 'flex', 'styled by the view\'s own rules (dialog[open] is a column)');
        await page.keyboard.press('Escape');
        await eventually(async () => assert.ok(!(await dialog.evaluate((el) => el.open)), 'Escape closes it'));

        await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<t4g-city-directory src="/catalog/icc-sample.json"></t4g-city-directory>'));
        const directory = page.locator('t4g-city-directory');
        await directory.locator('.grid t4g-city-card a.name').first().click();
        const profile = directory.locator('.profile t4g-city-card');
        await eventually(async () => assert.ok((await profile.locator('h4').count()) > 0, 'the city\'s full profile shows'));
        assert.ok(fetched('t4g-city-profile.js'), 'from t4g-city-profile.js, beside the bundle');
        const h4 = await profile.locator('h4').first().evaluate((el) => ({ margin: parseFloat(getComputedStyle(el).marginBottom), size: parseFloat(getComputedStyle(el).fontSize) }));
        assert.equal(h4.margin, h4.size / 4, 'styled by the profile\'s own rules (0.25em under a heading)');
        await assertClean(page, log, { allowWarnings: false });
      } finally {
        await context.close();
      }
    });
  }
});

describe('a catalogue over 1 MB, parsed in steps by a file loaded from beside the bundle', () => {
  for (const [name, bundle] of [['plain.html', '/dist/t4g.js'], ['classic.html', '/dist/t4g.iife.js']]) {
    test(`${name} (${bundle})`, async () => {
      const { page, context, log } = await open(`/examples/hostile/${name}`);
      try {
        const m = market(page);
        await waitForCount(m, SAMPLE_TOTAL);
        assert.ok(!log.responses.some((r) => isDistFile(r.url(), 't4g-json-steps.js')), 'a small catalogue does not load the stepped parser');
        await m.evaluate((el, src) => (el.src = src), LARGE.path);
        await waitForCount(m, LARGE_TOTAL);
        assert.ok(log.responses.some((r) => isSideFile(r.url(), 't4g-json-steps.js')), 'the stepped parser was loaded from beside the bundle');
        await assertSearchWorks(m, LARGE_TOTAL);
        await assertClean(page, log, { allowWarnings: false });
      } finally {
        await context.close();
      }
    });
  }
});

describe('two-marketplaces.html: two widgets, two catalogues, one URL', () => {
  test('each has its own count and URL parameters, and a reload reproduces both views', async () => {
    const { page, context, log } = await open('/examples/hostile/two-marketplaces.html');
    try {
      const a = market(page, '#a');
      const b = market(page, '#b');
      await waitForCount(a, SAMPLE_TOTAL);
      await waitForCount(b, FACETS_TOTAL);

      const aTotal = await assertSearchWorks(a);
      assert.equal(await waitForCount(b), FACETS_TOTAL, 'searching in a leaves b alone');
      await eventually(async () => {
        const params = new URL(page.url()).searchParams;
        assert.equal(params.get('a-q'), 'mobility', `a-q=mobility in ${page.url()}`);
        assert.equal(params.has('b-q'), false, `no b-q in ${page.url()}`);
        assert.equal(params.has('t4g-q'), false, `no t4g-q in ${page.url()}`);
      });

      await b.locator('input[type=search]').fill('energy');
      const bTotal = await eventually(async () => {
        const n = await waitForCount(b);
        assert.ok(n > 0 && n < FACETS_TOTAL, `"energy" narrows b (${n})`);
        assert.match((await b.locator('t4g-solution-card').first().locator('.name').textContent({ timeout: 1000 })) ?? '', /Energy dashboard/, 'b’s best match first');
        return n;
      });
      assert.equal(await waitForCount(a), aTotal, 'searching in b leaves a alone');
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('a-q'), 'mobility');
      assert.equal(url.searchParams.get('b-q'), 'energy');

      await page.reload({ waitUntil: 'load' });
      await eventually(async () => {
        assert.equal(await waitForCount(a), aTotal, 'a after reload');
        assert.equal(await waitForCount(b), bTotal, 'b after reload');
        assert.equal(await a.locator('input[type=search]').inputValue(), 'mobility');
        assert.equal(await b.locator('input[type=search]').inputValue(), 'energy');
        assert.match((await a.locator('t4g-solution-card').first().locator('.name').textContent({ timeout: 1000 })) ?? '', /Mobility/);
      });

      // Back undoes b's search only.
      await page.goBack({ waitUntil: 'commit' }).catch(() => {});
      await eventually(async () => {
        assert.equal(new URL(page.url()).searchParams.has('b-q'), false, `b-q gone after Back: ${page.url()}`);
        assert.equal(await waitForCount(b), FACETS_TOTAL, 'b back to all its solutions');
        assert.equal(await waitForCount(a), aTotal, 'a keeps its search');
      });
      await assertClean(page, log, { allowWarnings: false });
    } finally {
      await context.close();
    }
  });

  test('a URL written by hand opens each widget on its own view', async () => {
    const { page, context, log } = await open('/examples/hostile/two-marketplaces.html?a-q=mobility&b-q=energy&t4g-q=ignored');
    try {
      const a = market(page, '#a');
      const b = market(page, '#b');
      const aTotal = await waitForCount(a);
      assert.ok(aTotal > 0 && aTotal < SAMPLE_TOTAL, `a is filtered (${aTotal})`);
      const bTotal = await waitForCount(b);
      assert.ok(bTotal > 0 && bTotal < FACETS_TOTAL, `b is filtered (${bTotal})`);
      assert.match((await b.locator('t4g-solution-card').first().locator('.name').textContent({ timeout: 1000 })) ?? '', /Energy dashboard/);
      assert.equal(await a.locator('input[type=search]').inputValue(), 'mobility');
      assert.equal(await b.locator('input[type=search]').inputValue(), 'energy');
      await assertClean(page, log, { allowWarnings: false });
    } finally {
      await context.close();
    }
  });
});

// ---------------------------------------------------------------- municipal.html vs plain.html

/**
 * Computed sizes inside the widget. The widget is pinned to one width on both
 * pages first: the page's own margins on body, main and the element itself
 * (municipal.css: `* { margin: 4px }`) legitimately change the room it gets,
 * and the comparison is about what the page's CSS does inside that room.
 */
async function measure(page) {
  const m = market(page);
  await waitForCount(m, SAMPLE_TOTAL);
  const fills = await m.evaluate((el) => {
    const parent = el.parentElement;
    const ps = getComputedStyle(parent);
    const es = getComputedStyle(el);
    const room = parent.clientWidth - parseFloat(ps.paddingLeft) - parseFloat(ps.paddingRight) - parseFloat(es.marginLeft) - parseFloat(es.marginRight);
    return { width: el.getBoundingClientRect().width, room };
  });
  await m.evaluate((el) => {
    el.style.width = '1000px';
    el.style.margin = '0';
  });
  await page.waitForTimeout(100);
  // After a search, so a card's summary has a match painted (its highlight's colour is compared too).
  await m.locator('input[type=search]').fill('mobility');
  await eventually(async () => assert.ok((await waitForCount(m)) < SAMPLE_TOTAL));
  await eventually(async () => assert.ok(await m.evaluate((el) => [...(CSS.highlights.get('t4g-match') ?? [])].some((range) => el.shadowRoot.querySelector('t4g-solution-card')?.shadowRoot?.contains(range.startContainer)))));
  const sizes = await m.evaluate((el) => {
    const root = el.shadowRoot;
    const px = (v) => Math.round(parseFloat(v) * 100) / 100;
    const box = (node) => {
      const r = node.getBoundingClientRect();
      return { width: r.width, height: r.height };
    };
    const host = getComputedStyle(el);
    const input = root.querySelector('input[type=search]');
    const inputStyle = getComputedStyle(input);
    const cardEl = root.querySelector('t4g-solution-card');
    const card = cardEl.shadowRoot;
    const article = card.querySelector('article');
    const name = card.querySelector('.name');
    const summary = card.querySelector('.summary');
    const badges = card.querySelector('ul');
    const title = root.querySelector('.title');
    const heading = root.querySelector('#results-heading');
    // A button of the library's own (the skip link, a link-style button): in a wide widget the Filters button is gone.
    const pageButton = root.querySelector('button.skip');
    const grid = root.querySelector('.grid');
    const fieldset = root.querySelector('fieldset');
    const checkboxLabel = root.querySelector('fieldset label');
    return {
      'marketplace width': box(el).width,
      'marketplace font-size': px(host.fontSize),
      'marketplace line-height': px(host.lineHeight),
      'marketplace letter-spacing': host.letterSpacing,
      'marketplace text-align': host.textAlign,
      'marketplace box-sizing (inside)': getComputedStyle(root.querySelector('.layout')).boxSizing,
      'search input width': box(input).width,
      'search input height': box(input).height,
      'search input font-size': px(inputStyle.fontSize),
      'search input text-transform': inputStyle.textTransform,
      'title font-size': px(getComputedStyle(title).fontSize),
      'title color': getComputedStyle(title).color,
      'title margin-top': getComputedStyle(title).marginTop,
      'results heading font-size': px(getComputedStyle(heading).fontSize),
      'results heading color': getComputedStyle(heading).color,
      'grid columns': getComputedStyle(grid).gridTemplateColumns.split(' ').length,
      'grid padding-left': getComputedStyle(grid).paddingLeft,
      'facet fieldset width': fieldset ? box(fieldset).width : null,
      'facet label display': checkboxLabel ? getComputedStyle(checkboxLabel).display : null,
      'card width': box(cardEl).width,
      'card article padding': getComputedStyle(article).padding,
      'card text-align': getComputedStyle(article).textAlign,
      'card name font-size': px(getComputedStyle(name).fontSize),
      'card name text-transform': getComputedStyle(name).textTransform,
      'card name padding': getComputedStyle(name).padding,
      'card name border-style': getComputedStyle(name).borderTopStyle,
      'card name background-color': getComputedStyle(name).backgroundColor,
      'card summary font-size': px(getComputedStyle(summary).fontSize),
      'card summary line-height': px(getComputedStyle(summary).lineHeight),
      'card summary letter-spacing': getComputedStyle(summary).letterSpacing,
      'card summary margin-top': getComputedStyle(summary).marginTop,
      'card badges list-style': getComputedStyle(badges).listStyleType,
      'card badges padding-left': getComputedStyle(badges).paddingLeft,
      'card match highlight background-color': getComputedStyle(summary, '::highlight(t4g-match)').backgroundColor,
      'card match highlight color': getComputedStyle(summary, '::highlight(t4g-match)').color,
      'card match highlight text-decoration': getComputedStyle(summary, '::highlight(t4g-match)').textDecorationLine,
      'card match highlight text-shadow': getComputedStyle(summary, '::highlight(t4g-match)').textShadow,
      'button padding-top': getComputedStyle(pageButton).paddingTop,
      'button text-transform': getComputedStyle(pageButton).textTransform,
      'button border-style': getComputedStyle(pageButton).borderTopStyle,
      'button background-color': getComputedStyle(pageButton).backgroundColor,
    };
  });
  return { fills, sizes };
}

describe('municipal.html: the host page’s CSS does not reach into the widget', () => {
  test('the widget measures the same as on plain.html (±1px)', async () => {
    const plain = await open('/examples/hostile/plain.html');
    const municipal = await open('/examples/hostile/municipal.html');
    try {
      // The page's CSS did apply to the page itself (or the comparison proves nothing).
      const pageFont = await municipal.page.evaluate(() => getComputedStyle(document.querySelector('footer button')).textTransform);
      assert.equal(pageFont, 'uppercase', 'municipal.css is applied to the page');

      const a = await measure(plain.page);
      const b = await measure(municipal.page);
      for (const { fills } of [a, b]) assert.ok(Math.abs(fills.width - fills.room) <= 1, `the marketplace fills its container (${fills.width} of ${fills.room}px)`);

      const differences = [];
      for (const [key, expected] of Object.entries(a.sizes)) {
        const actual = b.sizes[key];
        const same = typeof expected === 'number' && typeof actual === 'number' ? Math.abs(expected - actual) <= 1 : expected === actual;
        if (!same) differences.push(`${key}: plain ${JSON.stringify(expected)}, municipal ${JSON.stringify(actual)}`);
      }
      assert.deepEqual(differences, [], `computed sizes differ:\n  ${differences.join('\n  ')}`);
      await assertClean(plain.page, plain.log, { allowWarnings: false });
      await assertClean(municipal.page, municipal.log, { allowWarnings: false });
    } finally {
      await plain.context.close();
      await municipal.context.close();
    }
  });
});

describe('nothing global: what each bundle adds to window', () => {
  // Lit's own version lists, which every Lit on a page shares: the only properties either bundle may add.
  const LIT = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];

  for (const [bundle, type] of [['/dist/t4g.js', 'module'], ['/dist/t4g.iife.js', 'classic']]) {
    test(`${bundle}: only Lit's own properties, also after a widget has loaded, searched and opened a detail`, async () => {
      const { page, context, log } = await open('/test/e2e/pages/blank.html');
      try {
        const names = () => page.evaluate(() => Object.getOwnPropertyNames(window));
        const before = new Set(await names());
        await page.addScriptTag(type === 'module' ? { url: bundle, type: 'module' } : { url: bundle });
        await page.waitForFunction(() => customElements.get('t4g-marketplace') && customElements.get('t4g-city-directory'));
        await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<t4g-marketplace src="/catalog/icc-sample.json"></t4g-marketplace>'));
        const m = market(page);
        await waitForCount(m, SAMPLE_TOTAL);
        await assertSearchWorks(m);
        await m.locator('t4g-solution-card').first().locator('.name').click();
        await eventually(async () => assert.ok(await m.evaluate((el) => !!el.shadowRoot.querySelector('t4g-solution-detail[open]')), 'the detail opens'));
        const added = (await names()).filter((name) => !before.has(name)).sort();
        assert.deepEqual(added, LIT, `new properties of window: ${added.join(', ')}`);
        assert.ok(!log.responses.some((r) => isDistFile(r.url(), 't4g-issue-wording.js')), 'a catalogue without problems never loads their wording');
        assert.ok(log.responses.some((r) => isSideFile(r.url(), 't4g-validation.js') && r.ok()), 'the entries are checked by t4g-validation.js, from beside the bundle');
        assert.ok(!(type === 'classic' && log.responses.some((r) => r.url().endsWith('/dist/t4g.js'))), 'the classic script never loads the module bundle');
        await assertClean(page, log, { allowWarnings: false });
      } finally {
        await context.close();
      }
    });
  }

  test('the check sees a global when there is one', async () => {
    const { page, context } = await open('/test/e2e/pages/blank.html');
    try {
      const before = new Set(await page.evaluate(() => Object.getOwnPropertyNames(window)));
      await page.evaluate(() => (globalThis.__zod_globalConfig = {}));
      const added = (await page.evaluate(() => Object.getOwnPropertyNames(window))).filter((name) => !before.has(name));
      assert.deepEqual(added, ['__zod_globalConfig']);
    } finally {
      await context.close();
    }
  });
});

describe('the entries\' checker is a file of its own: when it cannot be loaded, the widget says so', () => {
  for (const [bundle, type] of [['/dist/t4g.js', 'module'], ['/dist/t4g.iife.js', 'classic']]) {
    test(`${bundle}: t4g-validation.js missing gives an error box with "Try again", no blank widget`, async () => {
      const { page, context, log } = await open('/test/e2e/pages/blank.html');
      try {
        await context.route('**/t4g-validation.js*', (route) => route.fulfill({ status: 404, body: 'gone' }));
        await page.addScriptTag(type === 'module' ? { url: bundle, type: 'module' } : { url: bundle });
        await page.waitForFunction(() => customElements.get('t4g-marketplace'));
        await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<t4g-marketplace src="/catalog/icc-sample.json"></t4g-marketplace>'));
        const alert = market(page).locator('[role=alert]');
        await eventually(async () => assert.ok(await alert.count(), 'an error box'));
        assert.match(await alert.textContent(), /t4g-validation\.js could not be loaded/, "named in the details for the website team");
        assert.equal(await alert.locator('button').count(), 1, 'Try again');
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe('the search is a file of its own (t4g-search.js): searched through from beside the bundle, named when missing', () => {
  // classic.html is served under the strict policy (default-src 'self'): the file must load under it.
  for (const [name, bundle] of [['plain.html', '/dist/t4g.js'], ['classic.html', '/dist/t4g.iife.js']]) {
    test(`${name} (${bundle}): the marketplace and the city directory search with it`, async () => {
      const { page, context, log } = await open(`/examples/hostile/${name}`);
      try {
        const m = market(page);
        await waitForCount(m, SAMPLE_TOTAL);
        assert.ok(log.responses.some((r) => isSideFile(r.url(), 't4g-search.js') && r.ok()), 't4g-search.js from beside the bundle');
        await assertSearchWorks(m);
        await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<t4g-city-directory src="/catalog/icc-sample.json"></t4g-city-directory>'));
        const directory = page.locator('t4g-city-directory');
        const cityNames = () => directory.locator('.grid t4g-city-card a.name').allTextContents();
        await eventually(async () => assert.ok((await cityNames()).length > 1, 'the directory lists cities'));
        const all = (await cityNames()).length;
        await directory.locator('input[type=search]').fill('porto');
        await eventually(async () => {
          const found = await cityNames();
          assert.ok(found[0] === 'Porto' && found.length < all, `searching "porto" puts Porto first, among fewer cities (${found.join(', ')})`);
        });
        await assertClean(page, log, { allowWarnings: false });
      } finally {
        await context.close();
      }
    });
  }
  for (const [bundle, type] of [['/dist/t4g.js', 'module'], ['/dist/t4g.iife.js', 'classic']]) {
    test(`${bundle}: t4g-search.js missing gives each search widget an error box naming it, no blank widget; Try again once it is back`, async () => {
      const { page, context, log } = await open('/test/e2e/pages/blank.html');
      try {
        await context.route('**/t4g-search.js*', (route) => route.fulfill({ status: 404, body: 'gone' }));
        await page.addScriptTag(type === 'module' ? { url: bundle, type: 'module' } : { url: bundle });
        await page.waitForFunction(() => customElements.get('t4g-marketplace'));
        await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<t4g-marketplace src="/catalog/icc-sample.json"></t4g-marketplace><t4g-city-directory src="/catalog/icc-sample.json"></t4g-city-directory>'));
        for (const widget of [market(page), page.locator('t4g-city-directory')]) {
          const alert = widget.locator('[role=alert]');
          await eventually(async () => assert.ok(await alert.count(), 'an error box'));
          assert.match(await alert.textContent(), /t4g-search\.js could not be loaded/, 'named in the details for the website team');
          assert.equal(await alert.locator('button').count(), 1, 'Try again');
        }
        // One warning per widget, naming the file (the failed import rides along as its cause), nothing else.
        assert.equal(log.warnings.length, 2, `a warning for each widget: ${log.warnings.join(' | ')}`);
        for (const warning of log.warnings) assert.match(warning, /^Tech4Good Marketplace: t4g-search\.js could not be loaded/);
        // The file is back: "Try again" loads it and searches (a browser that remembers a failed import is asked for another address).
        await context.unroute('**/t4g-search.js*');
        await market(page).locator('[role=alert] button').click();
        await waitForCount(market(page), SAMPLE_TOTAL);
        await assertSearchWorks(market(page));
        assert.deepEqual(log.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
});

describe('a catalogue with problems: their wording comes from a file of its own, loaded then', () => {
  for (const [bundle, type] of [['/dist/t4g.js', 'module'], ['/dist/t4g.iife.js', 'classic']]) {
    test(`${bundle}: t4g-issue-wording.js is loaded from beside the bundle and every problem reads in words`, async () => {
      const { page, context, log } = await open('/test/e2e/pages/blank.html');
      try {
        await page.addScriptTag(type === 'module' ? { url: bundle, type: 'module' } : { url: bundle });
        await page.waitForFunction(() => customElements.get('t4g-marketplace'));
        await page.evaluate(() => {
          window.__problems = [];
          document.addEventListener('t4g-catalog-problems', (e) => window.__problems.push(...e.detail.problems.map((p) => p.message)));
          document.body.insertAdjacentHTML('beforeend', '<t4g-marketplace src="/test/fixtures/load/partial.json"></t4g-marketplace>');
        });
        await waitForCount(market(page), 2);
        const problems = await eventually(async () => {
          const messages = await page.evaluate(() => window.__problems);
          assert.ok(messages.length > 0, 't4g-catalog-problems fired');
          return messages;
        });
        assert.ok(problems.includes('summary is required but missing'), problems.join(' | '));
        assert.ok(problems.includes('website must be a full web address starting with https:// (or http://)'), problems.join(' | '));
        assert.ok(problems.every((message) => message.length > 0 && !message.endsWith(' is not valid')), 'every problem worded');
        assert.ok(log.responses.some((r) => isSideFile(r.url(), 't4g-issue-wording.js') && r.ok()), 'the wording file was loaded');
        assert.deepEqual(log.pageErrors, []);
        assert.deepEqual(log.errors, []);
      } finally {
        await context.close();
      }
    });
  }
});
