import type { Contract } from '../core/contract/contract.js'
import { UNIQUE_LIMIT } from '../core/contract/create-contract-checker.js'
import { Hash64Set } from '../core/contract/hash64-set.js'
import { contractMessages } from '../core/contract/messages.js'
import type { Check, CheckExample } from '../core/gate/check.js'
import { continueProfile } from '../core/profile/continue-profile.js'
import type { ColumnProfile } from '../core/profile/column-profile.js'
import type { DatasetScan } from './scan-dataset.js'

/** The merge of a file's range scans, or why it cannot be exact (the caller then scans the file sequentially). */
export type RangeMerge =
  { readonly ok: true; readonly scan: DatasetScan } | { readonly ok: false; readonly reason: string }

interface Tallied {
  readonly count: number
  readonly examples: { line: number; value: CheckExample['value'] }[]
}

/**
 * Merges the scans of consecutive byte ranges of one file (range 0 first; lines of range i counted from its start)
 * into the scan one sequential pass gives: profiles with continueProfile, contract tallies added with their example
 * lines offset by the lines of the ranges before (the first `maxExamples` in line order), uniqueness across ranges
 * from the ranges' value hashes. Where the result could differ from the sequential pass (a duplicate across ranges,
 * whose lines are not known; a category state that cannot be rebuilt; a check it does not know) it says why instead.
 * @throws never
 */
export function mergeRangeScans(
  file: string,
  contract: Contract | undefined,
  scans: readonly DatasetScan[],
  maxExamples: number,
): RangeMerge {
  const first = scans[0] as DatasetScan
  const offsets: number[] = []
  let lines = 0
  for (const scan of scans) {
    offsets.push(lines)
    lines += (scan.range?.next.line ?? 1) - 1
  }
  const profiles: ColumnProfile[] = []
  for (let j = 0; j < first.profiles.length; j++) {
    let profile = first.profiles[j] as ColumnProfile
    for (let i = 1; i < scans.length; i++) {
      const scan = scans[i] as DatasetScan
      const next = continueProfile(profile, scan.profiles[j] as ColumnProfile, scan.range?.completeCounts[j] ?? null)
      if (next === undefined) return { ok: false, reason: `the categories of column "${profile.name}"` }
      profile = next
    }
    profiles.push(profile)
  }
  if (contract === undefined || first.contractChecks === undefined)
    return { ok: true, scan: { header: first.header, profiles, contractChecks: undefined } }
  const unique = mergeUnique(scans)
  if (typeof unique === 'string') return { ok: false, reason: unique }
  const checks = mergeChecks(file, contract, scans, offsets, maxExamples)
  if (typeof checks === 'string') return { ok: false, reason: checks }
  return { ok: true, scan: { header: first.header, profiles, contractChecks: checks, uniqueHashes: unique } }
}

/** The `unique` columns' hashes over all ranges; a value in two ranges (or too many values) is a reason instead. */
function mergeUnique(scans: readonly DatasetScan[]): Map<string, Uint32Array | null> | string {
  const out = new Map<string, Uint32Array | null>()
  for (const column of (scans[0] as DatasetScan).uniqueHashes?.keys() ?? []) {
    // Sized up front (the ranges' counts are known): growing it shard by shard cost more than the inserts.
    const expected = scans.reduce((sum, scan) => sum + (scan.uniqueHashes?.get(column)?.length ?? 0) / 2, 0)
    const union = new Hash64Set(Math.min(expected, UNIQUE_LIMIT + 1))
    for (const scan of scans) {
      const hashes = scan.uniqueHashes?.get(column)
      if (hashes === undefined || hashes === null) return `the distinct values of unique column "${column}"`
      for (let i = 0; i < hashes.length; i += 2) {
        if (!union.add(hashes[i] as number, hashes[i + 1] as number))
          return `a value repeated across ranges in "${column}"`
      }
    }
    if (union.size > UNIQUE_LIMIT) return `the distinct values of unique column "${column}"`
    out.set(column, union.members())
  }
  return out
}

const RULES = ['type', 'nulls', 'min', 'max', 'allowed-values', 'pattern', 'length', 'unique', 'present'] as const
type Rule = (typeof RULES)[number]

