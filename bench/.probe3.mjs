import { chromium } from 'playwright-core';
import { startServer } from '../test/support/static-server.mjs';
const server = await startServer('/work/main');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
for (const src of ['/catalog/icc-sample.json', '/bench/data/catalog-1000-seed1-v1.json','/bench/data/catalog-10000-seed1-v1.json']) {
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(server.url + '/bench/page.html');
await page.waitForFunction(() => window.bench);
console.log(JSON.stringify(await page.evaluate((src) => window.bench.load({ src, maxBytes: 2e8, timeoutMs: 60000 }), src)));
await page.close();
}
await browser.close(); await server.close();
