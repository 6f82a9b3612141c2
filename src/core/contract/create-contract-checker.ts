import { compileContractPattern } from './compile-contract-pattern.js'
import { cellNumberOrNaN, cellToString, isMissing, type CellValue } from '../data/cell-value.js'
import {
  chunkCell,
  isNumberCell,
  NativeColumnChunk,
  type RowChunk,
  type TextColumnChunk,
} from '../data/column-chunk.js'
import type { Check, SourceLocation } from '../gate/check.js'
import { parsedCellHasType } from './classify-cell.js'
import { MOSTLY_RULES, type ColumnContract, type Contract, type MostlyRule, type SeverityRule } from './contract.js'
import { contractMessages } from './messages.js'
import { brokenStatus, mostlyCheck } from './row-rule-check.js'
import { ruleMostly, ruleSeverity } from './rule-options.js'
import { UniqueValues } from './unique-values.js'

const isMostlyRule = (key: SeverityRule): key is MostlyRule => (MOSTLY_RULES as readonly string[]).includes(key)

/**
 * Distinct values per column a uniqueness check holds (one 64-bit hash each in a flat table: at most 128 MiB at
 * this limit); beyond it the check is an `error`, never a silent pass.
 */
export const UNIQUE_LIMIT = 10_000_000
/** Example rows kept per violated rule (their lines become check-run annotations). */
export const DEFAULT_MAX_EXAMPLES = 5

interface Tally {
  count: number
  readonly examples: { line: number; value: CellValue }[]
}

interface ColumnState {
  readonly name: string
  readonly rule: ColumnContract
  readonly index: number
  nulls: number
  readonly type: Tally
  readonly min: Tally
  readonly max: Tally
  readonly allowed: Tally
  readonly pattern: Tally
  readonly length: Tally
  readonly duplicate: Tally
  readonly allowedSet: Set<string> | undefined
  /** The compiled `pattern` (RE2: linear time), when it compiled. */
  readonly regex: ((text: string) => boolean) | undefined
  readonly regexError: string | undefined
  seen: UniqueValues | undefined
  overflow: boolean
}

/** A streaming contract check: feed batches in file order, then `finish()` gives one Check per rule. */
export interface ContractChecker {
  /**
   * One batch of rows (cells in `header` order) and the line of each. `numbers`, when given, holds each cell's
   * `cellNumberOrNaN` by header column (`numbers[column][row]`), so that a scan that already parsed the cells
   * does not parse them again.
   */
  observe(rows: readonly (readonly CellValue[])[], lines: readonly number[], numbers?: readonly Float64Array[]): void
  /**
   * One column chunk of CSV text cells (columns in `header` order): the same tallies as `observe` on its rows, from
   * loops over its typed arrays (text rules judged once per dictionary entry).
   */
  observeChunk(chunk: RowChunk): void
  /** The header grew (JSON Lines: a key first seen now, appended): rows observed so far lacked those columns. */
  extendHeader(header: readonly string[]): void
  finish(): Check[]
  /**
   * Per `unique` column attached: the 64-bit hashes of its distinct values as (high, low) pairs, or null when it
   * outgrew the uniqueness limit (mode: profile writes them so that mode: merge can check uniqueness across shards).
   */
  uniqueHashes(): Map<string, Uint32Array | null>
}

const tally = (): Tally => ({ count: 0, examples: [] })

/** Whether a number breaks the rule's `min` (`strict_min`: equal breaks it too). */
function belowMin(rule: ColumnContract, n: number): boolean {
  return rule.min !== undefined && (n < rule.min || (n === rule.min && rule.strict_min === true))
}

/** Whether a number breaks the rule's `max` (`strict_max`: equal breaks it too). */
function aboveMax(rule: ColumnContract, n: number): boolean {
  return rule.max !== undefined && (n > rule.max || (n === rule.max && rule.strict_max === true))
}

