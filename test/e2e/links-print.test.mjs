/**
 * Every solution and city has an address, and paper shows what the reader
 * wants (issue #16, items 1, 2 and 4), in a real Chromium page: names are
 * links that open in place on a plain click and in a new tab on a middle or
 * Ctrl click; a page loaded with `?t4g-open=ID` (or another prefix's, or
 * `?t4g-city=ID`) opens that entry without `sync-url`; opening pushes one
 * history entry, so Back closes it and stays on the page; "Copy link" copies
 * the address; printing hides the controls and the host page's other content
 * around an open entry, keeps every result, and prints link addresses. The
 * printed detail is checked in a real PDF, by its text.
 *
 *   CHROME_PATH=/usr/bin/chromium node --test --test-reporter=tap test/e2e/links-print.test.mjs
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { assertClean, env, eventually, open, useBrowser } from './support.mjs';

useBrowser();

const PAGE = '/test/e2e/pages/links.html';
const SAMPLE_TOTAL = 64;

/** The cards' name links of widget `#id`, as `{ name, href }`. */
const cardLinks = (page, id) =>
  page.evaluate((id) => [...document.getElementById(id).shadowRoot.querySelectorAll('t4g-solution-card')].map((card) => {
    const link = card.shadowRoot.querySelector('a.name');
    return { name: link.textContent.trim(), href: link.href };
  }), id);

/** The open solution's title in widget `#id`'s dialog, or null. */
const openTitle = (page, id) =>
  page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('t4g-solution-detail[open]')?.shadowRoot.querySelector('#title')?.textContent ?? null, id);

/** Waits until widget `#id` shows `count` cards. */
const cardsShown = (page, id, count) =>
  page.waitForFunction(({ id, count }) => document.getElementById(id)?.shadowRoot?.querySelectorAll('t4g-solution-card').length === count, { id, count });

async function openLinks(query = '?page_id=7', options) {
  const opened = await open(PAGE + query, options);
  await cardsShown(opened.page, 'a', 12);
  await cardsShown(opened.page, 'b', 4);
  // Set once: a page load (not an in-place change) would lose it.
  await opened.page.evaluate(() => (window.__samePage = true));
  return opened;
}

/** The text of every page of a PDF, one string per page. */
async function pdfPages(buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buffer), verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { items } = await (await pdf.getPage(n)).getTextContent();
    pages.push(items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
  }
  return pages;
}

/** Text without line breaks, hyphens, spaces and case: a hyphenated or wrapped line on paper matches its screen text. */
const flat = (text) => text.replace(/[\s\u00ad-]+/g, '').toLowerCase();

