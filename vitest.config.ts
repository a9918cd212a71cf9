import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // kuromoji's dictionary takes ~0.5–1 s to load per worker; allow for a slow CI core.
    testTimeout: 30_000,
    // every core: vitest's default leaves one for its own process (one worker on CI's 2 cores),
    // which idles while the CPU-bound files run (this machine, 2 cores: 375 s with one worker,
    // 227 s with two)
    maxWorkers: availableParallelism(),
    // the real dataset read once per run, not once per test file (./tests/unit/global-setup.ts)
    globalSetup: ['tests/unit/global-setup.ts'],
    hookTimeout: 30_000,
    // npm test reads the JSON report to total every suite in one line for CI
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