/** A present chunk cell's type check: int/float from its number, bool/timestamp from its entry's verdict. */
const numericType = (type: ColumnContract['type']): boolean => type === 'int' || type === 'float'

let noNumbers = new Float64Array(0)

// Only int / float types and bounds read a cell's number: a text column's numbers are never parsed (all NaN here).
function numbersRead(rule: ColumnContract, c: TextColumnChunk): Float64Array {
  if (rule.min !== undefined || rule.max !== undefined || numericType(rule.type)) return c.numbers
  if (noNumbers.length < c.length) noNumbers = new Float64Array(c.length).fill(Number.NaN)
  return noNumbers
}

function chunkCellTyped(type: ColumnContract['type'], n: number, verdict: number): boolean {
  if (type === 'int') return Number.isInteger(n)
  if (type === 'float') return Number.isFinite(n)
  if (type === 'bool' || type === 'timestamp') return (verdict & BAD_TYPE) === 0
  return true
}

/** What a dictionary entry's text breaks (bits): its type (bool/timestamp), allowed_values, pattern, length. */
const BAD_TYPE = 1
const BAD_ALLOWED = 2
const BAD_PATTERN = 4
const BAD_LENGTH = 8

/**
 * Creates a streaming checker of `contract` over a file with columns `header`. Memory is bounded: counts per
 * rule, up to `maxExamples` example rows per rule, and per `unique` column its distinct values (≤ {@link UNIQUE_LIMIT};
 * see UniqueValues: 8–16 bytes each for integers in increasing order, else a 64-bit hash in 11–23 bytes; a hash
 * collision, probability about n²/2⁶⁵ — 3·10⁻⁶ at ten million values — would report one false duplicate).
 * Pure: no I/O; `file` is only used for the check locations.
 * @throws {RangeError} never for data; an invalid `pattern` becomes an `error` check
 * @example
 * createContractChecker({ columns: { a: { type: 'int' } } }, ['a'], 'x.csv').finish().length // => 3
 */
