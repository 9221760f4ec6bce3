/**
 * `t4g preview`: its command line (each mistake gets a sentence; the defaults a provider relies on), and
 * the compiled server, which answers only requests addressed to this computer.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { test } from 'node:test';
import { parseCommandLine } from '../../src/cli/args.js';
import { CLI, ROOT } from './cli-run.js';

test('t4g preview FILE: port 4173, no catalogue; --against and --port as given', () => {
  assert.deepEqual(parseCommandLine(['preview', 'mine.json']), { kind: 'preview', file: 'mine.json', port: 4173 });
  assert.deepEqual(parseCommandLine(['preview', 'mine.json', '--against', 'https://example.org/catalog.json', '--port', '0']), { kind: 'preview', file: 'mine.json', port: 0, against: 'https://example.org/catalog.json' });
});

test('t4g preview mistakes: no file, two files, a port that is not one, an unknown option', () => {
  const message = (...args: string[]) => {
    const command = parseCommandLine(['preview', ...args]);
    return command.kind === 'usage-error' ? command.message : command.kind;
  };
  assert.equal(message(), 'preview needs one file, like t4g preview my-catalogue.json');
  assert.equal(message('a.json', 'b.json'), 'preview needs one file, like t4g preview my-catalogue.json');
  assert.equal(message('a.json', '--port', 'http'), '--port is a number from 0 to 65535, not `http`');
  assert.equal(message('a.json', '--port', '70000'), '--port is a number from 0 to 65535, not `70000`');
  assert.equal(message('a.json', '--watch'), 'unknown option `--watch` for preview');
});

// ---------------------------------------------------------------- the server

/** Runs `t4g preview FILE --port 0` until `use` is done with its port, then stops it as Ctrl+C does. */
async function withPreview(file: string, use: (port: number) => Promise<void>): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist/t4g-submit.js'))) assert.equal(spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' }).status, 0, 'npm run build');
  const child = spawn(process.execPath, [CLI, 'preview', file, '--port', '0'], { cwd: ROOT });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk;
        const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', () => reject(new Error(`preview ended: ${out}`)));
    });
    await use(port);
  } finally {
    child.kill('SIGINT');
  }
  assert.equal(await exited, 0);
}

/** A raw GET to 127.0.0.1 with the Host header as given (none for ''). */
function get(port: number, pathname: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: pathname, headers: host ? { host } : {}, setHost: false }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    }).on('error', reject).end();
  });
}

test('t4g preview answers only requests addressed to it: another Host (DNS rebinding) gets 403, not the entry', async () => {
  const file = 'test/fixtures/cli/valid.json';
  const entry = readFileSync(path.join(ROOT, file), 'utf8');
  await withPreview(file, async (port) => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`]) assert.deepEqual(await get(port, '/entry.json', host), { status: 200, body: entry }, host);
    for (const host of ['attacker.example', `attacker.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, '' /* none */]) {
      const answer = await get(port, '/entry.json', host);
      // No Host at all: Node's server answers 400 itself.
      assert.equal(answer.status, host ? 403 : 400, host);
      assert.doesNotMatch(answer.body, /Bike share/);
    }
  });
});

test('t4g preview of a device or a pipe: exit 2 with the reason, never read without end', () => {
  const run = spawnSync(process.execPath, [CLI, 'preview', '/dev/zero', '--port', '0'], { cwd: ROOT, encoding: 'utf8', timeout: 10_000 });
  assert.equal(run.status, 2);
  assert.equal(run.stderr, '/dev/zero: cannot read this file: this is not a regular file (a device, a pipe or a socket): save its content to a file and give that\n');
});
