import { afterEach, describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { binaryBootstrapPair } from '../../../src/core/compare/binary-bootstrap-task.js'
import { runBinaryBootstrap } from '../../../src/core/compare/run-binary-bootstrap.js'
import { BINARY_METRICS } from '../../../src/core/metrics/metric-name.js'
import { prepareBinary } from '../../../src/core/metrics/prepare-binary.js'
import { seededRandom } from '../../../src/core/stats/seeded-random.js'
import {
  bootstrapRunner,
  enableBootstrapWorkers,
  lastBootstrapRun,
  startBootstrapWorkers,
  stopBootstrapWorkers,
} from '../../../src/evaluate-vs-champion/bootstrap-workers.js'

/** The CLI's entry from source: it doubles as the bootstrap workers' entry (tsx loads the TypeScript). */
const CLI_ENTRY = fileURLToPath(new URL('../../../src/cli/index.ts', import.meta.url))

function task(n: number, resamples: number, scheme: 'multinomial' | 'poisson') {
  const random = seededRandom(n)
  const y = Float64Array.from({ length: n }, () => (random() < 0.4 ? 1 : 0))
  const score = (lift: number): Float64Array =>
    Float64Array.from(
      y,
      (label) => Math.round(1000 * Math.min(1, Math.max(0, 0.3 + lift * label + 0.5 * (random() - 0.5)))) / 1000,
    )
  const pair = binaryBootstrapPair(prepareBinary(y, score(0.3)), prepareBinary(y, score(0.2)), BINARY_METRICS)
  return { n, resamples, scheme, state: 99, pairs: [pair] }
}

describe('bootstrap worker threads', () => {
  afterEach(() => {
    stopBootstrapWorkers()
    enableBootstrapWorkers(undefined)
  })

  it('bootstrapRunner() is undefined until worker threads are enabled with an entry file that exists', () => {
    enableBootstrapWorkers(undefined)
    expect(bootstrapRunner()).toBeUndefined()
    enableBootstrapWorkers('/nonexistent/index.js')
    expect(bootstrapRunner()).toBeUndefined()
  })

  it('bootstrapRunner() from source (the CLI entry as the worker entry) gives exactly the values of this thread', async () => {
    enableBootstrapWorkers(CLI_ENTRY)
    const run = bootstrapRunner({ minDraws: 0, threads: 1 })
    expect(run).toBeDefined()
    const first = task(20_000, 64, 'poisson')
    expect(run?.(first)).toEqual(runBinaryBootstrap(first))
    // The pool stays: once its worker has loaded the CLI (through tsx, seconds on a busy machine), it takes a share.
    await startBootstrapWorkers(1)
    for (const scheme of ['poisson', 'multinomial'] as const) {
      const t = task(20_000, 64, scheme)
      expect(run?.(t)).toEqual(runBinaryBootstrap(t))
    }
    // The worker took a share (its start-up is well under the time of this thread's 2 × 64 resamples).
    const shared = lastBootstrapRun()
    expect(shared?.onThisThread).toBeLessThan(shared?.chunks ?? 0)
  }, 60_000)

  it('bootstrapRunner() with a worker entry that cannot start still returns every value (computed on this thread)', () => {
    for (const [file, execArgv] of [
      [CLI_ENTRY, ['--no-such-node-option']],
      [fileURLToPath(import.meta.url), undefined],
    ] as const) {
      // Bad Node options: the Worker constructor throws; a file that is not a worker entry: it never takes a chunk.
      enableBootstrapWorkers(file, execArgv)
      const run = bootstrapRunner({ minDraws: 0, threads: 1 })
      const t = task(2_000, 16, 'poisson')
      expect(run?.(t)).toEqual(runBinaryBootstrap(t))
      expect(lastBootstrapRun()?.onThisThread).toBe(lastBootstrapRun()?.chunks)
    }
  })
})
