// The new tab and the popup paint their first frame from a classic script (entrypoints/first-frame.ts) before any
// module loads. Two things the bundler writes into their HTML would still stand before that paint:
// - the stylesheet the page's entry imports, a file that holds the paint until it is fetched. Style elements are
//   allowed in Manifest V3 pages (only inline scripts are not), so it is written into the page as a <style>;
// - the app's module and its preloaded chunks, fetched and compiled while the page is parsed, and run before the
//   frame is painted. Their address goes on the container instead (`data-app`), and the classic script loads the
//   module after the first frame is painted, or at once when it had no first frame to draw (lib/platform/first-frame.ts).
// Only pages whose container has `data-first-frame` are changed; the stylesheet file stays for the pages that link it.
import type { Plugin } from 'vite';

const STYLESHEET_LINK = /<link\b[^>]*\brel=["']stylesheet["'][^>]*\bhref=["']\/?([^"']+\.css)["'][^>]*>/g;
const MODULE_SCRIPT = /\s*<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["'][^>]*><\/script>/g;
const MODULE_PRELOAD = /\s*<link\b[^>]*\brel=["']modulepreload["'][^>]*>/g;
const CONTAINER = /(<div\b[^>]*\bdata-first-frame=["'][^"']*["'])/;

export function inlineFirstFrameStyles(): Plugin {
  return {
    name: 'retake-coach:first-frame-page',
    enforce: 'post',
    transformIndexHtml: {
      // 'post' handlers see the page with the bundler's tags in it, and the bundle.
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle || !CONTAINER.test(html)) return html;
        const modules: string[] = [];
        const page = html
          .replace(STYLESHEET_LINK, (tag, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return tag;
            const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
            return /<\/style/i.test(css) ? tag : `<style>${css}</style>`;
          })
          .replace(MODULE_SCRIPT, (_, src: string) => (modules.push(src), ''))
          .replace(MODULE_PRELOAD, '');
        if (modules.length !== 1)
          throw new Error(`A first-frame page needs one module script, found ${modules.length}`);
        return page.replace(CONTAINER, `$1 data-app="${modules[0]}"`);
      },
    },
  };
}
