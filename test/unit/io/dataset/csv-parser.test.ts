import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { CellValue } from '../../../../src/core/data/cell-value.js'
import { dataMessages } from '../../../../src/core/data/messages.js'
import { DataError } from '../../../../src/core/errors.js'
import { CsvParser, completeUtf8Length, firstInvalidUtf8 } from '../../../../src/io/dataset/csv/csv-parser.js'
import { DEFAULT_NULL_VALUES } from '../../../../src/io/dataset/types.js'
import { writeCsv } from '../../../../src/io/dataset/write-csv.js'

interface Parsed {
  columns: string[] | undefined
  rows: CellValue[][]
  lines: number[]
}

/** Parses `input` fed in chunks that end at `cuts` (byte offsets). */
function parse(
  input: string | Uint8Array,
  options: { cuts?: number[]; delimiter?: string; columns?: string[]; nullValues?: string[] } = {},
): Parsed {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input)
  const parser = new CsvParser({
    file: 'data.csv',
    delimiter: options.delimiter ?? ',',
    nullValues: options.nullValues ?? DEFAULT_NULL_VALUES,
    columns: options.columns,
  })
  let at = 0
  for (const cut of [...(options.cuts ?? [])].sort((a, b) => a - b)) {
    parser.push(bytes.subarray(at, cut))
    at = cut
  }
  parser.push(bytes.subarray(at))
  parser.end()
  const { rows, lines } = parser.take(Number.MAX_SAFE_INTEGER)
  return { columns: parser.columns, rows, lines }
}

function dataError(run: () => unknown): DataError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(DataError)
    return error as DataError
  }
  throw new Error('expected a DataError')
}

describe('CsvParser field limit (maxFieldBytes)', () => {
  const capped = (input: string, chunk = 256): CsvParser => {
    const parser = new CsvParser({ file: 'data.csv', delimiter: ',', nullValues: [], maxFieldBytes: 1000 })
    const bytes = Buffer.from(input, 'utf8')
    for (let at = 0; at < bytes.length; at += chunk) parser.push(bytes.subarray(at, at + chunk))
    parser.end()
    return parser
  }
  it.each([
    ['unquoted', `a,b\n1,2\n3,${'x'.repeat(1001)}\n`, 3, 256],
    ['quoted, over lines', `a,b\n1,2\n3,"${'x\n'.repeat(600)}"\n`, 3, 256],
    ['in one chunk', `a,b\n1,2\n${'y'.repeat(1200)},4\n`, 3, 100_000],
    ['unterminated quote, streaming', `a,b\n1,"${'z'.repeat(5000)}`, 2, 256],
  ])('a field over the limit (%s) is a DataError naming the file and line', (_, input, line, chunk) => {
    const error = dataError(() => capped(input, chunk))
    expect(error.message).toBe('field is longer than 1000 bytes, the limit for one CSV field')
    expect(error.location).toEqual({ file: 'data.csv', line })
    expect(error.hint).toBe(dataMessages.fieldTooLongHint())
  })
  it('counts UTF-8 bytes: 500 "é" (1,000 bytes) pass, 501 do not', () => {
    expect(capped(`a\n${'é'.repeat(500)}\n`).rows).toHaveLength(1)
    expect(dataError(() => capped(`a\n${'é'.repeat(501)}\n`)).location).toEqual({ file: 'data.csv', line: 2 })
  })
})

