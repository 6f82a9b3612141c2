import { ConfigurationError } from '../errors.js'
import { trainMessages } from './messages.js'

/** One GPU as `nvidia-smi --query-gpu=index,name,memory.total,driver_version --format=csv,noheader,nounits` reports it. */
export interface GpuInfo {
  readonly index: number
  readonly name: string
  /** MiB (nvidia-smi's unit for memory.* fields). */
  readonly memoryTotalMiB: number
  readonly driverVersion: string
}

/** What `require-gpus` asks for. */
export interface GpuRequirement {
  readonly count: number
  /** Minimum memory per GPU in MiB. */
  readonly minMemoryMiB?: number
  /** Alternatives; a GPU matches when its name contains one of them (case-insensitive). */
  readonly names?: readonly string[]
}

/** The query fields the preflight asks nvidia-smi for, in order. */
export const PREFLIGHT_FIELDS = ['index', 'name', 'memory.total', 'driver_version'] as const

const UNITS: Readonly<Record<string, number>> = {
  mib: 1,
  mb: 1,
  gib: 1024,
  gb: 1024,
  tib: 1024 * 1024,
  tb: 1024 * 1024,
}

/**
 * Parses `require-gpus`: a bare count (`2`), or comma-separated `key=value` pairs: `count`, `memory` (per GPU,
 * with unit MiB/GiB/TiB, MB/GB treated as binary as nvidia-smi does), `name` (alternatives separated by `|`).
 *
 * @throws ConfigurationError naming the bad part.
 * @example parseGpuRequirement('count=2,memory=40GiB,name=A100|H100') // => { count: 2, minMemoryMiB: 40960, names: ['A100', 'H100'] }
 */
export function parseGpuRequirement(text: string): GpuRequirement {
  const trimmed = text.trim()
  const fail = (why: string): never => {
    throw new ConfigurationError(
      trainMessages.badGpuRequirement(text, why),
      { input: 'require-gpus' },
      'write a count such as 2, or count=2,memory=40GiB,name=A100|H100',
    )
  }
  if (/^\d+$/.test(trimmed)) return { count: Number(trimmed) }
  let count: number | undefined
  let minMemoryMiB: number | undefined
  let names: string[] | undefined
  for (const part of trimmed.split(',')) {
    const match = /^\s*([a-z-]+)\s*=\s*(.+?)\s*$/i.exec(part)
    if (match === null) return fail(`"${part.trim()}" is not key=value`)
    const key = (match[1] as string).toLowerCase()
    const value = match[2] as string
    if (key === 'count') {
      if (!/^\d+$/.test(value)) return fail(`count "${value}" is not a whole number`)
      count = Number(value)
    } else if (key === 'memory') {
      const m = /^(\d+(?:\.\d+)?)\s*([a-z]+)?$/i.exec(value)
      const unit = (m?.[2] ?? 'MiB').toLowerCase()
      const factor = UNITS[unit]
      if (m === null || factor === undefined) return fail(`memory "${value}" is not a size such as 40GiB or 16000MiB`)
      minMemoryMiB = Math.round(Number(m[1]) * factor)
    } else if (key === 'name') {
      names = value
        .split('|')
        .map((n) => n.trim())
        .filter((n) => n !== '')
      if (names.length === 0) return fail('name is empty')
    } else {
      return fail(`unknown key "${key}" (use count, memory, name)`)
    }
  }
  return {
    count: count ?? 1,
    ...(minMemoryMiB === undefined ? {} : { minMemoryMiB }),
    ...(names === undefined ? {} : { names }),
  }
}

/** A number from an nvidia-smi CSV cell (nounits); null for `[N/A]`, `[Not Supported]` and the like. */
export function parseSmiNumber(cell: string | undefined): number | null {
  if (cell === undefined) return null
  const value = cell.trim()
  if (!/^[+-]?\d+(\.\d+)?$/.test(value)) return null
  return Number(value)
}

/**
 * Splits `--format=csv,noheader,nounits` output into rows of trimmed cells, one row per GPU (empty lines dropped).
 * NVIDIA separates cells with ", "; GPU names contain no commas.
 * @example parseSmiCsv('0, NVIDIA A100-SXM4-40GB, 40960\n') // => [['0', 'NVIDIA A100-SXM4-40GB', '40960']]
 */
export function parseSmiCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',').map((cell) => cell.trim()))
}

/**
 * GPUs from the output of a query with PREFLIGHT_FIELDS.
 * @throws Error when a row has fewer cells than fields (the caller reports it as an nvidia-smi failure).
 * @example parseGpuInventory('0, Tesla T4, 15360, 535.104.05') // => [{ index: 0, name: 'Tesla T4', memoryTotalMiB: 15360, driverVersion: '535.104.05' }]
 */
export function parseGpuInventory(text: string): GpuInfo[] {
  return parseSmiCsv(text).map((cells, row) => {
    if (cells.length < PREFLIGHT_FIELDS.length)
      throw new Error(
        `row ${row + 1} has ${cells.length} fields, expected ${PREFLIGHT_FIELDS.length}: ${cells.join(', ')}`,
      )
    return {
      index: parseSmiNumber(cells[0]) ?? row,
      name: cells[1] as string,
      memoryTotalMiB: parseSmiNumber(cells[2]) ?? 0,
      driverVersion: cells[3] as string,
    }
  })
}

/** The CUDA version from the banner of plain `nvidia-smi` (`CUDA Version: 12.2`), or null. */
export function parseCudaVersion(banner: string): string | null {
  return /CUDA Version:\s*([\d.]+)/.exec(banner)?.[1] ?? null
}

/** `2× NVIDIA A100-SXM4-40GB (40960 MiB)` style description of what a runner has. */
export function describeGpus(gpus: readonly GpuInfo[]): string {
  if (gpus.length === 0) return 'no GPUs'
  const groups = new Map<string, number>()
  for (const gpu of gpus) {
    const key = `${gpu.name} (${gpu.memoryTotalMiB} MiB)`
    groups.set(key, (groups.get(key) ?? 0) + 1)
  }
  return [...groups].map(([key, n]) => `${n}× ${key}`).join(', ')
}

/** `2 GPUs with ≥ 40960 MiB named A100|H100` style description of a requirement. */
export function describeRequirement(requirement: GpuRequirement): string {
  let text = `${requirement.count} GPU${requirement.count === 1 ? '' : 's'}`
  if (requirement.minMemoryMiB !== undefined) text += ` with ≥ ${requirement.minMemoryMiB} MiB`
  if (requirement.names !== undefined) text += ` named ${requirement.names.join('|')}`
  return text
}

/** The GPUs that satisfy the memory and name parts of a requirement. */
export function matchingGpus(gpus: readonly GpuInfo[], requirement: GpuRequirement): GpuInfo[] {
  return gpus.filter(
    (gpu) =>
      (requirement.minMemoryMiB === undefined || gpu.memoryTotalMiB >= requirement.minMemoryMiB) &&
      (requirement.names === undefined ||
        requirement.names.some((n) => gpu.name.toLowerCase().includes(n.toLowerCase()))),
  )
}
