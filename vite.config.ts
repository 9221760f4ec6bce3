import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { editorSchemaPlugin } from './scripts/editor-schema.js';
import { fuseTrim } from './scripts/fuse-trim.js';
import { minifyTemplates } from './scripts/minify-templates.js';
import { versionChunks } from './scripts/version-chunks.js';

// `npm start` serves the demo pages in examples/ from the sources.
// `npm run build` writes the script-tag bundles, each self-contained:
//   dist/t4g.js       ES module  (<script type="module">)
//   dist/t4g.iife.js  classic script, no global (<script>)
//   dist/t4g-submit.js  ES module, the solution providers' workshop (issue #17) with its JSON editor; it
//                       loads beside it the language files and its checks' worker, dist/t4g-submit-worker.js
// (the npm build, per-module with types, is tsc: see tsconfig.lib.json).
const entry = process.env.T4G_ENTRY ?? 'module';
// The module bundle's files beside it (the search) only when `npm run build` asks for that bundle: the demo's dev
// server (`npm start`), Storybook and a bare `vite build` keep the search inside, as the sources have it.
const moduleBundle = process.env.T4G_ENTRY === 'module';

export default defineConfig({
  plugins: [minifyTemplates(), fuseTrim(), ...(entry === 'submit' ? [editorSchemaPlugin()] : []), ...(moduleBundle ? [versionChunks()] : [])],
  resolve: {
    alias: [
      // The classic script loads the module bundle's language files from its own address (src/i18n/loaders.classic.ts).
      // The same for the stepped JSON parser of large catalogues (src/internal/json-steps-loader.classic.ts) and the
      // wording of a catalogue's problems (src/internal/issue-wording-loader.classic.ts). The workshop's bundle too: it
      // is one file, and would otherwise carry every language table inside it.
      ...(entry === 'classic' || entry.startsWith('submit')
        ? [
            { find: /^\.\/loaders\.js$/, replacement: fileURLToPath(new URL('./src/i18n/loaders.classic.ts', import.meta.url)) },
            { find: /^\.\/json-steps-loader\.js$/, replacement: fileURLToPath(new URL('./src/internal/json-steps-loader.classic.ts', import.meta.url)) },
            { find: /^(?:\.|\.\.\/catalog)\/validation-loader\.js$/, replacement: fileURLToPath(new URL('./src/internal/validation-loader.classic.ts', import.meta.url)) },
            { find: /^\.\/issue-wording-loader\.js$/, replacement: fileURLToPath(new URL('./src/internal/issue-wording-loader.classic.ts', import.meta.url)) },
          ]
        : []),
      // The search (indexes, text index with fuse.js, facet columns) is a file of its own for both script-tag bundles,
      // built alone (T4G_ENTRY=search) so that it imports nothing; the module bundle finds it from its own address.
      ...(entry === 'classic' || moduleBundle
        ? [{ find: /^(?:\.\.\/)*(?:catalog\/|\.\/)search-engine\.js$/, replacement: fileURLToPath(new URL('./src/internal/search-engine.lazy.ts', import.meta.url)) }]
        : []),
      // The solution detail's view and a city's full profile, too (src/internal/*-loader.classic.ts); the workshop's
      // bundle keeps them inside.
      ...(entry === 'classic'
        ? [
            { find: /^\.\/solution-view-loader\.js$/, replacement: fileURLToPath(new URL('./src/internal/solution-view-loader.classic.ts', import.meta.url)) },
            { find: /^\.\/city-profile-loader\.js$/, replacement: fileURLToPath(new URL('./src/internal/city-profile-loader.classic.ts', import.meta.url)) },
          ]
        : []),
      ...(entry.startsWith('submit') || moduleBundle ? [{ find: /^(?:\.\.\/)*(?:internal\/|\.\/)script-base\.js$/, replacement: fileURLToPath(new URL('./src/internal/script-base.module.ts', import.meta.url)) }] : []),
    ],
  },
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    // terser first (two passes of its compressor), then rolldown's own minifier
    // (output.minify below): together 0.45 KB of gzip smaller than either alone.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
    // Library mode keeps ES output readable (whitespace, comments) unless
    // rolldown minifies it too; these files are served to browsers as they are.
    // Language tables other than English, and the stepped JSON parser for
    // large catalogues, are separate files beside the module bundle, loaded
    // on first use; the classic script loads the same files.
    // The workshop's bundle and its worker split nothing off (`codeSplitting: false` inlines dynamic imports); the
    // bundle loads the language tables beside it as the classic script does (the aliases above).
    rolldownOptions: {
      output: { minify: true, comments: false, chunkFileNames: 't4g-[name].js', ...(entry.startsWith('submit') || entry === 'search' ? { codeSplitting: false } : {}) },
    },
    lib:
      entry === 'classic'
        ? { entry: 'src/t4g-classic.ts', formats: ['iife'], name: 't4g', fileName: () => 't4g.iife.js' }
        : entry === 'submit'
          ? { entry: 'src/t4g-submit.ts', formats: ['es'], fileName: () => 't4g-submit.js' }
          : entry === 'submit-worker'
            ? { entry: 'src/components/submission-preview/check-worker.ts', formats: ['es'], fileName: () => 't4g-submit-worker.js' }
            : entry === 'search'
              ? { entry: 'src/catalog/search-engine.ts', formats: ['es'], fileName: () => 't4g-search.js' }
              : { entry: 'src/t4g.ts', formats: ['es'], fileName: () => 't4g.js' },
  },
  // The workshop's bundle starts its worker, the file the submit-worker build writes beside it.
  define: entry === 'submit' ? { __T4G_SUBMIT_WORKER__: 'true' } : {},
});
