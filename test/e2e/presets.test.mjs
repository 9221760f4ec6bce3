/**
 * The example page of each design-system preset (examples/presets/, issue #19), with the built bundle and
 * dist/presets/: it loads with no error, the widgets are in the system's font and keep their width in its grid,
 * and the DSFR and Bootstrap pages turn the widgets dark, nested cards and the directory included (?dark, and the
 * page's own switch). The DSFR page is on a stand-in of DSFR's variables (test/fixtures/presets/dsfr-standin.css):
 * DSFR itself is not installed. Contrast is measured per preset by test/browser/presets.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLE_TOTAL, assertClean, assertHeading, eventually, market, open, useBrowser, waitForCount } from './support.mjs';

useBrowser();

const PAGES = {
  dsfr: { font: /^Marianne, arial/, dark: 'data-fr-theme' },
  'nl-design-system': { font: /^"Noto Sans Variable", Arial/ },
  ecl: { font: /^arial, sans-serif$/ },
  // GOV.UK Frontend's CSS asks for GDS Transport at /assets/fonts/, which only GOV.UK services may serve: the page
  // does not, so those requests fail and the text falls back to Arial, as on any site outside GOV.UK.
  govuk: { font: /^"GDS Transport", arial/, missing: /\/assets\/fonts\// },
  bootstrap: { font: /^system-ui, -apple-system/, dark: 'data-bs-theme' },
};

/** What the test reads of the widgets: fonts, widths, and the luminance of the backgrounds of nested cards. */
function read() {
  const lum = (css) => {
    const [r, g, b] = css.match(/[\d.]+/g).map(Number).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const m = document.querySelector('t4g-marketplace');
  const card = m.shadowRoot.querySelector('t4g-solution-card');
  const article = card.shadowRoot.querySelector('article');
  const directory = document.querySelector('t4g-city-directory');
  const cityCard = directory?.shadowRoot.querySelector('t4g-city-card')?.shadowRoot.querySelector('article');
  return {
    font: getComputedStyle(card.shadowRoot.querySelector('.name')).fontFamily,
    widths: [m, directory].filter(Boolean).map((el) => ({ el: el.localName, width: el.getBoundingClientRect().width, cell: el.parentElement.clientWidth })),
    nameWidth: card.shadowRoot.querySelector('.name').getBoundingClientRect().width,
    overflow: document.documentElement.scrollWidth - innerWidth,
    card: lum(getComputedStyle(article).backgroundColor),
    cardText: lum(getComputedStyle(article).color),
    cityCard: cityCard ? lum(getComputedStyle(cityCard).backgroundColor) : undefined,
  };
}

for (const [name, page] of Object.entries(PAGES)) {
  describe(`examples/presets/${name}.html`, () => {
    test("loads clean; the widgets are in the system's font and keep their width in its grid", async () => {
      const { page: p, context, log } = await open(`/examples/presets/${name}.html`);
      try {
        await assertHeading(p);
        await waitForCount(market(p), SAMPLE_TOTAL);
        if (await p.locator('t4g-city-directory').count()) await eventually(async () => assert.ok(await p.evaluate(() => !!document.querySelector('t4g-city-directory').shadowRoot.querySelector('t4g-city-card'))));
        const seen = await p.evaluate(read);
        assert.match(seen.font, page.font, "a card's name is in the system's font");
        for (const { el, width, cell } of seen.widths) assert.ok(width >= Math.min(cell, 320) - 1, `${el} keeps its width: ${width} px in a ${cell} px cell`);
        assert.ok(seen.nameWidth > 100, `a card's name is ${seen.nameWidth} px wide`);
        assert.ok(seen.overflow <= 0, `the page does not overflow (${seen.overflow} px)`);
        assert.ok(seen.card > 0.8, 'light cards');
        if (page.missing) for (const list of [log.errors, log.failedRequests]) list.splice(0, Infinity, ...list.filter((line) => !page.missing.test(line)));
        await assertClean(p, log);
      } finally {
        await context.close();
      }
    });

    if (page.dark) {
      test("the system's dark mode (?dark, and the page's switch) turns the widgets dark, nested cards too", async () => {
        const { page: p, context, log } = await open(`/examples/presets/${name}.html?dark`);
        try {
          await waitForCount(market(p), SAMPLE_TOTAL);
          assert.equal(await p.evaluate((attr) => document.documentElement.getAttribute(attr), page.dark), 'dark');
          const dark = await eventually(async () => {
            const seen = await p.evaluate(read);
            assert.ok(seen.card < 0.05, `a card inside the marketplace is dark (${seen.card})`);
            return seen;
          });
          assert.ok(dark.cardText > 0.4, 'with light text');
          if (dark.cityCard !== undefined) assert.ok(dark.cityCard < 0.05, 'a city card inside the directory is dark');
          await p.locator('[data-dark-toggle]').click();
          assert.ok((await p.evaluate(read)).card > 0.8, 'the switch turns them light again');
          await assertClean(p, log);
        } finally {
          await context.close();
        }
      });
    }
  });
}
