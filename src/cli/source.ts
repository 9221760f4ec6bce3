/** Reading a provider's file for the CLI; what is done with its text is the data core's (catalog/check). */
import { readFileSync, statSync } from 'node:fs';
import { type Loaded, sourceFrom } from '../catalog/check/source.js';
import { DEFAULT_MAX_BYTES, formatBytes } from '../catalog/load.js';

/**
 * The largest file read: five times what the widgets load by default, since a page may raise its
 * max-bytes (validate warns past the default). A 100 MB catalogue takes seconds and over a gigabyte to check.
 */
export const MAX_FILE_BYTES = 5 * DEFAULT_MAX_BYTES;

export function loadSource(file: string): Loaded {
  const read = readCatalogFile(file);
  return read.ok ? sourceFrom(file, read.bytes) : { status: 'unreadable', file, reason: read.reason };
}

/**
 * A catalogue file's bytes, or why not: only a regular file (a device like /dev/zero, or a pipe, has no end
 * to wait for), and only up to MAX_FILE_BYTES, checked before reading.
 */
export function readCatalogFile(file: string): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return { ok: false, reason: readError({ code: 'EISDIR' }) };
    if (!stats.isFile()) return { ok: false, reason: 'this is not a regular file (a device, a pipe or a socket): save its content to a file and give that' };
    if (stats.size > MAX_FILE_BYTES) return { ok: false, reason: `it is ${stats.size.toLocaleString('en-US')} bytes (${formatBytes(stats.size)}), more than the ${formatBytes(MAX_FILE_BYTES)} t4g reads` };
    return { ok: true, bytes: readFileSync(file) };
  } catch (error) {
    return { ok: false, reason: readError(error) };
  }
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