describe('CsvParser conventions', () => {
  it('parse(csv) reads a header and string cells; unquoted empty is null, quoted empty is the empty string', () => {
    expect(parse('a,b,c\n1,,""\n')).toEqual({ columns: ['a', 'b', 'c'], rows: [['1', null, '']], lines: [2] })
  })
  it('parse(csv) turns unquoted default null values into null but keeps quoted ones as strings', () => {
    const { rows } = parse('a,b\nNA,"NA"\nN/A,null\nNULL,NaN\nnan,"nan"\nna,None\n')
    expect(rows).toEqual([
      [null, 'NA'],
      [null, null],
      [null, null],
      [null, 'nan'],
      ['na', 'None'],
    ])
  })
  it('parse(csv, {nullValues}) uses only the given null values (and the unquoted empty field)', () => {
    expect(parse('a,b\nNA,-\n,x\n', { nullValues: ['-'] }).rows).toEqual([
      ['NA', null],
      [null, 'x'],
    ])
  })
  it('parse(csv) keeps whitespace and lenient inner quotes of unquoted fields', () => {
    expect(parse('a,b\n 1 ,x"y\n').rows).toEqual([[' 1 ', 'x"y']])
  })
  it('parse(csv) handles quoted delimiters, doubled quotes and embedded LF/CRLF, counting physical lines', () => {
    const { rows, lines } = parse('id,t\r\n1,"a,b"\r\n2,"x\r\ny\nz"\r\n3,"say ""hi"""\r\n4,w')
    expect(rows).toEqual([
      ['1', 'a,b'],
      ['2', 'x\r\ny\nz'],
      ['3', 'say "hi"'],
      ['4', 'w'],
    ])
    expect(lines).toEqual([2, 3, 6, 7])
  })
  it('parse(csv) drops a UTF-8 BOM at the start of the file only', () => {
    expect(parse('\uFEFFa,b\n\uFEFFx,y\n')).toEqual({ columns: ['a', 'b'], rows: [['\uFEFFx', 'y']], lines: [2] })
  })
  it('parse(csv) accepts a last line without newline and strips CR before LF', () => {
    expect(parse('a,b\r\n1,2\r\n3,4').rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ])
  })
  it('parse(csv) accepts a file that ends with a closing quote and CR', () => {
    expect(parse('a,b\r\n1,"x"\r').rows).toEqual([['1', 'x']])
  })
  it('parse(csv) keeps a lone CR inside an unquoted field as data', () => {
    expect(parse('a,b\n1\r2,3\n').rows).toEqual([['1\r2', '3']])
  })
  it('parse(csv) skips blank lines with two or more columns but keeps their line count', () => {
    expect(parse('\n\na,b\n1,2\n\n3,4\r\n\r\n5,6\n\n')).toEqual({
      columns: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
        ['5', '6'],
      ],
      lines: [4, 6, 8],
    })
  })
  it('parse(csv) reads a blank line as a null row when there is one column', () => {
    expect(parse('a\n1\n\n""\n')).toEqual({ columns: ['a'], rows: [['1'], [null], ['']], lines: [2, 3, 4] })
  })
  it('parse(csv) reads a trailing delimiter as a final null field', () => {
    expect(parse('a,b\n1,\n').rows).toEqual([['1', null]])
  })
  it('parse(csv, {delimiter}) uses a custom delimiter', () => {
    expect(parse('a;b\n"x;y";2\n', { delimiter: ';' }).rows).toEqual([['x;y', '2']])
    expect(parse('a\tb\n1,5\t2\n', { delimiter: '\t' }).rows).toEqual([['1,5', '2']])
  })
  it('parse(csv, {columns}) projects columns in the requested order', () => {
    expect(parse('a,b,c\n1,2,3\n4,"5\n",6\n', { columns: ['c', 'a'] })).toEqual({
      columns: ['c', 'a'],
      rows: [
        ['3', '1'],
        ['6', '4'],
      ],
      lines: [2, 3],
    })
  })
  it('parse(header only) yields no rows', () => {
    expect(parse('a,b\n')).toEqual({ columns: ['a', 'b'], rows: [], lines: [] })
  })
  it('parse(empty) has no columns', () => {
    expect(parse('').columns).toBeUndefined()
  })
  it('new CsvParser({delimiter}) rejects a quote, CR, LF or a multi-character delimiter', () => {
    for (const delimiter of ['"', '\n', '\r', ';;', '']) {
      expect(() => new CsvParser({ file: 'x.csv', delimiter, nullValues: [] })).toThrow(RangeError)
    }
  })
})

