import { expect } from 'vitest'
import type { ColumnProfile } from '../../src/core/profile/column-profile.js'
import type { Contract } from '../../src/core/contract/contract.js'
import { scanDataset, type DatasetScan } from '../../src/validate-data/scan-dataset.js'
import type { ScanPartition } from '../../src/validate-data/scan-partition.js'
import { joinRanges, type Settled } from '../../src/validate-data/scan-workers.js'

/** A scan as compared: moments to 1e-9 (the parallel update rounds differently), unique hashes as sets. */
function comparable(scan: DatasetScan) {
  const moments = scan.profiles.map((p) => [p.mean, p.m2])
  const profiles = scan.profiles.map((p: ColumnProfile) => ({ ...p, mean: 0, m2: 0 }))
  const unique = [...(scan.uniqueHashes ?? new Map<string, Uint32Array | null>())].map(([k, v]) => [
    k,
    v === null ? null : pairs(v),
  ])
  return { header: scan.header, profiles, checks: scan.contractChecks, unique, moments }
}

function pairs(v: Uint32Array): string[] {
  const out: string[] = []
  for (let i = 0; i < v.length; i += 2) out.push(`${v[i]}:${v[i + 1]}`)
  return out.sort()
}

/** A split scan merged equals the sequential scan: profiles, checks with their examples and lines, unique hashes. */
export function expectSameScan(split: DatasetScan, whole: DatasetScan): void {
  const a = comparable(split)
  const b = comparable(whole)
  a.moments.forEach(([mean, m2], j) => {
    const [wm, wm2] = b.moments[j] as [number, number]
    expect(mean).toBeCloseTo(wm, 9)
    expect(Math.abs((m2 as number) - wm2)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(wm2)))
  })
  expect({ ...a, moments: [] }).toEqual({ ...b, moments: [] })
}

const scanOptions = { maxExamples: 3, signal: new AbortController().signal }

/**
 * A split scan as scanDatasets runs it, each part of `plan` scanned on this thread instead of a worker, then joined
 * (merged, or one pass with a `debug` line saying why). `merged`: split and merged without that pass.
 */
export async function scanParts(
  path: string,
  contract: Contract | undefined,
  plan: readonly ScanPartition[],
  profiled?: readonly string[],
): Promise<{ scan: DatasetScan; merged: boolean }> {
  const options = profiled === undefined ? scanOptions : { ...scanOptions, profiled }
  const settled: Settled[] = []
  for (const partition of plan) {
    const part =
      partition.kind === 'csv-bytes'
        ? { range: partition }
        : partition.kind === 'parquet-row-groups'
          ? { rowGroups: partition }
          : {}
    settled.push(
      await scanDataset(path, contract, { ...options, ...part }).then(
        (scan): Settled => ({ ok: true, scan }),
        (error: unknown): Settled => ({ ok: false, error }),
      ),
    )
  }
  const debug: string[] = []
  const job = { path, contract, ...(profiled === undefined ? {} : { profiled }) }
  const scan = await joinRanges(job, plan, settled, { ...scanOptions, debug: (m) => debug.push(m) })
  return { scan, merged: plan.length > 1 && debug.length === 0 }
}
