// The new tab and the popup paint their first frame from a classic script (entrypoints/first-frame.ts) before any
// module loads; a linked stylesheet would still hold that paint until it has been fetched, one more file on the way.
// Style elements are allowed in Manifest V3 pages (only inline scripts are not), so on the pages that draw a first
// frame (their container has `data-first-frame`) the stylesheet the page's entry imports is written into the page
// as a <style> element. The file itself stays for the pages that link it.
import type { Plugin } from 'vite';

const STYLESHEET_LINK = /<link\b[^>]*\brel=["']stylesheet["'][^>]*\bhref=["']\/?([^"']+\.css)["'][^>]*>/g;

export function inlineFirstFrameStyles(): Plugin {
  return {
    name: 'retake-coach:inline-first-frame-styles',
    enforce: 'post',
    transformIndexHtml: {
      // 'post' handlers see the page with the bundler's tags in it, and the bundle.
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle || !html.includes('data-first-frame')) return html;
        return html.replace(STYLESHEET_LINK, (tag, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') return tag;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          return /<\/style/i.test(css) ? tag : `<style>${css}</style>`;
        });
      },
    },
  };
}
