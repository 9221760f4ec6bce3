import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cli, findBrowser, linuxFamily, type FindBrowserOptions, type FindBrowserResult } from '../../scripts/find-browser.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/find-browser.mjs', import.meta.url));
const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';

/** A Linux machine (Debian, not root) with only the executables in `files`; PATH is /opt/bin. */
function find(files: string[], options: FindBrowserOptions = {}): FindBrowserResult {
  const present = new Set(files);
  const children = (dir: string) => [...new Set(files.filter((file) => file.startsWith(`${dir}/`)).map((file) => file.slice(dir.length + 1).split('/')[0]!))];
  return findBrowser({
    env: { PATH: '/opt/bin' },
    platform: 'linux',
    isRoot: false,
    exists: (file) => present.has(file),
    osRelease: DEBIAN,
    homedir: '/home/ada',
    listDir: children,
    head: () => '#!/bin/sh\nexec /usr/lib/chromium/chromium "$@"\n',
    ...options,
  });
}

function errorOf(result: FindBrowserResult): string {
  assert.ok('error' in result, `expected an error, got ${JSON.stringify(result)}`);
  return result.error;
}

describe('findBrowser', () => {
  test('CHROME_PATH, when it is an executable file, comes first', () => {
    assert.deepEqual(find(['/custom/chrome', '/usr/bin/chromium'], { env: { CHROME_PATH: '/custom/chrome' } }), { path: '/custom/chrome', source: 'CHROME_PATH' });
  });

  test('CHROME_PATH set to a missing file is an error naming it, not a silent fall-through to the system browser', () => {
    const message = errorOf(find(['/usr/bin/chromium'], { env: { CHROME_PATH: '/missing/chrome' } }));
    assert.match(message, /CHROME_PATH is set to \/missing\/chrome, which is not an executable file/);
  });

  test('an empty CHROME_PATH counts as unset', () => {
    assert.deepEqual(find(['/usr/bin/chromium'], { env: { CHROME_PATH: '' } }), { path: '/usr/bin/chromium', source: 'system' });
  });

  for (const file of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable']) {
    test(`the system's ${file}`, () => {
      assert.deepEqual(find([file]), { path: file, source: 'system' });
    });
  }

  test('the system paths in order: chromium before google-chrome', () => {
    assert.deepEqual(find(['/usr/bin/google-chrome', '/usr/bin/chromium']), { path: '/usr/bin/chromium', source: 'system' });
  });

  test('a chromium or chrome on PATH', () => {
    assert.deepEqual(find(['/opt/bin/google-chrome-stable']), { path: '/opt/bin/google-chrome-stable', source: 'system' });
    assert.deepEqual(find([], { which: (name) => (name === 'chromium-browser' ? '/snapless/chromium-browser' : undefined), exists: (f) => f === '/snapless/chromium-browser' }), {
      path: '/snapless/chromium-browser',
      source: 'system',
    });
  });

  test("Ubuntu's snap launcher and a snap are passed over (the snap cannot see the profile Playwright makes in /tmp)", () => {
    const snapShim = '#!/bin/sh\nif ! [ -x /snap/bin/chromium ]; then echo "requires the chromium snap"; fi\nexec /snap/bin/chromium "$@"\n';
    const cache = '/home/ada/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome';
    const files = ['/usr/bin/chromium-browser', '/snap/bin/chromium', cache];
    const head = (file: string) => (file === '/usr/bin/chromium-browser' ? snapShim : '');
    assert.deepEqual(find(files, { env: { PATH: '/snap/bin' }, head }), { path: cache, source: 'playwright-cache' });
  });

  test("macOS: Google Chrome's and Chromium's app bundles", () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    const chromium = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    assert.deepEqual(find([chrome], { platform: 'darwin' }), { path: chrome, source: 'system' });
    assert.deepEqual(find([chromium], { platform: 'darwin' }), { path: chromium, source: 'system' });
    // Only on macOS.
    assert.ok('error' in find([chrome], { platform: 'linux' }));
  });

  test("Windows: Chrome under Program Files", () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    assert.deepEqual(find([chrome], { platform: 'win32', env: { PROGRAMFILES: 'C:\\Program Files' } }), { path: chrome, source: 'system' });
  });

  test("Playwright's cache: the newest chromium-<revision> that has a browser, old and new layouts", () => {
    const cache = '/home/ada/.cache/ms-playwright';
    const files = [`${cache}/chromium-1091/chrome-linux/chrome`, `${cache}/chromium-1200/chrome-linux64/chrome`, `${cache}/chromium_headless_shell-1300/chrome-linux/headless_shell`];
    assert.deepEqual(find(files), { path: `${cache}/chromium-1200/chrome-linux64/chrome`, source: 'playwright-cache' });
    assert.deepEqual(find(files.slice(0, 1)), { path: `${cache}/chromium-1091/chrome-linux/chrome`, source: 'playwright-cache' });
    // Numeric, not alphabetical: 999 is older than 1091.
    assert.deepEqual(find([`${cache}/chromium-999/chrome-linux/chrome`, `${cache}/chromium-1091/chrome-linux/chrome`]), { path: `${cache}/chromium-1091/chrome-linux/chrome`, source: 'playwright-cache' });
  });

  test('a system browser comes before the Playwright cache', () => {
    assert.deepEqual(find(['/home/ada/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome', '/usr/bin/google-chrome']), { path: '/usr/bin/google-chrome', source: 'system' });
  });

  test("Playwright's cache at PLAYWRIGHT_BROWSERS_PATH, XDG_CACHE_HOME and on macOS", () => {
    const custom = '/srv/browsers/chromium-1200/chrome-linux64/chrome';
    assert.deepEqual(find([custom], { env: { PLAYWRIGHT_BROWSERS_PATH: '/srv/browsers' } }), { path: custom, source: 'playwright-cache' });
    const xdg = '/xdg/ms-playwright/chromium-1200/chrome-linux/chrome';
    assert.deepEqual(find([xdg], { env: { XDG_CACHE_HOME: '/xdg' } }), { path: xdg, source: 'playwright-cache' });
    const mac = '/home/ada/Library/Caches/ms-playwright/chromium-1200/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    assert.deepEqual(find([mac], { platform: 'darwin' }), { path: mac, source: 'playwright-cache' });
  });

  test("none found on Debian as root: install Debian's chromium with apt-get, saying so", () => {
    const result = find([], { isRoot: true });
    assert.ok('install' in result, JSON.stringify(result));
    assert.equal(result.install.command, 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium');
    assert.match(result.install.note, /installing Debian's chromium with apt-get \(as root\)/);
    assert.match(result.install.otherwise, /run: apt-get install -y chromium;/);
    // A Debian derivative (ID_LIKE=debian) too.
    assert.ok('install' in find([], { isRoot: true, osRelease: 'ID=raspbian\nID_LIKE=debian\n' }));
  });

  test('none found on Debian, not root: stop, naming the sudo command', () => {
    const message = errorOf(find([]));
    assert.match(message, /^No Chromium or Chrome found/);
    assert.match(message, /run: sudo apt-get install -y chromium;/);
    assert.match(message, /set CHROME_PATH/);
  });

  test("none found on Ubuntu, even as root: stop, naming Playwright's Chromium (apt has only the snap; nothing downloads a browser unasked)", () => {
    assert.equal(errorOf(find([], { isRoot: true, osRelease: UBUNTU })), errorOf(find([], { osRelease: UBUNTU })));
    const message = errorOf(find([], { osRelease: UBUNTU }));
    assert.match(message, /run: npx playwright-core install --with-deps chromium/);
    assert.doesNotMatch(message, /apt-get install/);
  });

  test('none found on Fedora, Arch, Alpine: stop, naming that system\'s command; never an install', () => {
    assert.match(errorOf(find([], { osRelease: 'ID=fedora\n' })), /run: sudo dnf install chromium;/);
    assert.match(errorOf(find([], { osRelease: 'ID="rocky"\nID_LIKE="rhel centos fedora"\n' })), /run: sudo dnf install chromium;/);
    assert.match(errorOf(find([], { osRelease: 'ID=arch\n' })), /run: sudo pacman -S chromium;/);
    assert.match(errorOf(find([], { osRelease: 'ID=alpine\n', isRoot: true })), /run: apk add chromium;/);
  });

  test('none found on macOS: stop, naming brew and Google Chrome', () => {
    const message = errorOf(find([], { platform: 'darwin', isRoot: true }));
    assert.match(message, /run: brew install --cask google-chrome/);
    assert.match(message, /Google Chrome/);
    assert.match(message, /CHROME_PATH/);
  });

  test('none found on Windows: stop, naming Google Chrome and CHROME_PATH', () => {
    const message = errorOf(find([], { platform: 'win32', env: {}, homedir: 'C:\\Users\\ada' }));
    assert.match(message, /Install Google Chrome from https:\/\/www\.google\.com\/chrome\/; or set CHROME_PATH/);
  });

  test('none found on an unknown system: stop, naming CHROME_PATH', () => {
    assert.match(errorOf(find([], { osRelease: 'ID=gentoo\n', isRoot: true })), /set CHROME_PATH to a Chromium or Chrome executable/);
    assert.match(errorOf(find([], { platform: 'freebsd', osRelease: '' })), /set CHROME_PATH to a Chromium or Chrome executable/);
  });

  test('linuxFamily reads ID and ID_LIKE, Ubuntu derivatives as Ubuntu', () => {
    assert.equal(linuxFamily(DEBIAN), 'debian');
    assert.equal(linuxFamily(UBUNTU), 'ubuntu');
    assert.equal(linuxFamily('ID=linuxmint\nID_LIKE="ubuntu debian"\n'), 'ubuntu');
    assert.equal(linuxFamily(''), undefined);
  });
});

