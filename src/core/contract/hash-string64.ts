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
  finish64(h1, h2, out)
}

/**
 * {@link hashString64} of the text of UTF-8 bytes `[start, end)`, computed from the bytes when they are ASCII (each
 * byte is then its UTF-16 code unit); `nonAscii` text is decoded with `decode` first.
 * @throws never
 * @example
 * ((out) => (hashBytes64(new Uint8Array([97]), 0, 1, false, () => 'a', out), out))(new Uint32Array(2)) // => Uint32Array [1344023463, 2194241793]
 */
export function hashBytes64(
  bytes: Uint8Array,
  start: number,
  end: number,
  nonAscii: boolean,
  decode: (bytes: Uint8Array, start: number, end: number) => string,
  out: Uint32Array,
): void {
  if (nonAscii) {
    hashString64(decode(bytes, start, end), out)
    return
  }
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = start; i < end; i++) {
    const ch = bytes[i] as number
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  finish64(h1, h2, out)
}

function finish64(a: number, b: number, out: Uint32Array): void {
  let h1 = a
  let h2 = b
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  out[0] = h2 >>> 0
  out[1] = h1 >>> 0
}
