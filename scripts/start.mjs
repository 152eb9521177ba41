// `npm start`: build the extension, then open Chromium with it loaded on a fresh profile. The onboarding page
// opens by itself, as it does for a student who installs from the store.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(
    'Could not find Chromium or Chrome' +
      (process.env.CHROMIUM_PATH ? ` (CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist)` : '') +
      '. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or point\n' +
      'CHROMIUM_PATH at the browser binary, e.g. `CHROMIUM_PATH=/path/to/chrome npm start`.',
  );
  process.exit(1);
}

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const extensionDir = resolve(process.env.RC_OUT_DIR ?? '.output', 'chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'retake-coach-profile-'));
console.log(`Opening ${chromium} with Retake Coach loaded (fresh profile: ${profile})`);
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  '--no-first-run',
  '--no-default-browser-check',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
const browser = spawn(chromium, args, { stdio: 'inherit' });
// The profile is thrown away with the browser: closing its window, or Ctrl+C here (which closes the browser first),
// leaves nothing behind in the temporary folder.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => browser.kill(signal));
browser.on('exit', (code, signal) => {
  rmSync(profile, { recursive: true, force: true });
  // Chromium's helper processes can outlive the main one by a moment and write into the folder again.
  setTimeout(() => {
    rmSync(profile, { recursive: true, force: true });
    console.log(`Chromium closed${signal ? ` (${signal})` : ''}; removed the profile ${profile}.`);
    process.exit(code ?? 0);
  }, 1000);
});
