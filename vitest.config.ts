import { defineConfig } from 'vitest/config';

// .ci/run asks for a JSON report next to the usual output, to print one summary line at the end.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/setup.ts'],
    // One Firebase Auth emulator for the whole run (real tokens for the end-to-end tests), and
    // one migrated PGlite cluster that every PGlite test database is loaded from.
    globalSetup: [
      'tests/support/firebase-emulator.global-setup.ts',
      'tests/support/pglite-template.global-setup.ts',
    ],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: more workers only make PGlite clusters and emulator calls fight for CPU.
    maxWorkers: 2,
    ...(jsonReport ? { reporters: ['default', 'json'], outputFile: { json: jsonReport } } : {}),
  },
});
