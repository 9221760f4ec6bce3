/**
 * "Did you mean": the contract's field name closest to an unknown key, the
 * id closest to an unknown reference (the CLI). Only
 * strict validation (the CLI, `validateCatalog`) reports unknown keys, so the
 * browser's validation in slices leaves this out, and with it the bundle.
 */
import type { JsonSchema } from './contract-check.js';
import { CONTRACT } from './contract.generated.js';
import { type PathSegment, editDistance } from './problems.js';

let knownKeys: string[] | undefined;

/**
 * Every field name of the contract: the top level's, then each part's, depth
 * first (on a tie, the first one wins).
 */
function contractFieldNames(): string[] {
  if (knownKeys) return knownKeys;
  const names = new Set(Object.keys(CONTRACT.properties ?? {}));
  const visit = (schema: JsonSchema | undefined): void => {
    for (const [name, property] of Object.entries(schema?.properties ?? {})) names.add(name), visit(property);
    if (schema?.items) visit(schema.items);
  };
  visit(CONTRACT);
  return (knownKeys = [...names]);
}

/**
 * The word of `candidates` nearest to `word` (ignoring case) within
 * `maxDistance` edits, or undefined: a typo's likely intent. On a tie, the
 * first one wins.
 */
export function closest(word: string, candidates: Iterable<string>, maxDistance: number): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** The id of `ids` close enough to `wanted` to be its typo: about one edit in three characters. */
export const closestId = (wanted: string, ids: Iterable<string>): string | undefined => closest(wanted, ids, Math.max(1, Math.floor(wanted.length / 3)));

/**
 * ` (did you mean \`summary\`?)` for `sumary`: the closest field name within two edits, or nothing. The fields of the
 * object at `path` first (a solution's `languaegs` is its `languages`, not the catalogue's `language`), then any.
 */
export function suggestKey(key: string, path?: readonly PathSegment[]): string {
  const own = path && fieldsAt(path);
  const best = (own && closest(key, own, 2)) ?? closest(key, contractFieldNames(), 2);
  return best ? ` (did you mean \`${best}\`?)` : '';
}

/** The field names the contract allows in the object at `path` (an index steps into a list), or undefined. */
function fieldsAt(path: readonly PathSegment[]): string[] | undefined {
  let schema: JsonSchema | undefined = CONTRACT;
  for (const segment of path) schema = typeof segment === 'number' ? schema?.items : schema?.properties?.[segment];
  return schema?.properties && Object.keys(schema.properties);
}
