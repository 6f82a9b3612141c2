import { cutToUtf8Bytes } from './cut-to-utf8-bytes.js'
import { utf8ByteLength } from './utf8-byte-length.js'

/** What a limit counts: UTF-16 code units (`string.length`, GitHub's "characters") or UTF-8 bytes. */
export type LengthUnit = 'utf16' | 'utf8'

const CLOSE_FENCE = '```\n'

/** The longest prefix of `text` within `limit` units, never splitting a surrogate pair. */
function prefixWithin(text: string, limit: number, unit: LengthUnit): string {
  if (unit === 'utf8') return cutToUtf8Bytes(text, limit)
  const cut = text.slice(0, limit)
  const last = cut.charCodeAt(cut.length - 1)
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut
}

/**
 * Cuts Markdown to at most `limit` characters (or, with `unit` 'utf8', bytes) at a line boundary, closing an open
 * code fence, and appends `notice` (which counts towards the limit). A character is never split.
 * @example truncateMarkdown('line 1\nline 2\nline 3', 16, '…') // => 'line 1\n…'
 * @example truncateMarkdown('日本\n日本\n日本\n', 16, '…', 'utf8') // => '日本\n…'
 */
export function truncateMarkdown(markdown: string, limit: number, notice: string, unit: LengthUnit = 'utf16'): string {
  const size = unit === 'utf8' ? utf8ByteLength : (text: string) => text.length
  if (size(markdown) <= limit) return markdown
  let cut = prefixWithin(markdown, Math.max(0, limit - size(notice) - CLOSE_FENCE.length - 1), unit)
  const lastNewline = cut.lastIndexOf('\n')
  if (lastNewline > 0) cut = cut.slice(0, lastNewline + 1)
  const fences = (cut.match(/^```/gm) ?? []).length
  if (fences % 2 === 1) cut += cut.endsWith('\n') ? CLOSE_FENCE : `\n${CLOSE_FENCE}`
  return prefixWithin(cut + notice, limit, unit)
}
