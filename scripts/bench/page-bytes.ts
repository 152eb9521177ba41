// The JS and CSS a built page loads before it can paint: the files its HTML references (scripts, module preloads,
// style sheets), then every file those scripts import statically, recursively. Dynamic `import()` chunks are
// counted apart: they load after the first paint.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageBytes {
  files: string[];
  raw: number;
  gzip: number;
  /** Chunks reachable only through dynamic import(), loaded later. */
  lazyGzip: number;
}

const HTML_REF = /<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g;
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{},\s$]*?from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function pageBytes(outDir: string, html: string): PageBytes {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    if (!path.endsWith('.js')) return;
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolve(dirname(path), m[1]!));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) lazy.add(resolve(dirname(path), m[1]!));
  };
  // A reference from the site root (`/chunks/…`, as the bundler writes them) or relative to the page (public/ pages).
  const from = (ref: string) =>
    ref.startsWith('/') ? join(outDir, ref.slice(1)) : resolve(dirname(join(outDir, html)), ref);
  for (const m of readFileSync(join(outDir, html), 'utf8').matchAll(HTML_REF)) visit(from(m[1]!));
  // Everything a lazy chunk pulls in that the first paint did not load.
  const lazySeen = new Set<string>();
  const visitLazy = (path: string) => {
    if (seen.has(path) || lazySeen.has(path)) return;
    lazySeen.add(path);
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visitLazy(resolve(dirname(path), m[1]!));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) visitLazy(resolve(dirname(path), m[1]!));
  };
  for (const path of lazy) visitLazy(path);
  const files = [...seen];
  return {
    files: files.map((f) => f.slice(outDir.length + 1)),
    raw: files.reduce((s, f) => s + readFileSync(f).length, 0),
    gzip: files.reduce((s, f) => s + gz(f), 0),
    lazyGzip: [...lazySeen].reduce((s, f) => s + gz(f), 0),
  };
}
