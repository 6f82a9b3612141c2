import type { Check } from '../gate/check.js'
import type { Status } from '../gate/status.js'
import { formatNumber } from '../report/format-number.js'
import { benjaminiHochberg } from '../stats/benjamini-hochberg.js'
import { isPValueMethod } from './drift-method-for.js'
import type { ColumnDriftMeasure } from './measure-column-drift.js'
import { driftMessages } from './messages.js'
import type { DistanceThresholds, ValidateDataPolicy } from './resolve-validate-data-policy.js'

/** One column's verdict, as decideDrift reached it. */
export interface DriftRow {
  readonly measure: ColumnDriftMeasure
  /** BH-adjusted p of the distribution test (p-value methods, when fdr). */
  readonly adjustedPValue?: number
  /** BH-adjusted p of the missing-share test (when fdr and either side has missing cells). */
  readonly adjustedMissingPValue?: number
  /** p level (p-value methods) or distance limit (distance methods). */
  readonly threshold: number
  /** Minimum effect a significant change must reach (p-value methods). */
  readonly minEffect?: number
  readonly drifted: boolean
  /** A distance in its warn band (below the threshold). */
  readonly warned: boolean
  /** What drifted: the distribution, the missing share, or both. */
  readonly reasons: readonly ('distribution' | 'missing-share')[]
}

export interface DriftDecision {
  readonly checks: Check[]
  readonly drifted: string[]
  /** Per measured column, in input order. */
  readonly rows: DriftRow[]
}

const distanceKey = (method: ColumnDriftMeasure['method']): keyof DistanceThresholds =>
  method === 'wasserstein' ? 'wasserstein' : method === 'jensen-shannon' ? 'jensenShannon' : 'psi'

/**
 * Decides drift per column and for the dataset, by one rule at every sample size.
 * - p-value methods (ks, chi-square; the defaults): the distribution drifted when its p, Benjamini–Hochberg-adjusted
 *   across every test of every column (distribution and missing-share tests, when `drift.fdr`, the default), is
 *   below alpha (or the column's threshold) AND its effect (KS D, or the total variation distance less what
 *   chance alone gives its counts, `chanceEffect`) is at least the minimum effect for its kind (`drift.min_effect`, or the column's `min_effect`). Significance keeps false alarms
 *   at alpha per gate on small samples; the minimum effect keeps negligible shifts from flagging on large ones.
 * - distance methods (psi, jensen-shannon, wasserstein, by override or `drift.method`): drifted when the distance is
 *   ≥ its threshold; `warn` when ≥ its warn threshold (`drift.warn_thresholds`) only.
 * - missing share (every method, when either side has missing cells): drifted when the 2×2 chi-square p (adjusted
 *   with the rest) is below alpha AND the shares differ by at least `min_effect.missing`.
 * Columns that could not be measured come in as `errors` and give `error` checks (never a pass). Dataset drift:
 * share of drifted among measured columns ≥ datasetShare.
 * @throws never
 * @example
 * decideDrift([], [], DEFAULT_VALIDATE_DATA_POLICY).checks[0]?.status // => 'error'
 */
export function decideDrift(
  measures: readonly ColumnDriftMeasure[],
  errors: readonly { column: string; message: string }[],
  policy: ValidateDataPolicy,
): DriftDecision {
  const adjusted = adjustFamily(measures, policy.drift.fdr)
  const checks: Check[] = []
  const drifted: string[] = []
  const rows: DriftRow[] = []
  measures.forEach((m, i) => {
    const distribution = judgeDistribution(m, i, adjusted, policy.drift)
    const missing = judgeMissingShare(m, i, adjusted, policy.drift)
    const reasons: DriftRow['reasons'][number][] = [
      ...(distribution.drifted ? (['distribution'] as const) : []),
      ...(missing.drifted ? (['missing-share'] as const) : []),
    ]
    if (reasons.length > 0) drifted.push(m.column)
    rows.push(driftRow(m, distribution, missing, reasons))
    checks.push(driftCheck(m, distribution, missing, reasons, policy))
  })
  for (const e of errors) checks.push({ id: `drift.${e.column}`, status: 'error', observed: null, message: e.message })
  checks.unshift(datasetCheck(drifted, measures.length, policy))
  return { checks, drifted, rows }
}

