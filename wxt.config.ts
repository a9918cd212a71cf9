import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadKbFromDir } from './tools/kb/load-node';
import { formatProblem } from './tools/kb/problems';
import { compilePrefilter } from './lib/match/prefilter';
import { prefilterKeys } from './lib/kb/prefilter-keys';
import { allAliases } from './lib/kb/person-forms';
import { cardsKbOf, matchKbOf } from './lib/kb/halves';
import { encodeCards } from './lib/kb/cards-codec';
import { KB_CARDS_FILE, KB_MATCH_FILE, KB_TRIE_FILE } from './entrypoints/shared/kb-files';
import { KbIndex } from './lib/kb/index';
import { encodeTrieFile } from './lib/kb/trie-file';
import { DEFAULT_MATCHES } from './entrypoints/shared/sites';
import { CARD_BUNDLE } from './entrypoints/reader/load-card';
import { shippedDictName } from './lib/tokenize/dict-codec';
import { DICT_SIZES_FILE, dictSizesOf } from './lib/tokenize/dict-sizes';
import { tightDictDir } from './lib/tokenize/node-dict';
import { DICT_FILES } from './lib/tokenize/types';

/**
 * Chromium refuses to load an extension whose scripts contain the noncharacters
 * U+FDD0–U+FDEF, U+FFFE or U+FFFF ("isn't UTF-8 encoded"); Vite 8's minifier writes
 * Dexie's String.fromCharCode(65535) as a raw U+FFFF. Escape them in every chunk.
 * (shared/research/toolchain.md, verdict and Q6.5)
 */
function escapeNonCharacters(): Plugin {
  const NONCHAR = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
  const esc = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    name: 'chushaku:escape-noncharacters',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = chunk.code.replace(NONCHAR, esc);
      }
    },
  };
}

/**
 * The first Firefox, on desktop and on Android, with the CSS Custom Highlight API
 * (MDN browser-compat-data, api/Highlight.json: firefox 140, firefox_android mirrors it).
 * Older versions could install the extension but never mark anything.
 */
const FIREFOX_MIN_VERSION = '140.0';

/** The dataset, loaded once per build and refused if it has problems (npm run data:check). */
let dataset: ReturnType<typeof loadKbFromDir>['kb'] | undefined;
function buildKb() {
  if (!dataset) {
    const { kb, problems } = loadKbFromDir();
    if (problems.length) {
      throw new Error(`dataset has problems (npm run data:check):\n${problems.map(formatProblem).join('\n')}`);
    }
    dataset = kb;
  }
  return dataset;
}

/**
 * `virtual:chushaku-prefilter`: the prefilter of the bundled dataset's alias keys
 * (lib/match/prefilter.ts), compiled into the background, which looks at each page's text
 * with it (entrypoints/background/page-check.ts) and sends it to the readers of pages that
 * may name something. Same build, same dataset as the shipped halves.
 */
function prefilterModule(): Plugin {
  const id = 'virtual:chushaku-prefilter';
  return {
    name: 'chushaku:prefilter',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const { keys, person } = prefilterKeys(allAliases(buildKb().kb));
      const data = compilePrefilter(keys, person);
      // string literals and short number lists: nothing per alias to build at load
      return `export default ${JSON.stringify(data)};`;
    },
  };
}

/** The content script's parts imported on demand (entrypoints/reader/bundle.ts), as the manifest lists them. */
const ON_DEMAND_BUNDLES = [CARD_BUNDLE].map((p) => p.slice(1));

