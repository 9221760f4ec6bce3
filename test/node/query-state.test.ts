import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFacetList } from '../../src/catalog/facets.js';
import { EMPTY_VIEW, type ViewKeys, openParam, sameView, viewFromParams, writeViewParams } from '../../src/catalog/query-state.js';

test('a view round-trips through URL parameters under its prefix, keeping the page’s own parameters', () => {
  const params = new URLSearchParams('lang=fr&page=7');
  const view = { text: 'energy data', filters: { track: ['tourism', 'skills'], sdg: ['11'] }, sort: 'updated' as const, page: 3, open: 'bike-share' };
  writeViewParams(params, view, 't4g-');
  assert.equal(params.toString(), 'lang=fr&page=7&t4g-q=energy+data&t4g-track=tourism&t4g-track=skills&t4g-sdg=11&t4g-sort=updated&t4g-page=3&t4g-open=bike-share');
  assert.deepEqual(viewFromParams(params, 't4g-'), view);
});

test('an entry’s address: ?t4g-open=ID for a solution, ?t4g-city=ID for a city, and the marketplace’s city filter apart from it', () => {
  assert.equal(openParam('t4g-'), 't4g-open');
  assert.equal(openParam('b-'), 'b-open');
  assert.equal(openParam('t4g-city-', { openIsPrefix: true }), 't4g-city');
  assert.equal(openParam('region_', { openIsPrefix: true }), 'region_', 'only a final hyphen goes');
  const market = new URLSearchParams();
  writeViewParams(market, { ...EMPTY_VIEW, filters: { city: ['porto'] } }, 't4g-');
  assert.equal(market.toString(), 't4g-cities=porto');
  const keys: ViewKeys<'country', 'name'> = { facets: ['country'], sorts: ['name'], openIsPrefix: true };
  const both = new URLSearchParams(market);
  writeViewParams<'country', 'name'>(both, { ...EMPTY_VIEW, text: 'sea', open: 'porto' }, 't4g-city-', keys);
  assert.equal(both.toString(), 't4g-cities=porto&t4g-city-q=sea&t4g-city=porto');
  assert.deepEqual(viewFromParams(both, 't4g-city-', keys), { text: 'sea', filters: {}, page: 1, open: 'porto' });
  assert.deepEqual(viewFromParams(both, 't4g-').filters, { city: ['porto'] }, 'the marketplace reads its filter, not the open city');
  writeViewParams<'country', 'name'>(both, EMPTY_VIEW, 't4g-city-', keys);
  assert.equal(both.toString(), 't4g-cities=porto');
});

test('two prefixes keep two widgets apart', () => {
  const params = new URLSearchParams();
  writeViewParams(params, { ...EMPTY_VIEW, text: 'one' }, 'a-');
  writeViewParams(params, { ...EMPTY_VIEW, text: 'two', page: 2 }, 'b-');
  assert.equal(viewFromParams(params, 'a-').text, 'one');
  assert.deepEqual(viewFromParams(params, 'b-'), { text: 'two', filters: {}, page: 2 });
  writeViewParams(params, EMPTY_VIEW, 'a-');
  assert.equal(params.toString(), 'b-q=two&b-page=2');
});

test('defaults stay out of the URL; malformed values are ignored', () => {
  const params = new URLSearchParams();
  writeViewParams(params, EMPTY_VIEW, 't4g-');
  assert.equal(params.toString(), '');
  assert.deepEqual(viewFromParams(new URLSearchParams('t4g-page=-2&t4g-sort=random&t4g-color=red'), 't4g-'), EMPTY_VIEW);
});

test('sameView compares content, not identity', () => {
  assert.ok(sameView({ ...EMPTY_VIEW, filters: { track: ['a'] } }, { text: '', filters: { track: ['a'] }, page: 1 }));
  assert.ok(!sameView({ ...EMPTY_VIEW, page: 2 }, EMPTY_VIEW));
});

test('the facets attribute chooses facets and their order; unknown names are ignored', () => {
  assert.deepEqual(parseFacetList('trl, track  city nonsense trl'), ['trl', 'track', 'city']);
  assert.equal(parseFacetList('').length, 8);
});
