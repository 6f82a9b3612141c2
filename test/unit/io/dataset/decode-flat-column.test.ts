import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { parquetMetadataAsync } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { parquetWriteFile } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import type { NativeColumnChunk, RowChunk } from '../../../../src/core/data/column-chunk.js'
import { openDataset } from '../../../../src/io/dataset/open-dataset.js'
import { decodeFlatColumn, flatColumnSpec } from '../../../../src/io/dataset/parquet/decode-flat-column.js'
import { readParquetChunks } from '../../../../src/io/dataset/parquet/parquet-chunks.js'
import { fileBuffer } from '../../../../src/io/dataset/parquet/read-parquet.js'
import { fixturePath } from '../../../helpers/fixture-path.js'

const tmp = mkdtempSync(join(tmpdir(), 'modelgate-flat-column-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Everything a consumer can read of a chunk column: per row its kind, number and text id, and its dictionary. */
function columnView(c: NativeColumnChunk) {
  const rows: unknown[] = []
  for (let r = 0; r < c.length; r++)
    rows.push(c.missing[r] === 1 ? null : [c.kinds[r], c.numbers[r], c.textIds[r], c.cell(r)])
  const d = c.dictionary()
  return {
    length: c.length,
    rows,
    texts: [...c.texts],
    dictionary: { ids: [...d.ids], entries: [...d.entries], counts: [...d.counts], firstRows: [...d.firstRows] },
  }
}

function chunkView(chunk: RowChunk) {
  return {
    columns: [...chunk.columns],
    length: chunk.length,
    lines: [...chunk.lines],
    cells: chunk.cells.map((c) => columnView(c as NativeColumnChunk)),
  }
}

async function chunksOf(path: string, genericDecode: boolean, chunkRows: number) {
  const out: ReturnType<typeof chunkView>[] = []
  for await (const chunk of readParquetChunks(path, { chunkRows, genericDecode })) out.push(chunkView(chunk))
  return out
}

/** The flat decoder's chunks equal hyparquet's generic path's, chunk for chunk. */
async function expectSameChunks(path: string, chunkRows: number): Promise<void> {
  const [flat, generic] = await Promise.all([chunksOf(path, false, chunkRows), chunksOf(path, true, chunkRows)])
  expect(flat).toEqual(generic)
}

/** Per row group, the columns the flat decoder decodes itself (the others fall back to hyparquet). */
async function flatColumns(path: string): Promise<string[][]> {
  const handle = await openDataset(path)
  try {
    const file = await fileBuffer(handle)
    const metadata = await parquetMetadataAsync(file)
    const groups: string[][] = []
    for (const group of metadata.row_groups) {
      const names: string[] = []
      for (const chunk of group.columns) {
        const meta = chunk.meta_data!
        const name = meta.path_in_schema[0]!
        const spec = flatColumnSpec(metadata, name)
        if (spec === undefined) continue
        const start = Number(meta.dictionary_page_offset || meta.data_page_offset)
        const bytes = new Uint8Array(await file.slice(start, start + Number(meta.total_compressed_size)))
        if (decodeFlatColumn(bytes, spec, meta, Number(group.num_rows), compressors) !== undefined) names.push(name)
      }
      groups.push(names)
    }
    return groups
  } finally {
    await handle.close()
  }
}

const duckdbDir = fixturePath('datasets/parquet-duckdb')
const duckdbFiles = readdirSync(duckdbDir).filter((name) => name.endsWith('.parquet'))
const codecDir = fixturePath('datasets/parquet-codecs')
const codecFiles = readdirSync(codecDir).filter((name) => name.endsWith('.parquet'))

describe('decodeFlatColumn against hyparquet, on DuckDB files (v1 and v2 pages, every codec)', () => {
  it('has the fixtures', () => {
    expect(duckdbFiles.length).toBeGreaterThanOrEqual(7)
    expect(codecFiles.length).toBeGreaterThanOrEqual(7)
  })

  it.each(duckdbFiles)('%s: the same chunks as the generic path', async (name) => {
    await expectSameChunks(join(duckdbDir, name), 300)
  })

  it.each(codecFiles)('parquet-codecs/%s: the same chunks as the generic path', async (name) => {
    await expectSameChunks(join(codecDir, name), 37)
  })

  it.each(duckdbFiles)('%s: decodes the flat numeric, boolean and dictionary text columns itself', async (name) => {
    const groups = await flatColumns(join(duckdbDir, name))
    const always = ['id', 'small', 'x', 'cat', 'flag', 'f', 'dec9', 'dec18', 'u', 'tiny']
    expect(groups[0]).toEqual([...always.slice(0, 10), 'big'].sort(order))
    // Row group 1 holds a BIGINT past 2^53 (its text is the cell): hyparquet's path reads it.
    expect(groups[1]).toEqual(always.sort(order))
  })
})

// The columns in file order.
const FILE_ORDER = ['id', 'small', 'x', 'cat', 'hi', 'flag', 'f', 'd', 'dec9', 'dec18', 'u', 'big', 'tiny']
const order = (a: string, b: string): number => FILE_ORDER.indexOf(a) - FILE_ORDER.indexOf(b)

type ColumnData = Parameters<typeof parquetWriteFile>[0]['columnData'][number]
type Codec = NonNullable<Parameters<typeof parquetWriteFile>[0]['codec']>

const writeCompressors = {
  GZIP: (input: Uint8Array) => new Uint8Array(gzipSync(input)),
  BROTLI: (input: Uint8Array) => new Uint8Array(brotliCompressSync(input)),
}

const words = fc.constantFrom('a', 'b', 'é', 'true', '', ' 7 ', '12', '1e3', 'NaN', 'x', 'a')

/** A column of one type with nulls, and an encoding hyparquet-writer writes it in (undefined: its own choice). */
function columnOf(kind: number, rows: number): fc.Arbitrary<ColumnData> {
  const values = <T>(value: fc.Arbitrary<T>, nullable: boolean) =>
    fc.array(nullable ? fc.option(value, { freq: 3, nil: null }) : value, { minLength: rows, maxLength: rows })
  const ints = ['PLAIN', 'RLE_DICTIONARY', 'DELTA_BINARY_PACKED', 'BYTE_STREAM_SPLIT', undefined] as const
  const floats = ['PLAIN', 'RLE_DICTIONARY', 'BYTE_STREAM_SPLIT', undefined] as const
  const of = <T>(
    type: NonNullable<ColumnData['type']>,
    value: fc.Arbitrary<T>,
    encodings: readonly (string | undefined)[],
  ) =>
    fc.record({ nullable: fc.boolean(), encoding: fc.constantFrom(...encodings) }).chain(({ nullable, encoding }) =>
      values(value, nullable).map((data): ColumnData => ({
        name: '',
        data,
        type,
        nullable,
        ...(encoding === undefined ? {} : { encoding: encoding as NonNullable<ColumnData['encoding']> }),
      })),
    )
  switch (kind) {
    case 0:
      return of('INT32', fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), ints)
    case 1:
      return of('INT32', fc.integer({ min: -5, max: 5 }), ints)
    case 2:
      return of(
        'INT64',
        fc.oneof(fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n }), fc.bigInt({ min: -40n, max: 40n })),
        ints,
      )
    case 3:
      return of('INT64', fc.constantFrom(3n, 2n ** 60n, -(2n ** 62n), 9007199254740993n, 2n ** 53n - 1n), ints)
    case 4:
      return of('DOUBLE', fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -0, 0.1, 1, 2.5)), floats)
    case 5:
      return of('FLOAT', fc.oneof(fc.float(), fc.constantFrom(0.5, -0, 3)), floats)
    case 6:
      return of('BOOLEAN', fc.boolean(), ['PLAIN', 'RLE', undefined])
    default:
      return of('STRING', words, ['PLAIN', 'RLE_DICTIONARY', 'DELTA_BYTE_ARRAY', undefined])
  }
}

