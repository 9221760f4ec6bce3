/** The data core (src/catalog/) is plain TypeScript shared by the CLI, the tests and the components: it depends on nothing of the UI. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const dir = new URL('../../src/catalog/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));

/** Every module a file imports or re-exports, statically or with `import()`. */
function specifiers(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

test('src/catalog imports only its own modules, fuse.js and zod', () => {
  assert.ok(files.length > 10);
  for (const file of files) {
    for (const specifier of specifiers(readFileSync(new URL(file, dir), 'utf8'))) {
      const allowed = /^\.\/[\w.-]+\.js$/.test(specifier) || /^(fuse\.js|zod)(\/|$)/.test(specifier);
      assert.ok(allowed, `${file} imports ${specifier}`);
    }
  }
});

test('the import scan sees every form of import', () => {
  assert.deepEqual(specifiers(`import { a } from '../i18n/en.js';\nexport * from "./b.js";\nimport './c.js';\nconst d = import('../styles/d.js');`), ['../i18n/en.js', './b.js', './c.js', '../styles/d.js']);
});
