/**
 * Whether the values are in ascending order (equal neighbours allowed): a linear check that lets callers skip a
 * sort of data that arrives sorted.
 * @throws never
 * @example
 * isSortedAscending([1, 2, 2, 3]) // => true
 */
export function isSortedAscending(values: ArrayLike<number>): boolean {
  for (let i = 1; i < values.length; i++) if ((values[i] as number) < (values[i - 1] as number)) return false
  return true
}
