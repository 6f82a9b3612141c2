import { describe, expect, it } from 'vitest'
import {
  cpuPercentBetween,
  parseGpuSamples,
  ramUsedFromMeminfo,
  summarizeTelemetry,
  telemetryFigures,
  thinSamples,
  type TelemetrySample,
} from '../../../../src/core/train/telemetry.js'
import { pickBestCandidate } from '../../../../src/core/train/pick-best-candidate.js'
import { trainMessages } from '../../../../src/core/train/messages.js'

const samples: TelemetrySample[] = [
  {
    t: 0,
    gpus: parseGpuSamples('0, 80, 30000, 40960, 300.5, 60\n1, 60, 31000, 40960, [N/A], 58'),
    cpuPercent: null,
    ramUsedMiB: 1000,
  },
  {
    t: 5,
    gpus: parseGpuSamples('0, 100, 33000, 40960, 350, 63\n1, 40, 29000, 40960, [N/A], 59'),
    cpuPercent: 50,
    ramUsedMiB: 1500,
  },
]

describe('telemetry', () => {
  it('parses a sample, [N/A] as null', () => {
    expect(samples[0]?.gpus[1]).toEqual({
      index: 1,
      utilization: 60,
      memoryUsedMiB: 31000,
      memoryTotalMiB: 40960,
      powerW: null,
      temperatureC: 58,
    })
  })
  it('summarises peak memory and mean utilisation over samples and GPUs', () => {
    expect(summarizeTelemetry(samples)).toEqual({
      samples: 2,
      peakGpuMemoryMiB: 33000,
      meanGpuUtilization: 70,
      peakRamMiB: 1500,
      meanCpuPercent: 50,
    })
    expect(summarizeTelemetry([])).toEqual({
      samples: 0,
      peakGpuMemoryMiB: null,
      meanGpuUtilization: null,
      peakRamMiB: null,
      meanCpuPercent: null,
    })
  })
  it('computes CPU busy percent from /proc/stat lines', () => {
    expect(cpuPercentBetween('cpu  100 0 100 800 0 0 0 0 0 0', 'cpu  150 0 150 900 0 0 0 0 0 0')).toBe(50)
    expect(cpuPercentBetween('cpu 1 1 1 1', 'cpu 1 1 1 1')).toBeNull()
  })
  it('computes used RAM from /proc/meminfo', () => {
    expect(ramUsedFromMeminfo('MemTotal:       16384000 kB\nMemFree: 1 kB\nMemAvailable:    8192000 kB\n')).toBe(8000)
    expect(ramUsedFromMeminfo('nothing')).toBeNull()
  })
  it('draws line figures per GPU, skipping all-missing series (power of GPU 1 is still drawn for GPU 0)', () => {
    const figures = telemetryFigures(samples)
    expect(figures.map((f) => f.title)).toEqual([
      'GPU utilisation',
      'GPU memory used',
      'GPU power',
      'GPU temperature',
      'CPU busy',
      'RAM used',
    ])
    const util = figures[0]
    expect(util?.kind === 'line' && util.series.map((s) => s.values)).toEqual([
      [80, 100],
      [60, 40],
    ])
    expect(telemetryFigures([])).toEqual([])
  })
  it('thins to at most the limit, keeping first and last', () => {
    const thin = thinSamples(
      Array.from({ length: 100 }, (_, i) => i),
      10,
    )
    expect(thin).toHaveLength(10)
    expect(thin[0]).toBe(0)
    expect(thin[9]).toBe(99)
  })
})

describe('pickBestCandidate', () => {
  const candidates = [
    { id: 'lr-0.1', metrics: { accuracy: 0.91, loss: 0.3 } },
    { id: 'lr-0.5', metrics: { accuracy: 0.95, loss: 0.2 } },
    { id: 'lr-1.0', metrics: { accuracy: 0.95, loss: 0.25 } },
  ]
  it('picks by max or min, ties to the first', () => {
    expect(pickBestCandidate(candidates, 'accuracy', 'max').id).toBe('lr-0.5')
    expect(pickBestCandidate(candidates, 'loss', 'min').id).toBe('lr-0.5')
  })
  it('refuses a sweep where a leg lost the metric, naming it', () => {
    expect(() => pickBestCandidate([...candidates, { id: 'lr-2.0', metrics: {} }], 'accuracy', 'max')).toThrow(
      trainMessages.candidateMissingMetric('accuracy', 'lr-2.0'),
    )
    expect(() => pickBestCandidate([], 'accuracy', 'max')).toThrow(trainMessages.noCandidates())
  })
})
