// The JS and CSS a built page loads before it can paint: the files its HTML references (scripts, module preloads,
// style sheets) and the styles written into the page, then every file those scripts import statically, recursively. Dynamic `import()` chunks are
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

// The app's module of a first-frame page is named on its container (`data-app`, scripts/build/
// inline-first-frame-styles.ts): loaded after a kept first frame is painted, but the first paint when none is kept.
const HTML_REF = /<(?:script[^>]*\ssrc|link[^>]*\shref|div[^>]*\sdata-app)="([^"]+\.(?:js|css))"/g;
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{},\s$]*?from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
// Styles written into the page itself (scripts/build/inline-first-frame-styles.ts): they block the first paint too.
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

/** `withApp: false`: only what a page with a kept first frame loads before that frame (its module comes after). */
export function pageBytes(outDir: string, html: string, withApp = true): PageBytes {
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
  const page = readFileSync(join(outDir, html), 'utf8');
  for (const m of page.matchAll(HTML_REF)) if (withApp || !m[0].startsWith('<div')) visit(from(m[1]!));
  const inline = [...page.matchAll(INLINE_STYLE)].map((m) => Buffer.from(m[1]!));
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
    files: [...files.map((f) => f.slice(outDir.length + 1)), ...inline.map((_, i) => `${html} <style> ${i + 1}`)],
    raw: files.reduce((s, f) => s + readFileSync(f).length, 0) + inline.reduce((s, b) => s + b.length, 0),
    gzip: files.reduce((s, f) => s + gz(f), 0) + inline.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0),
    lazyGzip: [...lazySeen].reduce((s, f) => s + gz(f), 0),
  };
}
