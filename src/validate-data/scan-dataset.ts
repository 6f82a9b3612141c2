import {
  columnChunksSupported,
  datasetFormat,
  datasetHeader,
  readColumnChunks,
  readDataset,
} from '../io/dataset/index.js'
import type { Contract } from '../core/contract/contract.js'
import { createContractChecker, type ContractChecker } from '../core/contract/create-contract-checker.js'
import { cellNumberOrNaN, isMissing, type CellValue } from '../core/data/cell-value.js'
import type { TextColumnChunk } from '../core/data/column-chunk.js'
import type { Check } from '../core/gate/check.js'
import {
  createColumnProfile,
  finishColumnProfile,
  profileAddParsed,
  type ColumnProfile,
} from '../core/profile/column-profile.js'
import { profileAddTextChunk } from '../core/profile/profile-chunk.js'
import type { CsvRange } from '../io/dataset/csv/csv-tokenizer.js'

export interface DatasetScan {
  readonly header: string[]
  readonly profiles: ColumnProfile[]
  readonly contractChecks: Check[] | undefined
  /** Per `unique` contract column: its distinct values' hashes (see ContractChecker.uniqueHashes). */
  readonly uniqueHashes?: Map<string, Uint32Array | null>
  /** A byte range's or row groups' scan: where it stopped, per column its complete value counts (see scan-merge.ts). */
  readonly range?: RangeScan
}

/**
 * What a range's scan adds for the merge. A CSV byte range counts its lines from the range's start; Parquet row
 * groups keep the file's line numbers (row index + 2), so their `next.line` is 1: they add no line offset.
 */
export interface RangeScan {
  /**
   * CSV: the file offset of the first record after the range, and its line counted from the range's start. Parquet:
   * the index of the row group after the run, and line 1.
   */
  readonly next: { readonly offset: number; readonly line: number }
  /**
   * Per column: every distinct text and its count in order of first appearance, while the column has at most
   * COMPLETE_COUNTS_LIMIT distinct values and its profile did not freeze; else null.
   */
  readonly completeCounts: (Map<string, number> | null)[]
}

/** Distinct values per column a range scan counts completely (so that a range after the first merges exactly). */
export const COMPLETE_COUNTS_LIMIT = 1 << 16

/**
 * Reads a dataset once, streaming: column profiles for every column and, when given, the contract checks. Each
 * cell is parsed as a number once per batch (column by column) and that number serves the profile and the checks.
 * JSON Lines are read once too: their columns are the keys as they appear, and a key first seen late has nulls
 * for the rows before it.
 */
export async function scanDataset(
  path: string,
  contract: Contract | undefined,
  options: {
    maxExamples: number
    signal: AbortSignal
    maxFieldBytes?: number
    range?: CsvRange
    /** Parquet only: scan row groups `first` … `first + count − 1` (a parallel scan; lines stay the file's). */
    rowGroups?: RowGroupRun
    /** The columns profiled in full (see ScanJob.profiled); undefined: every column. */
    profiled?: readonly string[]
  },
): Promise<DatasetScan> {
  // Formats whose columns are the union of keys, known only at the end of the file.
  const growing = ['jsonl', 'json-array'].includes(datasetFormat(path).format)
  const header = growing ? [] : await datasetHeader(path)
  const profiles = header.map((name) => createColumnProfile(name))
  const profiled = options.profiled === undefined ? undefined : new Set(options.profiled)
  // Per column: profiled in full, or only its rows and nulls counted (nothing else reads the rest).
  const full = (name: string): boolean => profiled === undefined || profiled.has(name)
  const fully = header.map(full)
  const checker =
    contract === undefined
      ? undefined
      : createContractChecker(contract, header, path, { maxExamples: options.maxExamples })
  const read = {
    signal: options.signal,
    ...(options.maxFieldBytes === undefined ? {} : { maxFieldBytes: options.maxFieldBytes }),
    ...(growing ? {} : { columns: header }),
  }
  if (options.range !== undefined)
    return scanRange(path, { range: options.range }, read, header, profiles, fully, checker)
  if (options.rowGroups !== undefined)
    return scanRange(path, { rowGroups: options.rowGroups }, read, header, profiles, fully, checker)
  if (columnChunksSupported(path)) return scanChunks(path, read, header, profiles, fully, checker)
  return scanRows(path, read, header, profiles, full, checker)
}

