/**
 * Running the compiled `t4g` CLI as a real process, and reading its
 * `FILE:LINE:COL  PATH  MESSAGE` lines, for the CLI's tests.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = 'dist/lib/cli/t4g.js';
export const FIX = 'test/fixtures/cli';

export interface Run { code: number | null; stdout: string; stderr: string; lines: string[] }

export function t4g(...args: string[]): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, lines: result.stdout.split('\n').filter((line) => line !== '') };
}

export interface ProblemLine { file: string; line: number; column: number; path: string; message: string }

/** `FILE:LINE:COL  PATH  MESSAGE`; undefined for summary lines. */
function parseLine(text: string): ProblemLine | undefined {
  const match = /^(.+?):(\d+):(\d+) {2}(.+?) {2}(.*)$/.exec(text);
  if (!match) return undefined;
  const [, file, line, column, where, message] = match;
  return { file: file!, line: Number(line), column: Number(column), path: where!, message: message! };
}

export function problemsOf(run: Run): ProblemLine[] {
  return run.lines.flatMap((line) => parseLine(line) ?? []);
}

/** The only problem of a one-problem run. */
export function onlyProblem(run: Run): ProblemLine {
  const problems = problemsOf(run);
  assert.equal(problems.length, 1, `expected one problem, got:\n${run.stdout}`);
  return problems[0]!;
}

/** Like `t4g`, without blocking this process: for a test that serves something to the CLI meanwhile. */
export function t4gAsync(...args: string[]): Promise<Run> {
  return t4gAsyncWith({}, ...args);
}

/** `t4gAsync` with these environment variables set too. */
export function t4gAsyncWith(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } }, (_error, stdout, stderr) => {
      resolve({ code: child.exitCode, stdout, stderr, lines: stdout.split('\n').filter((line) => line !== '') });
    });
  });
}
