/**
 * Where things are in a JSON text: turns a problem's path (`solutions[3].summary.fr`)
 * into the line and column a provider's editor shows.
 */
import type { Node } from 'jsonc-parser';
import { type PathSegment, type Problem, printable } from '../problems.js';
import { type ReportType, severityOf } from './problem-types.js';

/** A problem with the place in the file it is about (1-based line and column). */
export interface Located {
  line: number;
  column: number;
  /** Character offset in the text, for sorting. */
  offset: number;
  path: PathSegment[];
  message: string;
  type: ReportType;
}

export const isWarning = (problem: Located): boolean => severityOf(problem.type) === 'warning';

/**
 * The value node at `path`, or the nearest node above it that exists (for a
 * missing field: the object that should hold it). Like `JSON.parse`, the last
 * of two equal keys wins, so positions match the data that was validated
 * (jsonc-parser's `findNodeAtLocation` takes the first).
 */
export function nodeAtPath(root: Node, path: readonly PathSegment[]): { node: Node; found: boolean } {
  let node = root;
  for (const segment of path) {
    const next = childOf(node, segment);
    if (!next) return { node, found: false };
    node = next;
  }
  return { node, found: true };
}

function childOf(node: Node, segment: PathSegment): Node | undefined {
  if (node.type === 'object') {
    let match: Node | undefined;
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key && value && key.value === String(segment)) match = value;
    }
    return match;
  }
  if (node.type === 'array' && typeof segment === 'number') return node.children?.[segment];
  return undefined;
}

/** Problems about a key rather than its value: point at the key. */
function isAboutKey(message: string): boolean {
  return message.startsWith('unknown field') || message.includes(', which is not a language tag');
}

/** Offset of the text a problem is about. */
export function offsetOf(root: Node, path: readonly PathSegment[], aboutKey: boolean): number {
  const { node, found } = nodeAtPath(root, path);
  if (found && aboutKey && node.parent?.type === 'property') return node.parent.children?.[0]?.offset ?? node.offset;
  return node.offset;
}

/** Where each line of the last text placed starts: a file with thousands of problems is not read from its start for each one. */
let lines: { text: string; starts: number[] } | undefined;

/** The 1-based line and column of `offset` (\r\n is one line break), as json.ts's positionAt says. */
function positionIn(text: string, offset: number): { line: number; column: number } {
  if (lines?.text !== text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const char = text.charCodeAt(i);
      if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    lines = { text, starts };
  }
  // The last line that starts at or before `offset`.
  const { starts } = lines;
  let [low, high] = [0, starts.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/** Every problem of a text is placed here: its message quotes keys, ids and tokens of the text, shown escaped when unprintable. */
export function locateAt(text: string, offset: number, path: PathSegment[], message: string, type: ReportType): Located {
  const { line, column } = positionIn(text, offset);
  return { line, column, offset, path, message: printable(message), type };
}

/** Places a validation problem in the text; without a tree (no position known) it goes to 1:1. Without a type, it is about a value's shape. */
export function locate(text: string, root: Node | undefined, problem: Pick<Problem, 'path' | 'message'> & { type?: ReportType }): Located {
  const offset = root ? offsetOf(root, problem.path, isAboutKey(problem.message)) : 0;
  return locateAt(text, offset, [...problem.path], problem.message, problem.type ?? 'schema');
}

/** In text order; problems at the same place keep their order. */
export function byPosition(problems: readonly Located[]): Located[] {
  return problems.map((problem, index) => ({ problem, index }))
    .sort((a, b) => a.problem.offset - b.problem.offset || a.index - b.index)
    .map(({ problem }) => problem);
}
