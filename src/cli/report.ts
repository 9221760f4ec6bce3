/** Plain, greppable lines: `FILE:LINE:COL  PATH  MESSAGE` and one-line summaries. */
import { formatPath } from '../catalog/problems.js';
import { MAX_DEPTH } from '../catalog/check/json-text.js';
import type { Located } from '../catalog/check/positions.js';

export function problemLine(file: string, problem: Located): string {
  return `${file}:${problem.line}:${problem.column}  ${formatPath(problem.path)}  ${problem.message}`;
}

/**
 * What a file is that could not be read as JSON, for its summary line, as its one problem (printed before
 * it, with the details) says: `not valid JSON`, `not UTF-8 text`, or `too deeply nested` (JSON nested more
 * than MAX_DEPTH levels, refused before jsonc-parser's recursion overflows: its problem has the type
 * not-json too, so it is told by the words json-text.ts gives it).
 */
export function notJsonReason(error: Located): string {
  if (error.type === 'not-utf8') return 'not UTF-8 text';
  if (error.message.startsWith(`the data is nested more than ${MAX_DEPTH} levels deep`)) return 'too deeply nested';
  return 'not valid JSON';
}

/** `1 solution`, `2 cities`. */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

const ENTRY_KINDS = [
  ['solutions', 'solution', 'solutions'],
  ['cities', 'city', 'cities'],
  ['tracks', 'track', 'tracks'],
] as const;

/** `3 problems in 2 solutions and 1 city`, `1 problem at the top level`. */
export function problemSummary(problems: readonly Located[]): string {
  const entries = new Map<string, Set<number>>();
  let topLevel = 0;
  for (const { path } of problems) {
    const [key, index] = path;
    if (typeof key === 'string' && typeof index === 'number' && ENTRY_KINDS.some(([k]) => k === key)) {
      const set = entries.get(key) ?? new Set<number>();
      set.add(index);
      entries.set(key, set);
    } else topLevel++;
  }
  const parts = ENTRY_KINDS.flatMap(([key, one, many]) => {
    const n = entries.get(key)?.size ?? 0;
    return n ? [count(n, one, many)] : [];
  });
  const total = count(problems.length, 'problem', 'problems');
  if (parts.length === 0) return `${total} at the top level`;
  const top = topLevel ? `, plus ${topLevel} at the top level` : '';
  return `${total} in ${listWords(parts)}${top}`;
}
