import { describe, expect, it } from 'vitest'
import type { LatencyComparison } from '../../../../src/core/compare/latency-comparison.js'
import { resolveEvaluationPolicy } from '../../../../src/core/compare/resolve-evaluation-policy.js'
import { governanceMessages as m } from '../../../../src/core/governance/messages.js'
import { resourceChecks } from '../../../../src/core/governance/resource-checks.js'

const summary = { p50: 1, p95: 2, p99: 3, requests: 100 }
const served = (candidate?: number, champion?: number): LatencyComparison => ({
  method: 'line-protocol',
  warmup: 10,
  candidate: summary,
  champion: summary,
  peakMemoryMb: {
    ...(candidate === undefined ? {} : { candidate }),
    ...(champion === undefined ? {} : { champion }),
  },
})

describe('resourceChecks', () => {
  it('resourceChecks({ maxModelBytes }) compares the directory size inclusively: equal passes, one byte more fails', () => {
    const at = resourceChecks({ maxModelBytes: 1000 }, { bytes: 1000, files: 3 }, undefined)
    expect(at).toEqual([
      {
        id: 'evaluate.model-size',
        status: 'pass',
        observed: 1000,
        threshold: { max: 1000 },
        message: 'candidate model 1000 bytes in 3 files ≤ 1000 bytes',
        details: { bytes: 1000, files: 3 },
      },
    ])
    const over = resourceChecks({ maxModelBytes: 1000 }, { bytes: 1001, files: 1 }, undefined)[0]
    expect(over?.status).toBe('fail')
    expect(over?.message).toBe(m.modelSize(1001, 1, 1000, true))
  })
  it('resourceChecks({ maxPeakMemoryMb }) judges the candidate serve process peak and reports the champion beside it', () => {
    const pass = resourceChecks({ maxPeakMemoryMb: 512 }, undefined, served(300, 250))[0]
    expect(pass).toMatchObject({ id: 'evaluate.memory.peak', status: 'pass', observed: 300, threshold: { max: 512 } })
    expect(pass?.message).toBe('candidate peak memory 300 MiB (champion 250 MiB) ≤ 512 MiB')
    expect(resourceChecks({ maxPeakMemoryMb: 256 }, undefined, served(300))[0]?.status).toBe('fail')
  })
  it('a limit that cannot be measured is an error check saying what to set, never a pass or a skip', () => {
    const size = resourceChecks({ maxModelBytes: 10 }, { missing: ['input candidate-model-dir'] }, undefined)[0]
    expect(size).toMatchObject({ status: 'error', observed: null })
    expect(size?.message).toBe('model size limit 10 bytes could not be measured: set input candidate-model-dir')
    const notServed = resourceChecks({ maxPeakMemoryMb: 64 }, undefined, {
      missing: ['input latency-command (or latency-url-candidate)'],
    })[0]
    expect(notServed?.status).toBe('error')
    expect(notServed?.message).toBe(
      m.peakMemoryNotMeasured(64, m.peakMemoryMissing(['input latency-command (or latency-url-candidate)'])),
    )
    const http = resourceChecks({ maxPeakMemoryMb: 64 }, undefined, {
      ...served(),
      method: 'http',
      peakMemoryMb: undefined,
    } as unknown as LatencyComparison)[0]
    expect(http?.message).toBe(m.peakMemoryNotMeasured(64, m.peakMemoryHttp))
    const unreadable = resourceChecks({ maxPeakMemoryMb: 64 }, undefined, served())[0]
    expect(unreadable?.message).toBe(m.peakMemoryNotMeasured(64, m.peakMemoryUnreadable))
    expect(resourceChecks({ maxPeakMemoryMb: 64 }, undefined, undefined)[0]?.status).toBe('error')
  })
  it('resolveEvaluationPolicy() reads max_model_bytes and max_peak_memory_mb; a memory limit alone makes the models served', () => {
    const { policy } = resolveEvaluationPolicy({ max_model_bytes: 5_000_000, max_peak_memory_mb: 512 }, {})
    expect(policy.resources).toEqual({ maxModelBytes: 5_000_000, maxPeakMemoryMb: 512 })
    expect(policy.latency).toEqual({
      warmupRequests: 10,
      requests: 200,
      requestTimeoutMs: 10_000,
      startupTimeoutMs: 120_000,
    })
    const sizeOnly = resolveEvaluationPolicy({ max_model_bytes: 1 }, {}).policy
    expect(sizeOnly.latency).toBeUndefined()
    expect(resolveEvaluationPolicy({}, {}).policy.resources).toBeUndefined()
  })
})
