/**
 * How many parts to cut each file of one scan into, for `workers` worker threads: each file's share of the workers
 * by its size (at least one part each). Why: splitting a file into byte ranges costs a merge of its profiles on the
 * main thread (sorted numbers merged, sketches combined) — at 1M rows most of a drift run's serial time — so when
 * the data and the reference already keep both workers busy side by side, each is scanned whole; a file much larger
 * than the other still gets its share of the cores.
 * @throws never
 * @example
 * partitionShares([75e6, 76e6], 2) // => [1, 1]
 * partitionShares([380e6, 75e6], 2) // => [2, 1]
 * partitionShares([75e6], 2) // => [2]
 */
export function partitionShares(sizes: readonly number[], workers: number): number[] {
  const total = sizes.reduce((sum, size) => sum + Math.max(0, size), 0)
  if (sizes.length === 0) return []
  if (total === 0) return sizes.map(() => 1)
  return sizes.map((size) => Math.max(1, Math.round((workers * Math.max(0, size)) / total)))
}
