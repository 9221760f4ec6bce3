/**
 * Entries that validation left out for an error of their own, which other
 * entries may still name: a reference to one is said to wait for that error
 * (validation.ts's `leftOutReference`), with the line where it is, rather than
 * to name an id that does not exist, when the entry is right there in the file.
 */
import type { Problem } from '../problems.js';
import type { ValidatedCatalog } from '../validation.js';
import { type CatalogFile, LISTS, type ListKey, idOf, listOf } from './cross-file.js';
import { locate } from './positions.js';

/** Where the error is that left out the entry of that list and id (`line 42`, `line 7 of FILE`), or undefined if it was not left out. */
export type LeftOutAt = (list: ListKey, id: string) => string | undefined;

/**
 * `data`: what was validated, into `result`: `mine`'s data, or with `against`'s entries after its own
 * (cross-file.ts's `withOthers`), which the published catalogue's own lines then place.
 */
export function leftOutAt(mine: CatalogFile, data: Record<string, unknown>, result: ValidatedCatalog, against?: CatalogFile): LeftOutAt {
  // Each left-out entry's first error, by its place in `data`.
  const firstError = new Map<string, Problem>();
  for (const problem of result.problems) {
    const [list, index] = problem.path;
    const key = `${list}/${index}`;
    if (problem.consequence === 'entry-left-out' && !firstError.has(key)) firstError.set(key, problem);
  }
  const at = new Map<string, string>();
  for (const list of LISTS) {
    const kept = new Set(result.catalog[list].map((entry) => entry.id));
    const own = listOf(mine.data, list).length;
    listOf(data, list).forEach((entry, index) => {
      const id = idOf(entry);
      const error = firstError.get(`${list}/${index}`);
      // An id that an entry kept also has is no left-out entry's; two left out: the first one's error.
      if (id === undefined || !error || kept.has(id) || at.has(`${list}/${id}`)) return;
      const [file, path] = index < own || !against ? [mine, error.path] : [against, [list, index - own, ...error.path.slice(2)]];
      const { line } = locate(file.source.text, file.source.tree, { path, message: error.message });
      at.set(`${list}/${id}`, file === mine ? `line ${line}` : `line ${line} of ${file.source.file}`);
    });
  }
  return (list, id) => at.get(`${list}/${id}`);
}