const table = fc
  .record({
    kinds: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 6 }),
    rows: fc.integer({ min: 1, max: 300 }),
  })
  .chain(({ kinds, rows }) =>
    fc.record({
      columns: fc.tuple(...kinds.map((k) => columnOf(k, rows))),
      rowGroupSize: fc.integer({ min: 1, max: 320 }),
      pageSize: fc.constantFrom(64, 256, 4096, 1 << 20),
      // LZ4 and ZSTD: the fixtures (the test's LZ4 block encoder writes pages of no values that hyparquet rejects).
      codec: fc.constantFrom<Codec>('UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI'),
      chunkRows: fc.integer({ min: 1, max: 90 }),
    }),
  )

describe('decodeFlatColumn against hyparquet, on random tables', () => {
  it('gives the chunks of the generic path (types, nulls, dictionaries, encodings, pages, codecs)', async () => {
    let n = 0
    await fc.assert(
      fc.asyncProperty(table, async ({ columns, rowGroupSize, pageSize, codec, chunkRows }) => {
        const path = join(tmp, `t${n++}.parquet`)
        parquetWriteFile({
          filename: path,
          columnData: columns.map((c, j) => ({ ...c, name: `c${j}` })),
          rowGroupSize,
          pageSize,
          codec,
          compressors: writeCompressors,
        })
        await expectSameChunks(path, chunkRows)
      }),
      { numRuns: 80 },
    )
  })
})
