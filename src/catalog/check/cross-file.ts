/**
 * Files checked together: a file's references may name the entries of
 * others (`t4g build` of several files, `t4g validate --against` a published
 * catalogue), and an id may be used in only one of them.
 */
import type { Problem } from '../problems.js';
import { type Located, locate } from './positions.js';
import type { Source } from './source.js';

export const LISTS = ['tracks', 'solutions', 'cities'] as const;
export type ListKey = (typeof LISTS)[number];

/** A file that is at least shaped like a version 1 catalogue. */
export interface CatalogFile {
  source: Source;
  data: Record<string, unknown>;
}

export function isCatalogShaped(data: unknown): data is Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data) && (data as Record<string, unknown>).version === 1;
}

export function listOf(data: Record<string, unknown>, key: ListKey): unknown[] {
  const list = data[key];
  return Array.isArray(list) ? list : [];
}

/** The file's data with the tracks, solutions and cities of the other files after its own. */
export function withOthers(mine: CatalogFile, all: readonly CatalogFile[]): Record<string, unknown> {
  const data = { ...mine.data };
  const others = all.filter((c) => c !== mine);
  for (const key of LISTS) {
    const own = mine.data[key];
    if (own !== undefined && !Array.isArray(own)) continue; // its own problem, reported as it is
    // No file lists tracks: every file uses the standard ICC tracks.
    if (own === undefined && !others.some((c) => Array.isArray(c.data[key]))) continue;
    data[key] = [...listOf(mine.data, key), ...others.flatMap((c) => listOf(c.data, key))];
  }
  return data;
}

/** Problems about this file's own entries and fields, not about the others' entries appended after them. */
export function ownProblem(mine: CatalogFile): (problem: Problem) => boolean {
  return ({ path: [key, index] }) => {
    if ((key === 'tracks' || key === 'solutions' || key === 'cities') && typeof index === 'number') return index < listOf(mine.data, key).length;
    return true;
  };
}

export function idOf(entry: unknown): string | undefined {
  const id = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The same JSON value, whatever the order of keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * Ids used by two files (duplicates inside one file are validateCatalog's),
 * reported at the later one. A track may repeat if it is identical.
 */
export function crossFileDuplicates(catalogs: readonly CatalogFile[]): Map<Source, Located[]> {
  const found = new Map<Source, Located[]>();
  for (const key of LISTS) {
    const first = new Map<string, { file: CatalogFile; index: number; entry: unknown }>();
    for (const file of catalogs) {
      listOf(file.data, key).forEach((entry, index) => {
        const id = idOf(entry);
        if (id === undefined) return;
        const earlier = first.get(id);
        if (!earlier) first.set(id, { file, index, entry });
        else if (earlier.file !== file && !(key === 'tracks' && sameValue(entry, earlier.entry))) {
          const where = `${earlier.file.source.file} (${key}[${earlier.index}])`;
          const message = key === 'tracks'
            ? `id \`${id}\` is also used in ${where} for a different track; a track listed in several files must be the same everywhere`
            : `id \`${id}\` is also used in ${where}`;
          const list = found.get(file.source) ?? [];
          list.push(locate(file.source.text, file.source.tree, { path: [key, index, 'id'], message, type: 'duplicate-id' }));
          found.set(file.source, list);
        }
      });
    }
  }
  return found;
}