function mergeChecks(
  file: string,
  contract: Contract,
  scans: readonly DatasetScan[],
  offsets: readonly number[],
  maxExamples: number,
): Check[] | string {
  const lists = scans.map((scan) => scan.contractChecks ?? [])
  const ids = (lists[0] as Check[]).map((c) => c.id)
  if (lists.some((list) => list.length !== ids.length || list.some((c, k) => c.id !== ids[k])))
    return 'the ranges gave different checks'
  const rows = lists.reduce((sum, list) => sum + Number(list.find((c) => c.id === 'contract.rows')?.observed ?? 0), 0)
  if (rows === 0) return 'no rows'
  const out: Check[] = []
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as string
    const group = lists.map((list) => list[k] as Check)
    if (id === 'contract.rows') {
      out.push(rowsCheck(contract, rows))
      continue
    }
    if (id === 'contract.columns.extra') {
      out.push(group[0] as Check)
      continue
    }
    const rule = RULES.find((r) => id.endsWith(`.${r}`))
    const name = rule === undefined ? '' : id.slice('contract.'.length, -rule.length - 1)
    if (rule === undefined || !id.startsWith('contract.') || contract.columns[name] === undefined) return `check ${id}`
    const merged = mergeGroup(file, contract, rule, name, group, offsets, rows, maxExamples)
    if (typeof merged === 'string') return merged
    out.push(merged)
  }
  return out
}

/** `contract.rows` over the whole file (as the checker builds it for a file with rows). */
function rowsCheck(contract: Contract, rows: number): Check {
  const bounds = contract.rows ?? {}
  const bad = (bounds.min !== undefined && rows < bounds.min) || (bounds.max !== undefined && rows > bounds.max)
  return {
    id: 'contract.rows',
    status: bad ? 'fail' : 'pass',
    observed: rows,
    measure: 'rows',
    threshold: {
      ...(bounds.min === undefined ? {} : { min: bounds.min }),
      ...(bounds.max === undefined ? {} : { max: bounds.max }),
    },
    message: contractMessages.rowCount(rows, bounds.min, bounds.max),
  }
}

function mergeGroup(
  file: string,
  contract: Contract,
  rule: Rule,
  name: string,
  group: readonly Check[],
  offsets: readonly number[],
  rows: number,
  maxExamples: number,
): Check | string {
  const first = group[0] as Check
  if (rule === 'present' || group.some((c) => c.status === 'error')) {
    // Not counted per row: a missing column, a pattern that does not compile, uniqueness past its limit.
    return group.find((c) => c.status === 'error') ?? first
  }
  const tallied = tally(group, offsets, maxExamples)
  if (typeof tallied === 'string') return tallied
  const { count, examples } = tallied
  const column = contract.columns[name]!
  if (rule === 'nulls') {
    const max = column.max_null_fraction ?? 0
    const fraction = count / rows
    return {
      ...first,
      status: fraction > max ? 'fail' : 'pass',
      observed: fraction,
      message:
        fraction > max
          ? contractMessages.nullFraction(name, count, fraction, max)
          : contractMessages.passed(name, `max_null_fraction ${max}`),
      details: { count, fraction },
    }
  }
  if (count === 0) return group.find((c) => c.status === 'pass') ?? first
  const failing = group.find((c) => c.status !== 'pass') as Check
  return {
    id: failing.id,
    status: 'fail',
    observed: count,
    ...(failing.measure === undefined ? {} : { measure: failing.measure }),
    ...(failing.threshold === undefined ? {} : { threshold: failing.threshold }),
    message: failMessage(rule, name, contract, count),
    locations: examples.map((e) => ({ file, line: e.line })),
    examples: examples.map((e) => ({ value: e.value, line: e.line })),
    details: { count, fraction: count / rows, examples },
  }
}

/** A rule's count over the ranges and its first examples in line order (each range's lines offset). */
function tally(group: readonly Check[], offsets: readonly number[], maxExamples: number): Tallied | string {
  let count = 0
  const examples: { line: number; value: CheckExample['value'] }[] = []
  for (let i = 0; i < group.length; i++) {
    const check = group[i] as Check
    const details = check.details as { count?: unknown; examples?: { line: number; value: CheckExample['value'] }[] }
    if (check.status === 'pass' && check.id.endsWith('.nulls') === false) continue
    if (typeof details?.count !== 'number') return `check ${check.id} without a count`
    count += details.count
    for (const e of details.examples ?? []) {
      if (examples.length < maxExamples) examples.push({ line: e.line + (offsets[i] as number), value: e.value })
    }
  }
  return { count, examples }
}

function failMessage(
  rule: Exclude<Rule, 'nulls' | 'present'>,
  name: string,
  contract: Contract,
  count: number,
): string {
  const c = contract.columns[name]!
  switch (rule) {
    case 'type':
      return contractMessages.typeMismatch(name, c.type, count)
    case 'min':
      return contractMessages.belowMin(name, count, c.min as number, c.strict_min === true)
    case 'max':
      return contractMessages.aboveMax(name, count, c.max as number, c.strict_max === true)
    case 'allowed-values':
      return contractMessages.notAllowed(name, count)
    case 'pattern':
      return contractMessages.patternMismatch(name, count, c.pattern as string)
    case 'length':
      return contractMessages.lengthOutOfRange(name, count, c.min_length, c.max_length)
    case 'unique':
      return contractMessages.duplicates(name, count)
  }
}
