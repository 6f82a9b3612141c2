import type { Check } from '../gate/check.js'
import { formatNumber } from '../report/format-number.js'
import { benjaminiHochberg } from '../stats/benjamini-hochberg.js'
import { isPValueMethod } from './drift-method-for.js'
import type { ColumnDriftMeasure } from './measure-column-drift.js'
import type { ValidateDataPolicy } from './resolve-validate-data-policy.js'

export interface DriftDecision {
  readonly checks: Check[]
  readonly drifted: string[]
  /** Per measured column, in input order: adjusted p (when a p-value method), threshold, drifted. */
  readonly rows: {
    readonly measure: ColumnDriftMeasure
    readonly adjustedPValue?: number
    readonly threshold: number
    readonly drifted: boolean
  }[]
}

/**
 * Decides drift per column and for the dataset. p-value methods: Benjamini–Hochberg across all p-value columns
 * when `policy.drift.fdr` (default), drifted when the (adjusted) p < threshold (column override or alpha);
 * distances: drifted when the distance ≥ threshold. Columns that could not be measured come in as `errors`
 * and give `error` checks (never a pass). Dataset drift: share of drifted among measured columns ≥ datasetShare.
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
  const pIndexes = measures
    .map((m, i) => (m.pValue !== undefined && isPValueMethod(m.method) ? i : -1))
    .filter((i) => i >= 0)
  const adjusted = new Map<number, number>()
  if (p.fdr && pIndexes.length > 0) {
    const adj = benjaminiHochberg(pIndexes.map((i) => measures[i]?.pValue as number))
    pIndexes.forEach((i, k) => adjusted.set(i, adj[k] as number))
  }
  const checks: Check[] = []
  const drifted: string[] = []
  const rows: DriftDecision['rows'][number][] = []
  measures.forEach((m, i) => {
    const override = p.columns[m.column]?.threshold
    const isP = m.pValue !== undefined && isPValueMethod(m.method)
    const threshold =
      override ??
      (isP
        ? p.alpha
        : m.method === 'wasserstein'
          ? p.thresholds.wasserstein
          : m.method === 'jensen-shannon'
            ? p.thresholds.jensenShannon
            : p.thresholds.psi)
    const pv = isP ? (adjusted.get(i) ?? (m.pValue as number)) : undefined
    const isDrifted = pv !== undefined ? pv < threshold : m.statistic >= threshold
    if (isDrifted) drifted.push(m.column)
    rows.push({
      measure: m,
      ...(pv !== undefined && adjusted.has(i) ? { adjustedPValue: pv } : {}),
      threshold,
      drifted: isDrifted,
    })
    const observed = pv ?? m.statistic
    const what =
      pv !== undefined
        ? `${m.method} p${adjusted.has(i) ? ' (BH-adjusted)' : ''} ${formatNumber(pv)} ${isDrifted ? '<' : '≥'} ${formatNumber(threshold)}, effect size ${formatNumber(m.effectSize)}`
        : `${m.method} ${formatNumber(m.statistic)} ${isDrifted ? '≥' : '<'} ${formatNumber(threshold)}`
    checks.push({
      id: `drift.${m.column}`,
      status: isDrifted ? policy.severity : 'pass',
      observed,
      threshold: pv !== undefined ? { min: threshold } : { max: threshold },
      message: `column "${m.column}" ${isDrifted ? 'drifted' : 'stable'}: ${what}; PSI ${formatNumber(m.psi)}`,
      details: {
        method: m.method,
        statistic: m.statistic,
        effectSize: m.effectSize,
        psi: m.psi,
        referenceCount: m.referenceCount,
        currentCount: m.currentCount,
        approximation: m.approximation,
        ...(m.pValue === undefined ? {} : { pValue: m.pValue }),
        ...(adjusted.has(i) ? { adjustedPValue: adjusted.get(i) } : {}),
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
