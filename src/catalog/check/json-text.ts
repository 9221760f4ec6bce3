/**
 * Reading a JSON text the way a provider needs it: the first syntax error
 * with its place and a sentence in plain words, or the data, its syntax tree
 * (for positions) and the keys written twice in one object.
 */
import { type Node, type ParseError, getLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import { CatalogError, errorMessage } from '../errors.js';
import { parseJson } from '../json.js';
import type { PathSegment } from '../problems.js';
import { type Located, locateAt } from './positions.js';

export type ParsedJson =
  | { ok: true; tree: Node; data: unknown; duplicateKeys: Located[] }
  | { ok: false; error: Located };

const BOM = '\uFEFF';

/** Drops a byte order mark: editors do not show it and do not count it as a column. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/**
 * How deep arrays and objects may nest. A catalogue needs fewer than ten
 * levels; jsonc-parser (and the walks over its tree) recurse once a level and
 * run out of stack from about 3,500 levels in Node, less in a browser's worker.
 */
export const MAX_DEPTH = 500;

export function parseJsonText(text: string): ParsedJson {
  const deep = tooDeepAt(text);
  if (deep >= 0) {
    // Only the first levels of the path: the line and column say the rest.
    const message = `the data is nested more than ${MAX_DEPTH} levels deep here (lists or objects inside each other); a catalogue needs fewer than 10`;
    return { ok: false, error: locateAt(text, deep, pathAt(text, deep).slice(0, 3), message, 'not-json') };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) return { ok: false, error: syntaxError(text, tree, first) };
  if (!tree) return { ok: false, error: locateAt(text, 0, [], 'the file is empty', 'not-json') };
  let data: unknown;
  try {
    // JSON.parse gives the very data the browser will see (the last of two equal keys wins).
    data = parseJson(text, 'This file');
  } catch (error) {
    // Only when jsonc-parser accepts something JSON.parse does not; keep JSON.parse's own words.
    const at = error instanceof CatalogError ? error.position : undefined;
    const message = errorMessage(error);
    return { ok: false, error: locateAt(text, at?.offset ?? 0, at ? pathAt(text, at.offset) : [], message, 'not-json') };
  }
  return { ok: true, tree, data, duplicateKeys: duplicateKeys(text, tree) };
}

const [QUOTE, BACKSLASH, LF, CR, SLASH, STAR, OPEN_LIST, CLOSE_LIST, OPEN_OBJECT, CLOSE_OBJECT] = [...'"\\\n\r/*[]{}'].map((char) => char.charCodeAt(0));

/**
 * The offset of the first `[` or `{` that opens a level deeper than MAX_DEPTH, or -1: a
 * scan without recursion, read as jsonc-parser reads (strings end at a line break, comments
 * are skipped, a closing bracket of the wrong kind closes nothing), so that no text it
 * lets through can make jsonc-parser recurse deeper.
 */
function tooDeepAt(text: string): number {
  const open: number[] = [];
  const { length } = text;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      for (i++; i < length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === QUOTE || inner === LF || inner === CR) break;
        if (inner === BACKSLASH) i++;
      }
    } else if (code === SLASH && text.charCodeAt(i + 1) === SLASH) {
      while (i < length && text.charCodeAt(i) !== LF && text.charCodeAt(i) !== CR) i++;
    } else if (code === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? length : end + 1;
    } else if (code === OPEN_LIST || code === OPEN_OBJECT) {
      if (open.push(code) > MAX_DEPTH) return i;
    } else if ((code === CLOSE_LIST || code === CLOSE_OBJECT) && open.at(-1) === code - 2) open.pop(); // ] is [ + 2, } is { + 2
  }
  return -1;
}

/** Every key that appears a second (third…) time in the same object, at that key. */
function duplicateKeys(text: string, root: Node): Located[] {
  const found: Located[] = [];
  // One path, grown and shrunk as the walk goes (copied only for a duplicate): a copy per value would be as slow as deep.
  const path: PathSegment[] = [];
  const walk = (node: Node) => {
    if (node.type === 'array') {
      node.children?.forEach((child, index) => {
        if (child.type !== 'array' && child.type !== 'object') return;
        path.push(index);
        walk(child);
        path.pop();
      });
    }
    if (node.type !== 'object') return;
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key) continue;
      const name = String(key.value);
      if (seen.has(name)) found.push(locateAt(text, key.offset, [...path, name], `field \`${name}\` appears twice in this object`, 'duplicate-key'));
      seen.add(name);
      if (value) {
        path.push(name);
        walk(value);
        path.pop();
      }
    }
  };
  walk(root);
  return found;
}

