import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// The extension pages may load only their own code and may open no connection of any kind.
// Dev mode needs a socket to WXT's dev server; the positive-control build must be able to connect.
export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; " +
  "img-src 'self' data:; style-src 'self'; base-uri 'none'; form-action 'none'";

const WXT_CONTEXT = 'wxt/utils/content-script-context';
const QUIET_CONTEXT = fileURLToPath(new URL('./platform/quiet-content-script-context.ts', import.meta.url));

/** Content scripts get the context that tells the page nothing (platform/quiet-content-script-context.ts). */
function quietContentScriptContext(): Plugin {
  return {
    name: 'folgesvenn:quiet-content-script-context',
    enforce: 'pre',
    resolveId(source, importer) {
      // The quiet module itself extends WXT's class, so its own import resolves as usual.
      if (source !== WXT_CONTEXT || importer === QUIET_CONTEXT) return null;
      return QUIET_CONTEXT;
    },
  };
}

/**
 * Each guide's chunk gets a stable name, `chunks/guide-<id>.js`, so the side panel's early script can
 * fetch the guide for the page ahead (entrypoints/sidepanel-early.ts). Every other chunk keeps WXT's
 * hashed name. (WXT sets the names after the user's config, hence an output hook.)
 */
function stableGuideChunkNames(): Plugin {
  return {
    name: 'folgesvenn-stable-guide-chunk-names',
    outputOptions(options) {
      const fallback = options.chunkFileNames ?? 'chunks/[name]-[hash].js';
      return {
        ...options,
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId && /[\\/]content[\\/]guides[\\/][a-z0-9-]+\.ts$/.test(chunk.facadeModuleId)
            ? 'chunks/guide-[name].js'
            : typeof fallback === 'function'
              ? fallback(chunk)
              : fallback,
      };
    },
  };
}

export default defineConfig({
  imports: false,
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  // MV3 for Firefox as well: one background model (service worker / event page), `action` everywhere.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), quietContentScriptContext(), stableGuideChunkNames()],
    // No module-preload polyfill: it fetch()es the preloaded chunks, and the extension fetches nothing.
    // Terser, two passes: 1 % smaller start-up chunks and 4 % smaller content script than Vite's
    // default minifier (measured 2026-12-08: 47 611 → 47 094 and 6 085 → 5 873 B gzip).
    build: {
      sourcemap: process.env.FOLGESVENN_SOURCEMAP === '1',
      modulePreload: { polyfill: false },
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
    },
  }),
  hooks: {
    // The enterprise policy schema is Chrome's alone (the manifest names it only there): Firefox's
    // build does not carry the file.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'firefox') return;
      const schema = files.findIndex((file) => file.relativeDest === 'managed-schema.json');
      if (schema !== -1) files.splice(schema, 1);
    },
  },
  manifest: ({ browser, mode }) => ({
    // Name, description and titles come from public/_locales/ (bokmål, nynorsk, English); the browser
    // picks by its own language. The panel's language is the user's choice (content/messages/).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nb',
    permissions: browser === 'firefox' ? ['storage', 'scripting'] : ['storage', 'sidePanel', 'scripting', 'activeTab'],
    // Journal sites are added by the user at run time, one origin at a time (never granted up front).
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // The browser's own, user-configurable shortcut to open the panel (Chrome: the action opens the
    // side panel; Firefox: the sidebar).
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_actionTitle__' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_actionTitle__' } },
    // An organisation may pre-list journal sites and a default role: Chrome reads its enterprise policy
    // against this schema. Firefox has no such key (it warns); its route is policies.json (README).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // Every build but dev and the zero-network test's positive control carries the strict CSP.
    ...(mode === 'development' || mode === 'control'
      ? {}
      : { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }),
    // The journal test build: the synthetic journal origin is granted at install, so the journey can
    // add and remove it without the browser's permission prompt (which no test can click).
    ...(mode === 'journaltest' ? { host_permissions: ['https://journal.example.org/*'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'folgesvenn@folgesvenn.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads `data_collection_permissions` from 142 on (desktop from 140).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
