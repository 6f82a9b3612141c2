import { MISSING_GROUP } from './messages.js'

/** One sensitive column: its name and one value per row, `null` where the value is missing. */
export interface SensitiveColumn {
  readonly name: string
  readonly values: readonly (string | null)[]
}

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
 * @throws {RangeError} if the columns have different lengths or there are none
 * @example
 * encodeGroups([{ name: 'g', values: ['F', 'M', null] }], false)[0]!.keys // => ['g=F', 'g=M', 'g=(missing)']
 */
export function encodeGroups(columns: readonly SensitiveColumn[], intersectional: boolean): Grouping[] {
  if (columns.length === 0) throw new RangeError('encodeGroups: at least one sensitive column is required')
  const n = columns[0]!.values.length
  for (const column of columns) {
    if (column.values.length !== n) throw new RangeError(`encodeGroups: column "${column.name}" has ${column.values.length} values, expected ${n}`)
  }
  const groupings = columns.map((column) => encodeOne([column], n))
  if (intersectional && columns.length >= 2) groupings.push(encodeOne(columns, n))
  return groupings
}

function encodeOne(columns: readonly SensitiveColumn[], n: number): Grouping {
  const index = new Map<string, number>()
  const keys: string[] = []
  const values: (string | null)[][] = []
  const codes = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    // \u0000 cannot occur in the label text, so it separates values (and marks missing) unambiguously.
    let id = ''
    for (const column of columns) {
      const value = column.values[i] ?? null
      id += value === null ? '\u0000m\u0001' : `\u0000v${value}\u0001`
    }
    let code = index.get(id)
    if (code === undefined) {
      code = keys.length
      index.set(id, code)
      const row = columns.map((column) => column.values[i] ?? null)
      values.push(row)
      keys.push(columns.map((column, c) => label(column.name, row[c] ?? null)).join(', '))
    }
    codes[i] = code
  }
  return { name: columns.map((c) => c.name).join(' × '), columns: columns.map((c) => c.name), keys, values, codes }
}
