import type { CellValue } from '../../core/data/cell-value.js'

/** A batch of rows read from a dataset. Batches are fresh arrays: a consumer may keep them. */
export interface RowBatch {
  /** Column names, in the order of the cells in each row (the projection order when `columns` was given). */
  readonly columns: readonly string[]
  /** `rows[i][j]` is the cell of column `columns[j]`; every row has `columns.length` cells. */
  readonly rows: CellValue[][]
  /**
   * `lines[i]` is the 1-based physical line where `rows[i]` starts in the (decompressed) source file.
   * CSV: the header is line 1; a quoted field with embedded newlines makes the next row start further down.
   * JSONL: the line of the object (blank lines are counted, not yielded).
   * Parquet: row index + 2, as if the file had a header line, so that the first row is "line 2" everywhere.
   */
  readonly lines: number[]
}

export type DatasetFormat = 'csv' | 'jsonl' | 'parquet' | 'json-array'

export interface ReadDatasetOptions {
  /** CSV field delimiter, one character. Default: `,` for `.csv`, tab for `.tsv`. Ignored for JSONL/Parquet. */
  readonly delimiter?: string
  /** Rows per batch (default 4096: measured faster than 8192, because a smaller batch leaves fewer live strings for each young-generation GC to copy). The last batch may be shorter. */
  readonly batchSize?: number
  /**
   * Projection: only these columns, in this order. A name the dataset lacks is a DataError naming the
   * file, the column and the columns present (for JSONL: raised at the end of the file, when no line had it).
   */
  readonly columns?: readonly string[]
  /**
   * Unquoted CSV fields equal to one of these become `null` (default {@link DEFAULT_NULL_VALUES}).
   * An unquoted empty field is always `null`; a quoted field is never null. Ignored for JSONL/Parquet.
   */
  readonly nullValues?: readonly string[]
  /** Stops reading: the iterator rejects with `signal.reason` before the next batch. */
  readonly signal?: AbortSignal
  /** Bytes handed to the parser at a time (default 64 KiB; disk reads are 1 MiB). Tests make it tiny to exercise chunk boundaries. */
  readonly chunkSize?: number
  /**
   * Longest CSV field or JSON line, in UTF-8 bytes (default {@link DEFAULT_MAX_FIELD_BYTES}); a longer one is a
   * DataError naming the file and line, before the text outgrows what a string can hold.
   */
  readonly maxFieldBytes?: number
}

export { DEFAULT_MAX_FIELD_BYTES } from '../../core/data/limits.js'

/** pandas' common defaults (a subset of `pandas.read_csv` na_values). */
export const DEFAULT_NULL_VALUES: readonly string[] = ['', 'NA', 'N/A', 'null', 'NULL', 'NaN', 'nan']

export const DEFAULT_BATCH_SIZE = 4096
export const DEFAULT_CHUNK_SIZE = 1 << 16

/** Whole columns of a dataset, for files that fit in memory (prediction files of ~1M rows). */
export interface DatasetColumns {
  /** The requested columns, in request order. */
  readonly columns: readonly string[]
  /** One array per requested column, each `rowCount` long. */
  readonly values: Map<string, CellValue[]>
  /** 1-based source line of each row (see {@link RowBatch.lines}). */
  readonly lines: number[]
  /** Number of data rows (0 for a header-only file). */
  readonly rowCount: number
}
