// WXT adds `<script type="module" src="virtual:wxt-html-plugins">` to every HTML page so that WXT runtime plugins
// start there (wxt/dist/core/builders/vite/plugins/wxtPluginLoader.mjs). This project registers no runtime plugin,
// so the module is empty, yet the bundler still emitted it as an empty chunk that each page's entry imported: one
// more request, one after another, before the first paint. When WXT's resolved config has no runtime plugins
// (`hasRuntimePlugins` is read in wxt.config.ts's `config:resolved` hook), the tag is taken out before bundling.
import type { Plugin } from 'vite';

const WXT_HTML_PLUGINS_TAG = /<script\b[^>]*\bsrc=["']virtual:wxt-html-plugins["'][^>]*>\s*<\/script>/g;

export function dropEmptyPluginLoader(hasRuntimePlugins: () => boolean): Plugin {
  return {
    name: 'retake-coach:drop-empty-plugin-loader',
    // 'pre' handlers run in plugin order, and `enforce: 'post'` puts this plugin after WXT's, whose 'pre' handler
    // adds the tag; a later handler would be too late, as the page's scripts are collected after the 'pre' ones.
    enforce: 'post',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => (hasRuntimePlugins() ? html : html.replace(WXT_HTML_PLUGINS_TAG, '')),
    },
  };
}
