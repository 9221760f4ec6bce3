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
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase(), maxDistance);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** How many edits a typo of `wanted` may be: about one in three characters. */
const idEdits = (wanted: string) => Math.max(1, Math.floor(wanted.length / 3));

/**
 * The characters compared (one id's length times another's) that the suggestions for one list may
 * cost, about a second's work: past it, an unknown id gets no suggestion rather than a long wait.
 */
export const SUGGESTION_BUDGET = 100_000_000;

/**
 * Finds, for each unknown id, the id of `ids` close enough to be its typo (the first on a tie), as
 * `closest` would, for thousands of unknown ids: each id lowercased once, grouped by length (one
 * more than `idEdits` characters longer or shorter is too far), each unknown id looked up once, and
 * the search skipped once it would pass `budget`.
 */
export function idSuggester(ids: readonly string[], budget = SUGGESTION_BUDGET): (wanted: string) => string | undefined {
  const byLength = new Map<number, { id: string; lower: string; index: number }[]>();
  ids.forEach((id, index) => {
    const lower = id.toLowerCase();
    const group = byLength.get(lower.length);
    if (group) group.push({ id, lower, index });
    else byLength.set(lower.length, [{ id, lower, index }]);
  });
  const found = new Map<string, string | undefined>();
  let left = budget;
  const search = (wanted: string): string | undefined => {
    const lower = wanted.toLowerCase();
    const edits = idEdits(wanted);
    const near = [...byLength].filter(([length]) => Math.abs(length - lower.length) <= edits);
    const cost = near.reduce((sum, [length, group]) => sum + length * lower.length * group.length, 0);
    if (cost > left) return undefined;
    left -= cost;
    let best: { id: string; index: number; distance: number } | undefined;
    for (const [, group] of near) {
      for (const { id, lower: candidate, index } of group) {
        const distance = editDistance(lower, candidate, edits);
        if (distance <= edits && (!best || distance < best.distance || (distance === best.distance && index < best.index))) best = { id, index, distance };
      }
    }
    return best?.id;
  };
  return (wanted) => {
    if (!found.has(wanted)) found.set(wanted, search(wanted));
    return found.get(wanted);
  };
}

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
