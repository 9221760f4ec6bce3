/**
 * Image addresses relative to the catalogue (schema.ts allows them): the
 * loader makes them full, against the catalogue's own address when it was
 * fetched (redirects included), against `baseUrl` (a page's document) when it
 * came as an object. What the schema accepts is in schema.test.ts.
 */
import assert from 'node:assert/strict';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { clearCatalogCache, loadCatalog } from '../../src/catalog/load.js';

const entry = (id: string, image?: string) => ({ id, name: id, summary: 's', tracks: ['skills'], provider: { name: 'P' }, ...(image && { image, imageAlt: 'A picture' }) });
const catalogue = () => ({
  version: 1,
  solutions: [entry('relative', 'images/bike.svg'), entry('rooted', '/img/a.png'), entry('up', '../shared/a.png'), entry('full', 'https://cdn.example.org/a.jpg'), entry('none')],
  cities: [{ id: 'espoo', name: 'Espoo', country: 'FI', role: 'core', image: 'images/espoo.svg' }],
});
const images = (catalog: { solutions: { id: string; image?: string }[]; cities: { image?: string }[] }) => [
  ...catalog.solutions.map((solution) => [solution.id, solution.image]),
  ['espoo', catalog.cities[0]!.image],
];

test('a catalogue given as an object: relative images resolve against baseUrl (a page: its document), full ones stay', async () => {
  const given = catalogue();
  const { catalog } = await loadCatalog(given, { baseUrl: 'https://city.example.eu/innovation/marketplace.html' });
  assert.deepEqual(images(catalog), [
    ['relative', 'https://city.example.eu/innovation/images/bike.svg'],
    ['rooted', 'https://city.example.eu/img/a.png'],
    ['up', 'https://city.example.eu/shared/a.png'],
    ['full', 'https://cdn.example.org/a.jpg'],
    ['none', undefined],
    ['espoo', 'https://city.example.eu/innovation/images/espoo.svg'],
  ]);
  assert.equal(given.solutions[0]!.image, 'images/bike.svg', "the caller's object is not changed");
});

test('with nothing to resolve against (Node, an object, no baseUrl), addresses stay as written', async () => {
  const { catalog } = await loadCatalog(catalogue());
  assert.equal(catalog.solutions[0]!.image, 'images/bike.svg');
});

let server: Server;
let origin: string;
before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/old/catalog.json') {
      response.writeHead(301, { location: '/data/v2/catalog.json' }).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(catalogue()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("a fetched catalogue: relative images resolve against the catalogue's address, not the page's", async () => {
  clearCatalogCache();
  const { catalog } = await loadCatalog('data/catalog.json', { baseUrl: `${origin}/site/page.html` });
  assert.deepEqual(images(catalog).slice(0, 4), [
    ['relative', `${origin}/site/data/images/bike.svg`],
    ['rooted', `${origin}/img/a.png`],
    ['up', `${origin}/site/shared/a.png`],
    ['full', 'https://cdn.example.org/a.jpg'],
  ]);
  assert.equal(catalog.cities[0]!.image, `${origin}/site/data/images/espoo.svg`);
});

test('a fetched catalogue that was redirected: against the address it came from in the end', async () => {
  clearCatalogCache();
  const { catalog } = await loadCatalog(`${origin}/old/catalog.json`);
  assert.equal(catalog.solutions[0]!.image, `${origin}/data/v2/images/bike.svg`);
});
