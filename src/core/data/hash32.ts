/**
 * FNV-1a over bytes [start, end), as an unsigned 32-bit number: the hash of the byte-keyed tables (chunk
 * dictionaries, KeyIndex).
 * @throws never
 * @example fnv1aBytes(new Uint8Array([97]), 0, 1) // => 3826002220
 */
export function fnv1aBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193)
  return h >>> 0
}

/**
 * murmur3's 32-bit finaliser: spreads every input bit over the output bits (unsigned 32-bit), so that the low bits of
 * a weak hash (FNV-1a's, a double's words) can index a table or draw a sample.
 * @throws never
 * @example fmix32(0) // => 0
 */
export function fmix32(hash: number): number {
  let h = hash
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}