/** The extension pages' CSP: default-src 'self' and every directive the pages use, spelled out. */
const EXTENSION_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  // webextension-polyfill as the `browser` of every context (WXT's module aliases
  // wxt/browser to it): one promise-based API with Firefox's semantics in Chrome too
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    // storage: settings; scripting: run on the sites a reader adds, without a reload;
    // No offscreen permission: the tokenizer runs in the service worker on Chrome
    // (entrypoints/background/host.ts) and in a worker of the background page on Firefox.
    // activeTab: the popup learns the current page's address only when the reader
    // clicks the toolbar button (to offer "use on this site"), never otherwise.
    permissions: ['storage', 'scripting', 'activeTab'],
    // the content script (entrypoints/reader) on the default news sites, declared here
    // rather than with defineContentScript (see that file for why)
    content_scripts: [{ matches: DEFAULT_MATCHES, js: ['reader.js'], run_at: 'document_start' }],
    // the content script's card, imported once a page's marks are up
    // (entrypoints/reader/load-card.ts). Chrome: at an address
    // that changes every session, so no page can probe for them; Firefox (MV2) lists bare
    // paths, its addresses being random per install.
    web_accessible_resources:
      browser === 'firefox' ? ON_DEMAND_BUNDLES : [{ resources: ON_DEMAND_BUNDLES, matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true }],
    // sites beyond the default news list, granted one by one from the popup
    // (MV2 Firefox lists origins among optional_permissions)
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // Strict CSP for every extension page (popup, options, background):
    // nothing but our own files by default, only our own scripts, no plugins, no <base>,
    // no frames, no form posts, and fetch only to our own files, so even a bug could
    // not load or send anything from these contexts.
    content_security_policy: browser === 'firefox' ? EXTENSION_CSP : { extension_pages: EXTENSION_CSP },
    // no other extension and no web page may connect to ours (Chrome; Firefox has no
    // such key, and without it nothing outside the extension can message it)
    ...(browser === 'firefox' ? {} : { externally_connectable: { ids: [] } }),
    commands: {
      // the toolbar popup from the keyboard (and, as a click would, it grants activeTab)
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: 'Alt+Shift+L' } },
      'next-annotation': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdNext__' },
      'prev-annotation': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_cmdPrev__' },
    },
    // Firefox for Android runs it too (gecko_android); 140 is the first Firefox (desktop and
    // Android) with the CSS Custom Highlight API the marks need (README, Firefox for Android)
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'chushaku@example.org', strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: FIREFOX_MIN_VERSION },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [preact(), prefilterModule(), escapeNonCharacters()] }),
  hooks: {
    // The knowledge base ships compiled (alias keys pre-normalised), never as YAML.
    'build:publicAssets': (_wxt, files) => {
      // two halves, nothing twice: the tokenizer's worker reads only what matching needs
      // (lib/kb/types.ts MatchKb); the background joins it with the entries (kb-files.ts)
      files.push({ relativeDest: KB_MATCH_FILE, contents: JSON.stringify(matchKbOf(buildKb().kb)) });
      // binary (column by column, lib/kb/cards-codec.ts): written to a file, as WXT's
      // generated contents are text only; in this checkout's .wxt/, since it is this
      // checkout's dataset (node_modules may be shared between checkouts)
      const generated = join(import.meta.dirname, '.wxt', 'chushaku-kb');
      mkdirSync(generated, { recursive: true });
      writeFileSync(join(generated, KB_CARDS_FILE), encodeCards(cardsKbOf(buildKb().kb)));
      files.push({ absoluteSrc: join(generated, KB_CARDS_FILE), relativeDest: KB_CARDS_FILE });
      // the matcher's trie over the matching half, built now instead of at each cold start (lib/kb/trie-file.ts)
      const matchIndex = new KbIndex(matchKbOf(buildKb().kb));
      writeFileSync(join(generated, KB_TRIE_FILE), encodeTrieFile(matchIndex.kb.version, matchIndex.frozenTrie(), matchIndex.formCounts()));
      files.push({ absoluteSrc: join(generated, KB_TRIE_FILE), relativeDest: KB_TRIE_FILE });
      // kuromoji's IPADIC, rebuilt tight (dict/, npm run dict:build), fetched by the tokenizer's
      // page only (not web-accessible). Checked in gzipped, shipped unzipped: the package is
      // zipped anyway, and the installed extension then loads it without a gunzip each time.
      const dictDir = tightDictDir();
      const unzipped = join(import.meta.dirname, 'node_modules', '.cache', 'chushaku-dict');
      mkdirSync(unzipped, { recursive: true });
      for (const f of DICT_FILES) {
        const name = shippedDictName(f);
        writeFileSync(join(unzipped, name), gunzipSync(readFileSync(join(dictDir, f))));
        files.push({ absoluteSrc: join(unzipped, name), relativeDest: `dict/${name}` });
      }
      // their lengths, which the worker's streaming decoder needs first and the browser's responses do not give
      const sizes = dictSizesOf((name) => statSync(join(unzipped, name)).size);
      files.push({ relativeDest: `dict/${DICT_SIZES_FILE}`, contents: JSON.stringify(sizes) });
      // IPADIC's licence asks that its notice travel with every copy
      files.push({ absoluteSrc: join(dictDir, 'IPADIC-COPYING'), relativeDest: 'dict/IPADIC-COPYING' });
    },
  },
});
