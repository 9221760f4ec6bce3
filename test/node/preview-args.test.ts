/** `t4g preview`'s command line: each mistake gets a sentence; the defaults a provider relies on. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCommandLine } from '../../src/cli/args.js';

test('t4g preview FILE: port 4173, no catalogue; --against and --port as given', () => {
  assert.deepEqual(parseCommandLine(['preview', 'mine.json']), { kind: 'preview', file: 'mine.json', port: 4173 });
  assert.deepEqual(parseCommandLine(['preview', 'mine.json', '--against', 'https://example.org/catalog.json', '--port', '0']), { kind: 'preview', file: 'mine.json', port: 0, against: 'https://example.org/catalog.json' });
});

test('t4g preview mistakes: no file, two files, a port that is not one, an unknown option', () => {
  const message = (...args: string[]) => {
    const command = parseCommandLine(['preview', ...args]);
    return command.kind === 'usage-error' ? command.message : command.kind;
  };
  assert.equal(message(), 'preview needs one file, like t4g preview my-catalogue.json');
  assert.equal(message('a.json', 'b.json'), 'preview needs one file, like t4g preview my-catalogue.json');
  assert.equal(message('a.json', '--port', 'http'), '--port is a number from 0 to 65535, not `http`');
  assert.equal(message('a.json', '--port', '70000'), '--port is a number from 0 to 65535, not `70000`');
  assert.equal(message('a.json', '--watch'), 'unknown option `--watch` for preview');
});
