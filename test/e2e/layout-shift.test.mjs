/**
 * Nothing jumps while the marketplace loads (issue #15, item 6): the layout
 * shift the browser itself measures (Layout Instability API, as in CLS) from
 * the loading state to the first page of results stays under 0.05, on a phone,
 * in a CMS content column and on a desktop. Here and not in the browser tests:
 * the browser only measures shifts of what it painted, and the test runner's
 * pages are not painted while in the background.
 *
 *   CHROME_PATH=/usr/bin/chromium node --test --test-reporter=tap test/e2e/layout-shift.test.mjs
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { open, useBrowser, waitForCount, market, SAMPLE_TOTAL } from './support.mjs';

useBrowser();

/** Sums the layout shifts from now until `settled` resolves in the page, plus half a second. */
const SUM_SHIFTS = `window.__shifts = { total: 0, list: [] };
new PerformanceObserver((entries) => {
  for (const e of entries.getEntries()) {
    if (e.hadRecentInput) continue;
    window.__shifts.total += e.value;
    window.__shifts.list.push(e.value.toFixed(4) + ' ' + e.sources.map((s) => s.node?.className || s.node?.nodeName).join(','));
  }
}).observe({ type: 'layout-shift' });`;

async function shiftWhileLoading(viewport, width) {
  const { page, context } = await open('/test/e2e/pages/blank.html', { viewport });
  try {
    // The catalogue comes after 600 ms, so the loading state is painted first.
    await context.route('**/catalog/icc-sample.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.addScriptTag({ url: '/dist/t4g.js', type: 'module' });
    await page.waitForFunction(() => customElements.get('t4g-marketplace'));
    await page.evaluate(SUM_SHIFTS);
    await page.evaluate((w) => document.body.insertAdjacentHTML('beforeend', `<main style="max-width: ${w}px; margin: 0 auto; padding: 8px"><h1>City of Example</h1><t4g-marketplace src="/catalog/icc-sample.json"></t4g-marketplace><footer style="height: 400px">Footer</footer></main>`), width);
    await waitForCount(market(page), SAMPLE_TOTAL);
    await page.waitForTimeout(500);
    return await page.evaluate(() => window.__shifts);
  } finally {
    await context.close();
  }
}

describe('no layout shift while the marketplace loads', () => {
  for (const [name, viewport, width] of [
    ['a phone, 390 × 844', { width: 390, height: 844 }, 390],
    ['a CMS content column, 750 px in 1280 × 900', { width: 1280, height: 900 }, 750],
    ['a desktop, 1280 × 900', { width: 1280, height: 900 }, 1280],
  ]) {
    test(`${name}: layout shift under 0.05`, async () => {
      const { total, list } = await shiftWhileLoading(viewport, width);
      assert.ok(total < 0.05, `layout shift ${total.toFixed(4)}: ${list.join(' | ')}`);
    });
  }

  test('the measure sees a shift: a title arriving late pushes the page down', async () => {
    const { page, context } = await open('/test/e2e/pages/blank.html', { viewport: { width: 750, height: 900 } });
    try {
      await page.evaluate(SUM_SHIFTS);
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="late"></p><div style="height: 600px; background: #ccc"></div>'));
      await page.waitForTimeout(300);
      await page.evaluate(() => (document.getElementById('late').style.height = '150px'));
      await page.waitForTimeout(500);
      const { total } = await page.evaluate(() => window.__shifts);
      assert.ok(total > 0.05, `measured ${total}`);
    } finally {
      await context.close();
    }
  });
});