describe('the command line', () => {
  function runCli(results: FindBrowserResult[], status = 0) {
    const out: string[] = [];
    const err: string[] = [];
    const ran: string[] = [];
    const code = cli({
      find: () => results.shift()!,
      run: (command) => (ran.push(command), status),
      out: (text) => out.push(text),
      err: (text) => err.push(text),
    });
    return { code, out: out.join(''), err: err.join(''), ran };
  }
  const install = { install: { command: 'apt-get install -y chromium', note: 'installing …', otherwise: 'Run: sudo apt-get install -y chromium' } };

  test('installs when asked, says so first, then prints the path it finds', () => {
    const result = runCli([install, { path: '/usr/bin/chromium', source: 'system' }]);
    assert.deepEqual(result, { code: 0, out: '/usr/bin/chromium\n', err: 'installing …\nInstalled: /usr/bin/chromium\n', ran: ['apt-get install -y chromium'] });
  });

  test('a failed install: exit 1, the message on stderr, nothing on stdout', () => {
    const result = runCli([install, install], 100);
    assert.equal(result.code, 1);
    assert.equal(result.out, '');
    assert.match(result.err, /`apt-get install -y chromium` failed\. Run: sudo apt-get install -y chromium/);
  });

  test('never installs when none is needed or allowed', () => {
    assert.deepEqual(runCli([{ error: 'No Chromium' }]), { code: 1, out: '', err: 'No Chromium\n', ran: [] });
  });

  test("the install command's output goes to stderr: stdout carries only the path", () => {
    const code = `import('${SCRIPT}').then((m) => { process.exitCode = m.runToStderr('echo from-apt; echo to-stderr >&2; exit 3'); })`;
    const child = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    assert.deepEqual([child.status, child.stdout, child.stderr], [3, '', 'from-apt\nto-stderr\n']);
  });

  test('as a child process: prints exactly CHROME_PATH when it is an executable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'find-browser-'));
    try {
      const chrome = join(dir, 'chrome');
      writeFileSync(chrome, '#!/bin/sh\n');
      chmodSync(chrome, 0o755);
      const child = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8' });
      assert.equal(child.status, 0, child.stderr);
      assert.equal(child.stdout, `${chrome}\n`);
      assert.equal(child.stderr, '');
      // Not executable: an error, not the file.
      chmodSync(chrome, 0o644);
      assert.equal(spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8' }).status, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('as a child process: a missing CHROME_PATH exits 1 with the message on stderr and nothing on stdout', () => {
    const child = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, CHROME_PATH: '/nonexistent/chrome' }, encoding: 'utf8' });
    assert.equal(child.status, 1);
    assert.equal(child.stdout, '');
    assert.match(child.stderr, /CHROME_PATH is set to \/nonexistent\/chrome, which is not an executable file/);
  });
});
