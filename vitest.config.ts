import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Fixture projects hold test files of their own, which the audit tests classify: they are not this suite's.
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Type-aware RuleTester runs share one TypeScript program per fixture; the
    // first case of a file pays for it, so give it room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'threads',
  },
});
