import { describe, expect, it } from 'vitest'
import { ConfigurationError, ServiceError } from '../../../../src/core/errors.js'
import { checkGpuPreflight, type GpuInventory } from '../../../../src/core/train/check-gpu-preflight.js'
import { decideSweep } from '../../../../src/core/train/decide-sweep.js'
import { parseGpuRequirement } from '../../../../src/core/train/gpu.js'
import { trainMessages } from '../../../../src/core/train/messages.js'
import { runSucceeded } from '../../../../src/core/train/run-succeeded.js'

const a100 = { name: 'NVIDIA A100-SXM4-40GB', memoryTotalMiB: 40960, driverVersion: '535.104.05' }
const twoA100: GpuInventory = {
  available: true,
  gpus: [
    { index: 0, ...a100 },
    { index: 1, ...a100 },
  ],
  driverVersion: '535.104.05',
  cudaVersion: '12.2',
}
const oneT4: GpuInventory = {
  available: true,
  gpus: [{ index: 0, name: 'Tesla T4', memoryTotalMiB: 15360, driverVersion: '535.104.05' }],
  driverVersion: '535.104.05',
  cudaVersion: '12.2',
}
const none: GpuInventory = { available: false, gpus: [], driverVersion: null, cudaVersion: null }
const runner = trainMessages.runner('gpu-runner-7', ['gpu'])

describe('checkGpuPreflight', () => {
  it('checkGpuPreflight(inventory, requirement, runner) passes when enough GPUs match', () => {
    expect(checkGpuPreflight(twoA100, parseGpuRequirement('count=2,memory=40GiB,name=A100|H100'), runner)).toEqual({
      id: 'train.preflight.gpus',
      status: 'pass',
      observed: 2,
      threshold: { min: 2, rule: '2 GPUs with ≥ 40960 MiB named A100|H100' },
      message: trainMessages.gpuOk('2 GPUs with ≥ 40960 MiB named A100|H100', '2× NVIDIA A100-SXM4-40GB (40960 MiB)'),
    })
  })
  it('checkGpuPreflight(inventory, requirement, runner) throws a ServiceError naming the runner and what it has', () => {
    expect(runner).toBe('"gpu-runner-7" (labels: gpu)')
    const short = () => checkGpuPreflight(oneT4, parseGpuRequirement('count=2,memory=40GiB'), runner)
    expect(short).toThrow(ServiceError)
    expect(short).toThrow(trainMessages.gpuShortage(runner, '2 GPUs with ≥ 40960 MiB', '1× Tesla T4 (15360 MiB)'))
    expect(() => checkGpuPreflight(none, { count: 1 }, '"local"')).toThrow(
      trainMessages.nvidiaSmiMissingRequired('"local"'),
    )
    const failing = { ...none, available: true, failure: 'exit 9: NVIDIA-SMI has failed' }
    expect(() => checkGpuPreflight(failing, { count: 1 }, '"local"')).toThrow(
      trainMessages.nvidiaSmiFailed('"local"', 'exit 9: NVIDIA-SMI has failed'),
    )
  })
  it('checkGpuPreflight(inventory, undefined, runner) is a skipped note of what the runner has', () => {
    expect(checkGpuPreflight(oneT4, undefined, runner)).toEqual({
      id: 'train.preflight.gpus',
      status: 'skipped',
      observed: 1,
      message: trainMessages.noGpuRequirement('1× Tesla T4 (15360 MiB)'),
    })
    expect(checkGpuPreflight(none, undefined, runner).message).toBe(trainMessages.nvidiaSmiMissingNote())
  })
})

describe('runSucceeded', () => {
  it('runSucceeded(run) is true only for exit 0 within the timeout and not cancelled', () => {
    expect(runSucceeded({ exitCode: 0, timedOut: false, cancelled: false })).toBe(true)
    expect(runSucceeded({ exitCode: 1, timedOut: false, cancelled: false })).toBe(false)
    expect(runSucceeded({ exitCode: 0, timedOut: true, cancelled: false })).toBe(false)
    expect(runSucceeded({ exitCode: 0, timedOut: false, cancelled: true })).toBe(false)
  })
})

describe('decideSweep', () => {
  const legs = [
    { id: 'lr-0.01', path: '/s/lr-0.01', metrics: { loss: 0.4 } },
    { id: 'lr-0.5', path: '/s/lr-0.5', metrics: { loss: 0.1 } },
    { id: 'lr-2', path: '/s/lr-2', metrics: { loss: 0.9 } },
  ]
  it('decideSweep(candidates, metric, direction) picks the best leg, charts every leg and outputs the winner', () => {
    const outcome = decideSweep(legs, 'loss', 'min')
    expect(outcome.title).toBe(trainMessages.sweepTitle(3, 'loss', 'lr-0.5', 0.1))
    expect(outcome.checks).toEqual([
      {
        id: 'train.sweep.best',
        status: 'pass',
        observed: 0.1,
        threshold: { rule: 'min loss' },
        message: 'lr-0.5 has the lowest loss of 3 candidates',
      },
    ])
    expect(outcome.figures[0]).toMatchObject({ kind: 'bar', categories: ['lr-0.01', 'lr-0.5', 'lr-2'] })
    expect(outcome.figures[1]).toMatchObject({
      kind: 'table',
      rows: [
        ['lr-0.01', 0.4, false],
        ['lr-0.5', 0.1, true],
        ['lr-2', 0.9, false],
      ],
    })
    expect(outcome.outputs).toEqual({ 'best-candidate': 'lr-0.5', 'best-value': '0.1', 'best-path': '/s/lr-0.5' })
    expect(decideSweep(legs, 'loss', 'max').outputs['best-candidate']).toBe('lr-2')
  })
  it('decideSweep(candidates, metric, direction) refuses a leg without the metric, naming it', () => {
    const lost = [...legs, { id: 'lr-9', path: '/s/lr-9', metrics: {} }]
    expect(() => decideSweep(lost, 'loss', 'min')).toThrow(ConfigurationError)
    expect(() => decideSweep(lost, 'loss', 'min')).toThrow(trainMessages.candidateMissingMetric('loss', 'lr-9'))
  })
})
