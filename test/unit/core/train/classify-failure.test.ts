import { describe, expect, it } from 'vitest'
import { classifyFailure } from '../../../../src/core/train/classify-failure.js'

const base = { exitCode: 1, signal: null, timedOut: false, cancelled: false, lines: [] as string[] }

describe('classifyFailure', () => {
  it('recognises CUDA out of memory (PyTorch and TensorFlow wording)', () => {
    expect(
      classifyFailure({
        ...base,
        lines: ['torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB'],
      }).map((h) => h.cause),
    ).toEqual(['cuda-out-of-memory'])
    expect(
      classifyFailure({ ...base, lines: ['ResourceExhaustedError: RESOURCE_EXHAUSTED: OOM when allocating tensor'] })[0]
        ?.cause,
    ).toBe('cuda-out-of-memory')
  })
  it('recognises the OOM killer: exit 137 or SIGKILL', () => {
    expect(classifyFailure({ ...base, exitCode: 137 }).map((h) => h.cause)).toEqual(['oom-killer'])
    expect(classifyFailure({ ...base, exitCode: null, signal: 'SIGKILL' }).map((h) => h.cause)).toEqual(['oom-killer'])
  })
  it('recognises a missing GPU', () => {
    expect(
      classifyFailure({ ...base, lines: ['RuntimeError: Found no NVIDIA driver on your system.'] })[0]?.cause,
    ).toBe('no-gpu')
    expect(
      classifyFailure({ ...base, lines: ['cudaGetDeviceCount returned 100 -> no CUDA-capable device is detected'] })[0]
        ?.cause,
    ).toBe('no-gpu')
  })
  it('recognises a missing Python module and names it', () => {
    const [hint] = classifyFailure({ ...base, lines: ["ModuleNotFoundError: No module named 'torch'"] })
    expect(hint?.cause).toBe('missing-module')
    expect(hint?.hint).toContain('"torch"')
  })
  it('timeout and cancellation win over everything else; success has no hints', () => {
    expect(classifyFailure({ ...base, exitCode: null, signal: 'SIGKILL', timedOut: true }).map((h) => h.cause)).toEqual(
      ['timeout'],
    )
    expect(classifyFailure({ ...base, exitCode: null, cancelled: true }).map((h) => h.cause)).toEqual(['cancelled'])
    expect(classifyFailure({ ...base, exitCode: 0, lines: ['CUDA out of memory (recovered)'] })).toEqual([])
  })
  it('returns nothing for an unrecognisable failure', () => {
    expect(classifyFailure({ ...base, lines: ['ValueError: bad'] })).toEqual([])
  })
})
