/** Reading a provider's file for the CLI; what is done with its text is the data core's (catalog/check). */
import { type Stats, closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { isatty } from 'node:tty';
import { type Loaded, sourceFrom } from '../catalog/check/source.js';
import { DEFAULT_MAX_BYTES, formatBytes } from '../catalog/load.js';

/**
 * The largest file read: five times what the widgets load by default, since a page may raise its
 * max-bytes (validate warns past the default). A 100 MB catalogue takes seconds and over a gigabyte to check.
 */
export const MAX_FILE_BYTES = 5 * DEFAULT_MAX_BYTES;

/**
 * The names of standard input: `-`, and the ones Linux and macOS give it. It is read from descriptor 0 itself,
 * not opened again by name, which fails when it is a socket (as Node's child processes get) and would start a
 * file redirected to it (`< file`) over.
 */
const STANDARD_INPUT = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);
export const isStandardInput = (file: string): boolean => STANDARD_INPUT.has(file);

/** How messages name a file: `-` is said in words. */
export const displayName = (file: string): string => (file === '-' ? '(standard input)' : file);

/**
 * A descriptor this command was handed, by name (bash's `<(command)` gives /dev/fd/63): a pipe there already
 * has its writer, or has ended. A named pipe elsewhere (mkfifo) may have no writer yet and block for ever.
 */
const isOpenDescriptor = (file: string) => /^\/(?:dev\/fd|proc\/self\/fd)\/\d+$/.test(file);

export function loadSource(file: string): Loaded {
  const read = readCatalogFile(file);
  const name = displayName(file);
  return read.ok ? sourceFrom(name, read.bytes) : { status: 'unreadable', file: name, reason: read.reason };
}

export type Read = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * A catalogue's bytes, or why not. From a regular file, checked against MAX_FILE_BYTES before reading; from
 * standard input or a pipe this command was handed, counted while reading and stopped once past it. A folder,
 * a device (/dev/zero has no end), a socket or a named pipe is refused. `again`: the caller reads the file
 * again later (preview, at each reload), which standard input and a pipe cannot give.
 */
export function readCatalogFile(file: string, { again = false } = {}): Read {
  const readOnce = (what: string): Read => ({ ok: false, reason: `this is ${what}, which can be read only once, and the file is read again at each reload: save its content to a file and give that` });
  if (isStandardInput(file)) return again ? readOnce('standard input') : readStandardInput();
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return { ok: false, reason: readError({ code: 'EISDIR' }) };
    if (stats.isFIFO() && isOpenDescriptor(file)) return again ? readOnce('a pipe') : readPipe(file);
    if (stats.isFIFO()) return { ok: false, reason: 'this is a named pipe, which t4g reads only as standard input: give - as the file and redirect the pipe to it, like `t4g validate - < PIPE`' };
    if (!stats.isFile()) return { ok: false, reason: 'this is not a regular file (a device, a pipe or a socket): save its content to a file and give that' };
    if (stats.size > MAX_FILE_BYTES) return { ok: false, reason: tooLarge(stats.size) };
    return { ok: true, bytes: readFileSync(file) };
  } catch (error) {
    return { ok: false, reason: readError(error) };
  }
}

const tooLarge = (size: number) => `it is ${size.toLocaleString('en-US')} bytes (${formatBytes(size)}), more than the ${formatBytes(MAX_FILE_BYTES)} t4g reads`;

/** Standard input is read once: a second `-` would find it at its end, which reads as an empty file. */
let standardInputTaken = false;

function readStandardInput(): Read {
  if (standardInputTaken) return { ok: false, reason: 'standard input was already read for an earlier file of this command: give it only once' };
  standardInputTaken = true;
  let stats: Stats;
  try {
    stats = fstatSync(0);
  } catch {
    return { ok: false, reason: 'standard input is closed: pipe the catalogue into it, or give the file' };
  }
  if (isatty(0)) return { ok: false, reason: 'standard input is a terminal, not a file or a pipe: pipe the catalogue into it (`cat FILE | t4g validate -`), or give the file' };
  if (stats.isDirectory()) return { ok: false, reason: readError({ code: 'EISDIR' }) };
  if (!stats.isFile() && !stats.isFIFO() && !stats.isSocket()) return { ok: false, reason: 'standard input is a device (like /dev/null or /dev/zero), not a file or a pipe: pipe the catalogue into it, or give the file' };
  if (stats.isFile() && stats.size > MAX_FILE_BYTES) return { ok: false, reason: tooLarge(stats.size) };
  try {
    return readToEnd(0);
  } catch (error) {
    return { ok: false, reason: readError(error) };
  }
}

function readPipe(file: string): Read {
  const fd = openSync(file, 'r');
  try {
    return readToEnd(fd);
  } finally {
    closeSync(fd);
  }
}

/** Waits `ms` milliseconds without returning to the event loop (reading here is synchronous, as for a file). */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Everything `fd` gives until its end, counted as it comes: stops as soon as it passes MAX_FILE_BYTES. */
function readToEnd(fd: number): Read {
  const pieces: Buffer[] = [];
  let size = 0;
  const chunk = Buffer.allocUnsafe(1 << 20);
  for (;;) {
    let got: number;
    try {
      got = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      // A pipe that another process has set to not wait: nothing has come yet.
      if (code === 'EAGAIN') {
        pause(10);
        continue;
      }
      // How Windows ends a pipe.
      if (code === 'EOF') break;
      throw error;
    }
    if (got === 0) break;
    size += got;
    if (size > MAX_FILE_BYTES) return { ok: false, reason: `more than the ${formatBytes(MAX_FILE_BYTES)} t4g reads came through it, so reading stopped there` };
    // A copy of what came: a pipe gives 64 KB at a time, a slice would keep the whole megabyte.
    pieces.push(Buffer.from(chunk.subarray(0, got)));
  }
  return { ok: true, bytes: Buffer.concat(pieces, size) };
}

/** Why a file cannot be read (or written), in plain words. */
export function readError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'there is no file by that name';
    case 'EISDIR': return 'this is a folder, not a file';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    // Writing: a file stands where a folder must go.
    case 'EEXIST':
    case 'ENOTDIR': return 'a file is in the way where a folder must be';
    case 'ENOSPC': return 'the disk is full';
    case 'EROFS': return 'the disk is read-only';
    default: return error instanceof Error ? error.message : String(error);
  }
}
