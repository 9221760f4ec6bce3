/**
 * The submission page checks what is typed with the same code as `t4g validate`
 * (catalog/check): the same problems, messages, lines and columns, for every
 * fixture of the CLI, alone and against a published catalogue.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkBytes, checkText } from '../../src/catalog/check/check-source.js';
import { closest, idSuggester } from '../../src/catalog/key-suggestions.js';
import { formatPath } from '../../src/catalog/problems.js';
import { againstFrom, sourceFrom } from '../../src/catalog/check/source.js';
import { MINIMAL_SOLUTION } from '../../src/catalog/starter.js';
import { answer } from '../../src/components/submission-preview/check-answer.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = 'test/fixtures/cli';

/** What `t4g validate --json` says of `file`: each problem's line, column, path, message. */
function cli(file: string, ...more: string[]) {
  const run = spawnSync(process.execPath, ['dist/lib/cli/t4g.js', 'validate', file, '--json', ...more], { cwd: ROOT, encoding: 'utf8' });
  const [report] = JSON.parse(run.stdout).files as { problems: { line: number; column: number; path: string; message: string }[] }[];
  return report!.problems.map(({ line, column, path: at, message }) => ({ line, column, path: at, message }));
}

function page(file: string, against?: string) {
  const published = against ? againstFrom(against, sourceFrom(against, readFileSync(path.join(ROOT, against)))) : undefined;
  if (published && !published.ok) throw new Error(published.message);
  // As the page checks a file opened or dropped: its bytes.
  const report = checkBytes(file, readFileSync(path.join(ROOT, file)), published?.catalog);
  assert.notEqual(report.status, 'unreadable');
  return report.status === 'unreadable' ? [] : report.problems.map((p) => ({ line: p.line, column: p.column, path: formatPath(p.path), message: p.message }));
}

test('every CLI fixture: the page finds what t4g validate finds, at the same line and column, in the same words', () => {
  const files = readdirSync(path.join(ROOT, FIXTURES)).filter((name) => name.endsWith('.json')).map((name) => `${FIXTURES}/${name}`);
  assert.ok(files.length >= 4);
  let problems = 0;
  for (const file of files) {
    const expected = cli(file);
    problems += expected.length;
    assert.deepEqual(page(file), expected, file);
  }
  assert.ok(problems > 0, 'the fixtures have problems to compare');
});

test('against a published catalogue: the same references, suggestions and duplicate ids as --against', () => {
  const file = `${FIXTURES}/against/provider.json`;
  const against = `${FIXTURES}/against/published.json`;
  const expected = cli(file, '--against', against);
  assert.ok(expected.some((p) => /did you mean `porto`/.test(p.message)));
  assert.deepEqual(page(file, against), expected);
});

test('against a published catalogue whose city is left out for its own error: the same file and line as --against', () => {
  const file = `${FIXTURES}/against/names-left-out.json`;
  const against = `${FIXTURES}/against/published-left-out.json`;
  const expected = cli(file, '--against', against);
  assert.deepEqual(expected.map((p) => p.message), [`city \`porto\` is left out of this catalogue because of its own error (line 5 of ${against}); fix that first`]);
  assert.deepEqual(page(file, against), expected);
});

test('the workshop: a reference to an entry left out for its own error names that error\'s line, in the same words before and after the entry naming it is fixed', () => {
  // Cities first, so that writing in the solution's name moves no city's line.
  const porto = { id: 'porto', country: 'PT', role: 'core', mentors: ['porto'] }; // no name: left out
  const lisbon = { id: 'lisbon', name: 'Lisbon', country: 'PT', role: 'core', mentors: ['porto'] };
  const heat = { id: 'heat', summary: 'Maps heat.', tracks: ['green-economy'], provider: { name: 'P' }, cities: ['porto', 'lisbon'] }; // no name
  const check = (solution: object) => {
    const answered = answer({}, { id: 1, kind: 'check', name: 'entry', text: JSON.stringify({ version: 1, cities: [lisbon, porto], solutions: [solution] }, null, 2) });
    assert.equal(answered.kind, 'check');
    return answered.kind === 'check' ? answered.summary.problems.map((p) => ({ line: p.line, path: formatPath(p.path), message: p.message })) : [];
  };
  const early = check(heat);
  const portoLine = early.find((p) => p.path === 'cities[1].name')!.line;
  const leftOut = (noun: string) => `${noun} \`porto\` is left out of this catalogue because of its own error (line ${portoLine}); fix that first`;
  assert.deepEqual(early.map((p) => `${p.path}  ${p.message}`), [
    `cities[0].mentors[0]  ${leftOut('mentor city')}`,
    'cities[1].name  name is required but missing',
    // Validation would find this first once the city is kept: not "left out", which it is only for its name.
    'cities[1].mentors[0]  a city cannot be its own mentor',
    'solutions[0].name  name is required but missing',
    `solutions[0].cities[0]  ${leftOut('city')}`,
  ]);
  // Once the solution has its name, validation (not the early check) finds its reference: the same words.
  assert.deepEqual(check({ ...heat, name: 'Heat map' }).filter((p) => p.path.startsWith('solutions')), early.filter((p) => p.path.startsWith('solutions') && p.path !== 'solutions[0].name'));
});

