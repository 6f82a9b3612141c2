import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { ConfigurationError } from '../core/errors.js'
import type { Check } from '../core/gate/check.js'
import type { ColumnProfile } from '../core/profile/column-profile.js'

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

export function writeProfileFile(path: string, profile: ProfileFile): void {
  mkdirSync(dirname(path), { recursive: true })
  const columns = profile.columns.map((c) => ({
    ...c,
    values: c.values === null ? null : Array.from(c.values),
    categories: Object.fromEntries(c.categories),
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
      `cannot read profile file: ${code ?? (error as Error).message}`,
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
    p.columns as unknown as (Omit<ColumnProfile, 'categories' | 'categoriesFrozen'> & {
      categories: Record<string, number>
      categoriesFrozen?: boolean
    })[]
  ).map((c) => ({
    ...c,
    categories: new Map(Object.entries(c.categories ?? {})),
    categoriesFrozen: c.categoriesFrozen ?? false,
  }))
  return { ...(p as ProfileFile), columns }
}
