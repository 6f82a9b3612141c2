import { readFileSync, mkdirSync } from 'node:fs'
import { writeTextFile } from './paths/index.js'
import { dirname } from 'node:path'
import { errorMessage } from '../core/error-message.js'
import { ConfigurationError, DataError } from '../core/errors.js'
import { checkUniqueAcrossShards } from '../core/contract/unique-across-shards.js'
import { formatPath, schemaProblems } from './schema-validator.js'
import type { Check } from '../core/gate/check.js'
import { combineShardChecks } from '../core/contract/combine-shard-checks.js'
import { exactValues, type ColumnProfile } from '../core/profile/column-profile.js'
import { validateMessages } from '../core/validate/messages.js'
import { mergeProfileLists } from '../core/profile/merge-profile-lists.js'
import type { DataSide } from '../core/validate/decide-validate-data.js'

/** What `mode: profile` writes and `mode: merge` reads (schemas/profile.schema.json). */
export interface ProfileFile {
  readonly kind: 'modelgate-profile'
  readonly schemaVersion: 1
  readonly source: string
  readonly columns: ColumnProfile[]
  /** Contract checks of this shard, when a contract was given. */
  readonly contractChecks?: Check[]
  /** Per `unique` contract column: its distinct values' 64-bit hashes, null when there were too many to carry. */
  readonly uniqueHashes?: ReadonlyMap<string, Uint32Array | null>
}

/**
 * Distinct-value hashes a profile carries per `unique` column (8 bytes each, ~11 bytes in base64: 22 MB at the
 * cap). A shard with more writes `overflow`, and merge reports that uniqueness could not be checked.
 */
export const PROFILE_UNIQUE_CAP = 2_000_000

/** (high, low) pairs as base64 of big-endian 32-bit words. */
function encodeHashes(pairs: Uint32Array): string {
  const bytes = Buffer.alloc(pairs.length * 4)
  for (let i = 0; i < pairs.length; i++) bytes.writeUInt32BE(pairs[i] as number, i * 4)
  return bytes.toString('base64')
}

function decodeHashes(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64')
  const out = new Uint32Array(Math.floor(bytes.length / 8) * 2)
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt32BE(i * 4)
  return out
}

type WrittenHashes = { count: number; hashes: string } | { overflow: true }

function writtenHashes(hashes: ReadonlyMap<string, Uint32Array | null>): Record<string, WrittenHashes> {
  const out: Record<string, WrittenHashes> = {}
  for (const [column, pairs] of hashes)
    out[column] =
      pairs === null || pairs.length / 2 > PROFILE_UNIQUE_CAP
        ? { overflow: true }
        : { count: pairs.length / 2, hashes: encodeHashes(pairs) }
  return out
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
    ...(side.uniqueHashes ? { uniqueHashes: writtenHashes(side.uniqueHashes) } : {}),
  }
  mkdirSync(dirname(path), { recursive: true })
  writeTextFile(path, JSON.stringify({ ...profile, columns: profileColumnsToJson(profile.columns) }), 'output')
}

/** Column profiles as plain JSON values (Maps as objects, typed arrays as arrays), as profile files hold them. */
export function profileColumnsToJson(columns: readonly ColumnProfile[]): Record<string, unknown>[] {
  return columns.map((c) => ({
    ...c,
    values: ((values) => (values === null ? null : Array.from(values)))(exactValues(c)),
    categories: Object.fromEntries(c.categories),
    sampled: c.sampled === null ? null : Object.fromEntries(c.sampled),
  }))
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
      (w) =>
        `give the .profile.json files written by \`${w.setting('mode', 'profile')}\` (download the shard artifacts first)`,
    )
  }
  return parseProfileFile(value, path)
}

/**
 * A profile file's parsed JSON checked (schemas/profile.schema.json, counts that agree) and decoded; `file` is
 * where it came from, for the messages (a path, or a model card's `reference`).
 * @throws ConfigurationError when it is not a profile file; DataError when it is malformed
 */
export function parseProfileFile(value: unknown, path: string): ProfileFile {
  const p = (typeof value === 'object' && value !== null ? value : {}) as Partial<ProfileFile>
  if (p.kind !== 'modelgate-profile' || p.schemaVersion !== 1 || !Array.isArray(p.columns)) {
    throw new ConfigurationError(
      'not a modelgate profile file (kind "modelgate-profile", schemaVersion 1)',
      { file: path },
      (w) => `give the .profile.json files written by \`${w.setting('mode', 'profile')}\``,
    )
  }
  const problem = profileProblem(value as ProfileFile)
  if (problem !== undefined)
    throw new DataError(
      `profile file is malformed: ${problem.path} ${problem.message}`,
      { file: path, path: problem.path },
      (w) =>
        `give the .profile.json files \`${w.setting('mode', 'profile')}\` wrote, unmodified (profile the shard again if it was edited or truncated)`,
    )
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
  const written = (value as { uniqueHashes?: Record<string, WrittenHashes> }).uniqueHashes
  const uniqueHashes =
    written === undefined
      ? undefined
      : new Map(Object.entries(written).map(([k, w]) => [k, 'overflow' in w ? null : decodeHashes(w.hashes)]))
  return { ...(p as ProfileFile), columns, ...(uniqueHashes === undefined ? {} : { uniqueHashes }) }
}

/** The first thing wrong with a parsed profile file: a schema problem, or counts that contradict each other. */
function profileProblem(file: ProfileFile): { path: string; message: string } | undefined {
  const first = schemaProblems('profile', file)[0]
  if (first !== undefined) {
    const offending = first.path.reduce<unknown>(
      (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined),
      file,
    )
    const shown =
      offending === undefined || typeof offending === 'object' ? '' : ` (value: ${JSON.stringify(offending)})`
    return { path: formatPath(first.path), message: `${first.message}${shown}` }
  }
  for (const [i, c] of file.columns.entries()) {
    if (c.missing > c.rows)
      return { path: `columns[${i}].missing`, message: `${c.missing} is more than rows ${c.rows}` }
    if (c.numbers > c.rows - c.missing)
      return {
        path: `columns[${i}].numbers`,
        message: `${c.numbers} is more than the ${c.rows - c.missing} present cells`,
      }
  }
  return undefined
}

/**
 * The shards of `mode: merge` as one DataSide: profiles merged per column, contract checks combined as one pass,
 * `unique` checked across the shards (checkUniqueAcrossShards: a value in two shards is a duplicate).
 */
export function mergeProfileFiles(shards: readonly ProfileFile[], contractGiven = false): DataSide {
  const unchecked = shards.filter((s) => s.contractChecks === undefined).map((s) => s.source)
  const combined = shards.some((s) => s.contractChecks)
    ? checkUniqueAcrossShards(
        combineShardChecks(shards.map((s) => s.contractChecks ?? [])),
        shards.map((s) => ({ source: s.source, uniqueHashes: s.uniqueHashes })),
      )
    : undefined
  // A contract at merge cannot be checked on shards profiled without it (their rows are gone): an error, never a
  // pass with nothing checked.
  const missing: Check[] =
    (contractGiven || combined !== undefined) && unchecked.length > 0
      ? [
          {
            id: 'contract.shards',
            status: 'error',
            observed: unchecked.length,
            message: validateMessages.shardsWithoutContract(unchecked),
          },
        ]
      : []
  return {
    profiles: mergeProfileLists(shards.map((s) => s.columns)),
    contractChecks: combined === undefined && missing.length === 0 ? undefined : [...missing, ...(combined ?? [])],
  }
}
