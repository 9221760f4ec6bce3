// The npm package as a user gets it: `npm pack`, installed into a scratch
// project, its entries resolved, bundled and type-checked from there, and its
// `t4g` command run. Needs the npm registry (for lit, fuse.js, zod).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { browserPath } from '../../scripts/find-browser.mjs';
import { startServer } from '../support/static-server.mjs';

const root = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 't4g-pack-'));
const run = (command, args, cwd = scratch) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let tarball;

before(() => {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch, '--ignore-scripts'], root));
  tarball = join(scratch, packed[0].filename);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'city-site', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball]);
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test('the package carries the bundles, the typed modules, the schema, the manifest and no sources or tests', () => {
  const files = run('tar', ['-tzf', tarball]).split('\n').map((line) => line.replace(/^package\//, ''));
  for (const file of ['dist/t4g.js', 'dist/t4g.iife.js', 'dist/t4g-search.js', 'dist/t4g-validation.js', 'dist/t4g-submit.js', 'dist/t4g-submit-worker.js', 'dist/presets/govuk.css', 'dist/presets/dsfr.css', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/define-all.js', 'dist/lib/cli/t4g.js', 'catalog/catalog.schema.json', 'custom-elements.json', 'README.md']) {
    assert.ok(files.includes(file), `${file} is in the package`);
  }
  assert.ok(!files.some((file) => file.startsWith('src/') || file.startsWith('test/')), 'no sources or tests');
});

test('custom-elements.json describes every element, with every design token', () => {
  const manifest = JSON.parse(readFileSync(join(scratch, 'node_modules/tech4good-marketplace/custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
  assert.deepEqual(elements.map((element) => element.tagName).sort(), ['t4g-city-card', 't4g-city-directory', 't4g-marketplace', 't4g-solution-card', 't4g-solution-detail', 't4g-submission-preview']);
  for (const element of elements) {
    const tokens = element.cssProperties.map((property) => property.name);
    for (const token of ['--t4g-color-brand', '--t4g-font-size', '--t4g-radius', '--t4g-card-min-width']) assert.ok(tokens.includes(token), `${element.tagName} lists ${token}`);
    assert.ok(element.attributes.some((attribute) => attribute.name === 'lang'), `${element.tagName} has lang`);
    assert.ok(element.cssParts?.length, `${element.tagName} has parts`);
  }
  const marketplace = elements.find((element) => element.tagName === 't4g-marketplace');
  assert.deepEqual(marketplace.events.map((event) => event.name).sort(), ['t4g-catalog-problems', 't4g-city-select', 't4g-error', 't4g-search', 't4g-select']);
});

test('every entry of the exports map resolves to a file in the installed package', () => {
  const pkg = JSON.parse(readFileSync(join(scratch, 'node_modules/tech4good-marketplace/package.json'), 'utf8'));
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) run('test', ['-f', join(scratch, 'node_modules/tech4good-marketplace', path)]);
    assert.ok(paths.length, entry);
  }
});

test('a bundler resolves the package, its subpaths and its dependencies, keeping lit, fuse.js and zod as imports', () => {
  writeFileSync(join(scratch, 'app.js'), [
    "import 'tech4good-marketplace/define';",
    "import { T4gMarketplace, loadCatalog, localize } from 'tech4good-marketplace';",
    "import { T4gCityCard } from 'tech4good-marketplace/city-card';",
    'console.log(T4gMarketplace, T4gCityCard, loadCatalog, localize);',
  ].join('\n'));
  const esbuild = join(root, 'node_modules/.bin/esbuild');
  const out = run(esbuild, ['app.js', '--bundle', '--format=esm', '--external:lit', '--external:lit/*', '--external:fuse.js', '--external:fuse.js/*', '--external:zod', '--external:zod/*', '--metafile=meta.json', '--outfile=out.js', '--log-level=error']);
  assert.equal(out, '');
  const inputs = Object.keys(JSON.parse(readFileSync(join(scratch, 'meta.json'), 'utf8')).inputs);
  assert.ok(inputs.some((input) => input.includes('tech4good-marketplace/dist/lib/components/marketplace/marketplace.js')));
  assert.ok(!inputs.some((input) => input.includes('node_modules/lit')), 'lit stays external');
});

test('the types resolve for a TypeScript user', () => {
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023', 'DOM'], noEmit: true, skipLibCheck: false, types: [] }, files: ['app.ts'] }));
  writeFileSync(join(scratch, 'app.ts'), [
    "import { type Solution, type T4gSearchDetail, T4gMarketplace } from 'tech4good-marketplace';",
    "const solution: Pick<Solution, 'id'> = { id: 'bike-sharing' };",
    "const market = document.createElement('t4g-marketplace');",
    'market.setFilters({ track: [solution.id] });',
    "market.addEventListener('t4g-search', (event) => { const detail: T4gSearchDetail = event.detail; console.log(detail.total); });",
    'console.log(market instanceof T4gMarketplace);',
  ].join('\n'));
  run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']);
});

test('the t4g command runs from the installed package', () => {
  writeFileSync(join(scratch, 'mine.json'), JSON.stringify({ version: 1, solutions: [{ id: 'x', name: 'X', summary: 'Y', tracks: ['skills'], provider: { name: 'P' } }] }));
  assert.match(run('npx', ['--no-install', 't4g', 'validate', 'mine.json']), /mine\.json: valid \(1 solution/);
});

test('each element stands alone: one component imported from the package and its define() called renders what it needs', async () => {
  const site = join(scratch, 'site');
  mkdirSync(site, { recursive: true });
  const pages = {
    market: ['tech4good-marketplace/marketplace', 'T4gMarketplace', '<t4g-marketplace src="catalog.json"></t4g-marketplace>'],
    directory: ['tech4good-marketplace/city-directory', 'T4gCityDirectory', '<t4g-city-directory src="catalog.json"></t4g-city-directory>'],
  };
  for (const [name, [module, element, markup]] of Object.entries(pages)) {
    writeFileSync(join(scratch, `${name}.js`), `import { ${element} } from '${module}';\n${element}.define();\n`);
    writeFileSync(join(site, `${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,"><script type="module" src="${name}.js"></script></head><body>${markup}</body></html>`);
  }
  run(join(root, 'node_modules/.bin/esbuild'), ['market.js', 'directory.js', '--bundle', '--format=esm', `--outdir=${site}`, '--log-level=error']);
  copyFileSync(join(scratch, 'node_modules/tech4good-marketplace/catalog/icc-sample.json'), join(site, 'catalog.json'));
  // The sample (from the package, with its pictures, which are relative to it): a site serves them beside the catalogue.
  cpSync(join(scratch, 'node_modules/tech4good-marketplace/catalog/images'), join(site, 'images'), { recursive: true });
  const server = await startServer(site);
  const browser = await chromium.launch({ executablePath: browserPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

    await page.goto(`${server.url}/market.html`);
    const card = page.locator('t4g-marketplace t4g-solution-card').first();
    const name = ((await card.locator('h3').textContent({ timeout: 15000 })) ?? '').trim();
    assert.ok(name.length > 0, 'the result cards render');
    await card.locator('.name').click();
    const detail = page.locator('t4g-marketplace t4g-solution-detail');
    await detail.locator('dialog[open] h2').waitFor({ timeout: 15000 });
    assert.equal((await detail.locator('h2').textContent())?.trim(), name, 'the detail opens on that solution');
    assert.deepEqual(await page.evaluate(() => ['t4g-marketplace', 't4g-solution-card', 't4g-solution-detail', 't4g-city-card', 't4g-city-directory'].map((tag) => !!customElements.get(tag))),
      [true, true, true, false, false], 'the marketplace and what it renders, nothing else');

    await page.goto(`${server.url}/directory.html`);
    const city = page.locator('t4g-city-directory t4g-city-card').first();
    const cityName = ((await city.locator('h3').textContent({ timeout: 15000 })) ?? '').trim();
    assert.ok(cityName.length > 0, 'the city cards render');
    await city.locator('a.name').click();
    await page.locator('t4g-city-directory .profile t4g-city-card[variant="full"] h3').waitFor({ timeout: 15000 });
    assert.deepEqual(errors, [], 'no error on either page');
  } finally {
    await browser.close();
    await server.close();
  }
});
