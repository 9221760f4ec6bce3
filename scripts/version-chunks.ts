/**
 * A Vite plugin for the module bundle (dist/t4g.js): its imports of the files beside it (`import("./t4g-fr.js")` …)
 * get the release in their query (`./t4g-fr.js?v=0.1.0`), as the classic script's loads do
 * (src/internal/beside-script.ts). Why: a city that upgrades in place behind a long cache would otherwise pair the
 * new bundle with the old release's file of the same name; and both bundles must ask for one address per file, or a
 * page with both would load a file twice. Every chunk the bundle imports must be found and versioned, or the build
 * fails naming it.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** A quoted import specifier of a file beside the bundle: `./t4g-<name>.js` alone between quotes or backticks. */
const SPECIFIER = /(["'`])\.\/(t4g-[\w-]+\.js)\1/g;

export function versionChunks(): Plugin {
  return {
    name: 't4g-version-chunks',
    renderChunk: {
      order: 'post',
      handler(code, chunk) {
        const imported = [...chunk.imports, ...chunk.dynamicImports];
        const versioned = new Set<string>();
        const out = code.replace(SPECIFIER, (_, quote: string, file: string) => {
          versioned.add(file);
          return `${quote}./${file}?v=${version}${quote}`;
        });
        const missed = imported.filter((file) => !versioned.has(file));
        if (missed.length) this.error(`version-chunks: ${chunk.fileName} imports ${missed.join(', ')} by an address this plugin did not find`);
        return out === code ? null : { code: out, map: null };
      },
    },
  };
}
