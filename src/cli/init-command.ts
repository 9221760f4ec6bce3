/** `t4g init [FILE] [--force]`: writes a starter catalogue (starter.ts) for a provider to fill in. */
import { writeFileSync } from 'node:fs';
import { readError } from './source.js';
import { STARTER } from '../catalog/starter.js';

export const INIT_FILE = 'my-catalogue.json';

export interface InitArgs {
  file: string;
  /** Replace a file that is already there. */
  force: boolean;
}

/** 0 written, 1 the file exists (nothing written), 2 it could not be written. */
export function runInit({ file, force }: InitArgs, print: (line: string) => void): number {
  try {
    // `wx` fails on an existing file, so a file that appears meanwhile is not replaced either.
    writeFileSync(file, `${JSON.stringify(STARTER, null, 2)}\n`, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'EEXIST') {
      print(`${file}: this file already exists, so nothing was written (add --force to replace it)`);
      return 1;
    }
    print(`${file}: cannot write this file: ${readError(error)}`);
    return 2;
  }
  print(`wrote ${file}: one solution and one city with every field; replace the examples, delete what you do not need, then run t4g validate ${file}`);
  return 0;
}
