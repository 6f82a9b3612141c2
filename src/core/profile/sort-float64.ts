/**
 * Sorts finite float64 values ascending in place, with the order `Float64Array.prototype.sort` gives (−0 before +0):
 * an LSD radix sort on the IEEE-754 bits (four 16-bit digits; a digit every value shares is skipped), linear time —
 * TypedArray sort took ~120 ms per million values, the largest single cost of a CSV scan's finish.
 * @throws never
 * @example
 * Array.from(sortFloat64(new Float64Array([2, -1, 0.5]))) // => [-1, 0.5, 2]
 */
export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length
  if (n < 256) return values.sort()
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2)
  // Sortable keys: negative numbers all bits flipped, others the sign bit flipped (little-endian: [low, high]).
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1] as number
    if (hi >>> 31 === 1) {
      words[2 * i] = ~(words[2 * i] as number)
      words[2 * i + 1] = ~hi
    } else words[2 * i + 1] = hi ^ 0x80000000
  }
  const counts = new Int32Array(4 * 65536)
  for (let i = 0; i < n; i++) {
    const lo = words[2 * i] as number
    const hi = words[2 * i + 1] as number
    counts[lo & 0xffff]!++
    counts[65536 + (lo >>> 16)]!++
    counts[131072 + (hi & 0xffff)]!++
    counts[196608 + (hi >>> 16)]!++
  }
  let from: Uint32Array = words
  let to: Uint32Array = new Uint32Array(n * 2)
  for (let d = 0; d < 4; d++) {
    const base = d * 65536
    const word = d >> 1
    const shift = (d & 1) * 16
    if (counts[base + (((from[word] as number) >>> shift) & 0xffff)] === n) continue
    let sum = 0
    for (let b = 0; b < 65536; b++) {
      const c = counts[base + b] as number
      counts[base + b] = sum
      sum += c
    }
    for (let i = 0; i < n; i++) {
      const lo = from[2 * i] as number
      const hi = from[2 * i + 1] as number
      const at = counts[base + (((word === 0 ? lo : hi) >>> shift) & 0xffff)]!++
      to[2 * at] = lo
      to[2 * at + 1] = hi
    }
    const swap = from
    from = to
    to = swap
  }
  if (from !== words) words.set(from)
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1] as number
    if (hi >>> 31 === 0) {
      words[2 * i] = ~(words[2 * i] as number)
      words[2 * i + 1] = ~hi
    } else words[2 * i + 1] = hi ^ 0x80000000
  }
  return values
}
