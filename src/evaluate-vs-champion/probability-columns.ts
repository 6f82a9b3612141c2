import { ConfigurationError } from '../core/errors.js'

/** How `probability-columns` names the class probability columns. */
export type ProbabilityColumnsSpec =
  | { readonly kind: 'prefix'; readonly prefix: string }
  | { readonly kind: 'explicit'; readonly entries: ReadonlyArray<readonly [className: string, column: string]> }

/** Classes in metric order with their probability column. */
export interface ProbabilityColumns {
  readonly classes: readonly string[]
  readonly columns: readonly string[]
}

/** The input these columns come from. */
export const INPUT = 'probability-columns'
const EXAMPLE =
  'write `proba_*` (every column starting with proba_, the rest of the name is the class) or `setosa=p_setosa, versicolor=p_versicolor, virginica=p_virginica`'

/**
 * Parses `probability-columns`: one `PREFIX*` item (the class is the column name after the prefix), or a
 * comma/newline list of `class=column` items.
 * @throws {ConfigurationError} for an empty prefix, a mix of both forms, an item without `=`, or a class named twice
 */
export function parseProbabilityColumns(items: readonly string[]): ProbabilityColumnsSpec | undefined {
  if (items.length === 0) return undefined
  const first = items[0] as string
  if (items.length === 1 && first.endsWith('*') && !first.includes('=')) {
    const prefix = first.slice(0, -1)
    if (prefix === '' || prefix.includes('*'))
      throw new ConfigurationError(
        (w) => `${w.input(INPUT)} has the pattern "${first}"; it needs a non-empty prefix before one trailing *`,
        { input: INPUT },
        EXAMPLE,
      )
    return { kind: 'prefix', prefix }
  }
  const entries: Array<[string, string]> = []
  for (const item of items) {
    const eq = item.indexOf('=')
    const className = eq < 0 ? '' : item.slice(0, eq).trim()
    const column = eq < 0 ? '' : item.slice(eq + 1).trim()
    if (className === '' || column === '')
      throw new ConfigurationError(
        (w) => `${w.input(INPUT)} has the item "${item}"; items are class=column`,
        { input: INPUT },
        EXAMPLE,
      )
    if (entries.some(([c]) => c === className))
      throw new ConfigurationError(
        (w) => `${w.input(INPUT)} names class "${className}" twice`,
        { input: INPUT },
        'give each class one column',
      )
    entries.push([className, column])
  }
  if (entries.length < 2)
    throw new ConfigurationError(
      (w) => `${w.input(INPUT)} names ${entries.length} class; at least 2 are needed`,
      { input: INPUT },
      EXAMPLE,
    )
  return { kind: 'explicit', entries }
}