/** BH-adjusted p per test (`distribution:<i>`, `missing:<i>`) over the family of every column's tests, when fdr. */
function adjustFamily(measures: readonly ColumnDriftMeasure[], fdr: boolean): Map<string, number> {
  // The family of tests: each column's distribution test (p-value methods) and missing-share test.
  const family: { index: number; aspect: 'distribution' | 'missing'; p: number }[] = []
  measures.forEach((m, index) => {
    if (m.pValue !== undefined && isPValueMethod(m.method)) family.push({ index, aspect: 'distribution', p: m.pValue })
    if (m.missing?.pValue !== undefined) family.push({ index, aspect: 'missing', p: m.missing.pValue })
  })
  const adjusted = new Map<string, number>()
  if (fdr && family.length > 0) {
    const adj = benjaminiHochberg(family.map((t) => t.p))
    family.forEach((t, k) => adjusted.set(`${t.aspect}:${t.index}`, adj[k] as number))
  }
  return adjusted
}

/** How one column's distribution test or distance came out against its limits. */
interface DistributionJudgement {
  /** A p-value method with a p (else a distance decides). */
  readonly isP: boolean
  readonly threshold: number
  readonly minEffect: number
  /** The p that decides (BH-adjusted when it was), for p-value methods. */
  readonly pValue: number | undefined
  /** The BH-adjusted p, when the test was adjusted (drift.fdr). */
  readonly adjustedP: number | undefined
  readonly warnAt: number | undefined
  readonly drifted: boolean
  readonly warned: boolean
}

/** How one column's missing-share test came out. */
interface MissingJudgement {
  /** The p that decides (BH-adjusted when it was), when either side has missing cells. */
  readonly pValue: number | undefined
  /** The BH-adjusted p, when the test was adjusted (drift.fdr). */
  readonly adjustedP: number | undefined
  readonly drifted: boolean
}

/** The distribution rule of one column: significance and minimum effect, or a distance against its threshold. */
function judgeDistribution(
  m: ColumnDriftMeasure,
  i: number,
  adjusted: ReadonlyMap<string, number>,
  p: ValidateDataPolicy['drift'],
): DistributionJudgement {
  const override = p.columns[m.column]
  const isP = m.pValue !== undefined && isPValueMethod(m.method)
  const key = distanceKey(m.method)
  const threshold = override?.threshold ?? (isP ? p.alpha : p.thresholds[key])
  const minEffect = override?.min_effect ?? (m.kind === 'numeric' ? p.minEffect.numeric : p.minEffect.categorical)
  const adjustedP = adjusted.get(`distribution:${i}`)
  const pValue = isP ? (adjustedP ?? m.pValue) : undefined
  const warnAt = isP ? undefined : p.warnThresholds[key]
  const drifted = pValue !== undefined ? pValue < threshold && excessEffect(m) >= minEffect : m.statistic >= threshold
  const warned = !drifted && warnAt !== undefined && m.statistic >= warnAt
  return { isP, threshold, minEffect, pValue, adjustedP, warnAt, drifted, warned }
}

/** The effect the minimum-effect rule reads: the observed effect less what chance alone gives (chi-square). */
export function excessEffect(m: ColumnDriftMeasure): number {
  return Math.max(0, m.effectSize - (m.chanceEffect ?? 0))
}

/** The missing-share rule of one column: significant and at least `min_effect.missing` apart. */
function judgeMissingShare(
  m: ColumnDriftMeasure,
  i: number,
  adjusted: ReadonlyMap<string, number>,
  p: ValidateDataPolicy['drift'],
): MissingJudgement {
  const adjustedP = adjusted.get(`missing:${i}`)
  const pValue = m.missing?.pValue === undefined ? undefined : (adjustedP ?? m.missing.pValue)
  const gap = m.missing === undefined ? 0 : Math.abs(m.missing.current - m.missing.reference)
  return { pValue, adjustedP, drifted: pValue !== undefined && pValue < p.alpha && gap >= p.minEffect.missing }
}

/** The column's row of the drift table. */
function driftRow(
  m: ColumnDriftMeasure,
  d: DistributionJudgement,
  missing: MissingJudgement,
  reasons: DriftRow['reasons'],
): DriftRow {
  return {
    measure: m,
    ...(d.pValue !== undefined && d.adjustedP !== undefined ? { adjustedPValue: d.pValue } : {}),
    ...(missing.pValue !== undefined && missing.adjustedP !== undefined
      ? { adjustedMissingPValue: missing.pValue }
      : {}),
    threshold: d.threshold,
    ...(d.isP ? { minEffect: d.minEffect } : {}),
    drifted: reasons.length > 0,
    warned: d.warned,
    reasons,
  }
}

