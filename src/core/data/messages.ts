/**
 * Messages and hints of the dataset readers (`src/io/dataset`). Tests compare against these functions.
 * A message says what is wrong; the DataError/ConfigurationError carries where (file, line, column)
 * and the hint says how to fix it.
 */

export const SUPPORTED_DATASET_EXTENSIONS = [
  '.csv',
  '.tsv',
  '.csv.gz',
  '.tsv.gz',
  '.jsonl',
  '.ndjson',
  '.jsonl.gz',
  '.ndjson.gz',
  '.parquet',
  '.json',
] as const

const quote = (text: string): string => JSON.stringify(text)
const list = (names: readonly string[]): string => names.map(quote).join(', ')

export const dataMessages = {
  unsupportedExtension: (path: string) =>
    `cannot tell the format of dataset "${path}" from its extension; supported: ${SUPPORTED_DATASET_EXTENSIONS.join(', ')}`,
  unsupportedExtensionHint: () =>
    'rename the file to one of the supported extensions (the format is chosen by extension only)',

  unreadablePath: (path: string, code: string) =>
    code === 'ENOENT'
      ? `dataset "${path}" does not exist`
      : code === 'EACCES' || code === 'EPERM'
        ? `dataset "${path}" cannot be read: permission denied`
        : code === 'EISDIR'
          ? `dataset "${path}" is a directory, not a file`
          : `dataset "${path}" cannot be read (${code})`,
  unreadablePathHint: () =>
    'check the path (relative paths are resolved from the working directory) and that an earlier step created the file',

  corruptGzip: (path: string, detail: string) => `dataset "${path}" is not a valid gzip file: ${detail}`,
  corruptGzipHint: () => 'compress the file again with gzip, or drop the .gz extension if it is not compressed',

  invalidDelimiter: (delimiter: string) =>
    `the CSV delimiter must be one character other than a quote, CR or LF; got ${quote(delimiter)}`,
  invalidDelimiterHint: () => 'use a single character such as "," ";" "|" or a tab ("\\t" in YAML double quotes)',

  emptyFile: (path: string, format: 'csv' | 'jsonl' = 'csv') =>
    format === 'csv'
      ? `dataset "${path}" is empty: it has no header row`
      : `dataset "${path}" is empty: it has no JSON object`,
  emptyFileHint: (format: 'csv' | 'jsonl' = 'csv') =>
    format === 'csv'
      ? 'write a header row with the column names on the first line'
      : 'write one JSON object per line; an empty file has no columns to check',

  emptyHeaderName: (position: number) => `column ${position} of the header row has an empty name`,
  emptyHeaderNameHint: () => 'give every column a name in the header row (the first line)',

  duplicateHeaderName: (name: string, first: number, second: number) =>
    `column name ${quote(name)} appears twice in the header row (columns ${first} and ${second})`,
  duplicateHeaderNameHint: () => 'rename one of the columns so that every column name is unique',

  unterminatedQuote: (field: number) => `field ${field} opens a quote (") that is never closed`,
  unterminatedQuoteHint: () =>
    'close the quoted field with ", and write a quote inside a quoted field as two quotes ("")',

  textAfterClosingQuote: (field: number, found: string) =>
    `field ${field} has ${quote(found)} after its closing quote; expected a delimiter or the end of the line`,
  textAfterClosingQuoteHint: () => 'quote the whole field, and write a quote inside a quoted field as two quotes ("")',

  raggedRow: (expected: number, got: number) => `row has ${got} fields, but the header has ${expected}`,
  raggedRowHint: (delimiter: string, expected: number, got: number) =>
    got > expected
      ? `a field probably contains the delimiter ${quote(delimiter)}: quote that field, or check the delimiter (input or file extension)`
      : got === 1 && expected > 1
        ? `the row has no delimiter ${quote(delimiter)}: check the delimiter (a .tsv file is read with tabs) or remove the stray line`
        : 'a field is missing: write an empty field (two delimiters in a row) for a missing value',

  invalidUtf8: (byteOffset: number) => `invalid UTF-8 byte sequence at byte offset ${byteOffset}`,
  invalidUtf8Hint: () => 'save the file as UTF-8 (for example: iconv -f latin1 -t utf-8 in.csv > out.csv)',

  invalidJson: (parserMessage: string) => `line is not valid JSON: ${parserMessage}`,
  invalidJsonHint: () => 'write one complete JSON object per line (JSON Lines); multi-line JSON is not allowed',

  jsonDuplicateKey: (key: string) =>
    `line has key ${JSON.stringify(key)} twice in one object (JSON would keep only the last value)`,
  jsonDuplicateKeyHint: () => 'write each key once per object, or rename one of the two',
  jsonTooDeep: (max: number) => `line nests JSON objects and arrays more than ${max} levels deep`,
  jsonTooDeepHint: () => 'flatten the value: columns hold scalars, and nested values are kept only as JSON text',
  fieldTooLong: (what: 'field' | 'line', max: number) =>
    `${what} is longer than ${max} bytes, the limit for one ${what === 'line' ? 'JSON line' : 'CSV field'}`,
  fieldTooLongHint: () =>
    'check the file for a missing newline or an unterminated quote; if the long value is real, raise validate-data.limits.max_field_bytes in the policy file',

  jsonLineNotObject: (kind: string) => `line holds a JSON ${kind}, not an object`,
  jsonLineNotObjectHint: () => 'write one JSON object per line, e.g. {"age": 31, "country": "FR"}',

  missingColumn: (path: string, column: string, present: readonly string[]) =>
    `dataset "${path}" has no column ${quote(column)}; its columns are ${list(present)}`,
  missingColumnHint: (column: string, present: readonly string[]) => {
    const near = closestName(column, present)
    return near === undefined
      ? 'check the column name (names are case-sensitive) or add the column to the dataset'
      : `did you mean ${quote(near)}? Column names are case-sensitive and spaces count`
  },

  corruptParquet: (path: string, detail: string) => `dataset "${path}" is not a readable Parquet file: ${detail}`,
  corruptParquetHint: () =>
    'write the file again with a Parquet writer (pyarrow, pandas.to_parquet, polars) and check that it was not truncated',
} as const

/** The name in `names` closest to `name` (same up to case and surrounding spaces, or 1–2 edits away), if any. */
function closestName(name: string, names: readonly string[]): string | undefined {
  const norm = (text: string): string => text.trim().toLowerCase()
  const exact = names.find((candidate) => norm(candidate) === norm(name))
  if (exact !== undefined) return exact
  let best: string | undefined
  // At most 1 edit for short names (else "age" would suggest "name"), 2 for longer ones.
  let bestDistance = name.trim().length <= 4 ? 2 : 3
  for (const candidate of names) {
    const distance = editDistance(norm(name), norm(candidate), bestDistance)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** Levenshtein distance, or `limit` when it is at least `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return Math.min(previous[b.length]!, limit)
}
