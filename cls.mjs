import { chromium } from 'playwright-core';
import { startServer } from './test/support/static-server.mjs';
const server = await startServer('/tmp/site1', { headers: () => ({}) });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
for (const delay of [0, 500]) for (const viewport of [{width:390,height:844},{width:1280,height:900}]) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  if (delay) await context.route('**/t4g.js', async (route) => { await new Promise(r => setTimeout(r, delay)); await route.continue(); });
  await page.addInitScript(() => { window.__cls = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls.push([e.value, e.sources.map(s => s.node?.nodeName + '.' + (s.node?.className||''))]); }).observe({ type: 'layout-shift', buffered: true }); });
  await page.goto(server.url + '/index.html');
  await page.waitForTimeout(2500);
  const cls = await page.evaluate(() => window.__cls);
  console.log(delay, viewport.width, cls.reduce((a, [v]) => a + v, 0).toFixed(4), JSON.stringify(cls.map(([v,s]) => [v.toFixed(3), s.join(' ')])));
  if (delay === 0 && viewport.width === 1280) await page.screenshot({ path: '/tmp/shots/site-index.png' });
  await context.close();
}
await browser.close(); await server.close();
