import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // kuromoji's dictionary takes ~0.5–1 s to load per worker; allow for a slow CI core.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
