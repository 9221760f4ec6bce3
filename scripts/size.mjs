#!/usr/bin/env node
// `npm run size`: gzip size of each built bundle, as a table, against the
// budget. Run after `npm run build`. Exit 1 when a bundle is over its ceiling.
//
// The script-tag budget is 35 KB gzip (issue: embedding), for both bundles:
// each carries every element and English, and loads other languages' files
// (t4g-fr.js …, about 2.3 KB each) only on a page in that language.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TARGET_KB = 35;
const CEILINGS_KB = { 'dist/t4g.js': TARGET_KB, 'dist/t4g.iife.js': TARGET_KB };

const kb = (bytes) => (bytes / 1024).toFixed(1);
let failed = false;
const rows = Object.entries(CEILINGS_KB).map(([file, ceiling]) => {
  const raw = readFileSync(file);
  const gzip = gzipSync(raw, { level: 9 }).length;
  const over = gzip / 1024 > ceiling;
  failed ||= over;
  return `| ${file} | ${kb(raw.length)} KB | ${kb(gzip)} KB | ${TARGET_KB} KB | ${ceiling} KB | ${over ? 'OVER CEILING' : gzip / 1024 <= TARGET_KB ? 'within budget' : 'over target'} |`;
});
console.log('| bundle | raw | gzip | target | ceiling | status |\n| --- | --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
process.exit(failed ? 1 : 0);
