import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { formatPath } from '../../src/catalog/problems.js';
import { validateCatalog } from '../../src/catalog/validate.js';

const sample = JSON.parse(readFileSync(new URL('../../catalog/icc-sample.json', import.meta.url), 'utf8'));

test('the sample catalogue validates strictly with no problems', () => {
  const { problems } = validateCatalog(sample, { strict: true });
  assert.deepEqual(problems.map((p) => `${formatPath(p.path)}: ${p.message}`), []);
});

test('the sample catalogue covers what the demo and stories need', () => {
  const { catalog } = validateCatalog(sample, { strict: true });
  assert.ok(catalog.cities.length >= 40, 'at least 40 cities');
  assert.ok(catalog.solutions.length >= 60, 'at least 60 solutions');
  for (const track of catalog.tracks) {
    assert.ok(catalog.solutions.some((s) => s.tracks.includes(track.id)), `a solution in ${track.id}`);
  }
  const multilingual = catalog.solutions.filter((s) => typeof s.name === 'object' && Object.keys(s.name).length > 1);
  assert.ok(multilingual.length >= catalog.solutions.length / 3, 'a third in more than one language');
  assert.match(JSON.stringify(sample.title), /illustrative/i, 'the title says the solutions are illustrative');
  assert.ok(catalog.cities.some((c) => c.bestPractices?.some((b) => b.solutions?.length)), 'best practices reference solutions');
  const mentors = ['aarhus', 'amsterdam', 'antwerp', 'barcelona', 'espoo', 'tampere', 'turku', 'hamburg', 'nice', 'porto', 'rijeka'];
  for (const id of mentors) assert.equal(catalog.cities.find((c) => c.id === id)?.role, 'mentor', `${id} is a mentor city`);
  assert.equal(catalog.cities.find((c) => c.id === 'thessaloniki')?.country, 'GR');
});
