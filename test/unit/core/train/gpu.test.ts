import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ConfigurationError, inSurface } from '../../../../src/core/errors.js'
import {
  describeGpus,
  matchingGpus,
  parseCudaVersion,
  parseGpuInventory,
  parseGpuRequirement,
  parseSmiNumber,
} from '../../../../src/core/train/gpu.js'
import { trainMessages } from '../../../../src/core/train/messages.js'

describe('parseGpuRequirement', () => {
  it('reads a bare count', () => {
    expect(parseGpuRequirement('2')).toEqual({ count: 2 })
  })
  it('reads count, memory with units and name alternatives', () => {
    expect(parseGpuRequirement('count=2,memory=40GiB,name=A100|H100')).toEqual({
      count: 2,
      minMemoryMiB: 40960,
      names: ['A100', 'H100'],
    })
    expect(parseGpuRequirement('memory=16000')).toEqual({ count: 1, minMemoryMiB: 16000 })
    expect(parseGpuRequirement('memory=0.5TiB')).toEqual({ count: 1, minMemoryMiB: 524288 })
  })
  it('rejects unknown keys and bad sizes with the documented message', () => {
    expect(() => parseGpuRequirement('gpus=2')).toThrow(
      inSurface(trainMessages.badGpuRequirement('gpus=2', 'unknown key "gpus" (use count, memory, name)'), 'action'),
    )
    expect(() => parseGpuRequirement('gpus=2')).toThrow('require-gpus "gpus=2" is not valid')
    expect(() => parseGpuRequirement('memory=lots')).toThrow(ConfigurationError)
    expect(() => parseGpuRequirement('two')).toThrow(ConfigurationError)
    expect(() => parseGpuRequirement('count=1.5')).toThrow(ConfigurationError)
  })
  it('round-trips any count and GiB size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 64 }), fc.integer({ min: 1, max: 1024 }), (count, gib) => {
        expect(parseGpuRequirement(`count=${count},memory=${gib}GiB`)).toEqual({ count, minMemoryMiB: gib * 1024 })
      }),
    )
  })
})

describe('nvidia-smi parsing (recorded outputs)', () => {
  const recorded = readFileSync(new URL('../../../../fixtures/nvidia-smi/2xA100.csv', import.meta.url), 'utf8')
  // the recorded file has all fields; keep index,name,memory.total,driver_version as the preflight query asks
  const rows = recorded
    .split('\n')
    .slice(1, 3)
    .map((l) => l.split(', '))
    .map((c) => [c[0], c[1], c[2], c[7]].join(', '))
    .join('\n')

  it('reads GPUs from a preflight query', () => {
    const gpus = parseGpuInventory(rows)
    expect(gpus).toEqual([
      { index: 0, name: 'NVIDIA A100-SXM4-40GB', memoryTotalMiB: 40960, driverVersion: '535.104.05' },
      { index: 1, name: 'NVIDIA A100-SXM4-40GB', memoryTotalMiB: 40960, driverVersion: '535.104.05' },
    ])
    expect(describeGpus(gpus)).toBe('2× NVIDIA A100-SXM4-40GB (40960 MiB)')
  })
  it('rejects rows with too few fields', () => {
    expect(() => parseGpuInventory('0, Tesla T4')).toThrow(/expected 4/)
  })
  it('treats [N/A] and [Not Supported] as null', () => {
    expect(parseSmiNumber('[N/A]')).toBeNull()
    expect(parseSmiNumber('[Not Supported]')).toBeNull()
    expect(parseSmiNumber(' 250.50 ')).toBe(250.5)
  })
  it('reads the CUDA version from the banner', () => {
    expect(
      parseCudaVersion(
        readFileSync(new URL('../../../../fixtures/nvidia-smi/2xA100.banner.txt', import.meta.url), 'utf8'),
      ),
    ).toBe('12.2')
    expect(parseCudaVersion('no banner')).toBeNull()
  })
  it('matches by memory and name', () => {
    const gpus = parseGpuInventory('0, Tesla T4, 15360, 535\n1, NVIDIA H100 80GB HBM3, 81559, 535')
    expect(matchingGpus(gpus, parseGpuRequirement('memory=40GiB')).map((g) => g.index)).toEqual([1])
    expect(matchingGpus(gpus, parseGpuRequirement('name=t4|a100')).map((g) => g.index)).toEqual([0])
    expect(describeGpus([])).toBe('no GPUs')
  })
})
