/**
 * What the JSON editor of `<t4g-submission-preview>` tells a solution provider
 * about the catalogue's schema (catalog/catalog.schema.json): the schema of
 * the value at a JSON path, the keys an object there may have, the values a
 * field may take, and a key's documentation. No DOM and no CodeMirror here,
 * so the node tests read these against the real schema; json-editor.ts finds
 * the path at the caret and shows the answers.
 *
 * This reads a JSON Schema as documentation, not as a validator: the branches
 * of `anyOf`, `oneOf` and `allOf` all count (the keys of every branch are
 * offered), and `$ref` is followed (`#/$defs/…`, `#/definitions/…`, any `#/…`
 * pointer into the same document).
 */

/** The parts of a JSON Schema (draft 2020-12 or 07) that the editor's help reads. */
export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  type?: string | readonly string[];
  title?: string;
  description?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: readonly string[];
  items?: boolean | JsonSchema | readonly JsonSchema[];
  prefixItems?: readonly JsonSchema[];
  anyOf?: readonly JsonSchema[];
  oneOf?: readonly JsonSchema[];
  allOf?: readonly JsonSchema[];
  enum?: readonly unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

/** Where a value is in a document: keys of objects and indexes of arrays, from the top. */
export type JsonPath = readonly (string | number)[];

/** What the editor says about one key of an object. */
export interface KeyHelp {
  key: string;
  /** The object must have it. */
  required: boolean;
  /** The schema's `description` of it, if any (for an array without one, its items'). */
  description?: string;
  /** Its type in a few words: `string`, `integer 1–9`, `array of string`, `string or object of string`. */
  type: string;
  /** Every value it may take, as JSON text (`"free"`, `true`, `1`), when the schema lists them. */
  values: readonly string[];
}

/** Integer ranges up to this many values are offered one by one (TRL 1–9, SDG 1–17). */
const MAX_RANGE = 20;
/** Hover text lists this many allowed values, then says how many there are in all. */
const MAX_LISTED = 12;

const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record && Object.hasOwn(record, key) ? record[key] : undefined;

/** The schema a `#/…` pointer names in `root`, or undefined. */
function resolveRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const step = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = node !== null && typeof node === 'object' && Object.hasOwn(node, step) ? (node as Record<string, unknown>)[step] : undefined;
  }
  return node !== null && typeof node === 'object' ? (node as JsonSchema) : undefined;
}

/**
 * The schemas `schema` stands for: itself, with `$ref` followed and the
 * branches of `anyOf`, `oneOf` and `allOf` listed in its place. `true`,
 * `false` and nothing give none (they say nothing to document).
 */
export function alternatives(root: JsonSchema, schema: JsonSchema | boolean | undefined, seen: ReadonlySet<string> = new Set()): JsonSchema[] {
  if (schema === undefined || typeof schema === 'boolean') return [];
  const out: JsonSchema[] = [schema];
  if (schema.$ref !== undefined && !seen.has(schema.$ref)) out.push(...alternatives(root, resolveRef(root, schema.$ref), new Set([...seen, schema.$ref])));
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) out.push(...alternatives(root, branch, seen));
  return out;
}

/** The schema of `schema`'s child `step` (a key or an index), before its alternatives are listed. */
function childSchema(schema: JsonSchema, step: string | number): JsonSchema | boolean | undefined {
  if (typeof step === 'number') {
    const { items, prefixItems } = schema;
    if (prefixItems && step < prefixItems.length) return prefixItems[step];
    return Array.isArray(items) ? (items as readonly JsonSchema[])[step] : (items as JsonSchema | boolean | undefined);
  }
  const property = own(schema.properties, step);
  if (property !== undefined) return property;
  for (const [pattern, patterned] of Object.entries(schema.patternProperties ?? {})) {
    if (new RegExp(pattern, 'u').test(step)) return patterned;
  }
  return schema.additionalProperties;
}

/**
 * The schemas that may describe the value at `path` of a document that
 * `root` describes: several when `anyOf`/`oneOf` leave a choice, none when the
 * schema says nothing about that place (an unknown key, an index into a string).
 */
export function schemasAt(root: JsonSchema, path: JsonPath): JsonSchema[] {
  let current = alternatives(root, root);
  for (const step of path) {
    if (!current.length) break;
    current = current.flatMap((schema) => alternatives(root, childSchema(schema, step)));
  }
  return current;
}

const typesOf = (schema: JsonSchema): readonly string[] => (typeof schema.type === 'string' ? [schema.type] : schema.type ?? []);

const rangeOf = (schema: JsonSchema) =>
  schema.minimum !== undefined && schema.maximum !== undefined ? ` ${schema.minimum}–${schema.maximum}` : schema.minimum !== undefined ? ` ≥ ${schema.minimum}` : '';

