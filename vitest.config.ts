import { defineConfig } from 'vitest/config'

// One project per test layer; `npm test` runs them all in one pool, `npm run test:<project>` one of them
// (test:unit is the fast loop). The bundle layers first check that dist/ was built from these sources.
const bundleSetup = ['test/setup/fresh-dist.ts']
// Every job summary an integration test reads has its Mermaid blocks parsed with the real parser (issue #15). Not
// in e2e: the in-process registry tests there use undici's fetch, which jsdom's globals break (UND_ERR_INVALID_ARG).
const bundleSetupFiles = [
  'test/setup/fast-check-seed.ts',
  'test/setup/path-roots.ts',
  'test/helpers/mermaid-in-summaries.ts',
]
const setupFiles = ['test/setup/fast-check-seed.ts', 'test/setup/path-roots.ts']

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: integration and e2e tests start processes and servers of their own.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], setupFiles } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: bundleSetup,
          setupFiles: bundleSetupFiles,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: bundleSetup,
          setupFiles,
        },
      },
      // Seeded simulations and long property runs (false-alarm and miss rates, long fast-check runs).
      { extends: true, test: { name: 'slow', include: ['test/slow/**/*.test.ts'], setupFiles } },
    ],
  },
})
