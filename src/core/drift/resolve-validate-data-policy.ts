import type { DriftMethod } from './drift-method-for.js'
import type { MonitoringPolicySection } from '../monitor/monitoring-policy.js'
import { driftMessages } from './messages.js'
import { DEFAULT_MAX_FIELD_BYTES } from '../data/limits.js'

export interface ColumnDriftPolicy {
  readonly method?: DriftMethod
  /** p-value level for 'ks'/'chi-square', distance limit for the others. */
  readonly threshold?: number
  /** Minimum effect (KS D or total variation distance) for a p-value method; default by kind. */
  readonly min_effect?: number
  readonly ignore?: boolean
}

/** Distance thresholds per distance method. */
export interface DistanceThresholds {
  readonly wasserstein: number
  readonly jensenShannon: number
  readonly psi: number
}

/** The effective validate-data policy (every default written here once). */
export interface ValidateDataPolicy {
  /** Status of a violated contract rule or a drifted column: 'fail' (default) or 'warn'. */
  readonly severity: 'fail' | 'warn'
  /** Example rows kept (and annotated) per violated rule. Default 5. */
  readonly maxExamples: number
  readonly drift: {
    readonly enabled: boolean
    /** One method for every column (e.g. 'psi', the seeds' style); undefined: ks / chi-square by kind. */
    readonly method: DriftMethod | undefined
    /** Benjamini–Hochberg over the p-value tests of all columns. Default true. */
    readonly fdr: boolean
    /** p-value level (after BH when fdr). Default 0.05. */
    readonly alpha: number
    /** Distance thresholds: wasserstein 0.1 (÷ reference std), jensen_shannon 0.1 (base 2), psi 0.2. */
    readonly thresholds: DistanceThresholds
    /** Warn band of the distance methods (e.g. PSI 0.1 with thresholds.psi 0.25); undefined: no warn band. */
    readonly warnThresholds: Partial<DistanceThresholds>
    /**
     * Minimum effect of a significant change: KS D for numeric columns, total variation distance for categorical
     * ones, the absolute difference of missing shares. Defaults 0.05, 0.05, 0.02.
     */
    readonly minEffect: { readonly numeric: number; readonly categorical: number; readonly missing: number }
    /** Equal-frequency reference bins for PSI and histograms. Default 10. */
    readonly psiBins: number
    /** Dataset drift when the share of drifted columns is ≥ this. Default 0.5. */
    readonly datasetShare: number
    readonly columns: Readonly<Record<string, ColumnDriftPolicy>>
  }
  /** Input size limits. */
  readonly limits: {
    /** Longest CSV field or JSON line in UTF-8 bytes; a longer one is a DataError at its line. Default 16 MiB. */
    readonly maxFieldBytes: number
  }
  /** Notices about accepted but deprecated keys (the action logs them as warnings). */
  readonly deprecations: readonly string[]
}

export const DEFAULT_VALIDATE_DATA_POLICY: ValidateDataPolicy = {
  severity: 'fail',
  maxExamples: 5,
  drift: {
    enabled: true,
    method: undefined,
    fdr: true,
    alpha: 0.05,
    thresholds: { wasserstein: 0.1, jensenShannon: 0.1, psi: 0.2 },
    warnThresholds: {},
    minEffect: { numeric: 0.05, categorical: 0.05, missing: 0.02 },
    psiBins: 10,
    datasetShare: 0.5,
    columns: {},
  },
  limits: { maxFieldBytes: DEFAULT_MAX_FIELD_BYTES },
  deprecations: [],
}

