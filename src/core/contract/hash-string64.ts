/**
 * A 64-bit non-cryptographic hash of a string (cyrb53's two 32-bit lanes, both kept whole), written into
 * `out[0]` (high lane) and `out[1]` (low lane) so that a hot loop allocates nothing. Used by uniqueness checks,
 * which keep one hash per distinct value instead of the value.
 * @see https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js (public domain; the 53-bit original)
 * @throws never
 * @example
 * ((out) => (hashString64('a', out), out))(new Uint32Array(2)) // => Uint32Array [1344023463, 2194241793]
 */
export function hashString64(text: string, out: Uint32Array): void {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  out[0] = h2 >>> 0
  out[1] = h1 >>> 0
}
