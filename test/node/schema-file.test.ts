import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { type JsonSchema, expandCodes } from '../../src/catalog/contract-check.js';
import { COUNTRY_CODES } from '../../src/catalog/countries.js';
import { catalogContract, catalogJsonSchema, contractModule } from '../../src/catalog/json-schema.js';

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

test('src/catalog/contract.generated.ts is what the zod schema generates (run `npm run schema` after changing it)', () => {
  assert.equal(readFileSync(new URL('../../src/catalog/contract.generated.ts', import.meta.url), 'utf8'), contractModule());
});

test('the contract writes the country codes short (x-codes), and they read back as the schema’s list', () => {
  const contract = catalogContract() as { properties: { solutions: { items: { properties: { provider: { properties: { country: JsonSchema } } } } } } };
  const country = contract.properties.solutions.items.properties.provider.properties.country;
  assert.equal(country.enum, undefined);
  assert.match(country['x-codes'] ?? '', /^AD[A-Z]* BA[A-Z]* /);
  assert.deepEqual(expandCodes(country['x-codes']!), COUNTRY_CODES);
  assert.deepEqual(expandCodes('ADEFG BA QA'), ['AD', 'AE', 'AF', 'AG', 'BA', 'QA']);
  // Short enums stay as they are.
  assert.ok(JSON.stringify(contract).includes('"enum":["city","company","startup","ngo","research","public-body"]'));
});
