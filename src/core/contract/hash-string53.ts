/**
 * cyrb53: a fast 53-bit non-cryptographic hash of a string, exact-integer safe as a JavaScript number. Used to
 * keep uniqueness sets small (one number per distinct value instead of the string).
 * @see https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js (public domain)
 * @throws never
 * @example
 * hashString53('a') // => 7929297801672961
 */
export function hashString53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed
  let h2 = 0x41c6ce57 ^ seed
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
