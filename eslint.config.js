import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/**/node-dict.ts', 'lib/kb/read-dir.ts', 'lib/kb/load-node.ts'],
    rules: {
      // lib/ is the engine: no browser globals, so it runs the same in Node and the extension.
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'location', 'chrome', 'browser', 'localStorage', 'indexedDB'],
    },
  },
);
