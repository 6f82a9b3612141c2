import { MISSING_GROUP } from './messages.js'

/**
 * One sensitive column: its name and one value per row, `null` where the value is missing — as values, or coded
 * (`entries[codes[i]]` is row i's value, as a fold of column chunks gives them; codes in any order).
 */
export type SensitiveColumn =
  | { readonly name: string; readonly values: readonly (string | null)[] }
  | { readonly name: string; readonly codes: Int32Array; readonly entries: readonly (string | null)[] }

const columnLength = (column: SensitiveColumn): number =>
  'values' in column ? column.values.length : column.codes.length

/**
 * A partition of the rows into groups: one sensitive column, or the intersection of several.
 * `codes[i]` is the group index of row i; `keys[g]` the group's label, e.g. `gender=F` or `gender=F, region=EU`.
 */
export interface Grouping {
  /** `gender`, or `gender × region` for an intersection. */
  readonly name: string
  readonly columns: readonly string[]
  readonly keys: readonly string[]
  /** `values[g][c]` is the value of column c in group g (null = missing). */
  readonly values: readonly (readonly (string | null)[])[]
  readonly codes: Int32Array
}

const label = (column: string, value: string | null): string => `${column}=${value ?? MISSING_GROUP}`

/**
 * The disaggregation of rows by sensitive columns (fairlearn's `sensitive_features`): one grouping per
 * column, plus, when `intersectional` and there are ≥ 2 columns, the grouping by every column at once
 * (their Cartesian intersection, only the combinations that occur). A missing value is its own group,
 * labelled `(missing)`. Groups are ordered by first appearance; unicode values are kept as they are.
 * @throws {RangeError} if the columns have different lengths, there are none, or the intersection has more than 2^53 combinations
 * @example
 * encodeGroups([{ name: 'g', values: ['F', 'M', null] }], false)[0]!.keys // => ['g=F', 'g=M', 'g=(missing)']
 */
export function encodeGroups(columns: readonly SensitiveColumn[], intersectional: boolean): Grouping[] {
  if (columns.length === 0) throw new RangeError('encodeGroups: at least one sensitive column is required')
  const n = columnLength(columns[0]!)
  for (const column of columns) {
    if (columnLength(column) !== n)
      throw new RangeError(`encodeGroups: column "${column.name}" has ${columnLength(column)} values, expected ${n}`)
  }
  const groupings = columns.map((column) => encodeOne([column], n))
  if (intersectional && columns.length >= 2) groupings.push(encodeOne(columns, n))
  return groupings
}

/**
 * Codes of one column by first appearance; a missing value gets its own code. A coded column is renumbered the same
 * way (a value that two entries spell gets one code), one lookup per entry rather than per row.
 */
function columnCodes(column: SensitiveColumn, n: number): { codes: Int32Array; values: (string | null)[] } {
  const plain = 'values' in column ? column.values : undefined
  const coded = 'values' in column ? undefined : column
  const byEntry = coded === undefined ? undefined : new Int32Array(coded.entries.length).fill(-1)
  const index = new Map<string | null, number>()
  const values: (string | null)[] = []
  const codes = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const entry = coded === undefined ? -1 : coded.codes[i]!
    const known = byEntry === undefined ? -1 : byEntry[entry]
    if (known === undefined) throw new RangeError(`encodeGroups: code ${entry} at row ${i} has no entry`)
    if (known >= 0) {
      codes[i] = known
      continue
    }
    const value = (plain !== undefined ? plain[i] : coded?.entries[entry]) ?? null
    let code = index.get(value)
    if (code === undefined) {
      code = values.length
      index.set(value, code)
      values.push(value)
    }
    if (byEntry !== undefined) byEntry[entry] = code
    codes[i] = code
  }
  return { codes, values }
}

function encodeOne(columns: readonly SensitiveColumn[], n: number): Grouping {
  const perColumn = columns.map((column) => columnCodes(column, n))
  const names = columns.map((c) => c.name)
  const keyOf = (row: readonly (string | null)[]): string =>
    names.map((name, c) => label(name, row[c] ?? null)).join(', ')
  if (perColumn.length === 1) {
    const only = perColumn[0]!
    return {
      name: names[0]!,
      columns: names,
      keys: only.values.map((v) => keyOf([v])),
      values: only.values.map((v) => [v]),
      codes: only.codes,
    }
  }
  // Intersection: a mixed-radix number over the column codes (exact below 2^53), densified by first appearance.
  const radices = perColumn.map((p) => p.values.length)
  if (radices.reduce((a, b) => a * b, 1) > Number.MAX_SAFE_INTEGER)
    throw new RangeError('encodeGroups: too many value combinations to intersect')
  const index = new Map<number, number>()
  const values: (string | null)[][] = []
  const codes = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    let id = 0
    for (let c = 0; c < perColumn.length; c++) id = id * radices[c]! + perColumn[c]!.codes[i]!
    let code = index.get(id)
    if (code === undefined) {
      code = values.length
      index.set(id, code)
      values.push(perColumn.map((p) => p.values[p.codes[i]!] ?? null))
    }
    codes[i] = code
  }
  return { name: names.join(' × '), columns: names, keys: values.map(keyOf), values, codes }
}
