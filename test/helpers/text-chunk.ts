import { TextColumnChunk } from '../../src/core/data/column-chunk.js'

/** A CSV chunk column of these fields (null: missing), their bytes back to back. */
export function textChunk(fields: readonly (Uint8Array | string | null)[]): TextColumnChunk {
  const parts = fields.map((f) => (f === null ? new Uint8Array(0) : typeof f === 'string' ? Buffer.from(f) : f))
  const bytes = Buffer.concat(parts)
  const starts = new Int32Array(fields.length)
  const ends = new Int32Array(fields.length)
  let at = 0
  parts.forEach((part, r) => {
    starts[r] = at
    at += part.length
    ends[r] = at
  })
  const missing = Uint8Array.from(fields, (f) => (f === null ? 1 : 0))
  const nonAscii = Uint8Array.from(parts, (part) => (part.some((b) => b >= 0x80) ? 1 : 0))
  const decode = (b: Uint8Array, s: number, e: number): string => Buffer.from(b.subarray(s, e)).toString('utf8')
  return new TextColumnChunk(
    fields.length,
    bytes,
    starts,
    ends,
    new Float64Array(fields.length).fill(NaN),
    missing,
    nonAscii,
    decode,
  )
}
