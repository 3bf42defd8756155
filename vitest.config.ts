import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Speed is measured by `npm run bench`, not by tests: a test's time limit only stops a hang. The default 5 s
    // fails the chart and ingest tests that render or read a whole export when CI shares its two cores.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