/** The path of the value being written at `offset`, without the unfinished key jsonc-parser adds as "". */
function pathAt(text: string, offset: number): PathSegment[] {
  const path = [...getLocation(text, offset).path];
  while (path.at(-1) === '') path.pop();
  return path;
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\n' || char === '\r';
const CURLY_QUOTES = new Set(['\u201C', '\u201D', '\u201E', '\u2018', '\u2019', '\u00AB', '\u00BB']);
const VALUES = 'text in double quotes, a number, true, false, null, a list [ … ] or an object { … }';

function syntaxError(text: string, tree: Node | undefined, error: ParseError): Located {
  const { offset, length } = error;
  const char = text[offset];

  // A comma right before `}` or `]`: jsonc-parser complains at the bracket; the mistake is the comma.
  if (char === '}' || char === ']') {
    let before = offset - 1;
    while (before >= 0 && isSpace(text[before])) before--;
    if (text[before] === ',') {
      const path = [...getLocation(text, offset).path];
      const last = path.at(-1);
      if (last === '' || typeof last === 'number') path.pop();
      return locateAt(text, before, path, `trailing comma before \`${char}\`: remove this comma (the last ${char === '}' ? 'field of an object' : 'item of a list'} has no comma after it)`, 'not-json');
    }
  }

  const path = pathAt(text, offset);
  const token = text.slice(offset, offset + Math.max(length, 1)).split(/[\r\n]/)[0]!.slice(0, 30);
  const atEnd = text.slice(offset).trim() === '';
  const afterRoot = tree !== undefined && offset >= tree.offset + tree.length;
  const inList = typeof path.at(-1) === 'number';
  const at = (message: string, where = offset) => locateAt(text, where, path, message, 'not-json');

  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      if (afterRoot) return at(`unexpected \`${token}\` after the end of the catalogue (its last \`}\` is before this); remove it`);
      if (char === "'") return at('text must be in straight double quotes "…", not single quotes \'…\'');
      if (char !== undefined && CURLY_QUOTES.has(char)) return at(`curly quote \`${char}\` found: JSON needs straight double quotes "…" (they often come from a word processor)`);
      if (/^(True|False|TRUE|FALSE|None|NULL|Null|undefined|NaN|Infinity)$/.test(token)) return at(`\`${token}\` is not a JSON value; write true, false or null in lowercase`);
      return at(`unexpected \`${token}\`; a value is ${VALUES}`);
    case 'InvalidNumberFormat':
      return at(`\`${token}\` is not a number written the JSON way (like 12, -3 or 4.5)`);
    case 'PropertyNameExpected':
      return at('expected a field name in double quotes, like "name"');
    case 'ValueExpected':
      if (text.trim() === '') return at('the file is empty');
      if (atEnd) return at('the file ends too early: something is missing at the end (a value, `]` or `}`)');
      return at(`expected a value here: ${VALUES}`);
    case 'ColonExpected':
      return at('expected a colon `:` after the field name');
    case 'CommaExpected':
      return at(`expected a comma or \`${inList ? ']' : '}'}\``);
    case 'CloseBraceExpected':
      return at(atEnd ? 'the file ends before the object is closed: a `}` is missing' : 'expected a comma or `}`');
    case 'CloseBracketExpected':
      return at(atEnd ? 'the file ends before the list is closed: a `]` is missing' : 'expected a comma or `]`');
    case 'EndOfFileExpected':
      return at('unexpected text after the end of the catalogue (its last `}` is before this); remove it');
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return at('comments are not allowed in JSON; remove the comment');
    case 'UnexpectedEndOfString':
      return at('this text is not closed: a double quote `"` is missing at its end');
    case 'UnexpectedEndOfNumber':
      return at(`the number \`${token}\` is cut short`);
    case 'InvalidUnicode':
      return at('a `\\u` escape needs four hexadecimal digits, like `\\u00e9`', backslashIn(text, offset, length));
    case 'InvalidEscapeCharacter':
      return at('a backslash `\\` starts an unknown escape; to write a backslash itself, write two: `\\\\`', backslashIn(text, offset, length));
    case 'InvalidCharacter': {
      const control = text.slice(offset, offset + length).search(/[\u0000-\u001f]/);
      return at('text cannot contain a line break or a tab as is; write `\\n` for a line break and `\\t` for a tab', control >= 0 ? offset + control : offset);
    }
    default:
      return at('this is not valid JSON');
  }
}

/** The first backslash of a string token, where an escape problem is. */
function backslashIn(text: string, offset: number, length: number): number {
  const index = text.slice(offset, offset + length).indexOf('\\');
  return index >= 0 ? offset + index : offset;
}
