/**
 * What the workshop checks sooner than `t4g validate`. Validation leaves out
 * an entry with an error (a missing name, a wrong type), and only then looks
 * at references and ids, of the entries it kept: so a provider fixing a
 * missing name would only then learn that a city id in the same solution does
 * not exist, or is another solution's id. These are the same checks, with the
 * same words, run on the raw entries; a problem at a place validation already
 * reported is not said twice. Once the entry's errors are fixed, `t4g
 * validate` finds these, in these words (test/browser/submission-preview.test.ts
 * compares them).
 *
 * What cannot be checked before a fix is said by the workshop instead: a text
 * that is not JSON, or not a catalogue, has no entries to check.
 */
import type { FileReport } from '../../catalog/check/check-source.js';
import { type CatalogFile, LISTS, type ListKey, idOf, listOf } from '../../catalog/check/cross-file.js';
import { type Located, locate } from '../../catalog/check/positions.js';
import { referencesOf } from '../../catalog/check/references.js';
import type { Source } from '../../catalog/check/source.js';
import { idSuggester } from '../../catalog/key-suggestions.js';
import type { PathSegment, ProblemType } from '../../catalog/problems.js';

const ids = (list: readonly unknown[]): string[] => list.map(idOf).filter((id): id is string => id !== undefined);

/** Problems of references and ids in `source`'s entries that `report` (its check) could not reach: none once it is valid. */
export function earlyChecks(source: Source, report: FileReport, against?: CatalogFile): Located[] {
  if (report.status !== 'problems' || !report.entries) return [];
  const data = source.data as Record<string, unknown>;
  const reported = new Set(report.problems.map((problem) => JSON.stringify(problem.path)));
  const found: Located[] = [];
  const add = (path: PathSegment[], message: string, type: ProblemType) => {
    if (reported.has(JSON.stringify(path))) return;
    reported.add(JSON.stringify(path));
    found.push(locate(source.text, source.tree, { path, message, type }));
  };

  // The ids a reference may name: the entries validation kept (with the published catalogue's, or the ICC's tracks),
  // and every entry of the file and of the published catalogue, kept or not (an entry left out is its own problem).
  const known = new Map<ListKey, Set<string>>(
    LISTS.map((list) => [list, new Set([...ids(report.entries!.catalog[list]), ...ids(listOf(data, list)), ...(against ? ids(listOf(against.data, list)) : [])])]),
  );
  const suggesters = new Map<ListKey, (wanted: string) => string | undefined>();
  const closest = (list: ListKey, id: string) => {
    let suggest = suggesters.get(list);
    if (!suggest) suggesters.set(list, (suggest = idSuggester([...known.get(list)!])));
    return suggest(id);
  };
  // As check-source.ts words them once validation has checked them.
  const where = against ? `this file or in ${against.source.file}` : 'this catalogue';
  for (const { path, id, list, noun } of referencesOf(data)) {
    const listed = known.get(list)!;
    // A list nobody gives (no cities anywhere) was said by the check already: "was not checked", or "does not exist".
    if (!listed.size || listed.has(id)) continue;
    const suggestion = closest(list, id);
    add(path, `${noun} \`${id}\` does not exist in ${where}${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}`, 'unknown-reference');
  }
  // A solution whose tracks all name nothing: validation drops them, and a solution needs one.
  const tracks = known.get('tracks')!;
  listOf(data, 'solutions').forEach((solution, index) => {
    const named = (solution as { tracks?: unknown } | null)?.tracks;
    if (Array.isArray(named) && named.length && named.every((track) => typeof track === 'string' && !tracks.has(track))) {
      add(['solutions', index, 'tracks'], 'tracks names no track of this catalogue; a solution needs at least one', 'missing-track');
    }
  });
  listOf(data, 'cities').forEach((city, index) => {
    const { id, mentors } = (city ?? {}) as { id?: unknown; mentors?: unknown };
    if (typeof id === 'string' && Array.isArray(mentors)) {
      mentors.forEach((mentor, m) => mentor === id && add(['cities', index, 'mentors', m], 'a city cannot be its own mentor', 'invalid-reference'));
    }
  });
  // Ids used twice in the file, said at the later one, as validation says it of the entries it kept.
  for (const list of LISTS) {
    const first = new Map<string, number>();
    listOf(data, list).forEach((entry, index) => {
      const id = idOf(entry);
      if (id === undefined) return;
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, index);
      else add([list, index, 'id'], `id \`${id}\` is already used by ${list}[${earlier}]; ids must be unique`, 'duplicate-id');
    });
  }
  return found;
}
