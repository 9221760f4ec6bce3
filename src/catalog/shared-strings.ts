import type { Solution } from './schema.js';

/**
 * Makes a catalogue just parsed hold one copy of each short text its solutions repeat. JSON.parse makes a string for
 * every occurrence: at 50,000 solutions over a million strings of a few characters (the same tracks, cities, tags,
 * technologies, languages, providers, dates). Returns a function that replaces them in place, in a solution nobody
 * else holds (validation's `owned`), with the copy it saw first. Only the fields that repeat: a lookup costs more than
 * a string that is seen once saves.
 */
export function stringSharer(): (solution: Solution) => void {
  const seen = new Map<string, string>();
  const shared = (text: string): string => {
    const first = seen.get(text);
    if (first !== undefined) return first;
    seen.set(text, text);
    return text;
  };
  const each = (list: string[] | undefined) => {
    if (list) for (let i = 0; i < list.length; i++) list[i] = shared(list[i]!);
  };
  // Only fields it has: writing `undefined` would add a key.
  const field = <T extends object>(record: T, key: keyof T & string) => {
    const text = record[key];
    if (typeof text === 'string') (record as Record<string, string>)[key] = shared(text);
  };
  return (solution) => {
    each(solution.tracks);
    each(solution.cities);
    each(solution.tags);
    each(solution.technologies);
    each(solution.languages);
    field(solution.provider, 'type');
    field(solution.provider, 'country');
    field(solution.provider, 'name');
    field(solution, 'pricing');
    field(solution, 'updated');
  };
}
