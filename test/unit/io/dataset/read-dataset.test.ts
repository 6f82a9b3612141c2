import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { CellValue } from '../../../../src/core/data/cell-value.js'
import { dataMessages, SUPPORTED_DATASET_EXTENSIONS } from '../../../../src/core/data/messages.js'
import { ConfigurationError, DataError } from '../../../../src/core/errors.js'
import {
  datasetFormat,
  datasetHeader,
  readDataset,
  readDatasetColumns,
  writeCsv,
  type ReadDatasetOptions,
  type RowBatch,
} from '../../../../src/io/dataset/index.js'
import { expectRejection } from '../../../helpers/expect-rejection.js'

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../../../fixtures/datasets/${name}`, import.meta.url))
const tmp = mkdtempSync(join(tmpdir(), 'modelgate-dataset-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function collect(
  path: string,
  options: ReadDatasetOptions = {},
): Promise<{ batches: RowBatch[]; rows: CellValue[][]; lines: number[] }> {
  const batches: RowBatch[] = []
  for await (const batch of readDataset(path, options)) batches.push(batch)
  return { batches, rows: batches.flatMap((b) => b.rows), lines: batches.flatMap((b) => b.lines) }
}

const rejection = expectRejection

describe('datasetFormat', () => {
  it('datasetFormat(path) chooses the format and delimiter by extension, case-insensitively', () => {
    expect(datasetFormat('a/b.csv')).toEqual({ format: 'csv', gzip: false, delimiter: ',' })
    expect(datasetFormat('b.TSV.gz')).toEqual({ format: 'csv', gzip: true, delimiter: '\t' })
    expect(datasetFormat('b.ndjson')).toEqual({ format: 'jsonl', gzip: false, delimiter: ',' })
    expect(datasetFormat('b.jsonl.gz')).toEqual({ format: 'jsonl', gzip: true, delimiter: ',' })
    expect(datasetFormat('b.parquet')).toEqual({ format: 'parquet', gzip: false, delimiter: ',' })
  })
  it('datasetFormat(path) throws a ConfigurationError listing the supported extensions', () => {
    for (const path of ['data.txt', 'data.parquet.gz', 'data', 'data.json.gz']) {
      expect(() => datasetFormat(path)).toThrow(ConfigurationError)
      expect(() => datasetFormat(path)).toThrow(dataMessages.unsupportedExtension(path))
    }
    expect(dataMessages.unsupportedExtension('x.txt')).toContain(SUPPORTED_DATASET_EXTENSIONS.join(', '))
  })
})

describe('readDataset(csv)', () => {
  it('readDataset(small.csv) reads every row with its line', async () => {
    const { batches, rows, lines } = await collect(fixture('small.csv'))
    expect(batches[0]?.columns).toEqual(['id', 'name', 'score', 'active'])
    expect(rows).toEqual([
      ['1', 'alice', '0.5', 'true'],
      ['2', 'bob, jr', null, 'false'],
      ['3', '', null, 'yes'],
    ])
    expect(lines).toEqual([2, 3, 4])
  })
  it('readDataset(small.csv.gz) reads the same rows as the uncompressed file', async () => {
    expect((await collect(fixture('small.csv.gz'))).rows).toEqual((await collect(fixture('small.csv'))).rows)
  })
  it('readDataset(small.tsv) uses a tab delimiter', async () => {
    expect((await collect(fixture('small.tsv'))).rows).toEqual([
      ['1', 'alice', '0.5'],
      ['2', 'tab\there', null],
    ])
  })
  it('readDataset(x.tsv.gz) reads gzip with a tab delimiter; datasetHeader too', async () => {
    const path = join(tmp, 'x.TSV.gz')
    writeFileSync(path, gzipSync('a\tb c\n"1\t2"\té\n'))
    expect((await collect(path, { chunkSize: 2 })).rows).toEqual([['1\t2', 'é']])
    expect(await datasetHeader(path)).toEqual(['a', 'b c'])
  })
  it('readDataset(bom-crlf.csv) drops the BOM, reads CRLF and a last line without newline', async () => {
    const { batches, rows, lines } = await collect(fixture('bom-crlf.csv'), { chunkSize: 3 })
    expect(batches[0]?.columns).toEqual(['id', 'text'])
    expect(rows).toEqual([
      ['1', 'line one\r\nline two'],
      ['2', 'say "hi"'],
      ['3', 'last'],
    ])
    expect(lines).toEqual([2, 4, 5])
  })
  it('readDataset(quoted-multiline.csv) gives the physical start line of each row', async () => {
    expect((await collect(fixture('quoted-multiline.csv'), { chunkSize: 1 })).lines).toEqual([2, 5, 6, 9])
  })
  it('readDataset(null-values.csv) applies the null conventions', async () => {
    expect((await collect(fixture('null-values.csv'))).rows).toEqual([
      [null, 'NA'],
      [null, null],
      [null, null],
      [null, ''],
      [null, 'x'],
      ['na', 'None'],
    ])
  })
  it('readDataset(csv, {batchSize}) yields batches of exactly batchSize rows but the last', async () => {
    const path = join(tmp, 'many.csv')
    writeFileSync(
      path,
      writeCsv(
        Array.from({ length: 25 }, (_, i) => [String(i), `"${i}"\n`]),
        ['i', 'q'],
      ),
    )
    const { batches, rows, lines } = await collect(path, { batchSize: 7, chunkSize: 5 })
    expect(batches.map((b) => b.rows.length)).toEqual([7, 7, 7, 4])
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 25 }, (_, i) => String(i)))
    expect(lines).toEqual(Array.from({ length: 25 }, (_, i) => 2 + 2 * i))
  })
  it('readDataset(csv, {columns}) projects columns; a missing one names the file, the column and the present ones', async () => {
    const { batches, rows } = await collect(fixture('small.csv'), { columns: ['active', 'id'] })
    expect(batches[0]?.columns).toEqual(['active', 'id'])
    expect(rows[1]).toEqual(['false', '2'])
    const error = await rejection(collect(fixture('small.csv'), { columns: ['id', 'age'] }), DataError)
    expect(error.message).toBe(
      dataMessages.missingColumn(fixture('small.csv'), 'age', ['id', 'name', 'score', 'active']),
    )
    expect(error.hint).toBe(dataMessages.missingColumnHint('age', ['id', 'name', 'score', 'active']))
    expect(error.hint).toContain('check the column name')
  })
  it('readDataset(path, {columns}) repeats a column listed twice, in every format', async () => {
    for (const name of ['small.csv', 'small.jsonl', 'small.parquet']) {
      const { batches, rows } = await collect(fixture(name), { columns: ['id', 'name', 'id'] })
      expect(batches[0]?.columns).toEqual(['id', 'name', 'id'])
      for (const row of rows) expect(row[2]).toEqual(row[0])
    }
    const columns = await readDatasetColumns(fixture('small.csv'), ['id', 'id'])
    expect(columns.values.get('id')).toEqual(['1', '2', '3'])
  })
  it('a missing column hint suggests the closest present name', async () => {
    const error = await rejection(collect(fixture('small.csv'), { columns: ['Score'] }), DataError)
    expect(error.hint).toBe(dataMessages.missingColumnHint('Score', ['id', 'name', 'score', 'active']))
    expect(error.hint).toContain('did you mean "score"?')
    expect(dataMessages.missingColumnHint('actve', ['id', 'active'])).toContain('did you mean "active"?')
    expect(dataMessages.missingColumnHint(' name ', ['id', 'name'])).toContain('did you mean "name"?')
    expect(dataMessages.missingColumnHint('zzzzzz', ['id', 'name'])).not.toContain('did you mean')
  })
  it('readDataset(csv, {delimiter, nullValues}) overrides the defaults', async () => {
    const path = join(tmp, 'semi.csv')
    writeFileSync(path, 'a;b\nNA;-\n')
    expect((await collect(path, { delimiter: ';', nullValues: ['-'] })).rows).toEqual([['NA', null]])
  })
  it('readDataset(header-only.csv) yields no rows; datasetHeader gives its columns', async () => {
    expect((await collect(fixture('header-only.csv'))).batches).toEqual([])
    expect(await datasetHeader(fixture('header-only.csv'))).toEqual(['id', 'name', 'score'])
    const columns = await readDatasetColumns(fixture('header-only.csv'), ['score'])
    expect(columns.rowCount).toBe(0)
    expect(columns.values.get('score')).toEqual([])
  })
  it('readDataset(empty.csv) is a DataError "empty file"', async () => {
    const error = await rejection(collect(fixture('empty.csv')), DataError)
    expect(error.message).toBe(dataMessages.emptyFile(fixture('empty.csv')))
    expect(error.location).toEqual({ file: fixture('empty.csv'), line: 1 })
    await expect(datasetHeader(fixture('empty.csv'))).rejects.toThrow(dataMessages.emptyFile(fixture('empty.csv')))
  })
  it.each([
    ['ragged.csv', dataMessages.raggedRow(3, 2), 5, undefined],
    ['unterminated-quote.csv', dataMessages.unterminatedQuote(2), 3, 3],
    ['text-after-quote.csv', dataMessages.textAfterClosingQuote(2, 'tail'), 2, 11],
    ['duplicate-header.csv', dataMessages.duplicateHeaderName('id', 1, 3), 1, 9],
    ['empty-header.csv', dataMessages.emptyHeaderName(2), 1, 4],
    ['invalid-utf8.csv', dataMessages.invalidUtf8(18), 3, undefined],
  ])('readDataset(%s) is a DataError with its line and column', async (name, message, line, column) => {
    for (const chunkSize of [1, 4, 1 << 20]) {
      const error = await rejection(collect(fixture(name), { chunkSize }), DataError)
      expect(error.message).toBe(message)
      expect(error.location).toEqual(
        column === undefined ? { file: fixture(name), line } : { file: fixture(name), line, column },
      )
      expect(error.hint).toBeTruthy()
    }
  })
  it('readDataset(corrupt.csv.gz) is a DataError naming the file', async () => {
    const error = await rejection(collect(fixture('corrupt.csv.gz')), DataError)
    expect(error.message).toMatch(/^dataset ".*corrupt\.csv\.gz" is not a valid gzip file: /)
    expect(error.hint).toBe(dataMessages.corruptGzipHint())
  })
  it('readDataset(missing path) is a ConfigurationError naming the path', async () => {
    const path = join(tmp, 'nope.csv')
    const error = await rejection(collect(path), ConfigurationError)
    expect(error.message).toBe(dataMessages.unreadablePath(path, 'ENOENT'))
    expect(error.location).toEqual({ file: path })
    await expect(datasetHeader(path)).rejects.toThrow(dataMessages.unreadablePath(path, 'ENOENT'))
  })
  it('readDataset(a directory) is a ConfigurationError', async () => {
    const path = join(tmp, 'dir.csv')
    rmSync(path, { force: true, recursive: true })
    const { mkdirSync } = await import('node:fs')
    mkdirSync(path)
    expect((await rejection(collect(path), ConfigurationError)).message).toBe(
      dataMessages.unreadablePath(path, 'EISDIR'),
    )
  })
  it.skipIf(process.getuid?.() === 0)(
    'readDataset(unreadable file) is a ConfigurationError "permission denied"',
    async () => {
      const path = join(tmp, 'secret.csv')
      writeFileSync(path, 'a\n1\n')
      chmodSync(path, 0o000)
      expect((await rejection(collect(path), ConfigurationError)).message).toBe(
        dataMessages.unreadablePath(path, 'EACCES'),
      )
    },
  )
  it('readDataset(path, {signal}) rejects with the abort reason', async () => {
    const path = join(tmp, 'abort.csv')
    writeFileSync(
      path,
      writeCsv(
        Array.from({ length: 100 }, (_, i) => [String(i)]),
        ['i'],
      ),
    )
    const controller = new AbortController()
    const seen: number[] = []
    const reason = new Error('stop here')
    await expect(
      (async () => {
        for await (const batch of readDataset(path, { batchSize: 10, signal: controller.signal })) {
          seen.push(batch.rows.length)
          controller.abort(reason)
        }
      })(),
    ).rejects.toBe(reason)
    expect(seen).toEqual([10])
    const aborted = AbortSignal.abort(reason)
    await expect(collect(path, { signal: aborted })).rejects.toBe(reason)
  })
  it('readDataset(path) can be left early and read again', async () => {
    const path = join(tmp, 'early.csv')
    writeFileSync(
      path,
      writeCsv(
        Array.from({ length: 50 }, (_, i) => [String(i)]),
        ['i'],
      ),
    )
    for (let attempt = 0; attempt < 3; attempt++) {
      for await (const batch of readDataset(path, { batchSize: 5, chunkSize: 8 })) {
        expect(batch.rows[0]).toEqual(['0'])
        break
      }
    }
    expect((await collect(path)).rows).toHaveLength(50)
  })
  it('readDataset(csv, {delimiter}) rejects a delimiter that is not one plain character', () => {
    for (const delimiter of ['\\t', '', '"', '\n', ';;']) {
      expect(() => readDataset(fixture('small.csv'), { delimiter })).toThrow(ConfigurationError)
      expect(() => readDataset(fixture('small.csv'), { delimiter })).toThrow(dataMessages.invalidDelimiter(delimiter))
    }
  })
  it('readDataset(path, {batchSize: 0}) is a RangeError', () => {
    expect(() => readDataset(fixture('small.csv'), { batchSize: 0 })).toThrow(RangeError)
  })
  it('readDataset(writeCsv(table).gz) round-trips through gzip for any table and chunk size', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constant<CellValue>(null)), {
            minLength: 3,
            maxLength: 3,
          }),
          { maxLength: 20 },
        ),
        fc.integer({ min: 1, max: 64 }),
        fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
        async (rows, chunkSize, newline) => {
          const path = join(tmp, `round-${run++}.csv.gz`)
          writeFileSync(path, gzipSync(writeCsv(rows, ['a', 'b', 'c'], { newline })))
          expect((await collect(path, { chunkSize, batchSize: 4 })).rows).toEqual(rows)
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('readDatasetColumns', () => {
  it('readDatasetColumns(path, columns) collects whole columns in request order with lines and rowCount', async () => {
    const result = await readDatasetColumns(fixture('quoted-multiline.csv'), ['comment', 'id'], { batchSize: 2 })
    expect(result.columns).toEqual(['comment', 'id'])
    expect(result.values.get('id')).toEqual(['1', '2', '3', '4'])
    expect(result.values.get('comment')).toEqual(['first\nsecond\nthird', 'plain', 'a\n\nb', 'end'])
    expect(result.lines).toEqual([2, 5, 6, 9])
    expect(result.rowCount).toBe(4)
  })
  it('readDatasetColumns(jsonl) fills a key first seen late with null in earlier rows', async () => {
    const result = await readDatasetColumns(fixture('small.jsonl'), ['extra', 'id'], { batchSize: 1 })
    expect(result.values.get('extra')).toEqual([null, '{"k":1}', null])
    expect(result.values.get('id')).toEqual([1, 2, 3])
  })
})
