// Types for scripts/find-browser.mjs (a plain .mjs so that it runs before `npm ci`).
export interface FindBrowserOptions {
  env?: Record<string, string | undefined>;
  platform?: string;
  isRoot?: boolean;
  /** Whether the path is an executable file. */
  exists?: (file: string) => boolean;
  /** The path of an executable name on PATH, if any. */
  which?: (name: string) => string | undefined;
  /** The text of /etc/os-release. */
  osRelease?: string;
  homedir?: string;
  listDir?: (dir: string) => string[];
  /** The first bytes of a file (to recognise Ubuntu's snap launcher). */
  head?: (file: string) => string;
}
export type FindBrowserResult =
  | { path: string; source: 'CHROME_PATH' | 'system' | 'playwright-cache' }
  | { install: { command: string; note: string; otherwise: string } }
  | { error: string };
export function findBrowser(options?: FindBrowserOptions): FindBrowserResult;
export function browserPath(options?: FindBrowserOptions): string;
export function isExecutableFile(file: string): boolean;
export function linuxFamily(osRelease: string): 'debian' | 'ubuntu' | 'fedora' | 'arch' | 'alpine' | 'suse' | undefined;
export function cli(io?: {
  find?: () => FindBrowserResult;
  run?: (command: string) => number | null;
  out?: (text: string) => void;
  err?: (text: string) => void;
}): number;
export function runToStderr(command: string): number | null;
