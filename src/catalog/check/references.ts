/**
 * Every reference a catalogue's entries make to other entries, read from the
 * raw data (so that `t4g validate` can say which entry kind an id should be
 * of, suggest the closest one, or say that it could not check it).
 */
import type { PathSegment } from '../problems.js';
import type { ListKey } from './cross-file.js';

export interface Reference {
  path: PathSegment[];
  id: string;
  /** The list the id should be in. */
  list: ListKey;
  /** How validation's messages call it: `city`, `mentor city`… */
  noun: string;
}

const records = (value: unknown): [number, Record<string, unknown>][] =>
  Array.isArray(value) ? value.flatMap((item, i): [number, Record<string, unknown>][] => (item && typeof item === 'object' && !Array.isArray(item) ? [[i, item as Record<string, unknown>]] : [])) : [];

function idsAt(out: Reference[], owner: Record<string, unknown>, key: string, at: PathSegment[], list: ListKey, noun: string): void {
  const ids = owner[key];
  if (!Array.isArray(ids)) return;
  ids.forEach((id, i) => {
    if (typeof id === 'string') out.push({ path: [...at, key, i], id, list, noun });
  });
}

export function referencesOf(data: Record<string, unknown>): Reference[] {
  const out: Reference[] = [];
  for (const [i, solution] of records(data.solutions)) {
    idsAt(out, solution, 'tracks', ['solutions', i], 'tracks', 'track');
    idsAt(out, solution, 'cities', ['solutions', i], 'cities', 'city');
  }
  for (const [i, city] of records(data.cities)) {
    idsAt(out, city, 'tracks', ['cities', i], 'tracks', 'track');
    idsAt(out, city, 'mentors', ['cities', i], 'cities', 'mentor city');
    for (const [p, practice] of records(city.bestPractices)) idsAt(out, practice, 'solutions', ['cities', i, 'bestPractices', p], 'solutions', 'solution');
  }
  return out;
}

/**
 * Whether `data` lists entries of that kind: validation checks a solution's
 * cities only then. Tracks always are (a catalogue without them has the ICC's).
 */
export const lists = (data: Record<string, unknown>, key: ListKey): boolean =>
  key === 'tracks' || (Array.isArray(data[key]) && (data[key] as unknown[]).length > 0);

/** Where a reference was looked for: `this catalogue`, or `this file or in FILE` with `--against`. */
export const referencesIn = (against: string | undefined): string => (against ? `this file or in ${against}` : 'this catalogue');

/** A reference to an id that no entry has, with the closest one that does. */
export const unknownReference = ({ noun, id }: Pick<Reference, 'noun' | 'id'>, where: string, closest: string | undefined): string =>
  `${noun} \`${id}\` does not exist in ${where}${closest ? ` (did you mean \`${closest}\`?)` : ''}`;
