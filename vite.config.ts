import { defineConfig } from 'vite';

// `npm start` serves the demo pages in examples/ from the sources;
// `npm run build` writes dist/t4g.js, one self-contained ES module that
// defines every element (the script-tag bundle).
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    target: 'es2022',
    // Library mode keeps ES output readable (whitespace, comments) even with
    // build.minify; this file is served to browsers as is, so minify it fully.
    minify: true,
    rolldownOptions: { output: { minify: true } },
    outDir: 'dist',
    emptyOutDir: true,
    lib: {
      entry: 'src/t4g.ts',
      formats: ['es'],
      fileName: () => 't4g.js',
    },
  },
});
