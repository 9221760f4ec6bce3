#!/usr/bin/env node
// `npm run size`: gzip size of each built bundle, as a table, against the
// budget. Run after `npm run build`. Exit 1 when a file is over its ceiling,
// or when a file beside the bundles imports anything (the classic script
// loads them from its own address, so they must stand alone).
//
// The script-tag budget is 30 KB gzip (issue #18; 35 KB before it), for both
// bundles: each carries every element and English. Beside them, fetched while
// the first catalogue downloads: the entries' checker (t4g-validation.js) and
// the search with its text index and fuse.js (t4g-search.js, which a search widget needs
// before its first results), so an English page with a valid catalogue loads
// bundle + checker + index; other
// languages' files (t4g-fr.js …) only on a page in that language; a solution's
// detail (t4g-solution-view.js) and a city's full profile (t4g-city-profile.js)
// while the page is idle after the first results, before anyone opens one.
//
// The solution providers' workshop (t4g-submit.js, issue #17) is a page of its
// own with a JSON editor (CodeMirror, about 122 KB of it): 160 KB gzip, in one file.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const BUNDLE_KB = 30;
const rows = [
  ['dist/t4g.js', gzip('dist/t4g.js'), BUNDLE_KB],
  ['dist/t4g.iife.js', gzip('dist/t4g.iife.js'), BUNDLE_KB],
  ['dist/t4g-validation.js', gzip('dist/t4g-validation.js'), 6],
  ['dist/t4g-search.js', gzip('dist/t4g-search.js'), 10],
  // Split, the three files cost about 1 KB more than one would (the search file carries its own copy of the few
  // helpers it shares with the bundle): the price of a first script 7.8 KB smaller.
  ['an English page: t4g.js + t4g-validation.js + t4g-search.js', gzip('dist/t4g.js') + gzip('dist/t4g-validation.js') + gzip('dist/t4g-search.js'), 44],
  ['dist/t4g-solution-view.js', gzip('dist/t4g-solution-view.js'), 3],
  ['dist/t4g-city-profile.js', gzip('dist/t4g-city-profile.js'), 2],
  ['dist/t4g-submit.js', gzip('dist/t4g-submit.js'), 160],
  // The workshop's checks, in a worker: the catalogue checker and the JSON parser with positions, nothing else.
  ['dist/t4g-submit-worker.js', gzip('dist/t4g-submit-worker.js'), 40],
];
let failed = false;
console.log('| file | gzip | bytes | ceiling | status |\n| --- | --- | --- | --- | --- |');
for (const [file, bytes, ceiling] of rows) {
  const over = bytes > ceiling * 1024;
  failed ||= over;
  console.log(`| ${file} | ${kb(bytes)} KB | ${bytes} | ${ceiling} KB | ${over ? 'OVER CEILING' : `${ceiling * 1024 - bytes} bytes left`} |`);
}
for (const file of readdirSync('dist').filter((name) => /^t4g-.*\.js$/.test(name))) {
  const text = readFileSync(`dist/${file}`, 'utf8');
  // Not CSS's `!important`, a method like `document.importNode`, nor `from` in backquotes (all in Lit's or CodeMirror's
  // code): a static import is `import {`, `import *`, `import name` or `import "./…"`, its address in quotes.
  if (/(?<![!.$])\bimport(?:\s*[{*]|\s+[\w$])|\bimport\s*["']\.|\bfrom\s*["']|\bimport\(\s*["'`]\./.test(text)) {
    console.log(`dist/${file} imports another file; the classic script could not load it on its own.`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
