import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { catalogJsonSchema } from '../../src/catalog/json-schema.js';

test('catalog/catalog.schema.json is what the zod schema generates (run `npm run schema` after changing it)', () => {
  const committed = JSON.parse(readFileSync(new URL('../../catalog/catalog.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(committed, catalogJsonSchema());
});

test('the JSON Schema is draft 2020-12 and rejects unknown keys', () => {
  const schema = catalogJsonSchema() as { $schema: string; additionalProperties: boolean; required: string[] };
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.required, ['version']);
});
