import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests run the built bin; the golden test reads the committed output.
    testTimeout: 30_000,
  },
});
