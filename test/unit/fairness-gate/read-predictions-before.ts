// The row-batch loader before column chunks (git show f7c03fd:src/fairness-gate/read-predictions.ts), kept as the oracle
// of the equality test.
import { cellToBoolean, cellToNumber, cellToString, type CellValue } from '../../../src/core/data/cell-value.js'
import { DataError } from '../../../src/core/errors.js'
import { textLabelMessages } from '../../../src/core/metrics/messages.js'
import type { FairnessInput } from '../../../src/core/fairness/analyze-fairness.js'
import { fairnessMessages as msg } from '../../../src/core/fairness/messages.js'
import { datasetHeader, readDatasetColumns } from '../../../src/io/dataset/index.js'
import { codeTextLabels } from '../evaluate-vs-champion/load-predictions-before.js'
import { Inputs, type FairnessGateInputs } from '../../../src/fairness-gate/inputs.js'
import { predictionColumnsToRead } from '../../../src/fairness-gate/read-predictions.js'

const EXAMPLES = 5

type Columns = Pick<
  FairnessGateInputs,
  'labelColumn' | 'predictionColumn' | 'scoreColumn' | 'threshold' | 'sensitiveColumns' | 'positiveLabel'
>

/**
 * Reads a predictions file into binary labels, binary predictions and sensitive values.
 * @throws {DataError} a named column the file lacks (listing those present), an empty file, non-binary labels or
 *   predictions, non-numeric scores, scores outside [0, 1] or not finite (with up to five examples and their lines)
 */
export async function readPredictionsBefore(
  path: string,
  columns: Columns,
  signal?: AbortSignal,
): Promise<FairnessInput & { rows: number }> {
  const header = await datasetHeader(path)
  const names = predictionColumnsToRead(path, columns, header) // the header check, unchanged since
  const data = await readDatasetColumns(path, names, signal === undefined ? {} : { signal })
  if (data.rowCount === 0) throw new DataError(msg.emptyFile(path), { file: path, line: 1 }, msg.emptyFileHint())
  const column = (name: string): CellValue[] => data.values.get(name)!
  const yTrue = labelsOf(path, columns, column(columns.labelColumn), data.lines, header)
  let yPred: Uint8Array
  if (columns.scoreColumn !== undefined) {
    const cells = column(columns.scoreColumn)
    yPred = new Uint8Array(cells.length)
    const bad: { line: number; value: string }[] = []
    const outside: { line: number; value: string }[] = []
    let badCount = 0,
      outsideCount = 0
    for (let i = 0; i < cells.length; i++) {
      const v = cellToNumber(cells[i]!)
      if (v === undefined || Number.isNaN(v)) {
        badCount++
        if (bad.length < EXAMPLES) bad.push({ line: data.lines[i]!, value: JSON.stringify(cells[i]) })
      } else if (!(v >= 0 && v <= 1)) {
        // ±Infinity and scores outside [0, 1], as evaluate-vs-champion rejects them
        outsideCount++
        if (outside.length < EXAMPLES) outside.push({ line: data.lines[i]!, value: JSON.stringify(cells[i]) })
      } else yPred[i] = v >= columns.threshold ? 1 : 0
    }
    if (outsideCount > 0 && badCount === 0) {
      throw new DataError(
        msg.scoreOutOfRange(path, columns.scoreColumn, outsideCount, outside),
        { file: path, line: outside[0]!.line, column: header.indexOf(columns.scoreColumn) + 1 },
        msg.scoreOutOfRangeHint(),
      )
    }
    if (badCount > 0) {
      throw new DataError(
        msg.nonNumericScore(path, columns.scoreColumn, badCount, bad),
        { file: path, line: bad[0]!.line, column: header.indexOf(columns.scoreColumn) + 1 },
        msg.nonNumericScoreHint(),
      )
    }
  } else {
    yPred = toBinary(path, columns.predictionColumn!, column(columns.predictionColumn!), data.lines, header)
  }
  const sensitive = columns.sensitiveColumns.map((name) => ({
    name,
    values: column(name).map((c) => cellToString(c) ?? null),
  }))
  return { yTrue, yPred, sensitive, rows: data.rowCount }
}

/**
 * The label column as 0/1: text labels by `positive-label` (compared as text), else 0/1 or true/false. Two text
 * labels without `positive-label` are an error listing them and naming the input.
 */
function labelsOf(
  path: string,
  columns: Columns,
  cells: readonly CellValue[],
  lines: readonly number[],
  header: readonly string[],
): Uint8Array {
  const name = columns.labelColumn
  const texts = (): string[] => cells.map((cell) => cellToString(cell) ?? '')
  const where = { file: path, column: header.indexOf(name) + 1 }
  if (columns.positiveLabel !== undefined) {
    const coded = codeTextLabels(texts(), columns.positiveLabel)
    if (coded.labels === undefined)
      throw new DataError(
        textLabelMessages.notTwoLabels(name, columns.positiveLabel, coded.distinct),
        { ...where, input: Inputs.PositiveLabel },
        textLabelMessages.notTwoLabelsHint(),
      )
    return coded.labels
  }
  try {
    return toBinary(path, name, cells, lines, header)
  } catch (error) {
    const { distinct } = codeTextLabels(texts(), undefined)
    if (distinct.length !== 2) throw error
    throw new DataError(
      textLabelMessages.needsPositiveLabel(name, distinct),
      where,
      textLabelMessages.needsPositiveLabelHint(Inputs.PositiveLabel, distinct),
    )
  }
}

function toBinary(
  path: string,
  name: string,
  cells: readonly CellValue[],
  lines: readonly number[],
  header: readonly string[],
): Uint8Array {
  const out = new Uint8Array(cells.length)
  const bad: { line: number; value: string }[] = []
  let badCount = 0
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!
    const n = cellToNumber(cell)
    const b = n === 0 ? false : n === 1 ? true : n === undefined ? cellToBoolean(cell) : undefined
    if (b === undefined) {
      badCount++
      if (bad.length < EXAMPLES) bad.push({ line: lines[i]!, value: JSON.stringify(cell) })
    } else out[i] = b ? 1 : 0
  }
  if (badCount > 0) {
    throw new DataError(
      msg.nonBinary(path, name, badCount, bad),
      { file: path, line: bad[0]!.line, column: header.indexOf(name) + 1 },
      msg.nonBinaryHint(),
    )
  }
  return out
}
