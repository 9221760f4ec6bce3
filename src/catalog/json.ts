import { CatalogError, errorMessage } from './errors.js';

/** 1-based line and column of a character offset, counting \r\n as one line break. */
export function positionAt(text: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

/**
 * JSON.parse with an error that says where: browsers report the offset of a
 * syntax error only inside their message, so it is read from there.
 */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = errorMessage(error);
    const offset = /position (\d+)/.exec(reason)?.[1];
    const at = offset !== undefined ? positionAt(text, Number(offset)) : /end of (JSON )?input/i.test(reason) ? positionAt(text, text.length) : undefined;
    const cleaned = reason.replace(/\s*(in JSON )?at position \d+( \(line \d+ column \d+\))?/, '').replace(/^JSON\.parse: /, '');
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    throw new CatalogError('not-json', `${what} is not valid JSON${where}: ${cleaned}.`, at);
  }
}

/**
 * A file that is not UTF-8 text, where `text` (all that decoded before the
 * bad byte) ends: its line and column, the byte when known, and how to fix it.
 */
export function notUtf8Error(what: string, text: string, byte?: number): CatalogError {
  const at = positionAt(text, text.length);
  const which = byte === undefined ? 'a byte' : `the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return new CatalogError('not-json', `${what} is not UTF-8 text: ${which} at line ${at.line}, column ${at.column} is not UTF-8. Save the file as UTF-8.`, at);
}
