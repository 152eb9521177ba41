// Builds the Firefox package into its own folder and runs Mozilla's linter (`web-ext lint`, the checks AMO runs on
// upload) on it. Fails on any error and on any warning that is not explained below, so a new warning is read, not
// scrolled past. Runs web-ext through its JS API: the command-line program also starts an update check against the
// npm registry, which CI (no network) does not need.
//
//   npm run lint:firefox            (RC_OUT_DIR=.output-mine npm run lint:firefox to build elsewhere)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';

const root = resolve(import.meta.dirname, '..');
const outDir = process.env.RC_OUT_DIR ?? '.output-firefox';
const sourceDir = join(root, outDir, 'firefox-mv3');

/** Each warning we accept, with why; `matches` checks the finding is the one we explained, not a new one. */
const EXPLAINED = [
  {
    code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    why: 'Firefox for Android reads data_collection_permissions from 142; we ship to desktop Firefox only (no gecko_android key, see wxt.config.ts), so the linter measures Android against the desktop minimum, 140.',
    matches: (w) => w.file === 'manifest.json' && /data_coll/.test(w.description ?? ''),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's renderer assigns innerHTML only for the `dangerouslySetInnerHTML` prop; no code of ours passes it (eslint forbids that prop and every innerHTML/outerHTML).",
    matches: (w) => {
      if (!w.file?.endsWith('.js') || typeof w.line !== 'number' || typeof w.column !== 'number') return false;
      // Minified code is one line, after a line of Vite's dynamic-import map when the chunk has one.
      const text = readFileSync(join(sourceDir, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
      // The minified renderer, just before the flagged assignment: `d==\`dangerouslySetInnerHTML\`?f=h ... e.innerHTML=f.__html`.
      const before = text.slice(Math.max(0, w.column - 600), w.column + 40);
      return before.includes('dangerouslySetInnerHTML') && /innerHTML=\w+\.__html/.test(before);
    },
  },
];

const build = spawnSync(join(root, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, RC_OUT_DIR: outDir },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const result = await webExt.cmd.lint(
  {
    sourceDir,
    output: 'text',
    boring: !process.stdout.isTTY,
    pretty: false,
    metadata: false,
    selfHosted: false,
    privileged: false,
    enterprise: false,
    verbose: false,
    warningsAsErrors: false,
    ignoreFiles: [],
    artifactsDir: join(root, outDir, 'web-ext-artifacts'),
  },
  { shouldExitProgram: false },
);

const unexplained = result.warnings.filter((w) => !EXPLAINED.some((e) => e.code === w.code && e.matches(w)));
console.log(
  `\nweb-ext lint on ${outDir}/firefox-mv3: ${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices.`,
);
for (const e of EXPLAINED) {
  if (result.warnings.some((w) => w.code === e.code)) console.log(`  accepted ${e.code}: ${e.why}`);
  else console.log(`  note: ${e.code} no longer appears; drop it from scripts/lint-firefox.mjs.`);
}
for (const w of unexplained) console.error(`  UNEXPLAINED warning ${w.code} in ${w.file ?? '?'}: ${w.message}`);
if (result.summary.errors > 0 || unexplained.length > 0) {
  console.error(
    'Firefox lint failed: fix the errors, or fix or explain (in scripts/lint-firefox.mjs) each new warning.',
  );
  process.exit(1);
}
