/**
 * `t4g validate --against CATALOG` (a file, or an address served here), the
 * references it cannot check without it, and the "did you mean" of an
 * unknown id. Run `npm run build:node` first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { FIX, ROOT, onlyProblem, problemsOf, t4g, t4gAsync, t4gAsyncWith } from './cli-run.js';

const A = `${FIX}/against`;
const PUBLISHED = `${A}/published.json`;

let server: Server;
let base = '';
before(async () => {
  server = createServer((request, response) => {
    if (request.url === '/catalog.json') response.writeHead(200, { 'content-type': 'application/json' }).end(readFileSync(path.join(ROOT, PUBLISHED)));
    // Says 200 MB, sends a little, then waits: only the declared length can end this.
    else if (request.url === '/declared-too-large') response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(200 * 2 ** 20) }).write('{"version":1');
    else if (request.url === '/endless') {
      response.writeHead(200, { 'content-type': 'application/json' }).write('{"version":1,"title":"');
      const spaces = Buffer.alloc(2 ** 20, 0x20);
      const pump = () => {
        while (!response.destroyed && response.write(spaces));
      };
      response.on('drain', pump);
      pump();
    } else if (request.url === '/silent') {
      // Takes the request and never answers.
    } else if (request.url === '/trickle') {
      // The published catalogue in ten pieces, one every 250 ms: 2.5 s in all, never 1 s without something.
      const body = readFileSync(path.join(ROOT, PUBLISHED));
      const size = Math.ceil(body.length / 10);
      response.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const timer = setInterval(() => {
        if (response.destroyed) return clearInterval(timer);
        response.write(body.subarray(sent, sent + size));
        sent += size;
        if (sent >= body.length) {
          clearInterval(timer);
          response.end();
        }
      }, 250);
    } else if (request.url === '/stalls') {
      // Answers, sends the start of a catalogue, then nothing more.
      response.writeHead(200, { 'content-type': 'application/json' }).write('{"version":1,"title":"');
    } else response.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

/** provider.json's problems against the published catalogue, wherever that comes from. */
function expectAgainst(run: { code: number | null; stdout: string }, where: string): void {
  assert.equal(run.code, 1, run.stdout);
  assert.deepEqual(run.stdout.split('\n').filter(Boolean), [
    `${A}/provider.json:8:17  solutions[0].tracks  tracks names no track of this catalogue; a solution needs at least one`,
    `${A}/provider.json:8:18  solutions[0].tracks[0]  track \`green-economi\` does not exist in this file or in ${where} (did you mean \`green-economy\`?)`,
    `${A}/provider.json:10:18  solutions[0].cities[0]  city \`portoo\` does not exist in this file or in ${where} (did you mean \`porto\`?)`,
    `${A}/provider.json:13:13  solutions[1].id  id \`bike-share\` is also used in ${where} (solutions[0])`,
    `${A}/provider.json: 4 problems in 2 solutions`,
  ]);
}

test('validate --against a file: a typo\'d city and track get the right id, tampere is found there, a duplicate id is a problem', () => {
  expectAgainst(t4g('validate', `${A}/provider.json`, '--against', PUBLISHED), PUBLISHED);
});

test('validate --against an http address: the same, fetched', async () => {
  const url = `${base}/catalog.json`;
  expectAgainst(await t4gAsync('validate', `${A}/provider.json`, `--against=${url}`), url);
  const fine = await t4gAsync('validate', `${A}/fine.json`, '--against', url);
  assert.equal(fine.code, 0, fine.stdout);
  assert.equal(fine.stdout, `${A}/fine.json: valid (1 solution, 0 cities)\n`);
});

test('validate --against a catalogue that cannot be had names its address; exit 2, nothing checked', async () => {
  const missing = await t4gAsync('validate', `${A}/fine.json`, '--against', `${base}/gone.json`);
  assert.equal(missing.code, 2);
  assert.equal(missing.stdout, `t4g: cannot check against ${base}/gone.json: the server answered 404 Not Found\n`);
  const noFile = t4g('validate', `${A}/fine.json`, '--against', `${A}/no-such.json`);
  assert.equal(noFile.code, 2);
  assert.equal(noFile.stdout, `t4g: cannot check against ${A}/no-such.json: there is no file by that name\n`);
  const notCatalog = t4g('validate', `${A}/fine.json`, '--against', `${FIX}/not-a-catalog.json`, '--json');
  assert.equal(notCatalog.code, 2);
  assert.match((JSON.parse(notCatalog.stdout) as { error: string }).error, /not-a-catalog\.json: it is not a catalogue/);
});

test('validate --against an address with a body over the limit: refused from its length, or once it passes 20 MB; exit 2', async () => {
  const declared = await t4gAsync('validate', `${A}/fine.json`, '--against', `${base}/declared-too-large`);
  assert.equal(declared.code, 2);
  assert.equal(declared.stdout, `t4g: cannot check against ${base}/declared-too-large: it is 200.0 MB, more than the 20.0 MB the widgets load\n`);
  const endless = await t4gAsync('validate', `${A}/fine.json`, '--against', `${base}/endless`);
  assert.equal(endless.code, 2);
  assert.equal(endless.stdout, `t4g: cannot check against ${base}/endless: it is more than the 20.0 MB the widgets load\n`);
  assert.equal(endless.stderr, '');
});

