/** Strict UTF-8: the first byte that is not UTF-8, where it is, and nothing refused that the standard decoder accepts. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CatalogError } from '../../src/catalog/errors.js';
import { decodeUtf8, firstNonUtf8 } from '../../src/catalog/utf8.js';

const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const acceptedByTheStandard = (bytes: Uint8Array) => {
  try {
    strictDecoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

test('agrees with the standard strict decoder on 20,000 random byte strings, biased towards multi-byte sequences', () => {
  let seed = 2026;
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const interesting = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff];
  for (let n = 0; n < 20_000; n++) {
    const bytes = Uint8Array.from({ length: Math.floor(random() * 8) }, () => (random() < 0.7 ? interesting[Math.floor(random() * interesting.length)]! : Math.floor(random() * 256)));
    assert.equal(firstNonUtf8(bytes) < 0, acceptedByTheStandard(bytes), `bytes ${[...bytes].map((b) => b.toString(16)).join(' ')}`);
  }
});

test('the offset is the first bad byte: what comes before it decodes', () => {
  const text = new TextEncoder().encode('Zürich – 東京 🚲 ');
  const bytes = new Uint8Array([...text, 0xe9, 0x41]);
  assert.equal(firstNonUtf8(bytes), text.length);
  assert.equal(firstNonUtf8(text), -1);
});

test('decodeUtf8: the text, or a not-json CatalogError naming the line, the column and the byte', () => {
  assert.equal(decodeUtf8(new TextEncoder().encode('{"a": "é"}'), 'file.json'), '{"a": "é"}');
  const bytes = new Uint8Array([...new TextEncoder().encode('{\n  "name": "Caf'), 0xe9, 0x22]);
  const error = (() => {
    try {
      decodeUtf8(bytes, 'The catalogue at x.json');
    } catch (caught) {
      return caught;
    }
  })();
  assert.ok(error instanceof CatalogError);
  assert.equal(error.kind, 'not-json');
  assert.deepEqual([error.position?.line, error.position?.column], [2, 15]);
  assert.match(error.message, /^The catalogue at x\.json is not UTF-8 text: the byte 0xE9 at line 2, column 15 is not UTF-8\. Save the file as UTF-8/);
});
