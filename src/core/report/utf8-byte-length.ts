/**
 * The number of bytes `text` takes in UTF-8, counted without encoding it (core has no Buffer or TextEncoder):
 * 1 byte below U+0080, 2 below U+0800, 3 for the rest of the BMP, 4 for a surrogate pair; a lone surrogate is
 * written as U+FFFD (3 bytes), as TextEncoder writes it. GitHub's limits on job summaries and annotation
 * messages are in bytes, not in the UTF-16 units `string.length` counts.
 * @example utf8ByteLength('abc') // => 3
 * @example utf8ByteLength('日本') // => 6
 * @example utf8ByteLength('🎉') // => 4
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) bytes += utf8UnitBytes(text, i)
  return bytes
}

/**
 * The UTF-8 bytes that the UTF-16 unit at `index` contributes: a high surrogate followed by a low one counts
 * the whole pair (4) and the low one 0.
 * @example utf8UnitBytes('é', 0) // => 2
 */
export function utf8UnitBytes(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x80) return 1
  if (code < 0x800) return 2
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1)
    return next >= 0xdc00 && next <= 0xdfff ? 4 : 3
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(index - 1)
    return previous >= 0xd800 && previous <= 0xdbff ? 0 : 3
  }
  return 3
}