/** The column's `drift.<column>` check: the rule that decided, the missing share, how it was compared. */
function driftCheck(
  m: ColumnDriftMeasure,
  d: DistributionJudgement,
  missing: MissingJudgement,
  reasons: DriftRow['reasons'],
  policy: ValidateDataPolicy,
): Check {
  const isDrifted = reasons.length > 0
  const bh = d.adjustedP !== undefined
  const what =
    d.pValue !== undefined
      ? driftMessages.pValueRule(
          m.method,
          bh,
          d.pValue,
          d.threshold,
          m.effectSize,
          m.chanceEffect,
          d.minEffect,
          d.drifted,
        )
      : driftMessages.distanceRule(m.method, m.statistic, d.threshold, d.warnAt, d.drifted, d.warned)
  const missingText =
    m.missing === undefined
      ? ''
      : driftMessages.missingShare(m.missing.reference, m.missing.current, missing.pValue, missing.drifted)
  const status: Status = isDrifted ? policy.severity : d.warned ? 'warn' : 'pass'
  return {
    id: `drift.${m.column}`,
    status,
    observed: d.pValue ?? m.statistic,
    measure:
      d.pValue === undefined ? m.method : d.adjustedP === undefined ? `${m.method} p` : `${m.method} p (BH-adjusted)`,
    ...(m.unseen === undefined || m.unseen.length === 0 ? {} : { examples: m.unseen }),
    threshold: d.pValue !== undefined ? { min: d.threshold } : { max: d.threshold },
    message: `column "${m.column}" ${isDrifted ? 'drifted' : 'stable'}: ${what}; PSI ${formatNumber(m.psi)}${missingText}${comparisonNote(m)}`,
    details: driftDetails(m, d, missing, reasons),
  }
}

/** The note on how the column was compared: hashed categories, or a constant reference. */
function comparisonNote(m: ColumnDriftMeasure): string {
  if (m.comparison === 'hashed') return driftMessages.hashedComparison(m.unseenShare ?? 0, m.sampled)
  return m.constantReference === true ? driftMessages.constantReference() : ''
}

/** The `details` of a column's drift check. */
function driftDetails(
  m: ColumnDriftMeasure,
  d: DistributionJudgement,
  missing: MissingJudgement,
  reasons: DriftRow['reasons'],
): Record<string, unknown> {
  return {
    method: m.method,
    statistic: m.statistic,
    effectSize: m.effectSize,
    ...(m.chanceEffect === undefined ? {} : { chanceEffect: m.chanceEffect }),
    psi: m.psi,
    referenceCount: m.referenceCount,
    currentCount: m.currentCount,
    approximation: m.approximation,
    comparison: m.comparison,
    ...(m.pValue === undefined ? {} : { pValue: m.pValue }),
    ...(d.adjustedP !== undefined ? { adjustedPValue: d.adjustedP } : {}),
    ...(d.isP ? { minEffect: d.minEffect } : {}),
    ...(m.unseenShare === undefined ? {} : { unseenShare: m.unseenShare }),
    ...(m.sampled === undefined ? {} : { sampled: m.sampled }),
    ...(m.constantReference === true ? { constantReference: true } : {}),
    ...(m.missing === undefined
      ? {}
      : {
          missing: { ...m.missing, ...(missing.adjustedP !== undefined ? { adjustedPValue: missing.adjustedP } : {}) },
        }),
    reasons,
  }
}

/** `drift.dataset`: the share of drifted among measured columns against datasetShare (no column measured: error). */
function datasetCheck(drifted: string[], measured: number, policy: ValidateDataPolicy): Check {
  const p = policy.drift
  if (measured === 0) {
    return {
      id: 'drift.dataset',
      status: 'error',
      observed: null,
      threshold: { max: p.datasetShare },
      message: 'no column could be compared with the reference; drift cannot pass on no data',
    }
  }
  const share = drifted.length / measured
  const bad = share >= p.datasetShare
  return {
    id: 'drift.dataset',
    status: bad ? policy.severity : 'pass',
    observed: share,
    measure: 'share of columns drifted',
    threshold: { max: p.datasetShare },
    message: `${drifted.length} of ${measured} column(s) drifted (${formatNumber(share * 100)}%); dataset drift at ≥ ${formatNumber(p.datasetShare * 100)}%`,
    details: { drifted },
  }
}
