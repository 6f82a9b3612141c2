import { utf8UnitBytes } from './utf8-byte-length.js'

/**
 * The longest prefix of `text` that fits in `maxBytes` bytes of UTF-8, never splitting a character (a surrogate
 * pair is kept or dropped whole).
 * @example cutToUtf8Bytes('日本語', 7) // => '日本'
 * @example cutToUtf8Bytes('a🎉', 4) // => 'a'
 */
export function cutToUtf8Bytes(text: string, maxBytes: number): string {
  let bytes = 0
  let end = 0
  while (end < text.length) {
    const unit = utf8UnitBytes(text, end)
    const width = unit === 4 ? 2 : 1
    if (bytes + unit > maxBytes) break
    bytes += unit
    end += width
  }
  return text.slice(0, end)
}
