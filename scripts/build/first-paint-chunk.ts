// The new tab and the popup paint from what their main module imports statically. Left to itself the bundler splits
// that into six shared chunks and two stylesheets, and each file is one more request before the first paint
// (measured with npm run bench's pages: one chunk instead of six took the new tab from 1.46x to 1.30x the blank
// page). So everything those two pages import statically goes into one chunk, `today`; what they load later (focus,
// logs, the database read) keeps chunks of its own. The other pages load this chunk too, for the Preact and theme
// they share.
import type { Plugin } from 'vite';

type ChunkingContext = { getModuleInfo(id: string): { importedIds: string[] } | null };

/** The chunking rule for `entries` (absolute paths of the first-paint main modules). */
export function firstPaintGroup(entries: readonly string[]): (moduleId: string, ctx: ChunkingContext) => string | null {
  // One set per chunking pass: the bundler hands each pass its own context.
  const reachable = new WeakMap<ChunkingContext, Set<string>>();
  function staticallyImported(ctx: ChunkingContext): Set<string> {
    let found = reachable.get(ctx);
    if (found) return found;
    found = new Set<string>();
    const queue = [...entries];
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      if (found.has(id)) continue;
      found.add(id);
      queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
    }
    reachable.set(ctx, found);
    return found;
  }
  return (moduleId, ctx) => {
    // The main modules stay in their own entry chunks: in one shared chunk each page would run both.
    if (entries.includes(moduleId)) return null;
    return staticallyImported(ctx).has(moduleId) ? 'today' : null;
  };
}

/**
 * Groups the first paint into one chunk in the pages' build only. WXT bundles the background (and any content
 * script) in passes of their own as one IIFE file, where code splitting does not exist: setting the groups there
 * made the bundler warn `Invalid value "iife" for option "output.format"`. So the groups are added per output,
 * for ES-module outputs only.
 */
export function firstPaintChunk(entries: readonly string[]): Plugin {
  const name = firstPaintGroup(entries);
  return {
    name: 'retake-coach:first-paint-chunk',
    outputOptions(options) {
      if (
        options.format !== undefined &&
        options.format !== 'es' &&
        options.format !== 'esm' &&
        options.format !== 'module'
      )
        return null;
      // `debugName` labels the group in the bundler's timing report (without it the bundler says so, twice).
      return { ...options, codeSplitting: { groups: [{ name, debugName: 'first-paint' }] } };
    },
  };
}
