/**
 * One catalogue text (a provider's file, a paste in the submission page):
 * decode it, parse it, validate it strictly, and place every problem at its
 * line and column. No file system here: the CLI reads files, the page reads
 * what is typed.
 */
import type { Node } from 'jsonc-parser';
import { CatalogError } from '../errors.js';
import type { Problem } from '../problems.js';
import { decodeUtf8 } from '../utf8.js';
import { type ValidatedCatalog, validateCatalog } from '../validate.js';
import { type CatalogFile, isCatalogShaped } from './cross-file.js';
import { parseJsonText, withoutBom } from './json-text.js';
import { type Located, locate } from './positions.js';

/** A text that is readable JSON. */
export interface Source {
  /** Its name as the user knows it (a file as written, an address; printed in every message). */
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

/** The published catalogue an entry will join (`--against`, the page's `against`), or why it cannot be used. */
export type Against = { ok: true; catalog: CatalogFile } | { ok: false; message: string };

/** `loaded` (from `address`) as the catalogue to check against. */
export function againstFrom(address: string, loaded: Loaded): Against {
  const fail = (reason: string): Against => ({ ok: false, message: `cannot check against ${address}: ${reason}` });
  if (loaded.status === 'unreadable') return fail(loaded.reason);
  if (loaded.status === 'not-json') return fail(`it is not valid JSON (line ${loaded.error.line}, column ${loaded.error.column}: ${loaded.error.message})`);
  const { source } = loaded;
  if (!isCatalogShaped(source.data)) return fail('it is not a catalogue (a JSON object with "version": 1)');
  return { ok: true, catalog: { source, data: source.data } };
}
