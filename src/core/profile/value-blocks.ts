/**
 * A column's exact values while a scan adds them, in arrival order: fixed blocks of BLOCK_VALUES float64s. A growing
 * `number[]` copied itself at every regrowth (1.5× each) and kept the old copies until a collection, and its final
 * copy into a Float64Array doubled the column once more: at a million values in each of a dozen columns, the
 * largest part of a scan worker's peak memory. Blocks are allocated once each and joined once, at the scan's end.
 */
export interface ValueBlocks {
  readonly kind: 'blocks'
  readonly blocks: Float64Array[]
  /** Values held, over all blocks. */
  length: number
}

/** Values per block (512 KiB). */
export const BLOCK_VALUES = 65_536

/**
 * Blocks holding `initial` (in order), ready for more.
 * @throws never
 * @example
 * createValueBlocks([1, 2]).length // => 2
 */
export function createValueBlocks(initial: ArrayLike<number> = []): ValueBlocks {
  const blocks: ValueBlocks = { kind: 'blocks', blocks: [], length: 0 }
  for (let i = 0; i < initial.length; i++) appendValue(blocks, initial[i] as number)
  return blocks
}

/**
 * Appends one value.
 * @throws never
 * @example
 * ((b) => (appendValue(b, 3), b.length))(createValueBlocks()) // => 1
 */
export function appendValue(b: ValueBlocks, n: number): void {
  const at = b.length % BLOCK_VALUES
  if (at === 0) b.blocks.push(new Float64Array(BLOCK_VALUES))
  ;(b.blocks[b.blocks.length - 1] as Float64Array)[at] = n
  b.length++
}

/**
 * The values in arrival order as one Float64Array of exactly their count.
 * @throws never
 * @example
 * Array.from(joinValueBlocks(createValueBlocks([3, 1]))) // => [3, 1]
 */
export function joinValueBlocks(b: ValueBlocks): Float64Array {
  const out = new Float64Array(b.length)
  let at = 0
  for (const block of b.blocks) {
    const take = Math.min(BLOCK_VALUES, b.length - at)
    out.set(take === BLOCK_VALUES ? block : block.subarray(0, take), at)
    at += take
  }
  return out
}

/**
 * Whether a profile's `values` are blocks still being filled.
 * @throws never
 * @example
 * isValueBlocks([1]) // => false
 */
export function isValueBlocks(values: unknown): values is ValueBlocks {
  return (values as Partial<ValueBlocks> | null)?.kind === 'blocks'
}
