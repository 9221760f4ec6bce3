/**
 * Checks a value against the catalogue contract in its JSON Schema form
 * (`contract.generated.ts`, generated from the zod schema in schema.ts).
 *
 * Why not zod at run time: zod with our schema is many times the size of this
 * interpreter of the JSON Schema subset that `z.toJSONSchema` emits, and the
 * script-tag bundle has a size budget. The zod schema stays the single
 * source of truth (types, JSON Schema, messages in `x-message`), and the
 * schema tests run every case through both and require the same problems.
 *
 * Issues come out in zod's shape, so `problems.ts` words them the same way.
 */
import type * as z from 'zod/mini';

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  minProperties?: number;
  /** Our annotation: how to finish "<field> …" when a pattern or format fails. */
  'x-message'?: string;
  /** Ours: an `enum` of two-letter codes grouped by first letter, `ADEFG BA` for AD, AE, AF, AG, BA (json-schema.ts). */
  'x-codes'?: string;
}

/** An issue in zod's shape, so `problems.ts` words ours and zod's the same way. */
export type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

const patterns = new Map<string, RegExp>();
const regex = (source: string) => {
  let compiled = patterns.get(source);
  if (!compiled) patterns.set(source, (compiled = new RegExp(source, 'u')));
  return compiled;
};

/** The codes an `x-codes` list stands for, in its order. */
export const expandCodes = (list: string): string[] => list.split(' ').flatMap(([first, ...seconds]) => seconds.map((second) => first! + second));
const codeLists = new Map<string, string[]>();

/**
 * An own key: the keys of a catalogue are anybody's, and `constructor`,
 * `__proto__` or `toString` must not pass for properties of the contract.
 */
const has = (object: object, key: string) => Object.hasOwn(object, key);

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** JSON Schema's own type of a value, as zod names it in `invalid_type`. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const FORMATS: Record<string, (value: string) => boolean> = {
  uri: (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  },
};

/**
 * The issues of `value` against `schema`. `strict`: `additionalProperties:
 * false` rejects unknown keys (the CLI); otherwise they are ignored (the
 * browser, so a newer catalogue still shows).
 */
export function checkContract(schema: JsonSchema, value: unknown, strict: boolean, path: Path = []): Issue[] {
  return check(schema, value, strict, { path });
}

/**
 * Where a value is, as a chain from its parent, its path made only for an
 * issue: a catalogue of valid entries then allocates no path and no issue
 * list (NONE is shared).
 */
interface At { parent?: At; key?: string | number; path?: Path }
const NONE: Issue[] = [];
const pathOf = (at: At): Path => at.path ?? [...pathOf(at.parent!), at.key!];
const child = (parent: At, key: string | number): At => ({ parent, key });
const join = (a: Issue[], b: Issue[]) => (b.length ? (a.length ? [...a, ...b] : b) : a);

/** One issue about `value` itself, worded by the schema's `x-message` when it has one. */
function problem(schema: JsonSchema, value: unknown, at: At, fields: Record<string, unknown>): Issue[] {
  return [{ path: pathOf(at), message: schema['x-message'] ?? 'Invalid input', input: value, ...fields } as Issue];
}

/** A required key that is missing. */
function missing(at: At, key: string, expected: string): Issue[] {
  return [{ code: 'invalid_type', expected, path: pathOf(child(at, key)), message: 'Invalid input', input: undefined } as Issue];
}

