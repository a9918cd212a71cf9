import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // kuromoji's dictionary takes ~0.5–1 s to load per worker; allow for a slow CI core.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // npm test reads the JSON report to total every suite in one line for CI
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