describe('CsvParser errors', () => {
  it('an unterminated quote is reported at the line and column where the field starts', () => {
    const error = dataError(() => parse('id,name\n1,ok\n2,"never closed\n3,more\n'))
    expect(error.message).toBe(dataMessages.unterminatedQuote(2))
    expect(error.location).toEqual({ file: 'data.csv', line: 3, column: 3 })
    expect(error.hint).toBe(dataMessages.unterminatedQuoteHint())
  })
  it('text after a closing quote is reported where it starts', () => {
    const error = dataError(() => parse('id,name\n1,"x\ny"tail\n'))
    expect(error.message).toBe(dataMessages.textAfterClosingQuote(2, 'tail'))
    expect(error.location).toEqual({ file: 'data.csv', line: 3, column: 3 })
  })
  it('a ragged row names the expected and actual field counts and its start line', () => {
    const error = dataError(() => parse('id,name,score\n1,a,0.1\n2,"b\nb",0.2\n3,c\n'))
    expect(error.message).toBe(dataMessages.raggedRow(3, 2))
    expect(error.location).toEqual({ file: 'data.csv', line: 5 })
    expect(error.hint).toBe(dataMessages.raggedRowHint(',', 3, 2))
    expect(dataError(() => parse('a,b\n1,2,3\n')).message).toBe(dataMessages.raggedRow(2, 3))
  })
  it('a ragged row hint says whether a field is missing, extra, or the delimiter is wrong', () => {
    expect(dataError(() => parse('a,b\n1,2,3\n')).hint).toBe(dataMessages.raggedRowHint(',', 2, 3))
    expect(dataMessages.raggedRowHint(',', 2, 3)).toContain('contains the delimiter')
    expect(dataError(() => parse('a,b\n1;2\n')).hint).toBe(dataMessages.raggedRowHint(',', 2, 1))
    expect(dataMessages.raggedRowHint(',', 2, 1)).toContain('check the delimiter')
    expect(dataMessages.raggedRowHint(',', 3, 2)).toContain('a field is missing')
  })
  it('a duplicate header name names both columns', () => {
    const error = dataError(() => parse('id,name,id\n1,a,2\n'))
    expect(error.message).toBe(dataMessages.duplicateHeaderName('id', 1, 3))
    expect(error.location).toEqual({ file: 'data.csv', line: 1, column: 9 })
  })
  it('an empty header name is reported with its position, quoted or not', () => {
    expect(dataError(() => parse('id,,score\n1,a,2\n')).message).toBe(dataMessages.emptyHeaderName(2))
    const error = dataError(() => parse('\n"",b\n'))
    expect(error.message).toBe(dataMessages.emptyHeaderName(1))
    expect(error.location).toEqual({ file: 'data.csv', line: 2, column: 1 })
  })
  it('a projected column missing from the header names the file, the column and the columns present', () => {
    const error = dataError(() => parse('a,b\n1,2\n', { columns: ['b', 'zz'] }))
    expect(error.message).toBe(dataMessages.missingColumn('data.csv', 'zz', ['a', 'b']))
    expect(error.message).toContain('"zz"')
  })
  it('invalid UTF-8 is reported with its line and byte offset, for any chunking', () => {
    const bytes = Buffer.concat([Buffer.from('id,name\n1,ok\n2,"caf'), Buffer.from([0xe9]), Buffer.from('\nx",1\n')])
    for (let cut = 0; cut <= bytes.length; cut++) {
      const error = dataError(() => parse(bytes, { cuts: [cut] }))
      expect(error.message).toBe(dataMessages.invalidUtf8(19))
      expect(error.location).toEqual({ file: 'data.csv', line: 3 })
    }
  })
  it('a UTF-8 sequence truncated at the end of the file is invalid', () => {
    const bytes = Buffer.concat([Buffer.from('a\nx'), Buffer.from([0xe2, 0x82])])
    expect(dataError(() => parse(bytes)).message).toBe(dataMessages.invalidUtf8(3))
  })
})

