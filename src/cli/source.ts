/**
 * One provider file: read it, parse it, validate it strictly, and place every
 * problem at its line and column.
 */
import { readFileSync } from 'node:fs';
import type { Node } from 'jsonc-parser';
import { CatalogError } from '../catalog/errors.js';
import type { Problem } from '../catalog/problems.js';
import { decodeUtf8 } from '../catalog/utf8.js';
import { type ValidatedCatalog, validateCatalog } from '../catalog/validate.js';
import { parseJsonText, withoutBom } from './json-text.js';
import { type Located, locate } from './positions.js';

/** A file that is readable JSON. */
export interface Source {
  /** The name as the user wrote it (printed in every message). */
  file: string;
  text: string;
  tree: Node;
  data: unknown;
  /** Its size before decoding, as a browser would download it. */
  bytes: number;
}

export type Loaded =
  | { status: 'loaded'; source: Source; duplicateKeys: Located[] }
  | { status: 'unreadable'; file: string; reason: string }
  | { status: 'not-json'; file: string; error: Located };

export function loadSource(file: string): Loaded {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { status: 'unreadable', file, reason: readError(error) };
  }
  return sourceFrom(file, bytes);
}

/** A source from its bytes, however they were read (a file, or a download for `--against`). */
export function sourceFrom(file: string, bytes: Uint8Array): Exclude<Loaded, { status: 'unreadable' }> {
  let text: string;
  try {
    text = withoutBom(decodeUtf8(bytes, file));
  } catch (error) {
    // Not UTF-8: where the first bad byte is, and how to fix it.
    const at = (error as CatalogError).position!;
    return { status: 'not-json', file, error: { ...at, path: [], message: (error as CatalogError).message.replace(`${file} is `, ''), type: 'not-utf8' } };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { status: 'not-json', file, error: parsed.error };
  return { status: 'loaded', source: { file, text, tree: parsed.tree, data: parsed.data, bytes: bytes.length }, duplicateKeys: parsed.duplicateKeys };
}

/** Why a file cannot be read, in plain words. */
export function readError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'there is no file by that name';
    case 'EISDIR': return 'this is a folder, not a file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    default: return error instanceof Error ? error.message : String(error);
  }
}

export interface Checked {
  problems: Located[];
  /** Undefined when the file is not a catalogue at all. */
  result?: ValidatedCatalog;
}

/**
 * Validates `data` (by default the file's own data) strictly and places the
 * problems in the file's text. `keep` leaves out problems that are not this
 * file's (build validates a file together with the entries of the others).
 * `strict: false` validates as the widgets do (render and site show what a
 * widget would show).
 */
export function checkCatalog(source: Source, data: unknown = source.data, keep: (problem: Problem) => boolean = () => true, strict = true): Checked {
  let result: ValidatedCatalog;
  try {
    result = validateCatalog(data, { strict });
  } catch (error) {
    if (error instanceof CatalogError && error.kind === 'not-catalog') return { problems: [locate(source.text, undefined, { path: [], message: error.message, type: 'not-catalog' })] };
    throw error;
  }
  return { problems: result.problems.filter(keep).map((problem) => locate(source.text, source.tree, problem)), result };
}
