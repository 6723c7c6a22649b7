import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    // Tests spawn processes and build files; two cores are all we have.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000
  }
})
