// `npm run bench`: runs every scripts/bench/*.bench.ts in turn with vite-node (TypeScript, the project's resolver),
// one at a time so that they do not compete for the CPU, each under a clear header. Exits non-zero if any fails.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'bench');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();
if (files.length === 0) {
  console.error(`No *.bench.ts files in ${dir}.`);
  process.exit(1);
}

let failed = 0;
for (const name of files) {
  const rule = '='.repeat(Math.max(20, name.length + 12));
  console.log(`\n${rule}\n bench: ${name}\n${rule}`);
  const started = performance.now();
  const run = spawnSync('npx', ['vite-node', join(dir, name)], { stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (run.status === 0) console.log(`-- ${name} done in ${seconds} s`);
  else {
    failed++;
    console.error(`-- ${name} FAILED (exit ${run.status ?? run.signal}) after ${seconds} s`);
  }
}
process.exit(failed > 0 ? 1 : 0);
