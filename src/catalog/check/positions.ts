/**
 * Where things are in a JSON text: turns a problem's path (`solutions[3].summary.fr`)
 * into the line and column a provider's editor shows.
 */
import type { Node } from 'jsonc-parser';
import { positionAt } from '../json.js';
import type { PathSegment, Problem } from '../problems.js';
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

export function locateAt(text: string, offset: number, path: PathSegment[], message: string, type: ReportType): Located {
  const { line, column } = positionAt(text, offset);
  return { line, column, offset, path, message, type };
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
