import { contractAggregateChecks } from '../contract/aggregate-checks.js'
import type { Contract } from '../contract/contract.js'
import { decideDrift } from '../drift/decide-drift.js'
import { measureDatasetDrift } from '../drift/measure-dataset-drift.js'
import type { ValidateDataPolicy } from '../drift/resolve-validate-data-policy.js'
import { Outputs } from '../gate/action-outputs.js'
import type { Check } from '../gate/check.js'
import type { Figure } from '../gate/figure.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { isBlocking } from '../gate/status.js'
import { predictionDriftReport } from '../monitor/prediction-drift.js'
import type { ColumnProfile } from '../profile/column-profile.js'
import { validateMessages } from './messages.js'

/** One dataset as validate-data read it: its column profiles and, when a contract was checked, those checks. */
export interface DataSide {
  readonly profiles: readonly ColumnProfile[]
  readonly contractChecks: readonly Check[] | undefined
  /** Per `unique` contract column: its distinct values' 64-bit hashes as (high, low) pairs, null past the limit. */
  readonly uniqueHashes?: ReadonlyMap<string, Uint32Array | null>
}

/** What the modes that look at data share: the data under test, the reference (when drift is measured), the contract. */
export interface ComparedData {
  readonly current: DataSide
  /** The reference's profiles; `undefined` when no reference was given or drift is disabled. */
  readonly reference: readonly ColumnProfile[] | undefined
  /** The contract, whose `unique` columns drift skips and whose types say how a column is compared. */
  readonly contract: Contract | undefined
  /** Columns that hold the model's predictions (scores, predicted labels): their drift is reported apart. */
  readonly predictionColumns?: readonly string[]
}

/** What validate-data gathered, by mode (`source` and `output` are the paths as the user gave them). */
export type ValidateDataEvidence =
  | {
      readonly mode: 'infer'
      readonly source: string
      readonly output: string
      /** Columns of the inferred contract. */
      readonly columns: number
      /** The YAML text written to `output`. */
      readonly contractYaml: string
    }
  | (ComparedData & { readonly mode: 'validate' })
  | (ComparedData & { readonly mode: 'profile'; readonly source: string; readonly output: string })
  | (ComparedData & { readonly mode: 'merge'; readonly shards: number })

/**
 * The validate-data verdict. Checks, in order: what the mode wrote or merged (`profile.written`,
 * `profile.merged`), the contract checks, then drift (`drift.dataset`, `drift.<column>`) when there is a reference
 * and drift is enabled: every reference column but the ignored and the unique ones, a column missing from the
 * current data or not comparable being an `error` (measureDatasetDrift, decideDrift). A run that checked nothing
 * is one `error` check (`validate-data.nothing`), never a pass. Title: "Data passed N check(s)" or
 * "M of N data check(s) failed" (M counts `fail` and `error`); mode infer reports the contract it inferred.
 * Output `drifted-columns`: the drifted columns, comma-separated ('' when none or no drift was measured).
 * @throws never on data; a RangeError only on a bug
 * @example
 * decideValidateData({ mode: 'validate', current: { profiles: [], contractChecks: undefined }, reference: undefined, contract: undefined }, DEFAULT_VALIDATE_DATA_POLICY).checks[0]?.id // => 'validate-data.nothing'
 */
export function decideValidateData(evidence: ValidateDataEvidence, policy: ValidateDataPolicy): GateOutcome {
  const output = Outputs['validate-data'].DriftedColumns
  if (evidence.mode === 'infer') {
    const { source, output: path, columns, contractYaml } = evidence
    return {
      title: validateMessages.inferredTitle(source),
      checks: [
        {
          id: 'contract.inferred',
          status: 'pass',
          observed: columns,
          message: validateMessages.inferred(columns, source, path),
        },
      ],
      figures: [{ kind: 'text', title: 'Inferred contract', markdown: '```yaml\n' + contractYaml + '```' }],
      outputs: { [output]: '' },
    }
  }
  const rows = evidence.current.profiles[0]?.rows ?? 0
  const checks: Check[] = []
  if (evidence.mode === 'merge')
    checks.push({
      id: 'profile.merged',
      status: 'pass',
      observed: evidence.shards,
      message: validateMessages.merged(evidence.shards, rows),
    })
  if (evidence.mode === 'profile')
    checks.push({
      id: 'profile.written',
      status: 'pass',
      observed: rows,
      message: validateMessages.profiled(evidence.current.profiles.length, evidence.source, evidence.output),
    })
  const contractChecks = evidence.current.contractChecks ?? []
  checks.push(...(evidence.mode === 'profile' ? contractChecks.map(shardRowsCheck) : contractChecks))
  // Aggregates (mean, stdev, quantiles) are about the whole dataset: judged where the profiles are complete (one scan,
  // or merged shards), not per shard in mode profile.
  if (evidence.contract !== undefined && evidence.mode !== 'profile')
    checks.push(...contractAggregateChecks(evidence.contract, evidence.current.profiles))
  const figures: Figure[] = []
  let drifted = ''
  if (evidence.reference !== undefined && policy.drift.enabled) {
    const measured = measureDatasetDrift(evidence.reference, evidence.current.profiles, evidence.contract, policy)
    const decision = decideDrift(measured.measures, measured.errors, policy)
    const report = predictionDriftReport(decision, evidence.predictionColumns ?? [])
    checks.push(...report.checks)
    figures.push(...report.figures)
    drifted = decision.drifted.join(',')
  }
  if (checks.length === 0)
    checks.push({
      id: 'validate-data.nothing',
      status: 'error',
      observed: null,
      message: validateMessages.nothingChecked(),
    })
  const failed = checks.filter((c) => isBlocking(c.status)).length
  const title =
    failed === 0 ? validateMessages.passedTitle(checks.length) : validateMessages.failedTitle(failed, checks.length)
  return { title, checks, figures, outputs: { [output]: drifted } }
}

/**
 * A shard's `contract.rows` below the contract's minimum says nothing yet: the minimum is about the whole dataset,
 * which merge judges from the summed rows. Above the maximum (or empty) is already a verdict, since shards only add.
 */
function shardRowsCheck(check: Check): Check {
  // Likewise a row-level rule with `mostly`: a share below it in one shard can still be met by all rows.
  if (typeof check.details?.mostly === 'number' && (check.status === 'fail' || check.status === 'warn'))
    return { ...check, status: 'skipped', message: validateMessages.shardMostly(check.message) }
  if (check.id !== 'contract.rows' || check.status !== 'fail' || typeof check.observed !== 'number') return check
  const { min, max } = check.threshold ?? {}
  if (min === undefined || check.observed >= min || (max !== undefined && check.observed > max)) return check
  return { ...check, status: 'skipped', message: validateMessages.shardRows(check.observed, min) }
}
