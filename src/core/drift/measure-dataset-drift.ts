import type { Contract } from '../contract/contract.js'
import type { ColumnProfile } from '../profile/column-profile.js'
import { columnKindOf } from './column-kind-of.js'
import { driftMethodFor } from './drift-method-for.js'
import { measureColumnDrift, type ColumnDriftMeasure } from './measure-column-drift.js'
import { driftMessages } from './messages.js'
import type { ValidateDataPolicy } from './resolve-validate-data-policy.js'

/** What decideDrift takes: the measured columns, and the columns that could not be measured with the reason. */
export interface DatasetDriftMeasures {
  readonly measures: ColumnDriftMeasure[]
  readonly errors: { readonly column: string; readonly message: string }[]
}

/**
 * Measures drift of every reference column against the current data, in reference order. Skipped: columns the
 * policy ignores (`drift.columns.<name>.ignore`) and identifiers (`unique: true` in the contract): they are not
 * distributions, and comparing them only raises false alarms. A column missing from the current data, or whose
 * profiles cannot be compared (measureColumnDrift's `not-comparable`), is an error with its reason, never a pass.
 * The kind comes from the contract's type when given (columnKindOf), the method from driftMethodFor (the column's
 * override, else the policy's one method, else ks / chi-square by kind).
 * @throws never on data; a RangeError only on a bug
 * @example
 * measureDatasetDrift([createColumnProfile('a')], [], undefined, DEFAULT_VALIDATE_DATA_POLICY).errors[0]?.message // => 'column "a" is in the reference but not in the current data'
 */
export function measureDatasetDrift(
  reference: readonly ColumnProfile[],
  current: readonly ColumnProfile[],
  contract: Contract | undefined,
  policy: ValidateDataPolicy,
): DatasetDriftMeasures {
  const byName = new Map(current.map((p) => [p.name, p]))
  const measures: ColumnDriftMeasure[] = []
  const errors: { column: string; message: string }[] = []
  for (const ref of reference) {
    const override = policy.drift.columns[ref.name]
    const rule = contract?.columns[ref.name]
    if (override?.ignore === true || rule?.unique === true) continue
    const cur = byName.get(ref.name)
    if (cur === undefined) {
      errors.push({ column: ref.name, message: driftMessages.missingInCurrent(ref.name) })
      continue
    }
    const kind = columnKindOf(ref, rule?.type)
    const method = driftMethodFor(kind, override?.method ?? policy.drift.method)
    const result = measureColumnDrift(ref, cur, kind, method, policy.drift.psiBins)
    if (result.kind === 'measured') measures.push(result.measure)
    else errors.push({ column: ref.name, message: driftMessages.notComparable(ref.name, result.reason) })
  }
  return { measures, errors }
}