function check(schema: JsonSchema, value: unknown, strict: boolean, at: At): Issue[] {
  if (schema.anyOf && schema.properties) {
    // An object's own alternative (a contact needs an email or a url): its properties first, then the rule.
    const { anyOf, ...rest } = schema;
    const issues = check(rest, value, strict, at);
    if (issues.length || !isObject(value) || anyOf.some((option) => check(option, value, strict, { path: [] }).length === 0)) return issues;
    return problem(schema, value, at, { code: 'custom' });
  }
  if (schema.anyOf) {
    // The first branch that accepts the value ends it; only a refused value pays for every branch's issues.
    if (schema.anyOf.some((branch) => check(branch, value, strict, { path: [] }).length === 0)) return NONE;
    const branches = schema.anyOf.map((branch) => check(branch, value, strict, { path: [] }));
    // As zod does: when exactly one branch accepted the value's type, its issues are the answer.
    const typed = branches.filter((errors) => !(errors.length === 1 && errors[0]!.code === 'invalid_type' && errors[0]!.path.length === 0));
    if (typed.length === 1) return typed[0]!.map((inner) => ({ ...inner, path: [...pathOf(at), ...inner.path] }));
    return problem(schema, value, at, { code: 'invalid_union', errors: branches, note: undefined });
  }
  if ('const' in schema && value !== schema.const) return problem(schema, value, at, { code: 'invalid_value', values: [schema.const] });
  const short = schema['x-codes'];
  if (short && !codeLists.has(short)) codeLists.set(short, expandCodes(short));
  const values = schema.enum ?? (short && codeLists.get(short));
  if (values && !values.includes(value)) return problem(schema, value, at, { code: 'invalid_value', values });

  const type = schema.type;
  const actual = typeOf(value);
  if (type === 'integer' ? !Number.isInteger(value) : type === 'number' ? actual !== 'number' || !Number.isFinite(value) : type && type !== actual) {
    return problem(schema, value, at, { code: 'invalid_type', expected: type === 'integer' ? (actual === 'number' ? 'int' : 'number') : type });
  }

  if (typeof value === 'string') {
    // Code points, as JSON Schema counts: an emoji is one character. Counted only when UTF-16 length leaves a doubt.
    const { minLength: min, maxLength: max } = schema;
    const length = (min !== undefined && value.length < 2 * min) || (max !== undefined && value.length > max) ? [...value].length : value.length;
    if (min !== undefined && length < min) return problem(schema, value, at, { code: 'too_small', origin: 'string', minimum: min, inclusive: true });
    if (max !== undefined && length > max) return problem(schema, value, at, { code: 'too_big', origin: 'string', maximum: max, inclusive: true });
    if ((schema.pattern && !regex(schema.pattern).test(value)) || (schema.format && FORMATS[schema.format] && !FORMATS[schema.format]!(value))) {
      return problem(schema, value, at, { code: 'invalid_format', format: schema.format ?? 'regex' });
    }
    return NONE;
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return problem(schema, value, at, { code: 'too_small', origin: 'number', minimum: schema.minimum, inclusive: true });
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return problem(schema, value, at, { code: 'too_small', origin: 'number', minimum: schema.exclusiveMinimum, inclusive: false });
    if (schema.maximum !== undefined && value > schema.maximum) return problem(schema, value, at, { code: 'too_big', origin: 'number', maximum: schema.maximum, inclusive: true });
    return NONE;
  }
  if (Array.isArray(value)) {
    let inner = NONE;
    if (schema.items) for (let i = 0; i < value.length; i++) inner = join(inner, check(schema.items, value[i], strict, child(at, i)));
    if (schema.minItems !== undefined && value.length < schema.minItems) return [...problem(schema, value, at, { code: 'too_small', origin: 'array', minimum: schema.minItems, inclusive: true }), ...inner];
    return inner;
  }
  if (isObject(value)) return checkObject(schema, value, strict, at);
  return NONE;
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, strict: boolean, at: At): Issue[] {
  let issues = NONE;
  const properties = schema.properties ?? {};
  for (const key in properties) {
    const property = properties[key]!;
    if (value[key] === undefined) {
      if (schema.required?.includes(key)) issues = join(issues, missing(at, key, property.type ?? 'value'));
    } else issues = join(issues, check(property, value[key], strict, child(at, key)));
  }
  for (const key of schema.required ?? []) if (!has(properties, key) && value[key] === undefined) issues = join(issues, missing(at, key, 'value'));
  const { additionalProperties, propertyNames } = schema;
  if (additionalProperties === false) {
    const extra = strict ? Object.keys(value).filter((key) => !has(properties, key)) : [];
    if (extra.length) issues = join(issues, problem(schema, value, at, { code: 'unrecognized_keys', keys: extra }));
  } else if (additionalProperties && additionalProperties !== true) {
    for (const key of Object.keys(value)) {
      if (has(properties, key)) continue;
      if (propertyNames && check(propertyNames, key, strict, { path: [] }).length) {
        issues = join(issues, [{ code: 'invalid_key', origin: 'record', issues: [], path: pathOf(child(at, key)), message: 'Invalid input', input: key } as Issue]);
      } else issues = join(issues, check(additionalProperties, value[key], strict, child(at, key)));
    }
  }
  if (schema.minProperties !== undefined && Object.keys(value).length < schema.minProperties) issues = join(issues, problem(schema, value, at, { code: 'custom' }));
  return issues;
}

/** What checking one value gives: the value to keep, or the issues that refuse it. */
export type ContractResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/**
 * Checks `value` against `schema` (no schema: anything passes). A value that
 * passes comes back pruned to the contract, unless it is `owned` (just parsed,
 * nobody else holds it) and may be kept as it is.
 */
export function checkValue<T>(schema: JsonSchema | undefined, value: unknown, strict: boolean, owned = false): ContractResult<T> {
  const issues = schema ? checkContract(schema, value, strict) : NONE;
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: (schema && !owned ? pruneToContract(schema, value) : value) as T };
}

/**
 * A copy of a value that passed the contract, keeping only what the contract
 * names: unknown keys (a newer catalogue's) are left out, and the caller's
 * object is never changed when references are dropped later.
 */
export function pruneToContract<T>(schema: JsonSchema, value: T): T {
  if (Array.isArray(value)) return value.map((item) => (schema.items ? pruneToContract(schema.items, item) : item)) as T;
  if (!isObject(value)) return value;
  const branch = schema.properties ? undefined : schema.anyOf?.find((option) => checkContract(option, value, false).length === 0);
  if (branch) return pruneToContract(branch, value);
  const out: Record<string, unknown> = {};
  const extra = schema.additionalProperties;
  for (const [key, item] of Object.entries(value)) {
    const property = (schema.properties && has(schema.properties, key) ? schema.properties[key] : undefined) ?? (extra && extra !== true ? extra : undefined);
    if (property) out[key] = pruneToContract(property, item);
    else if (extra === true) out[key] = item;
  }
  return out as T;
}
