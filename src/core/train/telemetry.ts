import type { Figure } from '../gate/figure.js'
import { parseSmiCsv, parseSmiNumber } from './gpu.js'

/** The per-GPU fields sampled during training, in the order the query asks for them. */
export const TELEMETRY_FIELDS = [
  'index',
  'utilization.gpu',
  'memory.used',
  'memory.total',
  'power.draw',
  'temperature.gpu',
] as const

export interface GpuSample {
  readonly index: number
  /** Percent. */
  readonly utilization: number | null
  readonly memoryUsedMiB: number | null
  readonly memoryTotalMiB: number | null
  /** Watts. */
  readonly powerW: number | null
  /** °C. */
  readonly temperatureC: number | null
}

export interface TelemetrySample {
  /** Seconds since the training command started. */
  readonly t: number
  readonly gpus: readonly GpuSample[]
  /** Whole-machine CPU busy percent over the last interval (from /proc/stat), null on the first sample. */
  readonly cpuPercent: number | null
  /** Used RAM in MiB (MemTotal − MemAvailable from /proc/meminfo). */
  readonly ramUsedMiB: number | null
}

export interface TelemetrySummary {
  readonly samples: number
  readonly peakGpuMemoryMiB: number | null
  readonly meanGpuUtilization: number | null
  readonly peakRamMiB: number | null
  readonly meanCpuPercent: number | null
}

/**
 * Parses one `nvidia-smi --query-gpu=<TELEMETRY_FIELDS> --format=csv,noheader,nounits` answer.
 * @example parseGpuSamples('0, 87, 30000, 40960, 250.5, 61') // => [{ index: 0, utilization: 87, memoryUsedMiB: 30000, memoryTotalMiB: 40960, powerW: 250.5, temperatureC: 61 }]
 */
export function parseGpuSamples(text: string): GpuSample[] {
  return parseSmiCsv(text).map((cells, row) => ({
    index: parseSmiNumber(cells[0]) ?? row,
    utilization: parseSmiNumber(cells[1]),
    memoryUsedMiB: parseSmiNumber(cells[2]),
    memoryTotalMiB: parseSmiNumber(cells[3]),
    powerW: parseSmiNumber(cells[4]),
    temperatureC: parseSmiNumber(cells[5]),
  }))
}

/** CPU busy percent between two `/proc/stat` "cpu" lines (user nice system idle iowait irq softirq steal). */
export function cpuPercentBetween(previous: string, current: string): number | null {
  const fields = (line: string): number[] => line.trim().split(/\s+/).slice(1, 9).map(Number)
  const a = fields(previous)
  const b = fields(current)
  if (a.length < 4 || b.length < 4 || a.some((n) => !Number.isFinite(n)) || b.some((n) => !Number.isFinite(n)))
    return null
  const total = (xs: number[]): number => xs.reduce((s, x) => s + x, 0)
  const idle = (xs: number[]): number => (xs[3] ?? 0) + (xs[4] ?? 0)
  const dt = total(b) - total(a)
  if (dt <= 0) return null
  return Math.max(0, Math.min(100, (100 * (dt - (idle(b) - idle(a)))) / dt))
}

/** Used RAM in MiB from `/proc/meminfo` (MemTotal − MemAvailable). */
export function ramUsedFromMeminfo(meminfo: string): number | null {
  const kib = (key: string): number | null => {
    const m = new RegExp(`^${key}:\\s+(\\d+)\\s*kB`, 'm').exec(meminfo)
    return m === null ? null : Number(m[1])
  }
  const total = kib('MemTotal')
  const available = kib('MemAvailable')
  return total === null || available === null ? null : Math.round((total - available) / 1024)
}

const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length
const max = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((m, x) => (x > m ? x : m), -Infinity)
const present = (xs: readonly (number | null)[]): number[] => xs.filter((x): x is number => x !== null)

/**
 * Peak GPU memory (max over samples and GPUs), mean GPU utilisation (over samples and GPUs), peak RAM, mean CPU.
 * @example summarizeTelemetry([]).peakGpuMemoryMiB // => null
 */
export function summarizeTelemetry(samples: readonly TelemetrySample[]): TelemetrySummary {
  const gpus = samples.flatMap((s) => s.gpus)
  return {
    samples: samples.length,
    peakGpuMemoryMiB: max(present(gpus.map((g) => g.memoryUsedMiB))),
    meanGpuUtilization: mean(present(gpus.map((g) => g.utilization))),
    peakRamMiB: max(present(samples.map((s) => s.ramUsedMiB))),
    meanCpuPercent: mean(present(samples.map((s) => s.cpuPercent))),
  }
}

/** Keeps at most `limit` evenly spaced samples (first and last included) so charts stay readable. */
export function thinSamples<T>(samples: readonly T[], limit: number): T[] {
  if (samples.length <= limit || limit < 2) return [...samples]
  const out: T[] = []
  for (let i = 0; i < limit; i++) out.push(samples[Math.round((i * (samples.length - 1)) / (limit - 1))] as T)
  return out
}

/** Line figures (GPU utilisation, GPU memory, power, temperature per GPU; CPU and RAM) for the report. */
export function telemetryFigures(samples: readonly TelemetrySample[], limit = 40): Figure[] {
  const thin = thinSamples(samples, limit)
  if (thin.length === 0) return []
  const x = thin.map((s) => Math.round(s.t * 10) / 10)
  const indexes = [...new Set(thin.flatMap((s) => s.gpus.map((g) => g.index)))].sort((a, b) => a - b)
  const figures: Figure[] = []
  const gpuLine = (title: string, yLabel: string, pick: (g: GpuSample) => number | null): void => {
    const series = indexes.map((index) => ({
      name: `GPU ${index}`,
      values: thin.map((s) => pick(s.gpus.find((g) => g.index === index) ?? ({} as GpuSample)) ?? 0),
    }))
    if (series.some((s) => s.values.some((v) => v !== 0)))
      figures.push({ kind: 'line', title, x, series, xLabel: 'seconds', yLabel })
  }
  if (indexes.length > 0) {
    gpuLine('GPU utilisation', '%', (g) => g.utilization ?? null)
    gpuLine('GPU memory used', 'MiB', (g) => g.memoryUsedMiB ?? null)
    gpuLine('GPU power', 'W', (g) => g.powerW ?? null)
    gpuLine('GPU temperature', '°C', (g) => g.temperatureC ?? null)
  }
  if (thin.some((s) => s.cpuPercent !== null)) {
    figures.push({
      kind: 'line',
      title: 'CPU busy',
      x,
      series: [{ name: 'CPU', values: thin.map((s) => s.cpuPercent ?? 0) }],
      xLabel: 'seconds',
      yLabel: '%',
    })
  }
  if (thin.some((s) => s.ramUsedMiB !== null)) {
    figures.push({
      kind: 'line',
      title: 'RAM used',
      x,
      series: [{ name: 'RAM', values: thin.map((s) => s.ramUsedMiB ?? 0) }],
      xLabel: 'seconds',
      yLabel: 'MiB',
    })
  }
  return figures
}