test('validate --against an address that does not answer: gives up after the timeout (T4G_AGAINST_TIMEOUT, in seconds), exit 2', async () => {
  const started = Date.now();
  const silent = await t4gAsyncWith({ T4G_AGAINST_TIMEOUT: '1' }, 'validate', `${A}/fine.json`, '--against', `${base}/silent`);
  assert.equal(silent.code, 2);
  assert.equal(silent.stdout, `t4g: cannot check against ${base}/silent: no answer within 1 second\n`);
  assert.equal(silent.stderr, '');
  assert.ok(Date.now() - started < 10_000, `${Date.now() - started} ms`);
});

test('validate --against an address that sends its catalogue slowly but steadily: the timeout is for silence, not for the whole download', async () => {
  const url = `${base}/trickle`;
  const started = Date.now();
  expectAgainst(await t4gAsyncWith({ T4G_AGAINST_TIMEOUT: '1' }, 'validate', `${A}/provider.json`, '--against', url), url);
  assert.ok(Date.now() - started > 2_000, 'the download took longer than the timeout');
});

test('validate --against an address that stops sending: gives up once nothing has come for the timeout, saying so; exit 2', async () => {
  const stalls = await t4gAsyncWith({ T4G_AGAINST_TIMEOUT: '1' }, 'validate', `${A}/fine.json`, '--against', `${base}/stalls`);
  assert.equal(stalls.code, 2);
  assert.equal(stalls.stdout, `t4g: cannot check against ${base}/stalls: it stopped sending: nothing more came for 1 second, after 22 bytes\n`);
  assert.equal(stalls.stderr, '');
});

test('validate without --against: city ids of a file that lists no cities are warnings, not silently passed; exit 0', () => {
  const run = t4g('validate', `${A}/fine.json`);
  assert.equal(run.code, 0);
  assert.deepEqual(problemsOf(run).map((p) => [p.line, p.column, p.path, p.message]), [
    [10, 18, 'solutions[0].cities[0]', 'warning: city `porto` was not checked: this file lists no cities; check it with --against and the published catalogue'],
    [10, 27, 'solutions[0].cities[1]', 'warning: city `tampere` was not checked: this file lists no cities; check it with --against and the published catalogue'],
  ]);
  assert.equal(run.lines.at(-1), `${A}/fine.json: valid (1 solution, 0 cities); 2 warnings`);
});

test('validate: an unknown city of a file that lists cities suggests the closest one, only when close', () => {
  const problem = onlyProblem(t4g('validate', `${FIX}/dangling-city.json`));
  assert.equal(problem.message, 'city `atlantis` does not exist in this catalogue', 'no city is near `atlantis`');
  const typo = t4g('validate', `${A}/typo-city.json`);
  assert.equal(typo.code, 1);
  assert.equal(onlyProblem(typo).message, 'city `portoo` does not exist in this catalogue (did you mean `porto`?)');
});

test('validate --against a catalogue whose city is left out for its own error: the reference names that file and line', () => {
  const published = `${A}/published-left-out.json`;
  const run = t4g('validate', `${A}/names-left-out.json`, '--against', published);
  assert.equal(run.code, 1, run.stdout);
  assert.equal(onlyProblem(run).message, `city \`porto\` is left out of this catalogue because of its own error (line 5 of ${published}); fix that first`);
});

test('validate --json: every problem has its severity and type', () => {
  const run = t4g('validate', '--json', `${A}/provider.json`, `${A}/fine.json`, '--against', PUBLISHED);
  const report = JSON.parse(run.stdout) as { valid: boolean; files: { valid: boolean; problems: { severity: string; type: string; path: string }[] }[] };
  assert.deepEqual(report.files.map((f) => f.problems.map((p) => [p.path, p.severity, p.type])), [
    [
      ['solutions[0].tracks', 'error', 'missing-track'],
      ['solutions[0].tracks[0]', 'error', 'unknown-reference'],
      ['solutions[0].cities[0]', 'error', 'unknown-reference'],
      ['solutions[1].id', 'error', 'duplicate-id'],
    ],
    [],
  ]);
  const warned = JSON.parse(t4g('validate', '--format', 'json', `${A}/fine.json`).stdout) as typeof report;
  assert.equal(warned.valid, true, 'warnings alone leave a file valid');
  assert.deepEqual(warned.files[0]!.problems.map((p) => [p.severity, p.type]), [['warning', 'unchecked-reference'], ['warning', 'unchecked-reference']]);
  const broken = JSON.parse(t4g('validate', '--json', `${FIX}/trailing-comma.json`, `${FIX}/duplicate-key.json`, `${FIX}/not-a-catalog.json`).stdout) as typeof report;
  assert.deepEqual(broken.files.map((f) => f.problems.map((p) => p.type)), [['not-json'], ['duplicate-key'], ['not-catalog']]);
});