/** `schema`'s type in a few words; `depth` keeps `array of array of …` short. */
function typeText(root: JsonSchema, schema: JsonSchema | boolean | undefined, depth = 0): string {
  const words = new Set<string>();
  for (const alternative of alternatives(root, schema)) {
    for (const type of typesOf(alternative)) {
      if (type === 'array' && depth < 2) {
        const items = Array.isArray(alternative.items) ? undefined : (alternative.items as JsonSchema | boolean | undefined);
        const of = typeText(root, items, depth + 1);
        words.add(of ? `array of ${of}` : 'array');
      } else if (type === 'object' && !alternative.properties && typeof alternative.additionalProperties === 'object' && depth < 2) {
        words.add(`object of ${typeText(root, alternative.additionalProperties, depth + 1) || 'any'}`);
      } else if (type === 'integer' || type === 'number') words.add(`${type}${rangeOf(alternative)}`);
      else if (type === 'string' && alternative.format) words.add(`string (${alternative.format})`);
      else words.add(type);
    }
  }
  return [...words].join(' or ');
}

/** Every value the schemas allow, as JSON text, when they list them; none when any value of some type would do. */
function listedValues(root: JsonSchema, schemas: readonly JsonSchema[]): string[] {
  const values = new Set<string>();
  for (const schema of schemas) {
    if (schema.const !== undefined) values.add(JSON.stringify(schema.const));
    for (const value of schema.enum ?? []) values.add(JSON.stringify(value));
    const types = typesOf(schema);
    if (schema.enum || schema.const !== undefined) continue;
    if (types.includes('boolean')) values.add('true').add('false');
    if (types.includes('null')) values.add('null');
    const { minimum, maximum } = schema;
    if (types.includes('integer') && minimum !== undefined && maximum !== undefined && maximum - minimum < MAX_RANGE) {
      for (let n = Math.ceil(minimum); n <= maximum; n++) values.add(String(n));
    }
  }
  return [...values];
}

/** The values the value at `path` may take, as JSON text (`"free"`, `true`, `7`): enums, consts, booleans, short integer ranges. */
export function valuesAt(root: JsonSchema, path: JsonPath): string[] {
  return listedValues(root, schemasAt(root, path));
}

/** The documentation of the schema(s) of one value: its own description, else a branch's, else (an array) its items'. */
function descriptionOf(root: JsonSchema, schemas: readonly JsonSchema[]): string | undefined {
  const direct = schemas.find((schema) => schema.description)?.description;
  if (direct) return direct;
  const items = schemas.flatMap((schema) => (Array.isArray(schema.items) ? [] : alternatives(root, schema.items as JsonSchema | boolean | undefined)));
  const each = items.find((schema) => schema.description)?.description;
  return each ? `Each: ${each}` : undefined;
}

function helpFor(root: JsonSchema, objects: readonly JsonSchema[], key: string): KeyHelp | undefined {
  const property = objects.map((object) => childSchema(object, key)).find((schema) => typeof schema === 'object');
  if (property === undefined || typeof property !== 'object') return undefined;
  const schemas = alternatives(root, property);
  const description = descriptionOf(root, schemas);
  return {
    key,
    // Only where the key is declared: `contact`'s anyOf of `required: ['email']` and `['url']` requires neither alone.
    required: objects.some((object) => own(object.properties, key) !== undefined && object.required?.includes(key)),
    ...(description ? { description } : {}),
    type: typeText(root, property) || 'any',
    values: listedValues(root, schemas),
  };
}

/**
 * The keys the schema names for the object at `path`, without those in
 * `present`: required ones first, then in the schema's order. Keys that only
 * a pattern or `additionalProperties` allows (language tags of a localized
 * text) have no names to offer.
 */
export function keysAt(root: JsonSchema, path: JsonPath, present: Iterable<string> = []): KeyHelp[] {
  const objects = schemasAt(root, path);
  const skip = new Set(present);
  const keys = new Set(objects.flatMap((object) => Object.keys(object.properties ?? {})));
  const help = [...keys].filter((key) => !skip.has(key)).flatMap((key) => helpFor(root, objects, key) ?? []);
  return help.sort((a, b) => Number(b.required) - Number(a.required));
}

/** What the schema says about `key` of the object at `objectPath`, or undefined when it does not know that key there. */
export function keyHelp(root: JsonSchema, objectPath: JsonPath, key: string): KeyHelp | undefined {
  return helpFor(root, schemasAt(root, objectPath), key);
}

/** A key's allowed values as text (as JSON, or `plain`): the first few, then how many there are in all; empty when the schema lists none. */
export function valuesText(help: KeyHelp, { plain = false } = {}): string {
  // Plain, for speech: text values without their JSON quotes.
  const shown = help.values.slice(0, MAX_LISTED).map((value) => (plain && value.startsWith('"') ? String(JSON.parse(value)) : value));
  return help.values.length > MAX_LISTED ? `${shown.join(', ')}… (${help.values.length} in all)` : shown.join(', ');
}

/**
 * A key's help as plain text, one line each: the key, whether required, its
 * type; its description; its allowed values (the first few, then how many).
 */
export function helpText(help: KeyHelp): string {
  const values = valuesText(help);
  return [
    `${help.key}${help.required ? ' (required)' : ''}: ${help.type}`,
    ...(help.description ? [help.description] : []),
    ...(help.values.length ? [`One of: ${values}`] : []),
  ].join('\n');
}
