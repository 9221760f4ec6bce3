#!/usr/bin/env node
/**
 * Screenshots of the design-system example pages (examples/presets/, issue #19) for docs/theming.md:
 *
 *   npm run build && node scripts/preset-screenshots.mjs
 *
 * Writes docs/screenshots/presets/<system>-<desktop|phone>-<light|dark>.png: each page at 1280 px wide (phone, 390 px,
 * for GOV.UK and the NL Design System), dark too for DSFR and Bootstrap (?dark), GOV.UK's focus on a card's name and
 * on the search field, the top 1200 px of the page at device scale 1. Served by test/e2e/server.mjs; the browser is scripts/find-browser.mjs's.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { browserPath } from './find-browser.mjs';
import { ROOT, startServer } from '../test/e2e/server.mjs';

const OUT = join(ROOT, 'docs', 'screenshots', 'presets');
const SHOTS = [
  ['dsfr', 'desktop', 'light'], ['dsfr', 'desktop', 'dark'],
  ['nl-design-system', 'desktop', 'light'], ['nl-design-system', 'phone', 'light'],
  ['ecl', 'desktop', 'light'],
  ['govuk', 'desktop', 'light'], ['govuk', 'phone', 'light'], ['govuk', 'desktop', 'focus'],
  ['bootstrap', 'desktop', 'light'], ['bootstrap', 'desktop', 'dark'],
];
const SIZES = { desktop: { width: 1280, height: 1200 }, phone: { width: 390, height: 1200 } };

mkdirSync(OUT, { recursive: true });
const server = await startServer();
const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const [system, size, scheme] of SHOTS) {
    const page = await browser.newPage({ viewport: SIZES[size], deviceScaleFactor: 1 });
    await page.goto(`${server.url}/examples/presets/${system}.html${scheme === 'dark' ? '?dark' : ''}`);
    // Ready: the marketplace's cards are drawn, every nested element has rendered, the fonts are in.
    await page.waitForFunction(() => document.querySelector('t4g-marketplace')?.shadowRoot?.querySelector('t4g-solution-card')?.shadowRoot?.querySelector('.name'));
    await page.evaluate(async () => {
      const all = [...document.querySelectorAll('t4g-marketplace, t4g-city-directory')].flatMap((el) => [el, ...el.shadowRoot.querySelectorAll('*')]);
      await Promise.all(all.map((el) => el.updateComplete));
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    if (scheme === 'focus') {
      // A keyboard user's focus: Tab into the search field, then a card's name focused as by the keyboard.
      await page.locator('t4g-marketplace input[type=search]').focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await page.evaluate(() => {
        const card = document.querySelector('t4g-marketplace').shadowRoot.querySelector('t4g-solution-card');
        card.shadowRoot.querySelector('.name').focus({ focusVisible: true });
      });
    }
    const file = join(OUT, `${system}-${size}-${scheme}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