describe('links: every solution and city has an address on the page', () => {
  test('a card’s name links to the page with ?t4g-open=ID, keeping the page’s own parameters; each widget its prefix', async () => {
    const { page, context, log } = await openLinks();
    try {
      const a = await cardLinks(page, 'a');
      assert.equal(a.length, 12);
      for (const { href } of a) {
        const url = new URL(href);
        assert.equal(url.pathname, PAGE);
        assert.equal(url.searchParams.get('page_id'), '7', 'the CMS page’s own parameter stays');
        assert.ok(url.searchParams.get('t4g-open'), `${href} names a solution`);
      }
      const b = await cardLinks(page, 'b');
      assert.ok(b.every(({ href }) => new URL(href).searchParams.get('b-open') && !new URL(href).searchParams.has('t4g-open')), 'the second marketplace’s links use its prefix');
      const city = await page.evaluate(() => document.querySelector('t4g-city-directory').shadowRoot.querySelector('t4g-city-card').shadowRoot.querySelector('a.name').href);
      assert.ok(new URL(city).searchParams.get('t4g-city'), `${city} names a city`);
      await assertClean(page, log);
    } finally {
      await context.close();
    }
  });

  test('a plain click opens in place with one history entry; Back closes it and stays on the page', async () => {
    const { page, context, log } = await openLinks();
    try {
      const [first] = await cardLinks(page, 'a');
      const length = await page.evaluate(() => history.length);
      await page.locator('#a t4g-solution-card').first().locator('a.name').click();
      await eventually(async () => assert.equal(await openTitle(page, 'a'), first.name));
      assert.equal(page.url(), first.href, 'the address bar shows the solution’s address');
      assert.equal(await page.evaluate(() => history.length), length + 1, 'one history entry');
      assert.match(await page.title(), new RegExp(`^${first.name} – `), 'the title names it');

      await page.goBack();
      await eventually(async () => assert.equal(await openTitle(page, 'a'), null, 'Back closed the detail'));
      assert.equal(await page.evaluate(() => window.__samePage), true, 'still the same page');
      assert.equal(new URL(page.url()).searchParams.has('t4g-open'), false);
      assert.equal(new URL(page.url()).searchParams.get('page_id'), '7');

      // Closing with the button undoes its entry too: Back from there leaves no detail to reopen.
      await page.locator('#a t4g-solution-card').nth(1).locator('a.name').click();
      await eventually(async () => assert.ok(await openTitle(page, 'a')));
      await page.locator('#a t4g-solution-detail .close').click();
      await eventually(async () => assert.equal(new URL(page.url()).searchParams.has('t4g-open'), false));
      assert.equal(await openTitle(page, 'a'), null);
      await assertClean(page, log);
    } finally {
      await context.close();
    }
  });

  for (const [how, click] of [
    ['a Ctrl click', { modifiers: ['ControlOrMeta'] }],
    ['a middle click', { button: 'middle' }],
  ]) {
    test(`${how} opens the solution as a new page, which opens it on load (no sync-url)`, async () => {
      const { page, context } = await openLinks();
      try {
        const [, second] = await cardLinks(page, 'a');
        const [tab] = await Promise.all([context.waitForEvent('page'), page.locator('#a t4g-solution-card').nth(1).locator('a.name').click(click)]);
        await tab.waitForLoadState('load');
        assert.equal(tab.url(), second.href);
        await eventually(async () => assert.equal(await openTitle(tab, 'a'), second.name, 'the new page opens the solution'));
        assert.equal(await openTitle(tab, 'b'), null, 'the other marketplace stays closed');
        assert.equal(await openTitle(page, 'a'), null, 'nothing opened on the first page');
        assert.equal(page.url(), `${env.server.url}${PAGE}?page_id=7`);
      } finally {
        await context.close();
      }
    });
  }

  test('loading with another prefix’s parameter opens it in that marketplace only; ?t4g-city=ID opens the city', async () => {
    const { page, context, log } = await open(`${PAGE}?b-open=bike-sharing-rebalancer&t4g-city=porto`);
    try {
      await eventually(async () => assert.equal(await openTitle(page, 'b'), 'Bike Sharing Rebalancer'));
      assert.equal(await openTitle(page, 'a'), null);
      await eventually(async () => assert.equal(await page.evaluate(() => document.querySelector('t4g-city-directory').shadowRoot.querySelector('.profile t4g-city-card')?.city?.id), 'porto'));
      await assertClean(page, log);
    } finally {
      await context.close();
    }
  });

  test('a city in a solution’s detail links to ?t4g-city=ID; a plain click opens it in the directory; Back returns to the solution, then the list', async () => {
    const { page, context, log } = await openLinks();
    try {
      const length = await page.evaluate(() => history.length);
      await page.locator('#a t4g-solution-card').first().locator('a.name').click();
      const city = page.locator('#a t4g-solution-detail ul.cities a').first();
      const href = await city.getAttribute('href');
      assert.ok(new URL(href).searchParams.get('t4g-city'));
      assert.equal(new URL(href).searchParams.has('t4g-open'), false, 'the link names the city alone');
      await city.click();
      await eventually(async () => assert.equal(await openTitle(page, 'a'), null, 'the detail closed'));
      await eventually(async () => assert.equal(page.url(), href, 'the city’s address'));
      await eventually(async () => assert.ok(await page.evaluate(() => document.querySelector('t4g-city-directory').shadowRoot.querySelector('.profile'))));
      assert.equal(await page.evaluate(() => history.length), length + 2, 'two entries: the solution’s and the city’s');
      const solution = await openTitle(page, 'a');
      await page.goBack();
      await eventually(async () => assert.equal(await page.evaluate(() => !!document.querySelector('t4g-city-directory').shadowRoot.querySelector('.profile')), false, 'Back closed the city'));
      await eventually(async () => assert.ok(await openTitle(page, 'a'), 'and reopened the solution'));
      await page.goBack();
      await eventually(async () => assert.equal(await openTitle(page, 'a'), null, 'Back again closed the solution'));
      assert.equal(await page.evaluate(() => window.__samePage), true);
      await assertClean(page, log);
    } finally {
      await context.close();
    }
  });

  test('a shared solution’s city, then the profile’s "Back to all cities": the reader stays on the page', async () => {
    // The reader came from another page (an e-mail's link, a search result): going back past the link would leave.
    const { page, context, log } = await open(`${PAGE}?page_id=1`);
    try {
      await cardsShown(page, 'a', 12);
      await page.goto(`${env.server.url}${PAGE}?t4g-open=bike-sharing-rebalancer`);
      await eventually(async () => assert.equal(await openTitle(page, 'a'), 'Bike Sharing Rebalancer'));
      await page.evaluate(() => (window.__samePage = true));
      await page.locator('#a t4g-solution-detail ul.cities a').first().click();
      await eventually(async () => assert.ok(await page.evaluate(() => document.querySelector('t4g-city-directory').shadowRoot.querySelector('.profile'))));
      await page.locator('t4g-city-directory .profile button.back').click();
      await eventually(async () => assert.equal(await page.evaluate(() => !!document.querySelector('t4g-city-directory').shadowRoot.querySelector('.profile')), false));
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.__samePage), true, 'still the same page');
      assert.equal(new URL(page.url()).pathname, PAGE);
      // Not assertClean: leaving the first page aborts its image requests, which it would count.
      assert.deepEqual([...log.pageErrors, ...log.errors], []);
    } finally {
      await context.close();
    }
  });

  test('on an address with a fragment (#a), closing a detail keeps the reader’s place and focus on the card', async () => {
    const { page, context, log } = await openLinks('?page_id=7#a', { viewport: { width: 390, height: 700 } });
    try {
      const tenth = page.locator('#a t4g-solution-card').nth(9).locator('a.name');
      await tenth.scrollIntoViewIfNeeded();
      await tenth.click();
      await eventually(async () => assert.ok(await openTitle(page, 'a')));
      await page.keyboard.press('Escape');
      await eventually(async () => assert.equal(await openTitle(page, 'a'), null));
      await page.waitForTimeout(300);
      const focused = await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return { text: el?.textContent?.trim(), top: el?.getBoundingClientRect().top, tag: el?.outerHTML.slice(0, 120), y: scrollY };
      });
      assert.equal(focused.text, (await tenth.textContent()).trim(), `focus on the tenth card’s link, not ${JSON.stringify(focused)}`);
      assert.ok(focused.top >= 0 && focused.top < 700, `the card is in view (top ${focused.top})`);
      await assertClean(page, log);
    } finally {
      await context.close();
    }
  });

  test('"Copy link" puts the solution’s address on the clipboard and says so', async () => {
    const context = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    try {
      await page.goto(`${env.server.url}${PAGE}?page_id=7`);
      await cardsShown(page, 'a', 12);
      const [first] = await cardLinks(page, 'a');
      await page.locator('#a t4g-solution-card').first().locator('a.name').click();
      await page.locator('#a t4g-solution-detail .share button').click();
      await eventually(async () => assert.equal(await page.locator('#a t4g-solution-detail .share [role=status]').textContent(), 'Link copied'));
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), first.href);
    } finally {
      await context.close();
    }
  });
});