test('a track left out for its own error: a solution naming only it has no track, and a best practice naming that solution is told so', () => {
  const report = checkText('entry', JSON.stringify({
    version: 1,
    tracks: [{ id: 'green', name: 'Green' }, { id: 'blue' }],
    solutions: [{ id: 'air', name: 'Air', summary: 'S.', tracks: ['blue'], provider: { name: 'P' } }],
    cities: [{ id: 'lisbon', name: 'Lisbon', country: 'PT', role: 'core', bestPractices: [{ title: 'T', summary: 'S.', solutions: ['air'] }] }],
  }, null, 2));
  const problems = report.status === 'problems' ? report.problems : [];
  const lineOf = (at: string) => problems.find((p) => formatPath(p.path) === at)!.line;
  assert.deepEqual(problems.map((p) => `${formatPath(p.path)}  ${p.message}`), [
    'tracks[1].name  name is required but missing',
    'solutions[0].tracks  tracks names no track of this catalogue; a solution needs at least one',
    `solutions[0].tracks[0]  track \`blue\` is left out of this catalogue because of its own error (line ${lineOf('tracks[1].name')}); fix that first`,
    `cities[0].bestPractices[0].solutions[0]  solution \`air\` is left out of this catalogue because of its own error (line ${lineOf('solutions[0].tracks')}); fix that first`,
  ]);
});

test('the page’s template is a valid solution, with nothing to warn about', () => {
  const report = checkText('template', JSON.stringify(MINIMAL_SOLUTION, null, 2));
  assert.equal(report.status, 'valid');
  assert.deepEqual(report.status === 'valid' && [report.solutions, report.problems], [1, []]);
});

test('the workshop’s check of JSON nested 10,000 levels deep: a problem at its place, never a stack overflow', () => {
  for (const text of [`{"version":1,"solutions":${'['.repeat(10_000)}`, `{"version":1,"x":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`, '[}'.repeat(5_000), `/* " */ ${'['.repeat(5_000)}`]) {
    const report = checkText('pasted', text);
    assert.equal(report.status, 'not-json');
    const [problem] = report.status === 'not-json' ? report.problems : [];
    assert.match(problem!.message, /nested more than 500 levels deep/);
    assert.equal(problem!.line, 1);
  }
  // As the worker answers the page.
  const answered = answer({}, { id: 1, kind: 'check', name: 'pasted', text: `{"version":1,"solutions":${'['.repeat(10_000)}` });
  assert.equal(answered.kind === 'check' && answered.summary.status, 'not-json');
});

test('duplicate keys deep in a wide file: each at its full path (the walk shares one path)', () => {
  const text = `{"version":1,"x":${'['.repeat(400)}${'{"a":1,"a":2},'.repeat(2)}${'1,'.repeat(200_000)}1${']'.repeat(400)}}`;
  const report = checkText('wide', text);
  assert.notEqual(report.status, 'unreadable');
  const duplicates = report.status === 'unreadable' ? [] : report.problems.filter((p) => p.type === 'duplicate-key');
  assert.deepEqual(duplicates.map((p) => [p.path.length, p.path.at(-2), p.path.at(-1)]), [[402, 0, 'a'], [402, 1, 'a']]);
});

test('thousands of unknown references among thousands of cities: each reported, with its suggestion, in seconds', { timeout: 30_000 }, () => {
  const solution = (i: number) => ({
    id: `s${i}`, name: `Sol ${i}`, summary: 'S', tracks: ['tourism'], provider: { name: 'P', type: 'company', country: 'FI' },
    // 20 unknown ids each; the first solution's first one a typo of a city.
    cities: Array.from({ length: 20 }, (_, j) => (i === 0 && j === 0 ? 'city-numbr-7' : `zz${i}qq${j}`)),
  });
  const cities = Array.from({ length: 5_000 }, (_, j) => ({ id: `city-number-${j}`, name: 'C', country: 'FI', role: 'core' }));
  const text = JSON.stringify({ version: 1, solutions: Array.from({ length: 2_000 }, (_, i) => solution(i)), cities });
  assert.ok(text.length > 1_000_000);
  const report = checkText('dangling', text);
  assert.equal(report.status, 'problems');
  const problems = report.status === 'problems' ? report.problems : [];
  assert.equal(problems.length, 40_000);
  assert.ok(problems.every((p) => p.type === 'unknown-reference'));
  assert.equal(problems[0]!.message, 'city `city-numbr-7` does not exist in this catalogue (did you mean `city-number-7`?)');
  assert.equal(problems.at(-1)!.message, 'city `zz1999qq19` does not exist in this catalogue');
  assert.deepEqual([problems.at(-1)!.line, formatPath(problems.at(-1)!.path)], [1, 'solutions[1999].cities[19]']);
});

test('idSuggester: the id closest to each unknown one, the first on a tie, as closest() finds it; none past its budget', () => {
  const ids = ['porto', 'Lisboa', 'porta', 'tampere', 'turku'];
  const suggest = idSuggester(ids);
  for (const wanted of ['portoo', 'port', 'lisbon', 'LISBOA', 'tamper', 'x', 'turk', 'helsinki']) {
    assert.equal(suggest(wanted), closest(wanted, ids, Math.max(1, Math.floor(wanted.length / 3))), wanted);
  }
  assert.equal(suggest('portx'), 'porto', 'a tie: the first');
  assert.equal(idSuggester(ids, 10)('portoo'), undefined, 'too costly a search: no suggestion');
  // A suggestion costs what it compares: one of the same length may still be found within budget.
  assert.equal(idSuggester(['abc', 'x'.repeat(1000)], 9)('abd'), 'abc');
});