/** The `validate-data` section of .github/modelgate.yml as the schema allows it (snake_case keys). */
export interface ValidateDataPolicySection {
  readonly severity?: 'fail' | 'warn'
  readonly max_examples?: number
  readonly limits?: { readonly max_field_bytes?: number }
  readonly drift?: {
    readonly enabled?: boolean
    /** Deprecated and ignored: the decision no longer switches rule at a sample size. */
    readonly large_sample_size?: number
    readonly method?: DriftMethod
    readonly fdr?: boolean
    readonly alpha?: number
    readonly thresholds?: { readonly wasserstein?: number; readonly jensen_shannon?: number; readonly psi?: number }
    readonly warn_thresholds?: {
      readonly wasserstein?: number
      readonly jensen_shannon?: number
      readonly psi?: number
    }
    readonly min_effect?: { readonly numeric?: number; readonly categorical?: number; readonly missing?: number }
    readonly psi_bins?: number
    readonly dataset_share?: number
    readonly columns?: Readonly<Record<string, ColumnDriftPolicy>>
  }
  /** Retraining dispatch on drift: src/core/monitor/monitoring-policy.ts (only `retrain_on` applies here). */
  readonly monitoring?: Pick<MonitoringPolicySection, 'retrain_on'>
}

/**
 * The effective policy: defaults ⊕ the policy file's section (already schema-validated) ⊕ overrides from inputs.
 * Pure merge, later wins.
 * @throws never
 * @example
 * resolveValidateDataPolicy({ drift: { alpha: 0.01 } }).drift.alpha // => 0.01
 */
export function resolveValidateDataPolicy(
  section: ValidateDataPolicySection | undefined,
  overrides: { severity?: 'fail' | 'warn' } = {},
): ValidateDataPolicy {
  const d = DEFAULT_VALIDATE_DATA_POLICY
  const s = section ?? {}
  const drift = s.drift ?? {}
  return {
    severity: overrides.severity ?? s.severity ?? d.severity,
    maxExamples: s.max_examples ?? d.maxExamples,
    drift: resolveDrift(drift),
    limits: { maxFieldBytes: s.limits?.max_field_bytes ?? d.limits.maxFieldBytes },
    deprecations: drift.large_sample_size === undefined ? [] : [driftMessages.largeSampleSizeDeprecated()],
  }
}

type DriftSection = NonNullable<ValidateDataPolicySection['drift']>

/** The drift part: the section's keys over the defaults. */
function resolveDrift(drift: DriftSection): ValidateDataPolicy['drift'] {
  const d = DEFAULT_VALIDATE_DATA_POLICY.drift
  return {
    enabled: drift.enabled ?? d.enabled,
    method: drift.method ?? d.method,
    fdr: drift.fdr ?? d.fdr,
    alpha: drift.alpha ?? d.alpha,
    thresholds: resolveThresholds(drift.thresholds ?? {}),
    warnThresholds: resolveWarnThresholds(drift.warn_thresholds ?? {}),
    minEffect: resolveMinEffect(drift.min_effect ?? {}),
    psiBins: drift.psi_bins ?? d.psiBins,
    datasetShare: drift.dataset_share ?? d.datasetShare,
    columns: drift.columns ?? {},
  }
}

/** The distance thresholds: each written one over its default. */
function resolveThresholds(t: NonNullable<DriftSection['thresholds']>): DistanceThresholds {
  const d = DEFAULT_VALIDATE_DATA_POLICY.drift.thresholds
  return {
    wasserstein: t.wasserstein ?? d.wasserstein,
    jensenShannon: t.jensen_shannon ?? d.jensenShannon,
    psi: t.psi ?? d.psi,
  }
}

/** The warn bands: only those written (no default band). */
function resolveWarnThresholds(w: NonNullable<DriftSection['warn_thresholds']>): Partial<DistanceThresholds> {
  return {
    ...(w.wasserstein === undefined ? {} : { wasserstein: w.wasserstein }),
    ...(w.jensen_shannon === undefined ? {} : { jensenShannon: w.jensen_shannon }),
    ...(w.psi === undefined ? {} : { psi: w.psi }),
  }
}

/** The minimum effects: each written one over its default. */
function resolveMinEffect(m: NonNullable<DriftSection['min_effect']>): ValidateDataPolicy['drift']['minEffect'] {
  const d = DEFAULT_VALIDATE_DATA_POLICY.drift.minEffect
  return {
    numeric: m.numeric ?? d.numeric,
    categorical: m.categorical ?? d.categorical,
    missing: m.missing ?? d.missing,
  }
}
