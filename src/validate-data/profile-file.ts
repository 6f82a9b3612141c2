import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { errorMessage } from '../core/error-message.js'
import { ConfigurationError } from '../core/errors.js'
import type { Check } from '../core/gate/check.js'
import { combineShardChecks } from '../core/contract/combine-shard-checks.js'
import type { ColumnProfile } from '../core/profile/column-profile.js'
import { mergeProfileLists } from '../core/profile/merge-profile-lists.js'
import type { DataSide } from '../core/validate/decide-validate-data.js'

/** What `mode: profile` writes and `mode: merge` reads. */
export interface ProfileFile {
  readonly kind: 'modelgate-profile'
  readonly schemaVersion: 1
  readonly source: string
  readonly columns: ColumnProfile[]
  /** Contract checks of this shard, when a contract was given. */
  readonly contractChecks?: Check[]
}

export const isProfilePath = (path: string): boolean => /\.profile\.json$/i.test(path)

/** Writes what `mode: profile` saw of `source` (its profiles and contract checks) for a later `mode: merge`. */
export function writeProfileFile(path: string, source: string, side: DataSide): void {
  const profile = {
    kind: 'modelgate-profile',
    schemaVersion: 1,
    source,
    columns: side.profiles,
    ...(side.contractChecks ? { contractChecks: side.contractChecks } : {}),
  }
  mkdirSync(dirname(path), { recursive: true })
  const columns = profile.columns.map((c) => ({
    ...c,
    values: c.values === null ? null : Array.from(c.values),
    categories: Object.fromEntries(c.categories),
    sampled: c.sampled === null ? null : Object.fromEntries(c.sampled),
  }))
  writeFileSync(path, JSON.stringify({ ...profile, columns }))
}

export function readProfileFile(path: string): ProfileFile {
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigurationError(
      `cannot read profile file: ${code ?? errorMessage(error)}`,
      { file: path },
      'give the .profile.json files written by `mode: profile` (download the shard artifacts first)',
    )
  }
  const p = value as Partial<ProfileFile>
  if (p.kind !== 'modelgate-profile' || p.schemaVersion !== 1 || !Array.isArray(p.columns)) {
    throw new ConfigurationError(
      'not a modelgate profile file (kind "modelgate-profile", schemaVersion 1)',
      { file: path },
      'give the .profile.json files written by `mode: profile`',
    )
  }
  const columns = (
    p.columns as unknown as (Omit<ColumnProfile, 'categories' | 'categoriesFrozen' | 'sampled' | 'sampleLevel'> & {
      categories: Record<string, number>
      categoriesFrozen?: boolean
      sampled?: Record<string, number> | null
      sampleLevel?: number
    })[]
  ).map((c) => ({
    ...c,
    categories: new Map(Object.entries(c.categories ?? {})),
    categoriesFrozen: c.categoriesFrozen ?? false,
    hashed: c.hashed ?? null,
    sampled: c.sampled === undefined || c.sampled === null ? null : new Map(Object.entries(c.sampled)),
    sampleLevel: c.sampleLevel ?? 0,
  }))
  return { ...(p as ProfileFile), columns }
}

/** The shards of `mode: merge` as one DataSide: profiles merged per column, contract checks combined as one pass. */
export function mergeProfileFiles(shards: readonly ProfileFile[]): DataSide {
  return {
    profiles: mergeProfileLists(shards.map((s) => s.columns)),
    contractChecks: shards.some((s) => s.contractChecks)
      ? combineShardChecks(shards.map((s) => s.contractChecks ?? []))
      : undefined,
  }
}
