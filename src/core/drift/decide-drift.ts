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
 *   below alpha (or the column's threshold) AND its effect (KS D or total variation distance) is at least the
 *   minimum effect for its kind (`drift.min_effect`, or the column's `min_effect`). Significance keeps false alarms
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
  const p = policy.drift
  // The family of tests: each column's distribution test (p-value methods) and missing-share test.
  const family: { index: number; aspect: 'distribution' | 'missing'; p: number }[] = []
  measures.forEach((m, index) => {
    if (m.pValue !== undefined && isPValueMethod(m.method)) family.push({ index, aspect: 'distribution', p: m.pValue })
    if (m.missing?.pValue !== undefined) family.push({ index, aspect: 'missing', p: m.missing.pValue })
  })
  const adjusted = new Map<string, number>()
  if (p.fdr && family.length > 0) {
    const adj = benjaminiHochberg(family.map((t) => t.p))
    family.forEach((t, k) => adjusted.set(`${t.aspect}:${t.index}`, adj[k] as number))
  }
  const checks: Check[] = []
  const drifted: string[] = []
  const rows: DriftRow[] = []
  measures.forEach((m, i) => {
    const override = p.columns[m.column]
    const isP = m.pValue !== undefined && isPValueMethod(m.method)
    const key = distanceKey(m.method)
    const threshold = override?.threshold ?? (isP ? p.alpha : p.thresholds[key])
    const minEffect = override?.min_effect ?? (m.kind === 'numeric' ? p.minEffect.numeric : p.minEffect.categorical)
    const pv = isP ? (adjusted.get(`distribution:${i}`) ?? m.pValue) : undefined
    const warnAt = isP ? undefined : p.warnThresholds[key]
    const distributionDrifted =
      pv !== undefined ? pv < threshold && m.effectSize >= minEffect : m.statistic >= threshold
    const warned = !distributionDrifted && warnAt !== undefined && m.statistic >= warnAt
    const missingP = m.missing?.pValue === undefined ? undefined : (adjusted.get(`missing:${i}`) ?? m.missing.pValue)
    const missingGap = m.missing === undefined ? 0 : Math.abs(m.missing.current - m.missing.reference)
    const missingDrifted = missingP !== undefined && missingP < p.alpha && missingGap >= p.minEffect.missing
    const reasons: DriftRow['reasons'][number][] = [
      ...(distributionDrifted ? (['distribution'] as const) : []),
      ...(missingDrifted ? (['missing-share'] as const) : []),
    ]
    const isDrifted = reasons.length > 0
    if (isDrifted) drifted.push(m.column)
    rows.push({
      measure: m,
      ...(pv !== undefined && adjusted.has(`distribution:${i}`) ? { adjustedPValue: pv } : {}),
      ...(missingP !== undefined && adjusted.has(`missing:${i}`) ? { adjustedMissingPValue: missingP } : {}),
      threshold,
      ...(isP ? { minEffect } : {}),
      drifted: isDrifted,
      warned,
      reasons,
    })
    const bh = adjusted.has(`distribution:${i}`)
    const what =
      pv !== undefined
        ? driftMessages.pValueRule(m.method, bh, pv, threshold, m.effectSize, minEffect, distributionDrifted)
        : driftMessages.distanceRule(m.method, m.statistic, threshold, warnAt, distributionDrifted, warned)
    const missingText =
      m.missing === undefined
        ? ''
        : driftMessages.missingShare(m.missing.reference, m.missing.current, missingP, missingDrifted)
    const how =
      m.comparison === 'hashed'
        ? driftMessages.hashedComparison(m.unseenShare ?? 0)
        : m.constantReference === true
          ? driftMessages.constantReference()
          : ''
    const status: Status = isDrifted ? policy.severity : warned ? 'warn' : 'pass'
    checks.push({
      id: `drift.${m.column}`,
      status,
      observed: pv ?? m.statistic,
      threshold: pv !== undefined ? { min: threshold } : { max: threshold },
      message: `column "${m.column}" ${isDrifted ? 'drifted' : 'stable'}: ${what}; PSI ${formatNumber(m.psi)}${missingText}${how}`,
      details: {
        method: m.method,
        statistic: m.statistic,
        effectSize: m.effectSize,
        psi: m.psi,
        referenceCount: m.referenceCount,
        currentCount: m.currentCount,
        approximation: m.approximation,
        comparison: m.comparison,
        ...(m.pValue === undefined ? {} : { pValue: m.pValue }),
        ...(bh ? { adjustedPValue: adjusted.get(`distribution:${i}`) } : {}),
        ...(isP ? { minEffect } : {}),
        ...(m.unseenShare === undefined ? {} : { unseenShare: m.unseenShare }),
        ...(m.constantReference === true ? { constantReference: true } : {}),
        ...(m.missing === undefined
          ? {}
          : {
              missing: {
                ...m.missing,
                ...(adjusted.has(`missing:${i}`) ? { adjustedPValue: adjusted.get(`missing:${i}`) } : {}),
              },
            }),
        reasons,
      },
    })
  })
  for (const e of errors) checks.push({ id: `drift.${e.column}`, status: 'error', observed: null, message: e.message })
  if (measures.length === 0) {
    checks.unshift({
      id: 'drift.dataset',
      status: 'error',
      observed: null,
      threshold: { max: p.datasetShare },
      message: 'no column could be compared with the reference; drift cannot pass on no data',
    })
  } else {
    const share = drifted.length / measures.length
    const bad = share >= p.datasetShare
    checks.unshift({
      id: 'drift.dataset',
      status: bad ? policy.severity : 'pass',
      observed: share,
      threshold: { max: p.datasetShare },
      message: `${drifted.length} of ${measures.length} column(s) drifted (${formatNumber(share * 100)}%); dataset drift at ≥ ${formatNumber(p.datasetShare * 100)}%`,
      details: { drifted },
    })
  }
  return { checks, drifted, rows }
}
