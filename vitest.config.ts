import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: integration and e2e tests start processes and servers of their own.
    pool: 'forks',
    maxWorkers: 2,
  },
})