export function createContractChecker(
  contract: Contract,
  header: readonly string[],
  file: string,
  options: { maxExamples?: number; uniqueLimit?: number } = {},
): ContractChecker {
  const maxExamples = options.maxExamples ?? DEFAULT_MAX_EXAMPLES
  const uniqueLimit = options.uniqueLimit ?? UNIQUE_LIMIT
  const states: ColumnState[] = []
  let currentHeader = header
  let rows = 0
  // Columns are attached when the header names them: at once for CSV and Parquet, on first sight for JSON Lines,
  // whose keys can appear late (the rows before lacked the key: nulls).
  const attach = (): void => {
    for (const [name, rule] of Object.entries(contract.columns)) {
      const index = currentHeader.indexOf(name)
      if (index < 0 || states.some((s) => s.name === name)) continue
      const compiled = rule.pattern === undefined ? undefined : compileContractPattern(rule.pattern)
      const regex = compiled?.ok === true ? compiled.test : undefined
      const regexError = compiled?.ok === false ? compiled.reason : undefined
      states.push({
        name,
        rule,
        index,
        nulls: rows,
        type: tally(),
        min: tally(),
        max: tally(),
        allowed: tally(),
        pattern: tally(),
        length: tally(),
        duplicate: tally(),
        allowedSet: rule.allowed_values === undefined ? undefined : new Set(rule.allowed_values.map((v) => String(v))),
        regex,
        regexError,
        seen: rule.unique === true ? new UniqueValues() : undefined,
        overflow: false,
      })
    }
  }
  attach()
  let firstLine: number | undefined

  const record = (t: Tally, line: number, value: CellValue): void => {
    t.count++
    if (t.examples.length < maxExamples) t.examples.push({ line, value })
  }

  function observe(
    batch: readonly (readonly CellValue[])[],
    lines: readonly number[],
    numbers?: readonly Float64Array[],
  ): void {
    rows += batch.length
    if (firstLine === undefined && lines.length > 0) firstLine = lines[0]
    for (const s of states) observeColumn(s, batch, lines, numbers?.[s.index])
  }

  // One column of a batch: nulls, then per present cell its type, numeric bounds and text rules.
  function observeColumn(
    s: ColumnState,
    batch: readonly (readonly CellValue[])[],
    lines: readonly number[],
    parsed: Float64Array | undefined,
  ): void {
    const { rule } = s
    const numericRule = rule.min !== undefined || rule.max !== undefined
    const textual = rule.pattern !== undefined || rule.min_length !== undefined || rule.max_length !== undefined
    const needsNumber = numericRule || rule.type === 'int' || rule.type === 'float'
    for (let r = 0; r < batch.length; r++) {
      const cell = (batch[r] as readonly CellValue[])[s.index] as CellValue
      const line = lines[r] as number
      if (isMissing(cell)) {
        s.nulls++
        continue
      }
      const n = parsed !== undefined ? (parsed[r] as number) : needsNumber ? cellNumberOrNaN(cell) : Number.NaN
      if (!parsedCellHasType(cell, n, rule.type)) {
        record(s.type, line, cell)
        continue
      }
      if (numericRule && n === n) {
        if (belowMin(rule, n)) record(s.min, line, cell)
        if (aboveMax(rule, n)) record(s.max, line, cell)
      }
      if (s.allowedSet !== undefined || textual || s.seen !== undefined) observeText(s, line, cell)
    }
  }

  // The rules on a present cell's text: allowed values, pattern, length, uniqueness.
  function observeText(s: ColumnState, line: number, cell: CellValue): void {
    const { rule } = s
    const text = cellToString(cell) ?? ''
    if (s.allowedSet !== undefined && !s.allowedSet.has(text)) record(s.allowed, line, cell)
    if (s.regex !== undefined && !s.regex(text)) record(s.pattern, line, cell)
    if (
      (rule.min_length !== undefined && text.length < rule.min_length) ||
      (rule.max_length !== undefined && text.length > rule.max_length)
    ) {
      record(s.length, line, cell)
    }
    if (s.seen !== undefined && !s.overflow) {
      if (!s.seen.addText(text)) record(s.duplicate, line, cell)
      else if (s.seen.size > uniqueLimit) {
        s.overflow = true
        s.seen = undefined
      }
    }
  }

  function observeChunk(chunk: RowChunk): void {
    rows += chunk.length
    if (firstLine === undefined && chunk.length > 0) firstLine = chunk.lines[0]
    for (const s of states) observeTextColumn(s, chunk.cells[s.index] as TextColumnChunk, chunk.lines)
  }

  // observeColumn over a text column chunk: per row only numbers, ids and bytes; each distinct text judged once.
  function observeTextColumn(s: ColumnState, c: TextColumnChunk, lines: Float64Array): void {
    const { rule } = s
    const { missing, length } = c
    const textual = rule.pattern !== undefined || rule.min_length !== undefined || rule.max_length !== undefined
    const wordType = rule.type === 'bool' || rule.type === 'timestamp'
    const verdicts = wordType || textual || s.allowedSet !== undefined ? judgeEntries(s, c) : undefined
    const ids = verdicts === undefined ? undefined : c.dictionary().ids
    const bounded = rule.min !== undefined || rule.max !== undefined
    const numbers = numbersRead(rule, c)
    for (let r = 0; r < length; r++) {
      if (missing[r] === 1) {
        s.nulls++
        continue
      }
      const n = numbers[r] as number
      const verdict = ids === undefined ? 0 : ((verdicts as Uint8Array)[ids[r] as number] as number)
      if (!chunkCellTyped(rule.type, n, verdict)) {
        recordRow(s.type, c, r, lines)
        continue
      }
      if (bounded && n === n) {
        if (belowMin(rule, n)) recordRow(s.min, c, r, lines)
        if (aboveMax(rule, n)) recordRow(s.max, c, r, lines)
      }
      if (verdict !== 0) recordVerdict(s, verdict, c, r, lines)
      if (s.seen !== undefined && !s.overflow) observeUniqueRow(s, c, r, lines)
    }
  }

  function recordVerdict(s: ColumnState, verdict: number, c: TextColumnChunk, r: number, lines: Float64Array): void {
    if ((verdict & BAD_ALLOWED) !== 0) recordRow(s.allowed, c, r, lines)
    if ((verdict & BAD_PATTERN) !== 0) recordRow(s.pattern, c, r, lines)
    if ((verdict & BAD_LENGTH) !== 0) recordRow(s.length, c, r, lines)
  }

  // Uniqueness of row r of a chunk: its text, from the bytes (a typed cell: its number or its text).
  function observeUniqueRow(s: ColumnState, c: TextColumnChunk, r: number, lines: Float64Array): void {
    const seen = s.seen as UniqueValues
    const fresh =
      c instanceof NativeColumnChunk
        ? isNumberCell(c, r)
          ? seen.addNumber(c.numbers[r] as number)
          : seen.addText(c.text(r) ?? '')
        : seen.addBytes(c.bytes, c.starts[r] as number, c.ends[r] as number, c.nonAscii[r] === 1, c.decode)
    if (!fresh) recordRow(s.duplicate, c, r, lines)
    else if (seen.size > uniqueLimit) {
      s.overflow = true
      s.seen = undefined
    }
  }

  // Per dictionary entry of a chunk column: which of the type (bool/timestamp) and text rules its text breaks.
  function judgeEntries(s: ColumnState, c: TextColumnChunk): Uint8Array {
    const { rule } = s
    const { entries, firstRows } = c.dictionary()
    const out = new Uint8Array(entries.length)
    for (let id = 0; id < entries.length; id++) {
      const text = entries[id] as string
      let verdict = 0
      const n = numericType(rule.type) ? (c.numbers[firstRows[id] as number] as number) : Number.NaN
      if (!parsedCellHasType(text, n, rule.type)) verdict |= BAD_TYPE
      if (s.allowedSet !== undefined && !s.allowedSet.has(text)) verdict |= BAD_ALLOWED
      if (s.regex !== undefined && !s.regex(text)) verdict |= BAD_PATTERN
      if (
        (rule.min_length !== undefined && text.length < rule.min_length) ||
        (rule.max_length !== undefined && text.length > rule.max_length)
      )
        verdict |= BAD_LENGTH
      out[id] = verdict
    }
    return out
  }

  // `record` for row r of a chunk: the text is decoded only while the rule still keeps examples.
  function recordRow(t: Tally, c: TextColumnChunk, r: number, lines: Float64Array): void {
    t.count++
    if (t.examples.length < maxExamples) t.examples.push({ line: lines[r] as number, value: chunkCell(c, r) })
  }

  function extendHeader(longer: readonly string[]): void {
    currentHeader = longer
    attach()
  }

  function ruleCheck(
    s: ColumnState,
    id: string,
    t: Tally,
    message: string,
    passRule: string,
    rule: string,
    key: SeverityRule,
  ): Check {
    const severity = ruleSeverity(s.rule, key)
    const mostly = isMostlyRule(key) ? ruleMostly(s.rule, key) : undefined
    const examples = t.examples.map((e) => ({ value: e.value, line: e.line }))
    const locations: SourceLocation[] = t.examples.map((e) => ({ file, line: e.line }))
    if (mostly !== undefined) {
      const { count } = t
      const considered = rows - s.nulls
      const column = s.name
      return mostlyCheck({
        id: `contract.${column}.${id}`,
        column,
        rule,
        count,
        considered,
        rows,
        mostly,
        severity,
        examples,
        locations,
      })
    }
    const fraction = rows > 0 ? t.count / rows : 0
    const warning = severity === 'warning'
    return {
      id: `contract.${s.name}.${id}`,
      status: t.count > 0 ? brokenStatus(severity) : 'pass',
      observed: t.count,
      measure: 'violating rows',
      threshold: { max: 0, rule },
      message:
        t.count > 0
          ? warning
            ? contractMessages.asWarning(message)
            : message
          : contractMessages.passed(s.name, passRule),
      ...(t.count > 0
        ? {
            locations,
            examples,
            details: { count: t.count, fraction, examples: t.examples, ...(warning ? { severity } : {}) },
          }
        : warning
          ? { details: { severity } }
          : {}),
    }
  }

  function finish(): Check[] {
    const checks: Check[] = [rowsCheck()]
    const missingColumns = Object.entries(contract.columns)
      .filter(([name, rule]) => rule.required !== false && !states.some((s) => s.name === name))
      .map(([name]) => name)
    for (const name of missingColumns) {
      checks.push({
        id: `contract.${name}.present`,
        status: 'fail',
        observed: false,
        threshold: { rule: 'required' },
        message: contractMessages.missingColumn(name),
        locations: [{ file, line: 1 }],
      })
    }
    if (contract.extra_columns === 'forbid') checks.push(extraColumnsCheck())
    const inContractOrder = Object.keys(contract.columns).flatMap((name) => states.filter((s) => s.name === name))
    for (const s of inContractOrder) checks.push(...columnChecks(s))
    return checks
  }

  // `contract.rows`: no rows is an error, a count outside the contract's bounds a failure.
  function rowsCheck(): Check {
    const bounds = contract.rows ?? {}
    if (rows === 0) {
      return {
        id: 'contract.rows',
        status: 'error',
        observed: 0,
        threshold: { min: Math.max(1, bounds.min ?? 1) },
        message: contractMessages.emptyData(),
        locations: [{ file }],
      }
    }
    const bad = (bounds.min !== undefined && rows < bounds.min) || (bounds.max !== undefined && rows > bounds.max)
    return {
      id: 'contract.rows',
      status: bad ? 'fail' : 'pass',
      observed: rows,
      measure: 'rows',
      threshold: {
        ...(bounds.min === undefined ? {} : { min: bounds.min }),
        ...(bounds.max === undefined ? {} : { max: bounds.max }),
      },
      message: contractMessages.rowCount(rows, bounds.min, bounds.max),
    }
  }

  // `contract.columns.extra` under `extra_columns: forbid`: the header's columns the contract does not name.
  function extraColumnsCheck(): Check {
    const extra = currentHeader.filter((c) => !(c in contract.columns))
    return {
      id: 'contract.columns.extra',
      status: extra.length > 0 ? 'fail' : 'pass',
      observed: extra.length,
      measure: 'extra columns',
      threshold: { max: 0, rule: 'extra_columns: forbid' },
      message: extra.length > 0 ? contractMessages.extraColumns(extra) : 'no columns outside the contract',
      ...(extra.length > 0
        ? {
            locations: [{ file, line: 1 }],
            examples: extra.map((value) => ({ value, line: 1 })),
            details: { columns: extra },
          }
        : {}),
    }
  }

  // The checks of one present column, in a fixed order: type, nulls, min, max, allowed values, pattern, length, unique.
  function columnChecks(s: ColumnState): Check[] {
    const { rule, name } = s
    const checks: Check[] = [
      ruleCheck(
        s,
        'type',
        s.type,
        contractMessages.typeMismatch(name, rule.type, s.type.count),
        `type ${rule.type}`,
        `type: ${rule.type}`,
        'type',
      ),
      nullsCheck(s),
    ]
    if (rule.min !== undefined)
      checks.push(
        ruleCheck(
          s,
          'min',
          s.min,
          contractMessages.belowMin(name, s.min.count, rule.min, rule.strict_min === true),
          `min ${rule.min}${rule.strict_min === true ? ' (strict)' : ''}`,
          `min: ${rule.min}${rule.strict_min === true ? ', strict_min: true' : ''}`,
          'min',
        ),
      )
    if (rule.max !== undefined)
      checks.push(
        ruleCheck(
          s,
          'max',
          s.max,
          contractMessages.aboveMax(name, s.max.count, rule.max, rule.strict_max === true),
          `max ${rule.max}${rule.strict_max === true ? ' (strict)' : ''}`,
          `max: ${rule.max}${rule.strict_max === true ? ', strict_max: true' : ''}`,
          'max',
        ),
      )
    if (s.allowedSet !== undefined)
      checks.push(
        ruleCheck(
          s,
          'allowed-values',
          s.allowed,
          contractMessages.notAllowed(name, s.allowed.count),
          'allowed_values',
          'allowed_values',
          'allowed_values',
        ),
      )
    if (rule.pattern !== undefined) checks.push(patternCheck(s, rule.pattern))
    if (rule.min_length !== undefined || rule.max_length !== undefined) {
      checks.push(
        ruleCheck(
          s,
          'length',
          s.length,
          contractMessages.lengthOutOfRange(name, s.length.count, rule.min_length, rule.max_length),
          'string length',
          'min_length/max_length',
          'length',
        ),
      )
    }
    if (rule.unique === true) checks.push(uniqueCheck(s))
    return checks
  }

  // `.nulls`: the column's missing fraction against max_null_fraction (0 by default).
  function nullsCheck(s: ColumnState): Check {
    const { rule, name } = s
    const maxNull = rule.max_null_fraction ?? 0
    const nullFraction = rows > 0 ? s.nulls / rows : 0
    const severity = ruleSeverity(rule, 'max_null_fraction')
    const broken = contractMessages.nullFraction(name, s.nulls, nullFraction, maxNull)
    return {
      id: `contract.${name}.nulls`,
      status: rows > 0 && nullFraction > maxNull ? brokenStatus(severity) : 'pass',
      observed: nullFraction,
      measure: 'null fraction',
      threshold: { max: maxNull },
      message:
        nullFraction > maxNull
          ? severity === 'warning'
            ? contractMessages.asWarning(broken)
            : broken
          : contractMessages.passed(name, `max_null_fraction ${maxNull}`),
      details: { count: s.nulls, fraction: nullFraction, ...(severity === 'warning' ? { severity } : {}) },
    }
  }

  // `.pattern`: an error when the pattern does not compile, else the cells that do not match it.
  function patternCheck(s: ColumnState, pattern: string): Check {
    if (s.regexError !== undefined) {
      return {
        id: `contract.${s.name}.pattern`,
        status: 'error',
        observed: null,
        threshold: { rule: pattern },
        message: contractMessages.invalidPattern(s.name, pattern, s.regexError),
      }
    }
    return ruleCheck(
      s,
      'pattern',
      s.pattern,
      contractMessages.patternMismatch(s.name, s.pattern.count, pattern),
      `pattern /${pattern}/`,
      pattern,
      'pattern',
    )
  }

  // `.unique`: an error past the distinct-value limit, else the duplicate cells.
  function uniqueCheck(s: ColumnState): Check {
    if (s.overflow) {
      return {
        id: `contract.${s.name}.unique`,
        status: 'error',
        observed: null,
        threshold: { max: 0, rule: 'unique' },
        message: contractMessages.uniquenessLimit(s.name, uniqueLimit),
      }
    }
    return ruleCheck(
      s,
      'unique',
      s.duplicate,
      contractMessages.duplicates(s.name, s.duplicate.count),
      'unique',
      'unique',
      'unique',
    )
  }

  function uniqueHashes(): Map<string, Uint32Array | null> {
    const out = new Map<string, Uint32Array | null>()
    for (const s of states) if (s.rule.unique === true) out.set(s.name, s.seen === undefined ? null : s.seen.members())
    return out
  }

  return { observe, observeChunk, extendHeader, finish, uniqueHashes }
}
