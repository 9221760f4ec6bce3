/**
 * The relevance set (cases.json) over the sample catalogue: for each query,
 * the solution that must come first and those that must be on the first page.
 * It guards ranking whenever the search engine changes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { buildSolutionIndex, type SolutionIndex } from '../../src/catalog/search.js';
import { validateCatalog } from '../../src/catalog/validate.js';

interface Case { kind: string; $comment?: string; query: string; lang?: string; first?: string; firstPage?: string[] }

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const sample = validateCatalog(read('../../catalog/icc-sample.json')).catalog;
const { cases } = read('./cases.json') as { cases: Case[] };
const PAGE = 12;
const indexes = new Map<string, SolutionIndex>();
const indexFor = (lang: string) => indexes.get(lang) ?? indexes.set(lang, buildSolutionIndex(sample, lang)).get(lang)!;

describe('relevance set', () => {
  test('names only solutions of the sample catalogue', () => {
    const ids = new Set(sample.solutions.map((s) => s.id));
    for (const c of cases) for (const id of [c.first, ...(c.firstPage ?? [])].filter(Boolean)) assert.ok(ids.has(id!), `${c.query}: unknown id ${id}`);
  });

  for (const c of cases) {
    test(`${c.kind}: ${c.lang ?? 'en'} "${c.query}"`, () => {
      const { ids } = indexFor(c.lang ?? 'en').search({ text: c.query });
      if (c.first) assert.equal(ids[0], c.first, `first of ${ids.slice(0, 5).join(', ')}`);
      const page = ids.slice(0, PAGE);
      for (const id of c.firstPage ?? []) assert.ok(page.includes(id), `${id} not on the first page: ${page.join(', ')}`);
    });
  }
});
