import { dataMessages } from '../../core/data/messages.js'
import { ConfigurationError } from '../../core/errors.js'
import type { DatasetFormat } from './types.js'

export interface DatasetFormatInfo {
  readonly format: DatasetFormat
  /** Whether the bytes are gzip-compressed (`.gz`). */
  readonly gzip: boolean
  /** The default CSV delimiter for the extension (`,` or tab). */
  readonly delimiter: string
}

/**
 * The format of a dataset, chosen by its extension only (case-insensitive):
 * `.csv` `.tsv` (tab) `.csv.gz` `.tsv.gz` → CSV; `.jsonl` `.ndjson` (`.gz`) → JSON Lines; `.parquet` → Parquet;
 * `.json` → one JSON array of row objects (src/io/dataset/json-array).
 * @throws {ConfigurationError} for any other extension, listing the supported ones
 * @example
 * datasetFormat('data/train.tsv.gz') // => { format: 'csv', gzip: true, delimiter: '\t' }
 */
export function datasetFormat(path: string): DatasetFormatInfo {
  const name = path.toLowerCase()
  const gzip = name.endsWith('.gz')
  const base = gzip ? name.slice(0, -3) : name
  if (base.endsWith('.csv')) return { format: 'csv', gzip, delimiter: ',' }
  if (base.endsWith('.tsv')) return { format: 'csv', gzip, delimiter: '\t' }
  if (base.endsWith('.jsonl') || base.endsWith('.ndjson')) return { format: 'jsonl', gzip, delimiter: ',' }
  if (base.endsWith('.parquet') && !gzip) return { format: 'parquet', gzip, delimiter: ',' }
  if (base.endsWith('.json') && !gzip) return { format: 'json-array', gzip, delimiter: ',' }
  throw new ConfigurationError(
    dataMessages.unsupportedExtension(path),
    { file: path },
    dataMessages.unsupportedExtensionHint(),
  )
}
