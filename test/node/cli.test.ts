/**
 * The compiled `t4g` CLI, run as a real process on the hand-written fixtures
 * in test/fixtures/cli/. Run `npm run build:node` first.
 *
 * Expected positions are counted by hand from the fixtures: every fixture is
 * indented with two spaces per level, so `      "website": "javascript:…"`
 * (6 spaces + `"website": ` = 17 characters) puts the value at column 18.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { CLI, FIX, ROOT, onlyProblem, problemsOf, t4g } from './cli-run.js';

let tmp = '';
before(() => {
  assert.ok(existsSync(path.join(ROOT, CLI)), `${CLI} is missing: run \`npm run build:node\` first`);
  tmp = mkdtempSync(path.join(tmpdir(), 't4g-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

// ---------------------------------------------------------------- validate

test('validate: a valid file exits 0 with a valid summary and nothing else', () => {
  const run = t4g('validate', `${FIX}/valid.json`);
  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.stdout, `${FIX}/valid.json: valid (1 solution, 1 city)\n`);
  assert.equal(run.stderr, '');
});

test('validate: a missing required field points at the object that lacks it', () => {
  const run = t4g('validate', `${FIX}/missing-field.json`);
  assert.equal(run.code, 1);
  const problem = onlyProblem(run);
  assert.deepEqual([problem.file, problem.line, problem.column, problem.path], [`${FIX}/missing-field.json`, 4, 5, 'solutions[0].provider']);
  assert.match(problem.message, /^provider is required but missing/);
  assert.equal(run.lines.at(-1), `${FIX}/missing-field.json: 1 problem in 1 solution`);
});

test('validate: a wrong type points at the value', () => {
  const run = t4g('validate', `${FIX}/wrong-type.json`);
  assert.equal(run.code, 1);
  const problem = onlyProblem(run);
  assert.deepEqual([problem.line, problem.column, problem.path], [8, 17, 'solutions[0].tracks']);
  assert.match(problem.message, /tracks must be a list but is text/);
});

test('validate: a javascript: address is refused at the value', () => {
  const run = t4g('validate', `${FIX}/javascript-url.json`);
  assert.equal(run.code, 1);
  const problem = onlyProblem(run);
  assert.deepEqual([problem.line, problem.column, problem.path], [10, 18, 'solutions[0].website']);
  assert.match(problem.message, /^website .*https:\/\//);
});

test('validate: an entry left out for an error still has its references and id checked, in the same words', () => {
  const file = path.join(tmp, 'left-out-references.json');
  const catalog = {
    version: 1,
    cities: [{ id: 'porto', name: 'Porto', country: 'PT', role: 'core' }],
    solutions: [
      { id: 'heat', name: 'Heat map', summary: 'Maps heat.', tracks: ['green-economy'], provider: { name: 'P' } },
      // No name (left out), a city no entry has, and the id of the solution above.
      { id: 'heat', summary: 'Air sensors.', tracks: ['green-economy'], provider: { name: 'P' }, cities: ['portoo'] },
    ],
  };
  writeFileSync(file, JSON.stringify(catalog, null, 2));
  const messages = problemsOf(t4g('validate', file)).map(({ path, message }) => `${path}  ${message}`);
  assert.ok(messages.includes('solutions[1].name  name is required but missing'), messages.join('\n'));
  assert.ok(messages.includes('solutions[1].id  id `heat` is already used by solutions[0]; ids must be unique'), messages.join('\n'));
  assert.ok(messages.includes('solutions[1].cities[0]  city `portoo` does not exist in this catalogue (did you mean `porto`?)'), messages.join('\n'));
});

test('validate: a duplicate id is reported at the second id', () => {
  const run = t4g('validate', `${FIX}/duplicate-id.json`);
  assert.equal(run.code, 1);
  const problem = onlyProblem(run);
  assert.deepEqual([problem.line, problem.column, problem.path], [12, 13, 'solutions[1].id']);
  assert.match(problem.message, /`bike-share`.*solutions\[0\]/);
});

test('validate: an unknown key points at the key and suggests the right one; problems come in text order', () => {
  const run = t4g('validate', `${FIX}/unknown-key.json`);
  assert.equal(run.code, 1);
  const problems = problemsOf(run);
  assert.deepEqual(problems.map((p) => [p.line, p.column, p.path]), [
    [4, 5, 'solutions[0].summary'], // `summary` itself is missing: the solution's `{`
    [7, 7, 'solutions[0].sumary'], // the key `"sumary"`, not its value (column 17)
  ]);
  assert.equal(problems[1]!.message, 'unknown field `sumary` (did you mean `summary`?)');
  assert.equal(run.lines.at(-1), `${FIX}/unknown-key.json: 2 problems in 1 solution`);
});

test('validate: a city reference that does not exist points at the id in the list', () => {
  const run = t4g('validate', `${FIX}/dangling-city.json`);
  assert.equal(run.code, 1);
  const problem = onlyProblem(run);
  assert.deepEqual([problem.line, problem.column, problem.path], [10, 27, 'solutions[0].cities[1]']);
  assert.match(problem.message, /city `atlantis` does not exist/);
});

test('validate: a reference to a city left out for its own error names that error\'s line, not a missing id', () => {
  const run = t4g('validate', `${FIX}/left-out-city.json`);
  assert.equal(run.code, 1);
  const leftOut = (noun: string) => `${noun} \`porto\` is left out of this catalogue because of its own error (line 15); fix that first`;
  assert.deepEqual(problemsOf(run).map(({ line, column, path, message }) => [line, column, path, message]), [
    [10, 18, 'solutions[0].cities[0]', leftOut('city')],
    [14, 86, 'cities[0].mentors[0]', leftOut('mentor city')],
    [15, 5, 'cities[1].name', 'name is required but missing'],
  ]);
});

test('validate: a trailing comma is a syntax error at the comma (exit 2)', () => {
  const run = t4g('validate', `${FIX}/trailing-comma.json`);
  assert.equal(run.code, 2);
  const problem = onlyProblem(run);
  // `      "name": "Bike share",`: 6 spaces + 20 characters, the comma is column 27.
  assert.deepEqual([problem.line, problem.column, problem.path], [6, 27, 'solutions[0]']);
  assert.match(problem.message, /^trailing comma before `\}`/);
  assert.equal(run.lines.at(-1), `${FIX}/trailing-comma.json: not valid JSON, so nothing else was checked`);
});

test('validate, render, build: JSON nested thousands of levels deep is one problem at its place (exit 2), not a stack overflow', () => {
  const deepList = path.join(tmp, 'deep-list.json');
  const deepObject = path.join(tmp, 'deep-object.json');
  writeFileSync(deepList, `{"version":1,"solutions":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
  writeFileSync(deepObject, `{"version":1,"x":${'{"a":'.repeat(3_000)}1${'}'.repeat(3_000)}}`);
  for (const [file, column, where] of [[deepList, 525, 'solutions[0][0]'], [deepObject, 2513, 'x.a.a']] as const) {
    const run = t4g('validate', file);
    assert.equal(run.code, 2, run.stderr);
    const problem = onlyProblem(run);
    assert.deepEqual([problem.line, problem.column, problem.path], [1, column, where]);
    assert.match(problem.message, /nested more than 500 levels deep/);
    // The summary says what the problem says: the JSON is valid, only too deep to read.
    assert.equal(run.lines.at(-1), `${file}: too deeply nested, so nothing else was checked`);
    assert.equal(run.stderr, '');
    const render = t4g('render', file);
    assert.equal(render.code, 2);
    assert.match(render.stderr, /nested more than 500 levels deep/);
    assert.match(render.stderr, new RegExp(`\\n${file}: too deeply nested, so nothing was written\\n$`));
    assert.doesNotMatch(render.stderr, /RangeError|\n {4}at /);
    const build = t4g('build', file, '-o', path.join(tmp, 'deep-out.json'));
    assert.equal(build.code, 2);
    assert.ok(build.lines.includes(`${file}: too deeply nested, so nothing else was checked`), build.stdout);
    assert.doesNotMatch(build.stdout + build.stderr, /RangeError|\n {4}at |not valid JSON/);
    const against = t4g('validate', `${FIX}/valid.json`, '--against', file);
    assert.equal(against.code, 2);
    assert.equal(against.stdout, `t4g: cannot check against ${file}: it is too deeply nested (line 1, column ${column}: ${problem.message})\n`);
  }
});

test('validate: 500 levels is still read (and reported as the wrong shape, not as too deep)', () => {
  const file = path.join(tmp, 'deep-500.json');
  // The object itself is level 1: solutions' 499 lists make 500.
  writeFileSync(file, `{"version":1,"solutions":${'['.repeat(499)}${']'.repeat(499)}}`);
  const run = t4g('validate', file);
  assert.equal(run.code, 1, run.stdout);
  assert.doesNotMatch(run.stdout, /levels deep/);
});

test('validate: a file that is not UTF-8 (Latin-1) names the line and column of its first bad byte and how to fix it (exit 2)', () => {
  const run = t4g('validate', `${FIX}/latin1.json`);
  assert.equal(run.code, 2);
  const problem = onlyProblem(run);
  // `    { "id": "cafe", "name": "Caf` is 32 characters: the é (0xE9) is column 33 of line 4.
  assert.deepEqual([problem.line, problem.column], [4, 33]);
  assert.match(problem.message, /not UTF-8 text: the byte 0xE9 at line 4, column 33/);
  assert.match(problem.message, /Save the file as UTF-8/);
  assert.equal(run.lines.at(-1), `${FIX}/latin1.json: not UTF-8 text, so nothing else was checked`);
});

test('build: a file that is not UTF-8 stops the build (exit 2): nothing written, no U+FFFD anywhere', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 't4g-utf8-')), 'catalog.json');
  const run = t4g('build', `${FIX}/latin1.json`, '-o', out);
  assert.equal(run.code, 2);
  assert.ok(!existsSync(out), 'no catalogue written');
  assert.match(run.stdout, /latin1\.json:4:33 .*not UTF-8/);
});

test('validate: a summary over 280 characters names the language', () => {
  const run = t4g('validate', `${FIX}/summary-fr.json`);
  assert.equal(run.code, 1);
  const problem = onlyProblem(run);
  assert.deepEqual([problem.line, problem.column, problem.path], [9, 15, 'solutions[0].summary.fr']);
  assert.equal(problem.message, 'summary is 300 characters long in `fr`; the limit is 280');
});

test('validate: a solution name over 150 characters is reported at the name, in the words of a summary too long', () => {
  const run = t4g('validate', `${FIX}/name-too-long.json`);
  assert.equal(run.code, 1);
  const problem = onlyProblem(run);
  assert.deepEqual([problem.line, problem.column, problem.path], [6, 15, 'solutions[0].name']);
  assert.equal(problem.message, 'name is 151 characters long; the limit is 150');
  assert.equal(run.lines.at(-1), `${FIX}/name-too-long.json: 1 problem in 1 solution`);
});

test('validate: country EL is corrected to GR', () => {
  const run = t4g('validate', `${FIX}/country-el.json`);
  assert.equal(run.code, 1);
  const problem = onlyProblem(run);
  assert.deepEqual([problem.line, problem.column, problem.path], [7, 18, 'cities[0].country']);
  assert.match(problem.message, /`EL`.*`GR`/);
  assert.equal(run.lines.at(-1), `${FIX}/country-el.json: 1 problem in 1 city`);
});

test('validate: a key written twice in one object is reported at the second key', () => {
  const run = t4g('validate', `${FIX}/duplicate-key.json`);
  assert.equal(run.code, 1);
  const problem = onlyProblem(run);
  assert.deepEqual([problem.line, problem.column, problem.path], [8, 7, 'solutions[0].name']);
  assert.equal(problem.message, 'field `name` appears twice in this object');
});

test('validate: like JSON.parse, the last of two equal keys is the one checked and pointed at', () => {
  const run = t4g('validate', `${FIX}/duplicate-key-last-wins.json`);
  assert.equal(run.code, 1);
  const problems = problemsOf(run);
  assert.deepEqual(problems.map((p) => [p.line, p.column, p.path]), [
    [9, 7, 'cities[0].country'], // the second key
    [9, 18, 'cities[0].country'], // its value `"pt"`, not the first (valid) `"PT"` on line 7
  ]);
  assert.equal(problems[0]!.message, 'field `country` appears twice in this object');
  assert.match(problems[1]!.message, /`pt`/);
});

test('validate: keys and tokens that would act in a terminal (line breaks, ESC, NUL, U+2028) are printed escaped', () => {
  const keys = path.join(tmp, 'control-keys.json');
  writeFileSync(keys, JSON.stringify({ version: 1, 'x\nevil.json: valid (9 solutions, 0 cities)\n\u001b[2K\u001b[1A': 1, 'café日本': 2 }));
  const run = t4g('validate', keys);
  assert.equal(run.code, 1);
  assert.doesNotMatch(run.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/, 'no control character but the line ends');
  assert.deepEqual(run.lines, [
    `${keys}:1:14  ["x\\nevil.json: valid (9 solutions, 0 cities)\\n\\u001b[2K\\u001b[1A"]  unknown field \`x\\nevil.json: valid (9 solutions, 0 cities)\\n\\u001b[2K\\u001b[1A\``,
    `${keys}:1:82  ["café日本"]  unknown field \`café日本\``,
    `${keys}: 2 problems at the top level`,
  ]);
  for (const [text, token] of [['\u0000', '\\u0000'], ['{"version":1,\u2028"title":"x"}', '\\u2028'], ['{"version":1,"a":1}\u001b[2J', '\\u001b']] as const) {
    const file = path.join(tmp, 'control-token.json');
    writeFileSync(file, text);
    const syntax = t4g('validate', file);
    assert.equal(syntax.code, 2);
    assert.ok(onlyProblem(syntax).message.includes(`\`${token}\``), syntax.stdout);
    assert.doesNotMatch(syntax.stdout, /[\u0000-\u0009\u000b-\u001f\u2028]/);
  }
});

test('validate: a key or id of a megabyte is quoted by its first 60 characters and its length, in every format', () => {
  const file = path.join(tmp, 'long-strings.json');
  const catalogue = JSON.parse(readFileSync(path.join(ROOT, FIX, 'valid.json'), 'utf8')) as { solutions: { cities: string[] }[] };
  const mega = 2 ** 20;
  catalogue.solutions[0]!.cities = ['c'.repeat(mega)];
  // What is kept of a quoted text still has its control characters escaped.
  const escaped = `\u001b[2J${'x'.repeat(100)}`;
  writeFileSync(file, JSON.stringify({ ...catalogue, ['k'.repeat(mega)]: 1, [escaped]: 2 }));
  const run = t4g('validate', file);
  assert.equal(run.code, 1);
  const k60 = 'k'.repeat(60);
  assert.deepEqual(problemsOf(run).map((p) => [p.path, p.message]), [
    ['solutions[0].cities[0]', `city \`${'c'.repeat(60)}…\` (1,048,576 characters) does not exist in this catalogue`],
    [`["${k60}…" (1,048,576 characters)]`, `unknown field \`${k60}…\` (1,048,576 characters)`],
    [`["\\u001b[2J${'x'.repeat(56)}…" (104 characters)]`, `unknown field \`\\u001b[2J${'x'.repeat(56)}…\` (104 characters)`],
  ]);
  assert.ok(run.stdout.length < 1_000, `${run.stdout.length} characters printed`);
  assert.doesNotMatch(run.stdout, /\u001b/);
  const github = t4g('validate', '--format', 'github', file);
  assert.ok(github.lines.some((line) => line.endsWith(`["${k60}…" (1,048,576 characters)]: unknown field \`${k60}…\` (1,048,576 characters)`)), github.stdout);
  assert.ok(github.stdout.length < 1_000);
  const json = JSON.parse(t4g('validate', '--json', file).stdout) as { files: { problems: { path: string; message: string; pathSegments: unknown[] }[] }[] };
  const unknown = json.files[0]!.problems[1]!;
  assert.deepEqual([unknown.path, unknown.message], [`["${k60}…" (1,048,576 characters)]`, `unknown field \`${k60}…\` (1,048,576 characters)`]);
  assert.equal((unknown.pathSegments[0] as string).length, mega, 'pathSegments, for machines, keep the key whole');
});

test('validate: a long key with backticks of its own, which hide what is quoted, still gets a message of at most 500 characters', () => {
  const file = path.join(tmp, 'backtick-key.json');
  writeFileSync(file, JSON.stringify({ version: 1, ['a`'.repeat(100_000)]: 1 }));
  const run = t4g('validate', file);
  assert.equal(run.code, 1);
  const problem = onlyProblem(run);
  assert.equal(problem.path, `["${'a`'.repeat(30)}…" (200,000 characters)]`);
  assert.equal(problem.message, `unknown field \`${'a`'.repeat(200_000).slice(0, 500 - 'unknown field `'.length)}… (cut: the message has 200,016 characters)`);
});

test('render: a --city that is not there is quoted cut, like the catalogue\'s', () => {
  const run = t4g('render', `${FIX}/valid.json`, '--city', `${'x'.repeat(200)}\u001b[2J`);
  assert.equal(run.code, 1);
  assert.equal(run.stderr, `${FIX}/valid.json: no such city \`${'x'.repeat(60)}…\` (204 characters)\n`);
});

test('validate | head -1: the reader closing the pipe early ends the command quietly', () => {
  const file = path.join(tmp, 'many-problems.json');
  writeFileSync(file, JSON.stringify({ version: 1, ...Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`unknown-${i}`, i])) }));
  const run = spawnSync('sh', ['-c', `"${process.execPath}" ${CLI} validate "${file}" | head -1`], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^.*many-problems\.json:1:14  \["unknown-0"\]  unknown field `unknown-0`\n$/);
  assert.equal(run.stderr, '', 'no EPIPE error, no stack trace');
});

test('validate: something that is not a catalogue is one problem at 1:1', () => {
  const run = t4g('validate', `${FIX}/not-a-catalog.json`);
  assert.equal(run.code, 1);
  const problem = onlyProblem(run);
  assert.deepEqual([problem.line, problem.column, problem.path], [1, 1, '(top level)']);
  assert.match(problem.message, /not a catalogue/);
});

test('validate: "version": 1e400 is a number too large, not "version null"', () => {
  const file = path.join(tmp, 'huge-version.json');
  writeFileSync(file, '{"version":1e400,"solutions":[]}');
  const run = t4g('validate', file);
  assert.equal(run.code, 1);
  assert.equal(onlyProblem(run).message, "This catalogue's version is a number too large to read; this library reads version 1.");
});

test('validate: an unreadable file names the file and the reason (exit 2)', () => {
  const missing = `${FIX}/no-such-file.json`;
  const run = t4g('validate', missing);
  assert.equal(run.code, 2);
  assert.equal(run.stdout, `${missing}: cannot read this file: there is no file by that name\n`);
});

test('validate, render: a device, a named pipe or a file over 100 MB is refused before reading (exit 2), never read without end', () => {
  const fifo = path.join(tmp, 'pipe.json');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
  const huge = path.join(tmp, 'huge.json');
  writeFileSync(huge, '');
  truncateSync(huge, 100 * 2 ** 20 + 1); // sparse: nothing is written
  const notRegular = 'cannot read this file: this is not a regular file (a device, a pipe or a socket): save its content to a file and give that';
  const namedPipe = 'cannot read this file: this is a named pipe, which t4g reads only as standard input: give - as the file and redirect the pipe to it, like `t4g validate - < PIPE`';
  for (const [file, reason] of [['/dev/zero', notRegular], [fifo, namedPipe], [huge, 'cannot read this file: it is 104,857,601 bytes (100.0 MB), more than the 100.0 MB t4g reads']] as const) {
    // Killed after 10 s: reading any of these would never end (or end with all memory taken).
    const run = (command: string) => spawnSync(process.execPath, [CLI, command, file], { cwd: ROOT, encoding: 'utf8', timeout: 10_000 });
    const validate = run('validate');
    assert.equal(validate.status, 2, file);
    assert.equal(validate.stdout, `${file}: ${reason}\n`);
    const render = run('render');
    assert.equal(render.status, 2);
    assert.equal(render.stderr, `${file}: ${reason}\n`);
  }
});

/** `t4g ARGS` in a shell, after `before` (like `cat FILE |`) and with `after` (like `< FILE`): the ways a catalogue comes in. */
const shell = (before: string, args: string, after = '') =>
  spawnSync('sh', ['-c', `${before} "${process.execPath}" ${CLI} ${args} ${after}`], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });

