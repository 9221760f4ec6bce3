/**
 * Checks a value against the catalogue contract in its JSON Schema form
 * (`contract.generated.ts`, generated from the zod schema in schema.ts).
 *
 * Why not zod at run time: zod and our schema cost 11 KB gzip of the 35 KB
 * script-tag budget; this interpreter of the JSON Schema subset that
 * `z.toJSONSchema` emits costs under 1 KB. The zod schema stays the single
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

type Issue = z.core.$ZodIssue;
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
  const issue = (fields: Record<string, unknown>): Issue[] => [{ path, message: schema['x-message'] ?? 'Invalid input', input: value, ...fields } as Issue];

  if (schema.anyOf && schema.properties) {
    // An object's own alternative (a contact needs an email or a url): its properties first, then the rule.
    const { anyOf, ...rest } = schema;
    const issues = checkContract(rest, value, strict, path);
    if (issues.length || !isObject(value) || anyOf.some((option) => checkContract(option, value, strict).length === 0)) return issues;
    return issue({ code: 'custom' });
  }
  if (schema.anyOf) {
    const branches = schema.anyOf.map((branch) => checkContract(branch, value, strict, []));
    if (branches.some((errors) => errors.length === 0)) return [];
    // As zod does: when exactly one branch accepted the value's type, its issues are the answer.
    const typed = branches.filter((errors) => !(errors.length === 1 && errors[0]!.code === 'invalid_type' && errors[0]!.path.length === 0));
    if (typed.length === 1) return typed[0]!.map((inner) => ({ ...inner, path: [...path, ...inner.path] }));
    return issue({ code: 'invalid_union', errors: branches, note: undefined });
  }
  if ('const' in schema && value !== schema.const) return issue({ code: 'invalid_value', values: [schema.const] });
  const short = schema['x-codes'];
  if (short && !codeLists.has(short)) codeLists.set(short, expandCodes(short));
  const values = schema.enum ?? (short && codeLists.get(short));
  if (values && !values.includes(value)) return issue({ code: 'invalid_value', values });

  const type = schema.type;
  const actual = typeOf(value);
  if (type === 'integer' ? !Number.isInteger(value) : type === 'number' ? actual !== 'number' || !Number.isFinite(value) : type && type !== actual) {
    return issue({ code: 'invalid_type', expected: type === 'integer' ? (actual === 'number' ? 'int' : 'number') : type });
  }

  if (typeof value === 'string') {
    // Code points, as JSON Schema counts: an emoji is one character.
    const length = schema.minLength !== undefined || schema.maxLength !== undefined ? [...value].length : 0;
    if (schema.minLength !== undefined && length < schema.minLength) return issue({ code: 'too_small', origin: 'string', minimum: schema.minLength, inclusive: true });
    if (schema.maxLength !== undefined && length > schema.maxLength) return issue({ code: 'too_big', origin: 'string', maximum: schema.maxLength, inclusive: true });
    if ((schema.pattern && !regex(schema.pattern).test(value)) || (schema.format && FORMATS[schema.format] && !FORMATS[schema.format]!(value))) {
      return issue({ code: 'invalid_format', format: schema.format ?? 'regex' });
    }
    return [];
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return issue({ code: 'too_small', origin: 'number', minimum: schema.minimum, inclusive: true });
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return issue({ code: 'too_small', origin: 'number', minimum: schema.exclusiveMinimum, inclusive: false });
    if (schema.maximum !== undefined && value > schema.maximum) return issue({ code: 'too_big', origin: 'number', maximum: schema.maximum, inclusive: true });
    return [];
  }
  if (Array.isArray(value)) {
    const items = schema.items;
    const inner = items ? value.flatMap((item, i) => checkContract(items, item, strict, [...path, i])) : [];
    if (schema.minItems !== undefined && value.length < schema.minItems) return [...issue({ code: 'too_small', origin: 'array', minimum: schema.minItems, inclusive: true }), ...inner];
    return inner;
  }
  if (isObject(value)) return checkObject(schema, value, strict, path, issue);
  return [];
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, strict: boolean, path: Path, issue: (fields: Record<string, unknown>) => Issue[]): Issue[] {
  const issues: Issue[] = [];
  const properties = schema.properties ?? {};
  for (const [key, property] of Object.entries(properties)) {
    if (value[key] === undefined) {
      if (schema.required?.includes(key)) issues.push({ code: 'invalid_type', expected: property.type ?? 'value', path: [...path, key], message: 'Invalid input', input: undefined } as Issue);
    } else issues.push(...checkContract(property, value[key], strict, [...path, key]));
  }
  for (const key of schema.required ?? []) {
    if (!(key in properties) && value[key] === undefined) issues.push({ code: 'invalid_type', expected: 'value', path: [...path, key], message: 'Invalid input', input: undefined } as Issue);
  }
  const extra = Object.keys(value).filter((key) => !(key in properties));
  const { additionalProperties, propertyNames } = schema;
  if (additionalProperties === false) {
    if (strict && extra.length) issues.push(...issue({ code: 'unrecognized_keys', keys: extra }));
  } else if (additionalProperties && additionalProperties !== true) {
    for (const key of extra) {
      if (propertyNames && checkContract(propertyNames, key, strict).length) {
        issues.push({ code: 'invalid_key', origin: 'record', issues: [], path: [...path, key], message: 'Invalid input', input: key } as Issue);
      } else issues.push(...checkContract(additionalProperties, value[key], strict, [...path, key]));
    }
  }
  if (schema.minProperties !== undefined && Object.keys(value).length < schema.minProperties) issues.push(...issue({ code: 'custom' }));
  return issues;
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
    const property = schema.properties?.[key] ?? (extra && extra !== true ? extra : undefined);
    if (property) out[key] = pruneToContract(property, item);
    else if (extra === true) out[key] = item;
  }
  return out as T;
}
