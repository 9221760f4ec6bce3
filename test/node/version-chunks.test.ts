import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { versionChunks } from '../../scripts/version-chunks.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

type Chunk = { fileName: string; imports: string[]; dynamicImports: string[] };
/** The plugin's renderChunk on `code`; what it reports through `this.error` is thrown. */
function render(code: string, chunk: Chunk): string | null {
  const hook = versionChunks().renderChunk as { handler: (this: unknown, code: string, chunk: Chunk) => { code: string } | null };
  const context = { error: (message: string) => { throw new Error(message); } };
  return hook.handler.call(context, code, chunk)?.code ?? null;
}

test('the module bundle asks for each file beside it with the release in its address', () => {
  const code = 'const a=()=>import(`./t4g-fr.js`),b=()=>import("./t4g-solution-view.js");console.warn(`t4g-fr.js (keep it beside the bundle)`)';
  const out = render(code, { fileName: 't4g.js', imports: [], dynamicImports: ['t4g-fr.js', 't4g-solution-view.js'] });
  assert.equal(out, `const a=()=>import(\`./t4g-fr.js?v=${version}\`),b=()=>import("./t4g-solution-view.js?v=${version}");console.warn(\`t4g-fr.js (keep it beside the bundle)\`)`);
});

test('a chunk imported by an address the plugin cannot find fails the build, naming it', () => {
  assert.throws(
    () => render('import(someAddress)', { fileName: 't4g.js', imports: [], dynamicImports: ['t4g-de.js'] }),
    /t4g\.js imports t4g-de\.js/,
  );
});

test('a chunk that imports nothing is left as it is', () => {
  assert.equal(render('export const x=1', { fileName: 't4g-fr.js', imports: [], dynamicImports: [] }), null);
});
