import { expect } from '@open-wc/testing';
import { CatalogError } from '../../src/catalog/errors.js';
import { STEPPED_PARSE_FROM, clearCatalogCache, loadCatalog } from '../../src/catalog/load.js';
import { describeProblem } from '../../src/catalog/problems.js';
import { loadFixture, recordFetches, slow } from './helpers.js';

async function loadError(source: string | object, options = {}): Promise<CatalogError> {
  try {
    await loadCatalog(source, options);
  } catch (error) {
    expect(error).to.be.instanceOf(CatalogError);
    return error as CatalogError;
  }
  throw new Error(`loading ${source} did not fail`);
}

describe('loadCatalog', () => {
  beforeEach(() => clearCatalogCache());

  it('loads a valid catalogue from a relative URL with no problems', async () => {
    const { catalog, problems } = await loadCatalog(loadFixture('valid.json'));
    expect(problems).to.deep.equal([]);
    expect(catalog.solutions.map((s) => s.id)).to.deep.equal(['bike-share', 'open-data-portal']);
    expect(catalog.tracks).to.have.length(7);
  });

  describe('a body over 1,000,000 characters (parsed in steps)', () => {
    /** A valid catalogue of `count` solutions as JSON text, with accents, quotes and backslashes in its strings. */
    const large = (count: number) =>
      JSON.stringify({
        version: 1,
        solutions: Array.from({ length: count }, (_, i) => ({
          id: `s-${i}`,
          name: `Solución "${i}" \\ Skellefteå`,
          summary: `A tool [${i}] for {cities}, with commas, "quotes" and a backslash \\`,
          tracks: ['green-economy'],
          provider: { name: 'Łódź Data' },
        })),
      });
    const served = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

    it('gives what the same catalogue as an object gives', async () => {
      const text = large(6_000);
      expect(text.length).to.be.greaterThan(STEPPED_PARSE_FROM);
      const fromUrl = await loadCatalog(served(text));
      const fromObject = await loadCatalog(JSON.parse(text));
      expect(fromUrl.problems).to.deep.equal([]);
      expect(fromUrl.catalog).to.deep.equal(fromObject.catalog);
      expect(fromUrl.catalog.solutions[5_999]!.name).to.equal('Solución "5999" \\ Skellefteå');
    });

    it('not UTF-8 far into the body (a later piece of the download): the line and column of the first bad byte', async () => {
      const text = large(6_000).replaceAll('},{', '},\n{');
      const at = text.indexOf('"s-5000"');
      const encoded = new TextEncoder().encode(text.slice(0, at));
      const bytes = new Uint8Array([...encoded, 0xe9, ...new TextEncoder().encode(text.slice(at))]);
      const error = await loadError(URL.createObjectURL(new Blob([bytes], { type: 'application/json' })));
      expect(error.kind).to.equal('not-json');
      const before = text.slice(0, at);
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      expect([error.position?.line, error.position?.column]).to.deep.equal([line, column]);
      expect(error.message).to.contain(`is not UTF-8 text: the byte 0xE9 at line ${line}, column ${column}`);
    });

    it('says where it is broken, like a small one', async () => {
      const text = large(6_000).replace('"s-4000","name"', '"s-4000",,"name"');
      const error = await loadError(served(text));
      expect(error.kind).to.equal('not-json');
      expect(error.position?.line).to.equal(1);
      expect(error.position?.column).to.equal(text.indexOf(',,') + 2);
      expect(error.message).to.match(/is not valid JSON at line 1, column \d+: /);
    });
  });

  it('takes an object instead of a URL', async () => {
    const { catalog } = await loadCatalog({ version: 1, solutions: [] });
    expect(catalog.solutions).to.deep.equal([]);
  });

  it('an object that throws when read (a Proxy\'s trap, a revoked Proxy, a getter) is refused as not a catalogue, never thrown', async () => {
    const trap = () => {
      throw new Error('no');
    };
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const hostile: object[] = [
      new Proxy({}, { getPrototypeOf: trap, get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap }),
      revocable.proxy,
      { version: 1, get solutions() { return trap(); } },
    ];
    for (const source of hostile) {
      const error = await loadError(source);
      expect(error.kind).to.equal('not-catalog');
      expect(error.message).to.equal('The catalogue object could not be read: reading it threw an exception (see the browser console).');
    }
  });

  it('fails with the HTTP status when the server refuses', async () => {
    const error = await loadError('/__status/404');
    expect(error.kind).to.equal('http');
    expect(error.message).to.match(/\/__status\/404 could not be loaded: the server answered 404 Not Found\./);
  });

  it('fails with the network error when nothing answers', async () => {
    const error = await loadError('http://127.0.0.1:9/catalog.json');
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('http://127.0.0.1:9/catalog.json could not be loaded: Failed to fetch');
  });

  it('says where the JSON is broken', async () => {
    const error = await loadError(loadFixture('trailing-comma.json'));
    expect(error.kind).to.equal('not-json');
    expect(error.position).to.deep.include({ line: 4, column: 1 });
    expect(error.message).to.match(/trailing-comma\.json is not valid JSON at line 4, column 1: /);
  });

  it('refuses a file that is not UTF-8 (Latin-1), naming the line and column of its first bad byte and how to fix it', async () => {
    // The test server re-encodes text files, so the Latin-1 bytes (the fixture test/fixtures/cli/latin1.json's) come from a blob.
    const latin1 = Uint8Array.from('{\n  "version": 1,\n  "solutions": [\n    { "id": "cafe", "name": "Café sensors" }\n  ]\n}\n', (char) => char.charCodeAt(0));
    const error = await loadError(URL.createObjectURL(new Blob([latin1], { type: 'application/json' })));
    expect(error.kind).to.equal('not-json');
    expect([error.position?.line, error.position?.column]).to.deep.equal([4, 33]);
    expect(error.message).to.match(/ is not UTF-8 text: the byte 0xE9 at line 4, column 33 is not UTF-8\. Save the file as UTF-8/);
  });

  it('refuses what is not a catalogue', async () => {
    expect((await loadError(loadFixture('array.json'))).message).to.equal('This is not a catalogue: expected a JSON object with "version": 1, found a list.');
    expect((await loadError(loadFixture('version-2.json'))).message).to.equal('This catalogue is version 2; this library reads version 1.');
  });

  it('refuses a body over the size limit without parsing it', async () => {
    // Its own URL: a body cancelled half-read holds Chromium's HTTP cache entry
    // for a while, which would stall other test pages fetching the same URL.
    const error = await loadError(`${loadFixture('valid.json')}?size-limit`, { maxBytes: 200 });
    expect(error.kind).to.equal('too-large');
    expect(error.message).to.match(/valid\.json\?size-limit is (too large|\d+ bytes); the limit is 200 bytes\./);
  });

  it('leaves out invalid entries and dangling references, naming each', async () => {
    const { catalog, problems } = await loadCatalog(loadFixture('partial.json'));
    expect(catalog.solutions.map((s) => s.id)).to.deep.equal(['good', 'bad-link']);
    expect(catalog.solutions[1]!.website, 'a bad optional field is dropped, its entry kept').to.equal(undefined);
    expect(catalog.solutions[0]!.cities).to.deep.equal(['porto']);
    expect(catalog.cities.map((c) => c.id)).to.deep.equal(['porto']);
    const lines = problems.map(describeProblem);
    expect(lines).to.include.members([
      'solution "no-summary" was left out: summary is required but missing (at solutions[1].summary)',
      'solution #3 was left out: id is required but missing (at solutions[2].id)',
      'solution "bad-link": field ignored: website must be a full web address starting with https:// (or http://) (at solutions[3].website)',
      'solution "good" was left out: id `good` is already used by solutions[0]; ids must be unique (at solutions[4].id)',
      'solution "good": reference ignored: city `atlantis` does not exist in this catalogue (at solutions[0].cities[1])',
      'city "athens" was left out: country is `EL`; ISO 3166-1 writes this country `GR` (at cities[1].country)',
    ]);
    expect(problems).to.have.length(6);
  });

  it('fetches a URL once for several widgets, and again after a failure or when asked', async () => {
    const fetches = recordFetches();
    try {
      await Promise.all([loadCatalog(loadFixture('valid.json')), loadCatalog(loadFixture('valid.json')), loadCatalog(`${location.origin}${loadFixture('valid.json')}`)]);
      expect(fetches.urls).to.have.length(1);
      await loadCatalog(loadFixture('valid.json'), { fresh: true });
      expect(fetches.urls).to.have.length(2);
      await loadError('/__status/500');
      await loadError('/__status/500');
      expect(fetches.urls).to.have.length(4);
    } finally {
      fetches.restore();
    }
  });

  it('an aborted load rejects for its caller only', async () => {
    const abort = new AbortController();
    const first = loadCatalog(slow(200, loadFixture('valid.json')), { signal: abort.signal });
    const second = loadCatalog(slow(200, loadFixture('valid.json')));
    abort.abort();
    let aborted = false;
    await first.catch(() => (aborted = true));
    expect(aborted).to.equal(true);
    expect((await second).catalog.solutions).to.have.length(2);
  });
});

