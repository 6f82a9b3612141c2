import type { CellValue } from '../../core/data/cell-value.js'
import { readDataset } from './read-dataset.js'
import type { DatasetColumns, ReadDatasetOptions } from './types.js'

/**
 * Reads whole columns of a dataset into arrays (for prediction files of ~1M rows): a projection of
 * `columns`, in that order. Rows of a header-only file: `rowCount` 0 and empty arrays.
 * @throws {DataError} when the dataset lacks one of `columns` (naming the file, the column, the columns present)
 * @example
 * const { values, rowCount } = await readDatasetColumns('preds.csv', ['y_true', 'y_pred']) // rowCount => 1000000
 */
export async function readDatasetColumns(
  path: string,
  columns: readonly string[],
  options: Omit<ReadDatasetOptions, 'columns'> = {},
): Promise<DatasetColumns> {
  const arrays: CellValue[][] = columns.map(() => [])
  const lines: number[] = []
  for await (const batch of readDataset(path, { ...options, columns })) {
    const width = columns.length
    for (let j = 0; j < width; j++) {
      const target = arrays[j]!
      for (const row of batch.rows) target.push(row[j] ?? null)
    }
    for (const line of batch.lines) lines.push(line)
  }
  return {
    columns: [...columns],
    values: new Map(columns.map((name, j) => [name, arrays[j]!])),
    lines,
    rowCount: lines.length,
  }
}