describe('print', () => {
  test('on paper: no controls, every result of the search, addresses after links, no card split', async () => {
    const { page, context } = await openLinks();
    try {
      await page.evaluate(() => document.getElementById('a').setFilters({ track: ['green-economy'] }));
      const matching = await eventually(async () => {
        const n = await page.evaluate(() => document.getElementById('a').results.length);
        assert.ok(n > 12, `${n} results, more than a page`);
        return n;
      });
      await page.emulateMedia({ media: 'print' });
      await cardsShown(page, 'a', matching);
      const seen = await page.evaluate(() => {
        const root = document.getElementById('a').shadowRoot;
        const shown = (el) => !!el && el.checkVisibility();
        const card = root.querySelector('t4g-solution-card');
        return {
          search: shown(root.querySelector('input[type=search]')),
          sort: shown(root.querySelector('select')),
          filters: shown(root.querySelector('.filters')),
          pagination: shown(root.querySelector('[part=pagination]')),
          heading: shown(root.querySelector('#results-heading')),
          after: getComputedStyle(card.shadowRoot.querySelector('a.name'), '::after').content,
          href: card.shadowRoot.querySelector('a.name').href,
          breakCard: getComputedStyle(card.shadowRoot.querySelector('article')).breakInside,
          breakItem: getComputedStyle(root.querySelector('.grid > li')).breakInside,
        };
      });
      assert.deepEqual([seen.search, seen.sort, seen.filters, seen.pagination, seen.heading], [false, false, false, false, true], 'controls hidden, the count kept');
      assert.ok(seen.after.includes(seen.href), `the address after the name: ${seen.after}`);
      assert.deepEqual([seen.breakCard, seen.breakItem], ['avoid', 'avoid']);

      await page.emulateMedia({ media: null });
      await cardsShown(page, 'a', 12);
    } finally {
      await context.close();
    }
  });

  test('a PDF with a solution open holds that solution alone, whole, once', async () => {
    const { page, context } = await openLinks();
    try {
      await page.locator('#a t4g-solution-card').first().locator('a.name').click();
      await eventually(async () => assert.ok(await openTitle(page, 'a')));
      const screen = await page.evaluate(() => {
        const root = document.getElementById('a').shadowRoot.querySelector('t4g-solution-detail').shadowRoot;
        return {
          title: root.querySelector('#title').textContent,
          // As on paper: without what only screen readers get.
          paragraphs: [...root.querySelectorAll('.summary, .description p, dt, dd')].map((el) => {
            const copy = el.cloneNode(true);
            copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
            return copy.textContent;
          }),
          href: root.querySelector('.share').dataset.href,
          links: [...root.querySelectorAll('.body a[href^="http"]')].map((a) => a.href),
        };
      });
      const pages = await pdfPages(await page.pdf({ format: 'A4' }));
      const paper = flat(pages.join('\n'));
      // The text as on screen, once the addresses printed after links are taken out.
      const text = flat(pages.join('\n').replace(/\(https?:[^)]*\)/g, ''));
      for (const paragraph of screen.paragraphs) assert.ok(text.includes(flat(paragraph)), `printed: ${paragraph}`);
      assert.ok(screen.links.length > 0);
      for (const href of screen.links) assert.ok(paper.includes(flat(`(${href})`)), `the address after its link: ${href}`);
      assert.ok(paper.includes(flat(screen.href)), 'the solution’s own address is printed');
      const words = text.replaceAll(flat(screen.href), '');
      assert.equal(words.split(flat(screen.title)).length - 1, 1, 'the title once: not a window repeated on every page');
      for (const elsewhere of ['City of Example', 'Host page footer text', 'Second marketplace', 'Copy link', 'Close', 'solutions'])
        assert.equal(paper.includes(flat(elsewhere)), false, `${elsewhere} is not printed`);
      assert.equal(await openTitle(page, 'a'), screen.title, 'still open after printing');
    } finally {
      await context.close();
    }
  });

  test('a PDF with a city open in the directory holds that city’s profile alone, with its address', async () => {
    const { page, context } = await open(`${PAGE}?t4g-city=porto`);
    try {
      const directory = page.locator('t4g-city-directory');
      await eventually(async () => assert.ok(await directory.evaluate((el) => el.shadowRoot.querySelector('.profile t4g-city-card')?.shadowRoot?.querySelector('ul.links'))));
      const screen = await directory.evaluate((el) => {
        const card = el.shadowRoot.querySelector('.profile t4g-city-card').shadowRoot;
        return { name: card.querySelector('h3').textContent.trim(), lists: [...card.querySelectorAll('ul.links a')].map((a) => a.textContent), href: el.shadowRoot.querySelector('.share').dataset.href };
      });
      const pages = await pdfPages(await page.pdf({ format: 'A4' }));
      const paper = flat(pages.join('\n'));
      assert.ok(flat(pages[0]).startsWith(flat(screen.href + screen.name)), `its address, then its name, first on the first sheet: ${pages[0].slice(0, 200)}`);
      for (const name of screen.lists) assert.ok(paper.includes(flat(name)), `printed: ${name}`);
      assert.ok(paper.includes(flat(screen.href)), 'its address');
      for (const elsewhere of ['City of Example', 'Host page footer text', 'Second marketplace', 'Back to all cities', 'Copy link'])
        assert.equal(paper.includes(flat(elsewhere)), false, `${elsewhere} is not printed`);
    } finally {
      await context.close();
    }
  });

  test('a PDF without a detail open holds every result of each widget, and the page around them', async () => {
    const { page, context } = await openLinks();
    try {
      assert.equal(await page.evaluate(() => document.getElementById('a').results.length), SAMPLE_TOTAL);
      const pages = await pdfPages(await page.pdf({ format: 'A4' }));
      const paper = flat(pages.join('\n'));
      assert.ok(paper.includes(flat('City of Example')), 'the page’s own heading');
      // The last solution in name order is on paper, though it is on the screen's last page.
      await page.emulateMedia({ media: 'print' });
      await cardsShown(page, 'a', SAMPLE_TOTAL);
      const last = (await cardLinks(page, 'a')).at(-1);
      assert.ok(paper.includes(flat(last.name)), `the last result, ${last.name}, is printed`);
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('footer')).display), 'block', 'the page around is printed when no entry is open');
    } finally {
      await context.close();
    }
  });
});
