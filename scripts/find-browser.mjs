#!/usr/bin/env node
/**
 * Finds the Chromium or Chrome that every browser suite, the Storybook check and the bench launch.
 *
 *   CHROME_PATH=$(node scripts/find-browser.mjs)     prints the path and nothing else on stdout
 *
 * Looks, in order, at CHROME_PATH, the system's Chromium or Chrome, then Playwright's browser cache. When none is
 * there: on Debian as root the command line installs Debian's chromium with apt; anywhere else (Ubuntu too, whose apt
 * has Chromium only as a snap) it exits 1 with one message naming the command for that system. It never downloads a
 * browser itself: Debian's package comes through apt like any other.
 * Importing this file never installs anything. Node built-ins only: .ci/run calls it before `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const MAC_APPS = ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
const WINDOWS_CHROME = ['PROGRAMFILES', 'PROGRAMFILES(X86)', 'LOCALAPPDATA'];
// Inside a chromium-<revision> folder of Playwright's cache: Chrome for Testing builds first, older Chromium builds after.
const CACHE_LAYOUTS = {
  linux: [['chrome-linux64', 'chrome'], ['chrome-linux-arm64', 'chrome'], ['chrome-linux', 'chrome']],
  darwin: [
    ...['chrome-mac-arm64', 'chrome-mac-x64'].map((dir) => [dir, 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing']),
    ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ],
  win32: [['chrome-win64', 'chrome.exe'], ['chrome-win', 'chrome.exe']],
};
const APT_INSTALL = 'apt-get install -y chromium';
const PLAYWRIGHT_INSTALL = 'npx playwright-core install --with-deps chromium';

/** An executable regular file. */
export function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first bytes of a file ('' when unreadable): enough to recognise a launcher script. */
function readHead(file) {
  let fd;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(4096);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function readOsRelease() {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

function listDirectory(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** 'debian', 'ubuntu', 'fedora', 'arch', 'alpine', 'suse' or undefined, from /etc/os-release's ID and ID_LIKE. */
export function linuxFamily(osRelease) {
  const field = (name) => new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1].toLowerCase().split(/\s+/) ?? [];
  const ids = [...field('ID'), ...field('ID_LIKE')];
  // Ubuntu before Debian: Ubuntu and its derivatives also name debian in ID_LIKE.
  const families = { ubuntu: ['ubuntu'], debian: ['debian', 'raspbian'], fedora: ['fedora', 'rhel', 'centos'], arch: ['arch'], alpine: ['alpine'], suse: ['suse', 'opensuse'] };
  return Object.keys(families).find((family) => families[family].some((id) => ids.includes(id)));
}

/** Ubuntu's /usr/bin/chromium-browser only starts the snap, and a snap's private /tmp hides the profile Playwright makes. */
function isSnap(file, head) {
  return file.startsWith('/snap/') || head(file).includes('/snap/bin/');
}

/** What to run on this system to get a browser, as `{ command, hint }` (hint: anything more to say). */
function installAdvice({ platform, family, isRoot }) {
  const sudo = isRoot ? '' : 'sudo ';
  if (platform === 'darwin') return { command: 'brew install --cask google-chrome', hint: ' (or install Google Chrome from https://www.google.com/chrome/)' };
  if (platform === 'win32') return { command: undefined, hint: 'Install Google Chrome from https://www.google.com/chrome/' };
  if (platform !== 'linux') return { command: undefined, hint: 'Install Chromium or Chrome' };
  const commands = {
    debian: `${sudo}${APT_INSTALL}`,
    // Playwright's own build (a download, so the person decides); its installer gets the system libraries with apt.
    ubuntu: PLAYWRIGHT_INSTALL,
    fedora: `${sudo}dnf install chromium`,
    arch: `${sudo}pacman -S chromium`,
    alpine: `${sudo}apk add chromium`,
    suse: `${sudo}zypper install chromium`,
  };
  if (commands[family]) return { command: commands[family], hint: family === 'ubuntu' ? " (Ubuntu's apt has Chromium only as a snap, which cannot run these headless tests)" : '' };
  return { command: undefined, hint: "Install Chromium or Chrome with your system's package manager" };
}

function noneFoundMessage(advice, looked) {
  const how = advice.command ? `To install one, run: ${advice.command}${advice.hint}` : advice.hint;
  return `No Chromium or Chrome found (${looked}). ${how}; or set CHROME_PATH to a Chromium or Chrome executable.`;
}

/**
 * Where the browser is. Returns `{ path, source }` (source: 'CHROME_PATH', 'system' or 'playwright-cache'),
 * `{ install: { command, note, otherwise } }` when none is there and this system lets us install one (Debian, as
 * root; `otherwise`: the message if that fails), or `{ error }`. Every input can be faked.
 */
export function findBrowser({
  env = process.env,
  platform = process.platform,
  isRoot = process.getuid?.() === 0,
  exists = isExecutableFile,
  which = (name) => (env.PATH ?? '').split(path.delimiter).filter(Boolean).map((dir) => path.join(dir, name)).find((file) => exists(file)),
  osRelease = platform === 'linux' ? readOsRelease() : '',
  homedir = os.homedir(),
  listDir = listDirectory,
  head = readHead,
} = {}) {
  // An empty CHROME_PATH counts as unset, as in `CHROME_PATH= npm test`.
  if (env.CHROME_PATH) {
    if (exists(env.CHROME_PATH)) return { path: env.CHROME_PATH, source: 'CHROME_PATH' };
    return { error: `CHROME_PATH is set to ${env.CHROME_PATH}, which is not an executable file. Point it at a Chromium or Chrome executable, or unset it to let the scripts find one.` };
  }

  const p = platform === 'win32' ? path.win32 : path.posix;
  const system = [];
  if (platform === 'win32') {
    for (const root of WINDOWS_CHROME) if (env[root]) system.push(p.join(env[root], 'Google', 'Chrome', 'Application', 'chrome.exe'));
  } else {
    system.push(...SYSTEM_PATHS);
    for (const name of SYSTEM_NAMES) {
      const found = which(name);
      if (found) system.push(found);
    }
    if (platform === 'darwin') system.push(...MAC_APPS);
  }
  const systemPath = system.find((file) => exists(file) && !isSnap(file, head));
  if (systemPath) return { path: systemPath, source: 'system' };

  const cache = playwrightCache({ env, platform, homedir, p });
  const revisions = listDir(cache)
    .map((name) => ({ name, revision: Number(/^chromium-(\d+)$/.exec(name)?.[1]) }))
    .filter(({ revision }) => Number.isInteger(revision))
    .sort((a, b) => b.revision - a.revision);
  for (const { name } of revisions) {
    const cached = (CACHE_LAYOUTS[platform] ?? []).map((parts) => p.join(cache, name, ...parts)).find((file) => exists(file));
    if (cached) return { path: cached, source: 'playwright-cache' };
  }

  const family = platform === 'linux' ? linuxFamily(osRelease) : undefined;
  const advice = installAdvice({ platform, family, isRoot });
  const looked = `CHROME_PATH is not set; none ${platform === 'win32' ? 'in the usual Chrome folders' : 'at /usr/bin/chromium and the like, nor on PATH'}; none in Playwright's cache at ${cache}`;
  const otherwise = noneFoundMessage(advice, looked);
  if (isRoot && family === 'debian') {
    return { install: { command: `apt-get update && DEBIAN_FRONTEND=noninteractive ${APT_INSTALL}`, note: "No Chromium found; installing Debian's chromium with apt-get (as root) …", otherwise } };
  }
  return { error: otherwise };
}

function playwrightCache({ env, platform, homedir, p }) {
  // PLAYWRIGHT_BROWSERS_PATH=0 means "inside the playwright-core package".
  if (env.PLAYWRIGHT_BROWSERS_PATH === '0') return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'playwright-core', '.local-browsers');
  if (env.PLAYWRIGHT_BROWSERS_PATH) return env.PLAYWRIGHT_BROWSERS_PATH;
  if (platform === 'darwin') return p.join(homedir, 'Library', 'Caches', 'ms-playwright');
  if (platform === 'win32') return p.join(env.LOCALAPPDATA || p.join(homedir, 'AppData', 'Local'), 'ms-playwright');
  return p.join(env.XDG_CACHE_HOME || p.join(homedir, '.cache'), 'ms-playwright');
}

/** The browser's path for a script that launches one; throws the message when there is none (never installs). */
export function browserPath(options) {
  const found = findBrowser(options);
  if (found.path) return found.path;
  throw new Error(found.error ?? `${found.install.otherwise} As root, \`node scripts/find-browser.mjs\` installs it.`);
}

/** Runs a shell command with all its output on stderr, since stdout carries only the path; returns its exit status. */
export function runToStderr(command) {
  return spawnSync('sh', ['-c', command], { stdio: ['ignore', 2, 2] }).status;
}

/** The command line: the path on stdout, messages on stderr, the install when findBrowser asks for one. Returns the exit code. */
export function cli({
  find = findBrowser,
  run = runToStderr,
  out = (text) => process.stdout.write(text),
  err = (text) => process.stderr.write(text),
} = {}) {
  let found = find();
  if (found.install) {
    const { command, note, otherwise } = found.install;
    err(`${note}\n`);
    const status = run(command);
    found = find();
    if (found.path) err(`Installed: ${found.path}\n`);
    else found = { error: `\`${command}\` ${status === 0 ? 'gave no browser' : 'failed'}. ${otherwise}` };
  }
  if (found.error) {
    err(`${found.error}\n`);
    return 1;
  }
  out(`${found.path}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) process.exitCode = cli();
