/**
 * What the check (check-source.ts: `t4g validate` and the workshop) looks at in entries validation left out. Validation leaves out
 * an entry with an error (a missing name, a wrong type), and only then looks
 * at references and ids, of the entries it kept: so a provider fixing a
 * missing name would only then learn that a city id in the same solution does
 * not exist, or is another solution's id. These are the same checks, with the
 * same words (validation.ts, check-source.ts), run on the raw entries; a
 * problem at a place validation already reported is not said twice.
 *
 * What cannot be checked before a fix is said by the workshop instead: a text
 * that is not JSON, or not a catalogue, has no entries to check.
 */
import { idSuggester } from '../key-suggestions.js';
import type { PathSegment, ProblemType } from '../problems.js';
import { NO_TRACK, OWN_MENTOR, type ValidatedCatalog, duplicateId, leftOutReference } from '../validation.js';
import { type CatalogFile, LISTS, type ListKey, idOf, listOf } from './cross-file.js';
import type { LeftOutAt } from './left-out.js';
import { type Located, locate } from './positions.js';
import { referencesIn, referencesOf, unknownReference } from './references.js';
import type { Source } from './source.js';

const ids = (list: readonly unknown[]): string[] => list.map(idOf).filter((id): id is string => id !== undefined);

/**
 * Problems of references and ids in `source`'s entries that validation (its `problems`, its kept `entries`) could not
 * reach; `leftOut` places the error of an entry left out that a reference names.
 */
export function earlyChecks(source: Source, problems: readonly Located[], entries: { catalog: ValidatedCatalog['catalog'] }, leftOut: LeftOutAt, against?: CatalogFile): Located[] {
  const data = source.data as Record<string, unknown>;
  const reported = new Set(problems.map((problem) => JSON.stringify(problem.path)));
  const found: Located[] = [];
  const add = (path: PathSegment[], message: string, type: ProblemType) => {
    if (reported.has(JSON.stringify(path))) return;
    reported.add(JSON.stringify(path));
    found.push(locate(source.text, source.tree, { path, message, type }));
  };

  // The ids a reference may name: the entries validation kept (with the published catalogue's, or the ICC's tracks),
  // and every entry of the file and of the published catalogue, kept or not (one left out is said to be, below).
  const known = new Map<ListKey, Set<string>>(
    LISTS.map((list) => [list, new Set([...ids(entries.catalog[list]), ...ids(listOf(data, list)), ...(against ? ids(listOf(against.data, list)) : [])])]),
  );
  const suggesters = new Map<ListKey, (wanted: string) => string | undefined>();
  const closest = (list: ListKey, id: string) => {
    let suggest = suggesters.get(list);
    if (!suggest) suggesters.set(list, (suggest = idSuggester([...known.get(list)!])));
    return suggest(id);
  };
  // Before the references: a city left out that names itself as a mentor is told so, as validation will once it is kept.
  listOf(data, 'cities').forEach((city, index) => {
    const { id, mentors } = (city ?? {}) as { id?: unknown; mentors?: unknown };
    if (typeof id === 'string' && Array.isArray(mentors)) {
      mentors.forEach((mentor, m) => mentor === id && add(['cities', index, 'mentors', m], OWN_MENTOR, 'invalid-reference'));
    }
  });
  const where = referencesIn(against?.source.file);
  for (const { path, id, list, noun } of referencesOf(data)) {
    const at = leftOut(list, id);
    if (at) {
      add(path, leftOutReference(noun, id, at), 'unknown-reference');
      continue;
    }
    const listed = known.get(list)!;
    // A list nobody gives (no cities anywhere) was said by the check already: "was not checked", or "does not exist".
    if (!listed.size || listed.has(id)) continue;
    add(path, unknownReference({ noun, id }, where, closest(list, id)), 'unknown-reference');
  }
  // A solution whose tracks all name nothing (or tracks left out): validation drops them, and a solution needs one.
  const tracks = known.get('tracks')!;
  const namesNone = (track: unknown) => typeof track === 'string' && (!tracks.has(track) || !!leftOut('tracks', track));
  listOf(data, 'solutions').forEach((solution, index) => {
    const named = (solution as { tracks?: unknown } | null)?.tracks;
    if (Array.isArray(named) && named.length && named.every(namesNone)) add(['solutions', index, 'tracks'], NO_TRACK, 'missing-track');
  });
  // Ids used twice in the file, said at the later one, as validation says it of the entries it kept.
  for (const list of LISTS) {
    const first = new Map<string, number>();
    listOf(data, list).forEach((entry, index) => {
      const id = idOf(entry);
      if (id === undefined) return;
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, index);
      else add([list, index, 'id'], duplicateId(id, list, earlier), 'duplicate-id');
    });
  }
  return found;
}
