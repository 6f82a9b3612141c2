/**
 * Writes fixtures/datasets/parquet-codecs/<codec>.parquet: one small table (the same rows in every file) compressed
 * with each codec Parquet writers use by default. Committed; run again with
 * `npx tsx test/unit/io/dataset/generate-parquet-codecs.ts` after changing it (needs Debian's `zstd` on PATH).
 *
 * hyparquet-writer compresses SNAPPY itself and takes a compressor per other codec: GZIP and BROTLI from node:zlib,
 * ZSTD from the `zstd` command (Node 20's zlib has none), LZ4_RAW (an LZ4 block) and LZ4 (Hadoop's framing of LZ4
 * blocks: big-endian uncompressed and compressed lengths, then the block) from the greedy block encoder below.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { parquetWriteFile } from 'hyparquet-writer'

const dir = fileURLToPath(new URL('../../../../fixtures/datasets/parquet-codecs/', import.meta.url))

/** The table every fixture holds (200 rows): the test checks each file's rows against this. */
export function codecTable(): {
  name: string
  data: unknown[]
  type: 'INT32' | 'DOUBLE' | 'STRING' | 'BOOLEAN' | 'INT64' | 'TIMESTAMP'
}[] {
  const n = 200
  const rows = Array.from({ length: n }, (_, i) => i)
  return [
    { name: 'id', data: rows, type: 'INT32' },
    {
      name: 'score',
      data: rows.map((i) => (i % 7 === 3 ? null : Math.round(((i * 37) % 100) * 1.25) / 100)),
      type: 'DOUBLE',
    },
    { name: 'plan', data: rows.map((i) => ['free', 'pro', 'team', 'é-enterprise'][i % 4]!), type: 'STRING' },
    { name: 'churned', data: rows.map((i) => (i % 11 === 0 ? null : i % 3 === 0)), type: 'BOOLEAN' },
    { name: 'big', data: rows.map((i) => (i === 5 ? 2n ** 60n : BigInt(i * 1000))), type: 'INT64' },
    { name: 'seen', data: rows.map((i) => new Date(Date.UTC(2026, 0, 1 + (i % 30)))), type: 'TIMESTAMP' },
  ]
}

/** An LZ4 block (greedy matches from a 4-byte hash table; the format's end rules: the last 5 bytes literals). */
export function lz4Block(input: Uint8Array): Uint8Array {
  const out: number[] = []
  const table = new Map<number, number>()
  const n = input.length
  let anchor = 0
  let i = 0
  const length = (value: number): void => {
    let rest = value
    while (rest >= 255) {
      out.push(255)
      rest -= 255
    }
    out.push(rest)
  }
  const literals = (end: number, matchNibble: number): void => {
    const count = end - anchor
    out.push(((count >= 15 ? 15 : count) << 4) | matchNibble)
    if (count >= 15) length(count - 15)
    for (let k = anchor; k < end; k++) out.push(input[k]!)
  }
  while (i + 12 < n) {
    const key = input[i]! | (input[i + 1]! << 8) | (input[i + 2]! << 16) | (input[i + 3]! << 24)
    const candidate = table.get(key)
    table.set(key, i)
    if (candidate === undefined || i - candidate > 65535) {
      i++
      continue
    }
    let match = 4
    while (i + match < n - 5 && input[candidate + match] === input[i + match]) match++
    literals(i, Math.min(match - 4, 15))
    out.push((i - candidate) & 255, (i - candidate) >> 8)
    if (match - 4 >= 15) length(match - 4 - 15)
    i += match
    anchor = i
  }
  literals(n, 0)
  return Uint8Array.from(out)
}

/** Hadoop's LZ4 framing of one block. */
function hadoopLz4(input: Uint8Array): Uint8Array {
  const block = lz4Block(input)
  const out = new Uint8Array(8 + block.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, input.length)
  view.setUint32(4, block.length)
  out.set(block, 8)
  return out
}

const compressors = {
  GZIP: (input: Uint8Array) => new Uint8Array(gzipSync(input)),
  BROTLI: (input: Uint8Array) => new Uint8Array(brotliCompressSync(input)),
  ZSTD: (input: Uint8Array) => new Uint8Array(execFileSync('zstd', ['-q', '-c', '-19'], { input })),
  LZ4_RAW: lz4Block,
  LZ4: hadoopLz4,
}

export const CODECS = ['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'ZSTD', 'LZ4_RAW', 'LZ4'] as const

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(dir, { recursive: true })
  for (const codec of CODECS) {
    parquetWriteFile({
      filename: `${dir}${codec.toLowerCase()}.parquet`,
      columnData: codecTable().map((column) => ({ ...column, data: column.data as never, nullable: true })),
      codec,
      compressors,
      rowGroupSize: 64,
    })
  }
}
