/** Reading a provider's file for the CLI; what is done with its text is the data core's (catalog/check). */
import { readFileSync } from 'node:fs';
import { type Loaded, sourceFrom } from '../catalog/check/source.js';

export function loadSource(file: string): Loaded {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { status: 'unreadable', file, reason: readError(error) };
  }
  return sourceFrom(file, bytes);
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
