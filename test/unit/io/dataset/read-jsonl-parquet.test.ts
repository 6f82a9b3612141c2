import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { parquetWriteFile } from 'hyparquet-writer'
import { afterAll, describe, expect, it } from 'vitest'
import type { CellValue } from '../../../../src/core/data/cell-value.js'
import { dataMessages } from '../../../../src/core/data/messages.js'
import { DataError } from '../../../../src/core/errors.js'
import {
  datasetHeader,
  readDataset,
  readDatasetColumns,
  type ReadDatasetOptions,
  type RowBatch,
} from '../../../../src/io/dataset/index.js'
import { parquetCell } from '../../../../src/io/dataset/parquet/read-parquet.js'
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

const dataError = (promise: Promise<unknown>): Promise<DataError> => expectRejection(promise, DataError)

describe('readDataset(jsonl)', () => {
  it('readDataset(small.jsonl) reads objects, skips blank lines, stringifies nested values, unions keys', async () => {
    const { batches, rows, lines } = await collect(fixture('small.jsonl'))
    expect(batches).toHaveLength(1)
    expect(batches[0]?.columns).toEqual(['id', 'name', 'score', 'tags', 'extra'])
    expect(rows).toEqual([
      [1, 'alice', 0.5, '["a","b"]', null],
      [2, null, null, null, '{"k":1}'],
      [3, 'carol', null, null, null],
    ])
    expect(lines).toEqual([1, 3, 4])
  })
  it('readDataset(jsonl, {batchSize: 1}) grows columns append-only; every row fits its batch columns', async () => {
    const { batches } = await collect(fixture('small.jsonl'), { batchSize: 1, chunkSize: 7 })
    expect(batches.map((b) => b.columns)).toEqual([
      ['id', 'name', 'score', 'tags'],
      ['id', 'name', 'score', 'tags', 'extra'],
      ['id', 'name', 'score', 'tags', 'extra'],
    ])
    for (const batch of batches) for (const row of batch.rows) expect(row).toHaveLength(batch.columns.length)
  })
  it('readDataset(jsonl, {columns}) projects keys; a key no line has is a DataError at the end', async () => {
    expect((await collect(fixture('small.jsonl'), { columns: ['name', 'id'] })).rows).toEqual([
      ['alice', 1],
      [null, 2],
      ['carol', 3],
    ])
    const error = await dataError(collect(fixture('small.jsonl'), { columns: ['id', 'age'] }))
    expect(error.message).toBe(
      dataMessages.missingColumn(fixture('small.jsonl'), 'age', ['id', 'name', 'score', 'tags', 'extra']),
    )
  })
  it('readDataset(small.jsonl.gz) reads gzip', async () => {
    expect((await collect(fixture('small.jsonl.gz'))).rows).toEqual([[1], [2]])
  })
  it('readDataset(bad-json.jsonl) names the line and the parser message', async () => {
    const error = await dataError(collect(fixture('bad-json.jsonl')))
    let parserMessage = ''
    try {
      JSON.parse('{"id":2,}')
    } catch (e) {
      parserMessage = (e as Error).message
    }
    expect(error.message).toBe(dataMessages.invalidJson(parserMessage))
    expect(error.location).toEqual({ file: fixture('bad-json.jsonl'), line: 2, column: 9 })
    expect(error.hint).toBe(dataMessages.invalidJsonHint())
  })
  it('readDataset(not-object.jsonl) rejects a line that is not an object', async () => {
    const error = await dataError(collect(fixture('not-object.jsonl'), { chunkSize: 2 }))
    expect(error.message).toBe(dataMessages.jsonLineNotObject('array'))
    expect(error.location).toEqual({ file: fixture('not-object.jsonl'), line: 3 })
  })
  it.each([
    ['null', 'null'],
    ['"text"', 'string'],
    ['42', 'number'],
    ['true', 'boolean'],
  ])('readDataset(jsonl line %s) is a DataError "not an object"', async (line, kind) => {
    const path = join(tmp, `scalar-${kind}.jsonl`)
    writeFileSync(path, `${line}\n`)
    expect((await dataError(collect(path))).message).toBe(dataMessages.jsonLineNotObject(kind))
  })
  it('readDataset(jsonl) refuses a key written twice in one object, naming the line and the key', async () => {
    const path = join(tmp, 'duplicate-key.jsonl')
    writeFileSync(path, '{"id": 1, "y": 0}\n{"id": 2, "y": 0, "y": 1}\n')
    const error = await dataError(collect(path, { chunkSize: 5 }))
    expect(error.message).toBe('line has key "y" twice in one object (JSON would keep only the last value)')
    expect(error.location).toEqual({ file: path, line: 2 })
    expect(error.hint).toBe(dataMessages.jsonDuplicateKeyHint())
    // Escapes are decoded before comparing; the same key in a nested object is refused too.
    writeFileSync(path, '{"a": 1, "\\u0061": 2}\n')
    expect((await dataError(collect(path))).message).toBe(dataMessages.jsonDuplicateKey('a'))
    writeFileSync(path, '{"a": {"k": 1, "k": 2}}\n')
    expect((await dataError(collect(path))).message).toBe(dataMessages.jsonDuplicateKey('k'))
    // One key per object, even when two objects share it: fine.
    writeFileSync(path, '{"a": 1, "b": {"a": 2}}\n')
    expect((await collect(path)).rows).toEqual([[1, '{"a":2}']])
  })
  it('readDataset(jsonl) keeps integers a double cannot hold exactly as their digits', async () => {
    const path = join(tmp, 'big-ids.jsonl')
    writeFileSync(path, '{"id": 9007199254740993, "n": 9007199254740992, "x": -12345678901234567890, "f": 1e300}\n')
    expect((await collect(path)).rows).toEqual([['9007199254740993', 9007199254740992, '-12345678901234567890', 1e300]])
    // 99 distinct ids above 2^53 stay 99 distinct cells (as doubles they collided).
    writeFileSync(
      path,
      Array.from({ length: 99 }, (_, i) => `{"id": ${9007199254740993n + 2n * BigInt(i)}}`).join('\n'),
    )
    expect(new Set((await collect(path)).rows.map((r) => r[0])).size).toBe(99)
  })
  it('readDataset(jsonl) refuses nesting deeper than 64 levels, naming the line (200,000 levels: no stack overflow)', async () => {
    const path = join(tmp, 'deep.jsonl')
    const depth = 200_000
    writeFileSync(path, `{"a": 1}\n{"a": ${'['.repeat(depth)}${']'.repeat(depth)}}\n`)
    const error = await dataError(collect(path))
    expect(error.message).toBe('line nests JSON objects and arrays more than 64 levels deep')
    expect(error.location).toEqual({ file: path, line: 2 })
    // 63 levels inside the line's object: kept as JSON text.
    writeFileSync(path, `{"a": ${'['.repeat(63)}${']'.repeat(63)}}\n`)
    expect((await collect(path)).rows[0]?.[0]).toBe('['.repeat(63) + ']'.repeat(63))
  })
  it('readDataset(jsonl) refuses a line longer than maxFieldBytes, naming the line, before it ends', async () => {
    const path = join(tmp, 'long-line.jsonl')
    writeFileSync(path, `{"a": 1}\n{"a": "${'x'.repeat(5000)}"}\n{"a": 2}\n`)
    const error = await dataError(collect(path, { maxFieldBytes: 4096, chunkSize: 512 }))
    expect(error.message).toBe('line is longer than 4096 bytes, the limit for one JSON line')
    expect(error.location).toEqual({ file: path, line: 2 })
    expect(error.hint).toBe(dataMessages.fieldTooLongHint())
    // Counted in UTF-8 bytes: 2,000 "é" (4,000 bytes + the key) pass 4,096 bytes; 2,100 do not.
    writeFileSync(path, `{"a": "${'é'.repeat(2000)}"}\n`)
    expect((await collect(path, { maxFieldBytes: 4096 })).rows).toHaveLength(1)
    writeFileSync(path, `{"a": "${'é'.repeat(2100)}"}\n`)
    expect((await dataError(collect(path, { maxFieldBytes: 4096 }))).location).toEqual({ file: path, line: 1 })
    // A line with no newline at all is refused while it streams (no "Invalid string length").
    writeFileSync(path, `{"a": "${'x'.repeat(100_000)}`)
    expect((await dataError(collect(path, { maxFieldBytes: 4096 }))).location).toEqual({ file: path, line: 1 })
  })
  it('readDataset(empty.jsonl) is a DataError "empty file"', async () => {
    expect((await dataError(collect(fixture('empty.jsonl')))).message).toBe(
      dataMessages.emptyFile(fixture('empty.jsonl'), 'jsonl'),
    )
  })
  it('readDataset(jsonl with invalid UTF-8) reports the line and byte offset', async () => {
    const path = join(tmp, 'bad-utf8.jsonl')
    writeFileSync(path, Buffer.concat([Buffer.from('{"a":1}\n{"a":"\u00e9'), Buffer.from([0xff]), Buffer.from('"}\n')]))
    for (const chunkSize of [1, 3, 1 << 20]) {
      const error = await dataError(collect(path, { chunkSize }))
      expect(error.message).toBe(dataMessages.invalidUtf8(16))
      expect(error.location).toEqual({ file: path, line: 2 })
    }
  })
  it('readDataset(jsonl) round-trips arbitrary flat objects for any chunk and batch size', async () => {
    let run = 0
    const key = fc.constantFrom('a', 'b', 'c', 'd', 'é', 'with space', '"q"')
    const value = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.dictionary(key, value, { minKeys: 1 }), { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom('\n', '\r\n'),
        async (objects, chunkSize, batchSize, newline) => {
          const path = join(tmp, `round-${run++}.jsonl`)
          writeFileSync(path, objects.map((o) => JSON.stringify(o)).join(newline) + newline)
          const { batches, lines } = await collect(path, { chunkSize, batchSize })
          const columns = batches.at(-1)!.columns
          const expectedColumns: string[] = []
          for (const o of objects)
            for (const k of Object.keys(o)) if (!expectedColumns.includes(k)) expectedColumns.push(k)
          expect(columns).toEqual(expectedColumns)
          const read = batches.flatMap((b) =>
            b.rows.map((row) => Object.fromEntries(b.columns.map((c, j) => [c, row[j]]))),
          )
          // -0 is written as 0 by JSON.stringify
          const expected = objects.map((o) =>
            Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Object.is(v, -0) ? 0 : v])),
          )
          read.forEach((row, i) => {
            for (const [k, v] of Object.entries(row)) expect(v).toEqual(expected[i]![k] ?? null)
          })
          expect(lines).toEqual(objects.map((_, i) => i + 1))
        },
      ),
      { numRuns: 80 },
    )
  })
  it('datasetHeader(jsonl) is the union of keys in first-seen order', async () => {
    expect(await datasetHeader(fixture('small.jsonl'))).toEqual(['id', 'name', 'score', 'tags', 'extra'])
  })
})

