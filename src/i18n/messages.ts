/**
 * UI strings. English is complete and the fallback; the embedding issue adds
 * the other languages as tables with the same keys.
 */
const en = {
  loading: 'Loading solutions…',
  solutions: (count: number) => (count === 1 ? '1 solution' : `${count} solutions`),
  noSolutions: 'This catalogue has no solutions yet.',
  errorTitle: 'The solutions could not be shown',
  retry: 'Try again',
  providedBy: 'Provided by',
  trl: (level: number) => `TRL ${level}`,
  deployedIn: (count: number) => (count === 1 ? 'Used in 1 city' : `Used in ${count} cities`),
  tracks: 'Tracks and services',
};

export type Messages = typeof en;

const tables: Record<string, Partial<Messages>> = { en };

/** The message table for `lang`, falling back key by key to English. */
export function messages(lang: string): Messages {
  const table = tables[lang.toLowerCase()] ?? tables[lang.split('-')[0]!.toLowerCase()] ?? {};
  return { ...en, ...table };
}
