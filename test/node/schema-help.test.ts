/** The JSON editor's help from catalog/catalog.schema.json: path → schema → keys, values and documentation. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { helpText, type JsonSchema, keyHelp, keysAt, schemasAt, valuesAt } from '../../src/components/submission-preview/schema-help.js';
// Imported as the element will import it: the JSON's inferred type must fit the editor's `JsonSchema`.
import catalogSchema from '../../catalog/catalog.schema.json' with { type: 'json' };

const SCHEMA: JsonSchema = catalogSchema;
const keys = (path: (string | number)[], present: string[] = []) => keysAt(SCHEMA, path, present).map((help) => help.key);

test('the keys of a solution: required ones first, in the schema’s order, with their documentation', () => {
  const solution = keysAt(SCHEMA, ['solutions', 0]);
  assert.deepEqual(
    solution.slice(0, 5).map((help) => [help.key, help.required]),
    [['id', true], ['name', true], ['summary', true], ['tracks', true], ['provider', true]],
  );
  assert.ok(solution.slice(5).every((help) => !help.required));
  assert.ok(['description', 'pricing', 'trl', 'contact', 'website', 'image', 'imageAlt'].every((key) => solution.some((help) => help.key === key)));
  const summary = solution.find((help) => help.key === 'summary')!;
  assert.match(summary.description ?? '', /language tags/);
  assert.equal(summary.type, 'string or object of string');
});

test('keys already in the object are not offered again; any index of the array gives the same keys', () => {
  assert.deepEqual(keys(['solutions', 3], ['id', 'name', 'summary']).slice(0, 2), ['tracks', 'provider']);
  assert.ok(!keys(['solutions', 3], ['id']).includes('id'));
});

test('the keys of a provider, of a contact, and at the top of the catalogue', () => {
  assert.deepEqual(keys(['solutions', 0, 'provider']).slice(0, 3), ['name', 'type', 'country']);
  assert.equal(keysAt(SCHEMA, ['solutions', 0, 'provider'])[0]?.required, true);
  // contact's anyOf of `required: ['email']` and `required: ['url']` makes neither required alone.
  assert.deepEqual(keysAt(SCHEMA, ['solutions', 0, 'contact']).map((help) => [help.key, help.required]), [['email', false], ['url', false]]);
  assert.deepEqual(keys([]).slice(0, 2), ['version', '$schema']);
  assert.ok(keys([]).includes('solutions') && keys([]).includes('cities'));
});

test('enum values, a const, and a short integer range are offered as JSON text', () => {
  assert.deepEqual(valuesAt(SCHEMA, ['solutions', 0, 'pricing']), ['"free"', '"open-source"', '"licence"', '"subscription"', '"on-request"']);
  assert.deepEqual(valuesAt(SCHEMA, ['solutions', 0, 'provider', 'type']), ['"city"', '"company"', '"startup"', '"ngo"', '"research"', '"public-body"']);
  assert.ok(valuesAt(SCHEMA, ['solutions', 0, 'provider', 'country']).includes('"BE"'));
  assert.deepEqual(valuesAt(SCHEMA, ['version']), ['1']);
  assert.deepEqual(valuesAt(SCHEMA, ['solutions', 0, 'trl']), ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  assert.equal(valuesAt(SCHEMA, ['solutions', 2, 'sdgs', 0]).length, 17);
  // Free text has nothing to list.
  assert.deepEqual(valuesAt(SCHEMA, ['solutions', 0, 'summary']), []);
});

test('a localized text is a string or an object of language tags: any tag leads to text, none is named', () => {
  const summary = schemasAt(SCHEMA, ['solutions', 0, 'summary']);
  assert.deepEqual(summary.map((schema) => schema.type).filter(Boolean), ['string', 'object']);
  assert.deepEqual(schemasAt(SCHEMA, ['solutions', 0, 'summary', 'fr-BE']).map((schema) => [schema.type, schema.maxLength]), [['string', 280]]);
  assert.deepEqual(keys(['solutions', 0, 'summary']), []);
  assert.equal(keyHelp(SCHEMA, ['solutions', 0, 'summary'], 'en')?.type, 'string');
});

test('hover text: type, required, description and allowed values, long lists cut short', () => {
  assert.equal(
    helpText(keyHelp(SCHEMA, ['solutions', 0], 'trl')!),
    'trl: integer 1–9\nTechnology readiness level, 1 to 9 (EU Horizon definition)\nOne of: 1, 2, 3, 4, 5, 6, 7, 8, 9',
  );
  assert.match(helpText(keyHelp(SCHEMA, ['solutions', 0], 'summary')!), /^summary \(required\): string or object of string\nText, or an object of BCP 47/);
  assert.equal(keyHelp(SCHEMA, ['solutions', 0], 'tracks')?.description, 'Each: Track id: lowercase letters, digits and single hyphens');
  assert.equal(keyHelp(SCHEMA, ['solutions', 0], 'tracks')?.type, 'array of string');
  assert.match(helpText(keyHelp(SCHEMA, ['solutions', 0, 'provider'], 'country')!), /One of: "AD", "AE", .*… \(249 in all\)$/);
  assert.equal(keyHelp(SCHEMA, ['solutions', 0], 'updated')?.type, 'string (date)');
});

test('$ref is followed, to $defs and to definitions, and a reference loop ends', () => {
  const withRefs: JsonSchema = {
    type: 'object',
    properties: {
      owner: { $ref: '#/$defs/person', description: 'Who owns it' },
      team: { type: 'array', items: { $ref: '#/definitions/person' } },
      loop: { $ref: '#/$defs/loop' },
    },
    $defs: {
      person: { type: 'object', properties: { name: { type: 'string', description: 'Full name' }, role: { enum: ['lead', 'member'] } }, required: ['name'] },
      loop: { $ref: '#/$defs/loop' },
    },
    definitions: { person: { $ref: '#/$defs/person' } },
  };
  assert.deepEqual(keysAt(withRefs, ['owner']).map((help) => [help.key, help.required]), [['name', true], ['role', false]]);
  assert.deepEqual(valuesAt(withRefs, ['team', 4, 'role']), ['"lead"', '"member"']);
  assert.equal(keyHelp(withRefs, ['team', 0], 'name')?.description, 'Full name');
  assert.equal(keyHelp(withRefs, [], 'owner')?.description, 'Who owns it');
  assert.deepEqual(keysAt(withRefs, ['loop']), []);
});

test('a place the schema does not know gives nothing', () => {
  assert.deepEqual(schemasAt(SCHEMA, ['solutions', 0, 'colour']), []);
  assert.deepEqual(keys(['solutions', 0, 'colour']), []);
  assert.deepEqual(valuesAt(SCHEMA, ['nothing', 'here']), []);
  assert.equal(keyHelp(SCHEMA, ['solutions', 0], 'colour'), undefined);
  // An index into an object, a key of an array, a key named like Object.prototype's.
  assert.deepEqual(schemasAt(SCHEMA, ['solutions', 0, 'provider', 0]), []);
  assert.deepEqual(schemasAt(SCHEMA, ['solutions', 'id']), []);
  assert.equal(keyHelp(SCHEMA, ['solutions', 0], 'constructor'), undefined);
  assert.equal(keyHelp(SCHEMA, ['solutions', 0], '__proto__'), undefined);
});

test('the bundle’s trimmed schema (scripts/editor-schema.ts) gives the editor the same help at every path of the catalogue', async () => {
  const { editorSchema } = await import('../../scripts/editor-schema.js');
  const trimmed = editorSchema(catalogSchema) as JsonSchema;
  assert.ok(JSON.stringify(trimmed).length < JSON.stringify(catalogSchema).length * 0.8, 'it is smaller');
  // Every object path the schema describes, down to its leaves.
  const paths: (string | number)[][] = [[]];
  for (let i = 0; i < paths.length && i < 500; i++) {
    for (const help of keysAt(SCHEMA, paths[i]!)) {
      const next = [...paths[i]!, help.key];
      paths.push(next, [...next, 0]);
    }
  }
  assert.ok(paths.length > 50, `${paths.length} paths`);
  for (const path of paths) {
    assert.deepEqual(keysAt(trimmed, path), keysAt(SCHEMA, path), `keys at ${path.join('.')}`);
    assert.deepEqual(valuesAt(trimmed, path), valuesAt(SCHEMA, path), `values at ${path.join('.')}`);
  }
});