/** The row readers (JSON Lines, JSON arrays, compressed or non-UTF-8 CSV): cells one by one; a late key's nulls. */
async function scanRows(
  path: string,
  read: { signal: AbortSignal; maxFieldBytes?: number; columns?: string[] },
  first: string[],
  profiles: ColumnProfile[],
  full: (name: string) => boolean,
  checker: ContractChecker | undefined,
): Promise<DatasetScan> {
  let header = first
  let fully = header.map(full)
  let numbers: Float64Array[] = []
  let rowsSoFar = 0
  for await (const batch of readDataset(path, read)) {
    const rows = batch.rows
    if (batch.columns.length > header.length) {
      header = [...batch.columns]
      for (let j = profiles.length; j < header.length; j++) {
        const profile = createColumnProfile(header[j] as string)
        profile.rows = profile.missing = rowsSoFar
        profiles.push(profile)
      }
      fully = header.map(full)
      checker?.extendHeader(header)
    }
    if (numbers.length < header.length || (numbers[0]?.length ?? 0) < rows.length)
      numbers = header.map(() => new Float64Array(Math.max(rows.length, numbers[0]?.length ?? 0)))
    for (let j = 0; j < header.length; j++) {
      const profile = profiles[j] as ColumnProfile
      const column = numbers[j] as Float64Array
      const inFull = fully[j] === true
      for (let r = 0; r < rows.length; r++) {
        const cell = (rows[r] as CellValue[])[j] ?? null
        const n = cellNumberOrNaN(cell)
        column[r] = n
        if (inFull) profileAddParsed(profile, cell, n)
        else profileAddPresence(profile, isMissing(cell) ? 1 : 0)
      }
    }
    checker?.observe(rows, batch.lines, numbers)
    rowsSoFar += rows.length
  }
  return finishScan(header, profiles, checker)
}

/** CSV/TSV: column chunks straight from the bytes (no per-cell strings); the same profiles and checks. */
async function scanChunks(
  path: string,
  read: { signal: AbortSignal; maxFieldBytes?: number; columns?: string[] },
  header: string[],
  profiles: ColumnProfile[],
  fully: readonly boolean[],
  checker: ContractChecker | undefined,
): Promise<DatasetScan> {
  for await (const chunk of readColumnChunks(path, read)) {
    for (let j = 0; j < header.length; j++) addChunk(profiles[j]!, chunk.cells[j]!, fully[j] === true)
    checker?.observeChunk(chunk)
  }
  return finishScan(header, profiles, checker)
}

/** Consecutive row groups of a Parquet file: `first` … `first + count − 1`. */
export interface RowGroupRun {
  readonly first: number
  readonly count: number
}

/**
 * One part of a file in a parallel scan — a byte range of a CSV file or a run of row groups of a Parquet file: the
 * scan of its records, where it stopped, complete counts.
 */
async function scanRange(
  path: string,
  part: { readonly range: CsvRange } | { readonly rowGroups: RowGroupRun },
  read: { signal: AbortSignal; maxFieldBytes?: number; columns?: string[] },
  header: string[],
  profiles: ColumnProfile[],
  fully: readonly boolean[],
  checker: ContractChecker | undefined,
): Promise<DatasetScan> {
  let next =
    'range' in part
      ? { offset: part.range.start, line: 1 }
      : { offset: part.rowGroups.first + part.rowGroups.count, line: 1 }
  const counts: (Map<string, number> | null)[] = header.map(() => new Map<string, number>())
  const chunks =
    'range' in part
      ? readColumnChunks(path, { ...read, range: part.range, onRangeEnd: (end) => (next = end) })
      : readColumnChunks(path, { ...read, rowGroups: part.rowGroups })
  for await (const chunk of chunks) {
    for (let j = 0; j < header.length; j++) {
      const profile = profiles[j]!
      addChunk(profile, chunk.cells[j]!, fully[j] === true)
      const known = counts[j]
      // A column counted only (no categories) merges from its counts: its complete counts stay empty.
      if (fully[j] !== true) continue
      if (known === null || known === undefined) continue
      if (profile.categoriesFrozen) {
        counts[j] = null
        continue
      }
      const { entries, counts: entryCounts } = chunk.cells[j]!.dictionary()
      for (let id = 0; id < entries.length; id++) {
        const text = entries[id] as string
        known.set(text, (known.get(text) ?? 0) + (entryCounts[id] as number))
      }
      if (known.size > COMPLETE_COUNTS_LIMIT) counts[j] = null
    }
    checker?.observeChunk(chunk)
  }
  return { ...finishScan(header, profiles, checker), range: { next, completeCounts: counts } }
}

/** One chunk column into its profile: in full, or only its rows and nulls. */
function addChunk(profile: ColumnProfile, cells: TextColumnChunk, inFull: boolean): void {
  if (inFull) return profileAddTextChunk(profile, cells)
  const { missing, length } = cells
  let absent = 0
  for (let r = 0; r < length; r++) absent += missing[r] as number
  profile.rows += length
  profile.missing += absent
}

/** A cell of a column counted only: a row, and a null when `absent` is 1. */
function profileAddPresence(profile: ColumnProfile, absent: number): void {
  profile.rows++
  profile.missing += absent
}

function finishScan(header: string[], profiles: ColumnProfile[], checker: ContractChecker | undefined): DatasetScan {
  return {
    header,
    profiles: profiles.map(finishColumnProfile),
    contractChecks: checker?.finish(),
    ...(checker === undefined ? {} : { uniqueHashes: checker.uniqueHashes() }),
  }
}
