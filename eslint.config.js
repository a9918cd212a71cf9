import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * What may import what (README, "Architecture"). Patterns match the import as written,
 * so each folder lists the relative spellings that would leave its layer.
 *   lib/ (the engine)      → nothing outside lib/; inside it, lower layers only:
 *                            tokenize, time < text < kb < match, claims, dom < annotate.ts, service.ts
 *   tools/ (maintainers)   → lib/ and tools/
 *   components/ (UI)       → lib/, entrypoints/shared/
 *   entrypoints/<context>/ → lib/, components/, entrypoints/shared/; never another context
 */
const outside = (...dirs) => dirs.flatMap((d) => [`../${d}`, `../${d}/**`, `../../${d}`, `../../${d}/**`, `../../../${d}/**`]);
const ban = (files, patterns, why) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: why }] }] },
});
const CONTEXTS = ['background', 'reader', 'offscreen', 'popup', 'options'];
const LIB_OUT = outside('entrypoints', 'components', 'tools', 'scripts', 'tests');
const OUT_OF_LIB = 'lib/ is the engine: it imports nothing outside lib/, and a layer only those below it';
const above = (...names) => names.flatMap((n) => [`../${n}`, `../${n}/**`]);
// a flat config's later entry replaces an earlier one's rule: each file set gets its whole list
const importBoundaries = [
  ban(['lib/*.ts'], LIB_OUT, OUT_OF_LIB),
  ban(['lib/tokenize/**', 'lib/time/**'], [...LIB_OUT, ...above('text', 'kb', 'match', 'claims', 'dom', 'annotate', 'service')], OUT_OF_LIB),
  ban(['lib/text/**'], [...LIB_OUT, ...above('kb', 'match', 'claims', 'dom', 'annotate', 'service')], OUT_OF_LIB),
  ban(['lib/kb/**'], [...LIB_OUT, ...above('match', 'claims', 'dom', 'annotate', 'service')], OUT_OF_LIB),
  ban(['lib/match/**', 'lib/claims/**', 'lib/dom/**'], [...LIB_OUT, ...above('annotate', 'service')], OUT_OF_LIB),
  ban(['tools/**/*.ts'], outside('entrypoints', 'components', 'scripts', 'tests'), 'tools/ (maintainers) use the engine, not the extension'),
  ban(
    ['components/**/*.{ts,tsx}'],
    [...outside('tools', 'scripts', 'tests'), ...CONTEXTS.flatMap((c) => outside(`entrypoints/${c}`))],
    'components/ may use lib/ and entrypoints/shared/ only',
  ),
  ...CONTEXTS.map((c) =>
    ban(
      [`entrypoints/${c}/**`],
      [...outside('tools', 'scripts', 'tests'), ...above(...CONTEXTS.filter((o) => o !== c))],
      'an extension context talks to another by messages, not imports',
    ),
  ),
  ban(['entrypoints/shared/**'], [...outside('tools', 'scripts', 'tests', 'components'), ...above(...CONTEXTS)], 'entrypoints/shared/ is below every context'),
];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'reports/', 'test-results/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Page data and dataset strings are rendered as text, never as markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'render text with textContent / Preact children' },
        { property: 'outerHTML', message: 'render text with textContent / Preact children' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'no raw HTML in the UI' },
        { selector: "MemberExpression[property.name='insertAdjacentHTML']", message: 'no raw HTML' },
      ],
    },
  },
  {
    // Playwright fixtures must destructure their (empty) dependencies as `{}`
    files: ['tests/e2e/**/*.ts', 'tests/support/**/*.ts'],
    // ...and read innerHTML to prove the page's markup is unchanged (never to write it)
    rules: { 'no-empty-pattern': 'off', 'no-restricted-properties': 'off' },
  },
  ...importBoundaries,
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/node-dict.ts'],
    rules: {
      // lib/ is the engine: no browser globals, so it runs the same in Node and the extension.
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'chrome', 'browser', 'localStorage', 'indexedDB'],
    },
  },
);
