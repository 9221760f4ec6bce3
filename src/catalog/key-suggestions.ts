/**
 * "Did you mean": the contract's field name closest to an unknown key. Only
 * strict validation (the CLI, `validateCatalog`) reports unknown keys, so the
 * browser's validation in slices leaves this out, and with it the bundle.
 */
import type { JsonSchema } from './contract-check.js';
import { CONTRACT } from './contract.generated.js';
import { editDistance } from './problems.js';

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

/** ` (did you mean \`summary\`?)` for `sumary`: the closest field name within two edits, or nothing. */
export function suggestKey(key: string): string {
  let best = '';
  let bestDistance = 3;
  for (const known of contractFieldNames()) {
    const distance = editDistance(key.toLowerCase(), known.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [known, distance];
  }
  return best ? ` (did you mean \`${best}\`?)` : '';
}
