#!/usr/bin/env node
/**
 * `t4g`, the command line for solution providers and site owners: `t4g
 * validate` checks catalogue files, `t4g build` combines them, `t4g render`
 * and `t4g site` write HTML from one, `t4g preview` serves the providers'
 * workshop with one. See `USAGE` in args.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { USAGE, parseCommandLine } from './args.js';
import { runBuild } from './build-command.js';
import { runInit } from './init-command.js';
import { runPreview } from './preview-command.js';
import { runRender } from './render-command.js';
import { runSite } from './site-command.js';
import { runValidate } from './validate-command.js';

/** The version in this package's package.json (found upwards from this file, compiled or not). */
function packageVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) return String((JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version);
    const parent = path.dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

function main(argv: readonly string[]): number | Promise<number> {
  const print = (...lines: string[]) => {
    for (const line of lines) process.stdout.write(`${line}\n`);
  };
  const warn = (line: string) => process.stderr.write(`${line}\n`);
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case 'version':
      print(packageVersion());
      return 0;
    case 'usage-error':
      process.stderr.write(`t4g: ${command.message}\n\n${USAGE}`);
      return 2;
    case 'validate':
      return runValidate(command, print);
    case 'init':
      return runInit(command, print);
    case 'build':
      return runBuild(command, print);
    case 'render':
      return runRender(command, (text) => process.stdout.write(text), warn);
    case 'site':
      return runSite(command, print, warn);
    case 'preview':
      return runPreview(command, print, warn);
  }
}

// A reader that stops early (`t4g validate … | head -1`) closes the pipe: the rest of the report has nowhere to go.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
}

// exitCode rather than exit(): lets a long report finish writing to a pipe.
process.exitCode = await main(process.argv.slice(2));
