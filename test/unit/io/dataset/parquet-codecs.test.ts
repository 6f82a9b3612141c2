import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parquetMetadata } from 'hyparquet'
import { describe, expect, it } from 'vitest'
import type { CellValue } from '../../../../src/core/data/cell-value.js'
import { chunkCell } from '../../../../src/core/data/column-chunk.js'
import { readColumnChunks, readDataset } from '../../../../src/io/dataset/index.js'
import { CODECS, codecTable } from './generate-parquet-codecs.js'

const fixture = (codec: string): string =>
  fileURLToPath(new URL(`../../../../fixtures/datasets/parquet-codecs/${codec.toLowerCase()}.parquet`, import.meta.url))

/** The table's rows as the readers yield them: INT64 → number (its decimal text past 2^53), dates → ISO text. */
function expectedRows(): CellValue[][] {
  const columns = codecTable().map(({ data }) =>
    data.map((value): CellValue => {
      if (value instanceof Date) return value.toISOString()
      if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString()
      return value as CellValue
    }),
  )
  return columns[0]!.map((_, r) => columns.map((column) => column[r]!))
}

describe('Parquet codecs (fixtures/datasets/parquet-codecs, written by generate-parquet-codecs.ts)', () => {
  const expected = expectedRows()
  it('the expected table has the awkward cells (nulls, an unsafe INT64, non-ASCII text)', () => {
    expect(expected[3]).toEqual([3, null, 'é-enterprise', true, 3000, '2026-01-04T00:00:00.000Z'])
    expect(expected[5]![4]).toBe('1152921504606846976')
    expect(expected[0]![3]).toBeNull()
  })
  for (const codec of CODECS) {
    it(`${codec}: the file is ${codec}-compressed; rows and column chunks hold the table`, async () => {
      const bytes = readFileSync(fixture(codec))
      expect(bytes.length).toBeLessThan(20_000)
      const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
      expect(metadata.row_groups.length).toBe(4)
      for (const group of metadata.row_groups) for (const c of group.columns) expect(c.meta_data?.codec).toBe(codec)
      const rows: CellValue[][] = []
      const lines: number[] = []
      for await (const batch of readDataset(fixture(codec), { batchSize: 50 })) {
        rows.push(...batch.rows)
        lines.push(...batch.lines)
      }
      expect(rows).toEqual(expected)
      expect(lines).toEqual(expected.map((_, r) => r + 2))
      const fromChunks: CellValue[][] = []
      for await (const chunk of readColumnChunks(fixture(codec), { chunkRows: 30 })) {
        for (let r = 0; r < chunk.length; r++) fromChunks.push(chunk.cells.map((c) => chunkCell(c, r)))
      }
      expect(fromChunks).toEqual(expected)
    })
  }
})
