import { defineConfig } from 'vitest/config';

// Three kinds of test: pure modules (fast), the built site in dist/ (after `astro build` and Pagefind),
// and a real browser (Debian's Chromium) driving the built site.
export default defineConfig({
  test: {
    // The default report, then the ten slowest tests with their share of their timeout.
    reporters: ['default', './src/tests/slowest-tests-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/lib/**/*.test.ts', 'src/integration/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      // The fault battery: one fault per test in a copy of content/, checked in-process (no build needed).
      { test: { name: 'faults', include: ['src/tests/faults/**/*.test.ts'], testTimeout: 20_000 } },
      { test: { name: 'site', include: ['src/tests/site/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['src/tests/browser/**/*.test.ts'],
          // A loaded 2-core machine can take more than Vitest's default 1 s to answer a search or a
          // click; the conditions polled for stay exactly the same, only the wait is longer.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