test('validate, render, build: a catalogue from standard input (- or /dev/stdin), a pipe or a file redirected to it, is read', () => {
  for (const [name, shown] of [['/dev/stdin', '/dev/stdin'], ['-', '(standard input)']] as const) {
    const piped = shell(`cat ${FIX}/valid.json |`, `validate ${name}`);
    assert.equal(piped.status, 0, piped.stdout + piped.stderr);
    assert.equal(piped.stdout, `${shown}: valid (1 solution, 1 city)\n`);
    // Node gives a child's standard input as a socket, which /dev/stdin cannot open again by name.
    const socket = spawnSync(process.execPath, [CLI, 'validate', name], { cwd: ROOT, encoding: 'utf8', input: readFileSync(path.join(ROOT, FIX, 'valid.json')) });
    assert.equal(socket.status, 0, socket.stdout + socket.stderr);
    assert.equal(socket.stdout, `${shown}: valid (1 solution, 1 city)\n`);
    const redirected = shell('', `validate ${name}`, `< ${FIX}/country-el.json`);
    assert.equal(redirected.status, 1);
    assert.deepEqual(redirected.stdout.split('\n').filter(Boolean), [
      `${shown}:7:18  cities[0].country  country is \`EL\`; ISO 3166-1 writes this country \`GR\``,
      `${shown}: 1 problem in 1 city`,
    ]);
  }
  const render = shell(`cat ${FIX}/valid.json |`, 'render -');
  assert.equal(render.status, 0, render.stderr);
  assert.match(render.stdout, /^<div class="t4g-fallback t4g-fallback-marketplace">\n<h2>Valid sample<\/h2>/);
  const out = path.join(tmp, 'from-stdin.json');
  const build = shell(`cat ${FIX}/valid.json |`, `build - -o ${out}`);
  assert.equal(build.status, 0, build.stdout);
  assert.equal(build.stdout, `wrote ${out}: 1 solution, 1 city from 1 file\n`);
  // bash's <(command) hands the command a pipe as /dev/fd/N.
  if (spawnSync('bash', ['-c', 'true']).status === 0) {
    const substituted = spawnSync('bash', ['-c', `"${process.execPath}" ${CLI} validate <(cat ${FIX}/valid.json)`], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    assert.equal(substituted.status, 0, substituted.stdout + substituted.stderr);
    assert.match(substituted.stdout, /^\/dev\/fd\/\d+: valid \(1 solution, 1 city\)\n$/);
  }
});

test('preview reads its file again at each reload: standard input and a pipe are refused with the reason', async () => {
  const { readCatalogFile } = await import('../../src/cli/source.js');
  assert.deepEqual(readCatalogFile('-', { again: true }), { ok: false, reason: 'this is standard input, which can be read only once, and the file is read again at each reload: save its content to a file and give that' });
  assert.equal(readCatalogFile(path.join(ROOT, FIX, 'valid.json'), { again: true }).ok, true);
});

test('validate -: past 100 MB a pipe is refused as it is read (exit 2); standard input from a device, or given twice, is refused', () => {
  // Without the count this would read for ever (and take all memory): killed after 20 s.
  const endless = shell('cat /dev/zero |', 'validate -');
  assert.equal(endless.status, 2, endless.stderr);
  assert.equal(endless.stdout, '(standard input): cannot read this file: more than the 100.0 MB t4g reads came through it, so reading stopped there\n');
  assert.equal(endless.stderr, '');
  const device = shell('', 'validate /dev/stdin', '< /dev/null');
  assert.equal(device.status, 2);
  assert.equal(device.stdout, '/dev/stdin: cannot read this file: standard input is a device (like /dev/null or /dev/zero), not a file or a pipe: pipe the catalogue into it, or give the file\n');
  const twice = shell(`cat ${FIX}/valid.json |`, 'validate - /dev/stdin');
  assert.equal(twice.status, 2);
  assert.deepEqual(twice.stdout.split('\n').filter(Boolean), [
    '(standard input): valid (1 solution, 1 city)',
    '/dev/stdin: cannot read this file: standard input was already read for an earlier file of this command: give it only once',
    '2 files: 1 valid and 1 unreadable or not JSON',
  ]);
});

test('validate: several files get a total line, and the worst exit code wins', () => {
  const some = t4g('validate', `${FIX}/valid.json`, `${FIX}/unknown-key.json`, `${FIX}/country-el.json`);
  assert.equal(some.code, 1);
  assert.equal(some.lines.at(-1), '3 files: 1 valid and 2 with 3 problems');
  const broken = t4g('validate', `${FIX}/valid.json`, `${FIX}/country-el.json`, `${FIX}/no-such-file.json`);
  assert.equal(broken.code, 2);
  assert.equal(broken.lines.at(-1), '3 files: 1 valid, 1 with 1 problem and 1 unreadable or not JSON');
});

test('validate --json: files with their problems, and an overall valid flag', () => {
  const run = t4g('validate', '--json', `${FIX}/missing-field.json`, `${FIX}/valid.json`);
  assert.equal(run.code, 1);
  assert.deepEqual(JSON.parse(run.stdout), {
    files: [
      {
        file: `${FIX}/missing-field.json`,
        valid: false,
        problems: [{ line: 4, column: 5, path: 'solutions[0].provider', pathSegments: ['solutions', 0, 'provider'], message: 'provider is required but missing', severity: 'error', type: 'schema' }],
      },
      { file: `${FIX}/valid.json`, valid: true, problems: [] },
    ],
    valid: false,
  });
  const ok = t4g('validate', `${FIX}/valid.json`, '--json');
  assert.equal(ok.code, 0);
  assert.deepEqual(JSON.parse(ok.stdout), { files: [{ file: `${FIX}/valid.json`, valid: true, problems: [] }], valid: true });
});

test('validate --json: a syntax error has its position, an unreadable file has none; exit 2', () => {
  const run = t4g('validate', '--json', `${FIX}/trailing-comma.json`, `${FIX}/no-such-file.json`);
  assert.equal(run.code, 2);
  const report = JSON.parse(run.stdout) as { valid: boolean; files: { valid: boolean; problems: { line: number | null; column: number | null; path: string }[] }[] };
  assert.equal(report.valid, false);
  assert.deepEqual(report.files.map((f) => f.valid), [false, false]);
  assert.deepEqual(report.files.map((f) => f.problems.map((p) => [p.line, p.column, p.path])), [[[6, 27, 'solutions[0]']], [[null, null, '(top level)']]]);
});

// ---------------------------------------------------------------- build

test('build: a cities-only file and a solutions file referencing them merge into a valid catalogue', () => {
  const out = path.join(tmp, 'merged.json');
  const run = t4g('build', `${FIX}/build-ok`, '-o', out);
  assert.equal(run.code, 0, run.stdout);
  assert.equal(run.stdout, `wrote ${out}: 2 solutions, 2 cities from 2 files\n`);
  const text = readFileSync(out, 'utf8');
  assert.ok(text.endsWith('}\n'), 'ends with a newline');
  assert.ok(text.startsWith('{\n  "version": 1,\n'), 'pretty-printed with 2 spaces');
  const merged = JSON.parse(text) as Record<string, unknown> & { solutions: { id: string }[]; cities: { id: string }[] };
  assert.equal(merged.title, 'Cities of the challenge', 'title of the first file (cities.json sorts first)');
  assert.equal(merged.updated, '2025-04-02', 'the latest updated');
  assert.equal('tracks' in merged, false, 'no file lists tracks');
  assert.deepEqual(merged.solutions.map((s) => s.id), ['bike-share', 'air-sensors']);
  assert.deepEqual(merged.cities.map((c) => c.id), ['porto', 'tampere']);
  assert.equal(t4g('validate', out).code, 0);
});

test('build: references between files are judged on the merged result (validate alone cannot check one)', () => {
  // cities.json alone: its best practice names a solution that is in solutions.json, and it lists no solutions.
  const alone = t4g('validate', `${FIX}/build-ok/cities.json`);
  assert.equal(alone.code, 0, 'a warning alone does not fail');
  const problem = onlyProblem(alone);
  assert.deepEqual([problem.line, problem.column, problem.path], [15, 25, 'cities[0].bestPractices[0].solutions[0]']);
  assert.match(problem.message, /^warning: solution `bike-share` was not checked: this file lists no solutions/);
  // …which build accepts (previous test); a reference found in no file is refused, in its own file's terms.
  const out = path.join(tmp, 'dangling.json');
  const run = t4g('build', `${FIX}/build-dangling`, '-o', out);
  assert.equal(run.code, 1);
  const dangling = onlyProblem(run);
  assert.deepEqual([dangling.file, dangling.line, dangling.column, dangling.path], [`${FIX}/build-dangling/solutions.json`, 18, 27, 'solutions[1].cities[1]']);
  assert.match(dangling.message, /`atlantis`/);
  assert.equal(existsSync(out), false);
});

test('build: files given one by one are merged in that order (title from the first that has one)', () => {
  const out = path.join(tmp, 'ordered.json');
  const run = t4g('build', `${FIX}/build-ok/solutions.json`, `${FIX}/build-ok/cities.json`, '--output', out);
  assert.equal(run.code, 0, run.stdout);
  assert.equal((JSON.parse(readFileSync(out, 'utf8')) as { title: string }).title, 'Solutions');
});

test('build: refuses an id used in two files, naming both, and writes nothing', () => {
  const out = path.join(tmp, 'dup.json');
  const run = t4g('build', `${FIX}/build-dup`, '-o', out);
  assert.equal(run.code, 1);
  assert.equal(run.lines[0], `${FIX}/build-dup/b.json:5:13  solutions[0].id  id \`bike-share\` is also used in ${FIX}/build-dup/a.json (solutions[1])`);
  assert.equal(onlyProblem(run).file, `${FIX}/build-dup/b.json`);
  assert.equal(run.lines.at(-1), `nothing written to ${out}: 1 problem in 1 file`);
  assert.equal(existsSync(out), false);
});

test('build: tracks are united by id; the same id with different content is refused', () => {
  const out = path.join(tmp, 'tracks.json');
  const run = t4g('build', `${FIX}/build-tracks/a.json`, `${FIX}/build-tracks/b.json`, '-o', out);
  assert.equal(run.code, 0, run.stdout);
  const merged = JSON.parse(readFileSync(out, 'utf8')) as { tracks: { id: string }[] };
  assert.deepEqual(merged.tracks.map((t) => t.id), ['water', 'energy', 'mobility']);

  const conflict = path.join(tmp, 'conflict.json');
  const refused = t4g('build', `${FIX}/build-track-conflict`, '-o', conflict);
  assert.equal(refused.code, 1);
  const problem = onlyProblem(refused);
  assert.deepEqual([problem.file, problem.line, problem.column, problem.path], [`${FIX}/build-track-conflict/b.json`, 5, 13, 'tracks[1].id']);
  assert.match(problem.message, new RegExp(`\`water\` is also used in ${FIX}/build-track-conflict/a\\.json \\(tracks\\[0\\]\\)`));
  assert.equal(existsSync(conflict), false);
});

test('build: a folder skips the output file inside it, so building twice works', () => {
  const dir = mkdtempSync(path.join(tmp, 'folder-'));
  for (const name of ['cities.json', 'solutions.json']) copyFileSync(path.join(ROOT, FIX, 'build-ok', name), path.join(dir, name));
  const out = path.join(dir, 'all.json');
  assert.equal(t4g('build', dir, '-o', out).code, 0);
  const again = t4g('build', dir, '-o', out);
  assert.equal(again.code, 0, again.stdout);
  assert.equal(again.stdout, `wrote ${out}: 2 solutions, 2 cities from 2 files\n`);
});

test('build: a file that is not JSON stops the build with exit 2', () => {
  const out = path.join(tmp, 'broken.json');
  const run = t4g('build', `${FIX}/build-ok`, `${FIX}/trailing-comma.json`, '-o', out);
  assert.equal(run.code, 2);
  assert.equal(run.lines[0], `${FIX}/trailing-comma.json:6:27  solutions[0]  ${onlyProblem(run).message}`);
  assert.equal(existsSync(out), false);
});

test('build without -o prints the usage and exits 2', () => {
  const run = t4g('build', `${FIX}/build-ok`);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /build needs -o/);
  assert.match(run.stderr, /Usage:/);
  assert.equal(run.stdout, '');
});

// ---------------------------------------------------------------- usage

test('--help and no arguments print the usage (exit 0); an unknown command exits 2', () => {
  for (const args of [['--help'], []]) {
    const run = t4g(...args);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /t4g validate FILE\.\.\. \[--against CATALOG\] \[--format text\|json\|github\]/);
    assert.match(run.stdout, /t4g init \[FILE\] \[--force\]/);
    assert.match(run.stdout, /t4g build FILE_OR_FOLDER\.\.\. -o OUT\.json/);
  }
  const unknown = t4g('check', 'x.json');
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown command `check`/);
});

test('--version prints the version of package.json', () => {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const run = t4g('--version');
  assert.equal(run.code, 0);
  assert.equal(run.stdout, `${version}\n`);
});
