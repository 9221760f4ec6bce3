/**
 * Makes a large catalogue hold one copy of each short text its solutions repeat. JSON.parse makes a string for every
 * occurrence: at 50,000 solutions over a million strings of a few characters (the same tracks, cities, tags,
 * technologies, languages, providers, dates). The stepped parser (json-steps.ts) hands each solution to the function
 * returned here as soon as it is parsed, which replaces those texts in place with the copy it saw first: the copies
 * die young, before the collector has moved them. Only the fields that repeat (a lookup costs more than a string seen
 * once saves), and anything else left as it is: validation, which comes after, judges the values.
 */
export function shareSolutionStrings(): (key: string, element: unknown) => void {
  const seen = new Map<string, string>();
  const shared = (text: string): string => {
    const first = seen.get(text);
    if (first !== undefined) return first;
    seen.set(text, text);
    return text;
  };
  const each = (list: unknown) => {
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) if (typeof list[i] === 'string') list[i] = shared(list[i]);
  };
  // Only a field that holds text: writing to one that is absent would add a key.
  const field = (record: Record<string, unknown>, key: string) => {
    const text = record[key];
    if (typeof text === 'string') record[key] = shared(text);
  };
  return (key, element) => {
    if (key !== 'solutions' || typeof element !== 'object' || element === null) return;
    const solution = element as Record<string, unknown>;
    each(solution.tracks);
    each(solution.cities);
    each(solution.tags);
    each(solution.technologies);
    each(solution.languages);
    const provider = solution.provider;
    if (typeof provider === 'object' && provider !== null) for (const name of ['type', 'country', 'name']) field(provider as Record<string, unknown>, name);
    field(solution, 'pricing');
    field(solution, 'updated');
  };
}
