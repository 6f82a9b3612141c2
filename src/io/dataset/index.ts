// Public surface of the dataset readers. Conventions: docs/actions/datasets.md and src/core/data/cell-value.ts.

// Reading
export { readDataset } from './read-dataset.js'
export { readDatasetColumns } from './read-dataset-columns.js'
export { datasetHeader } from './dataset-header.js'
export { datasetFormat, type DatasetFormatInfo } from './dataset-format.js'
export { candidateCsvRanges, candidateCsvRangesAt, rangesProven } from './csv/csv-ranges.js'
export type { CsvRange } from './csv/csv-tokenizer.js'
export {
  columnChunksSupported,
  parquetRowGroups,
  readColumnChunks,
  readColumns,
  type ParquetRowGroups,
  type ReadChunksOptions,
} from './read-chunks.js'

// Writing
export { writeCsv, quoteCsvField, type WriteCsvOptions } from './write-csv.js'

// Types and defaults
export {
  DEFAULT_BATCH_SIZE,
  DEFAULT_NULL_VALUES,
  type DatasetColumns,
  type DatasetFormat,
  type ReadDatasetOptions,
  type RowBatch,
} from './types.js'
export type { CellValue } from '../../core/data/cell-value.js'
export { cellToBoolean, cellToNumber, cellToString, isMissing } from '../../core/data/cell-value.js'