describe('UTF-8 helpers', () => {
  it('completeUtf8Length(bytes) stops before a split multi-byte character', () => {
    const euro = Buffer.from('a€', 'utf8') // 61 e2 82 ac
    expect(completeUtf8Length(euro)).toBe(4)
    expect(completeUtf8Length(euro.subarray(0, 3))).toBe(1)
    expect(completeUtf8Length(euro.subarray(0, 2))).toBe(1)
    expect(completeUtf8Length(Buffer.from('😀', 'utf8').subarray(0, 3))).toBe(0)
  })
  it('firstInvalidUtf8(bytes) agrees with TextDecoder on arbitrary bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true })
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (bytes) => {
        const bad = firstInvalidUtf8(bytes)
        let valid = true
        try {
          decoder.decode(bytes)
        } catch {
          valid = false
        }
        expect(bad === bytes.length).toBe(valid)
        if (!valid) {
          // the prefix before `bad` is valid
          expect(() => decoder.decode(bytes.subarray(0, bad))).not.toThrow()
        }
      }),
      { numRuns: 2000 },
    )
  })
})

// Cells the writer can round-trip: strings of any characters (quotes, delimiters, CR, LF, unicode), null.
const cellArbitrary: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ',', ';', '"', '\r', '\n', ' ', 'é', '€', '😀', '\uFEFF', 'N', 'A') }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom<CellValue>(null, '', 'NA', 'null', '""', '\r\n', '\n'),
)

const tableArbitrary = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    columns: fc.uniqueArray(fc.string({ minLength: 1, unit: fc.constantFrom('x', 'y', ',', '"', '\n', 'é', ' ') }), {
      minLength: width,
      maxLength: width,
    }),
    rows: fc.array(fc.array(cellArbitrary, { minLength: width, maxLength: width }), { maxLength: 8 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
    cutSeeds: fc.array(fc.nat(), { maxLength: 6 }),
  }),
)

/** The 1-based physical line where each data row starts in `text` (written by writeCsv). */
function expectedLines(columns: string[], rows: CellValue[][], delimiter: string, newline: '\n' | '\r\n'): number[] {
  const count = (names: readonly string[]): number => writeCsv([], names, { delimiter, newline }).split('\n').length - 1
  let line = 1 + count(columns)
  return rows.map((row) => {
    const at = line
    line +=
      writeCsv(
        [row],
        row.map((_, i) => `c${i}`),
        { delimiter, newline },
      ).split('\n').length -
      1 -
      1
    return at
  })
}

describe('writeCsv → CsvParser round trip', () => {
  it('parse(writeCsv(rows, columns)) gives the same cells and line numbers for any chunk boundaries', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ columns, rows, delimiter, newline, cutSeeds }) => {
        const width = columns.length
        // A one-column row holding null writes an empty line; with 2+ columns it cannot be blank.
        const text = writeCsv(rows, columns, { delimiter, newline })
        const bytes = Buffer.from(text, 'utf8')
        const cuts = cutSeeds.map((seed) => seed % (bytes.length + 1))
        const parsed = parse(bytes, { cuts, delimiter })
        expect(parsed.columns).toEqual(columns)
        expect(parsed.rows).toEqual(rows)
        expect(parsed.lines).toEqual(expectedLines(columns, rows, delimiter, newline))
        expect(width).toBeGreaterThan(0)
      }),
      { numRuns: 500 },
    )
  })
  it('parse(writeCsv(rows, columns)) is the same when fed one byte at a time', () => {
    fc.assert(
      fc.property(tableArbitrary, ({ columns, rows, delimiter, newline }) => {
        const bytes = Buffer.from(writeCsv(rows, columns, { delimiter, newline }), 'utf8')
        const cuts = Array.from({ length: bytes.length }, (_, i) => i)
        const parsed = parse(bytes, { cuts, delimiter })
        expect(parsed.rows).toEqual(rows)
      }),
      { numRuns: 100 },
    )
  })
})