describe('readDataset(parquet)', () => {
  it('readDataset(small.parquet) converts INT64, timestamps and nulls; lines are row index + 2', async () => {
    const { batches, rows, lines } = await collect(fixture('small.parquet'))
    expect(batches[0]?.columns).toEqual(['id', 'name', 'score', 'active', 'at'])
    expect(batches.map((b) => b.rows.length)).toEqual([2, 2, 1]) // one batch per row group of 2
    expect(rows).toEqual([
      [1, 'alice', 0.5, true, '2024-01-02T03:04:05.000Z'],
      [2, 'bob', 1.25, false, null],
      [3, null, null, true, '1970-01-01T00:00:00.000Z'],
      [4, 'dave', -2, null, '1970-01-02T00:00:00.000Z'],
      [5, 'eve', 3, false, '2026-11-23T00:00:00.000Z'],
    ])
    expect(lines).toEqual([2, 3, 4, 5, 6])
  })
  it('readDataset(parquet, {columns}) projects columns in order, across row groups and batches', async () => {
    const path = join(tmp, 'many.parquet')
    const n = 1000
    parquetWriteFile({
      filename: path,
      columnData: [
        { name: 'y_true', data: Int32Array.from({ length: n }, (_, i) => i % 2), type: 'INT32' },
        { name: 'score', data: Float64Array.from({ length: n }, (_, i) => i / n), type: 'DOUBLE' },
        { name: 'group', data: Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 'a' : 'b')), type: 'STRING' },
      ],
      rowGroupSize: 300,
    })
    const { batches, rows, lines } = await collect(path, { columns: ['group', 'y_true'], batchSize: 128 })
    expect(batches.every((b) => b.rows.length <= 128)).toBe(true)
    expect(batches[0]?.columns).toEqual(['group', 'y_true'])
    expect(rows).toHaveLength(n)
    expect(rows[999]).toEqual(['a', 1])
    expect(lines[999]).toBe(1001)
    const columns = await readDatasetColumns(path, ['score'])
    expect(columns.values.get('score')?.[500]).toBe(0.5)
    expect(await datasetHeader(path)).toEqual(['y_true', 'score', 'group'])
    const error = await dataError(collect(path, { columns: ['y_pred'] }))
    expect(error.message).toBe(dataMessages.missingColumn(path, 'y_pred', ['y_true', 'score', 'group']))
  })
  it('readDataset(corrupt.parquet) is a DataError "not a readable Parquet file"', async () => {
    const error = await dataError(collect(fixture('corrupt.parquet')))
    expect(error.message).toMatch(/^dataset ".*corrupt\.parquet" is not a readable Parquet file: /)
    expect(error.hint).toBe(dataMessages.corruptParquetHint())
    await expect(datasetHeader(fixture('corrupt.parquet'))).rejects.toBeInstanceOf(DataError)
  })
  it('parquetCell(value) maps BigInt, Date, bytes and nested values to cells', () => {
    expect(parquetCell(12n)).toBe(12)
    expect(parquetCell(2n ** 60n)).toBe('1152921504606846976')
    expect(parquetCell(new Date('2020-01-01T00:00:00Z'))).toBe('2020-01-01T00:00:00.000Z')
    expect(parquetCell(undefined)).toBeNull()
    expect(parquetCell(new Uint8Array([1, 2, 3]))).toBe('AQID')
    expect(parquetCell({ a: [1n, 2] })).toBe('{"a":[1,2]}')
  })
})