describe('loadCatalog: a server that sends nothing', () => {
  beforeEach(() => clearCatalogCache());

  it('no answer at all: a timeout CatalogError after `timeout` seconds, and the request is forgotten', async () => {
    const fetches = recordFetches();
    try {
      const started = performance.now();
      const error = await loadError('/__stall/headers', { timeout: 1 });
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.match(/sent nothing for 1 seconds/);
      expect(performance.now() - started).to.be.at.least(900);
      expect(fetches.calls[0]!.signal?.aborted, 'the request was aborted').to.equal(true);
      await loadError('/__stall/headers', { timeout: 1 });
      expect(fetches.calls, 'a later load asks again instead of joining the stuck one').to.have.length(2);
    } finally {
      fetches.restore();
    }
  });

  it('a body cut short: says how much the page had received, and what to do', async () => {
    const error = await loadError('/__cut/body');
    expect(error.kind).to.equal('network');
    expect(error.message).to.match(/^The catalogue at \S+\/__cut\/body broke off after the page had received 29 bytes: .+\. Try again; if it keeps failing, the server or a proxy cuts the download short\.$/);
  });

  it('a body that stops coming: a timeout too', async () => {
    const error = await loadError('/__stall/body', { timeout: 1 });
    expect(error.kind).to.equal('timeout');
  });

  it('a timeout too long for a timer (Infinity, 3,000,000 s) waits, rather than failing at once', async () => {
    for (const timeout of [Number.POSITIVE_INFINITY, 3e6]) {
      const { catalog } = await loadCatalog(`/__slow/300${loadFixture('valid.json')}?t=${timeout}`, { timeout });
      expect(catalog.solutions, String(timeout)).to.have.length(2);
    }
  });

  it('a slow but steady body is not a stall: 8 pieces 300 ms apart load with a 1 s timeout', async () => {
    const { catalog } = await loadCatalog('/__drip/300/8', { timeout: 1 });
    expect(catalog.solutions).to.have.length(8);
  });
});
