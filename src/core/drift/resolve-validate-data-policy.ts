import type { DriftMethod } from './drift-method-for.js'
import { LARGE_SAMPLE_SIZE } from './drift-method-for.js'

export interface ColumnDriftPolicy {
  readonly method?: DriftMethod
  /** p-value level for 'ks'/'chi-square', distance limit for the others. */
  readonly threshold?: number
  readonly ignore?: boolean
}

/** The effective validate-data policy (every default written here once). */
export interface ValidateDataPolicy {
  /** Status of a violated contract rule or a drifted column: 'fail' (default) or 'warn'. */
  readonly severity: 'fail' | 'warn'
  /** Example rows kept (and annotated) per violated rule. Default 5. */
  readonly maxExamples: number
  readonly drift: {
    readonly enabled: boolean
    /** Above this many rows (the smaller side) distances replace p-value tests. Default 1000. */
    readonly largeSampleSize: number
    /** Benjamini–Hochberg over the p-value tests of all columns. Default true. */
    readonly fdr: boolean
    /** p-value level (after BH when fdr). Default 0.05. */
    readonly alpha: number
    /** Distance thresholds: wasserstein 0.1 (÷ reference std), jensen_shannon 0.1 (base 2), psi 0.2. */
    readonly thresholds: { readonly wasserstein: number; readonly jensenShannon: number; readonly psi: number }
    /** Equal-frequency reference bins for PSI and histograms. Default 10. */
    readonly psiBins: number
    /** Dataset drift when the share of drifted columns is ≥ this. Default 0.5. */
    readonly datasetShare: number
    readonly columns: Readonly<Record<string, ColumnDriftPolicy>>
  }
}

export const DEFAULT_VALIDATE_DATA_POLICY: ValidateDataPolicy = {
  severity: 'fail',
  maxExamples: 5,
  drift: {
    enabled: true,
    largeSampleSize: LARGE_SAMPLE_SIZE,
    fdr: true,
    alpha: 0.05,
    thresholds: { wasserstein: 0.1, jensenShannon: 0.1, psi: 0.2 },
    psiBins: 10,
    datasetShare: 0.5,
    columns: {},
  },
}

/** The `validate-data` section of .github/modelgate.yml as the schema allows it (snake_case keys). */
export interface ValidateDataPolicySection {
  readonly severity?: 'fail' | 'warn'
  readonly max_examples?: number
  readonly drift?: {
    readonly enabled?: boolean
    readonly large_sample_size?: number
    readonly fdr?: boolean
    readonly alpha?: number
    readonly thresholds?: { readonly wasserstein?: number; readonly jensen_shannon?: number; readonly psi?: number }
    readonly psi_bins?: number
    readonly dataset_share?: number
    readonly columns?: Readonly<Record<string, ColumnDriftPolicy>>
  }
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
    drift: {
      enabled: drift.enabled ?? d.drift.enabled,
      largeSampleSize: drift.large_sample_size ?? d.drift.largeSampleSize,
      fdr: drift.fdr ?? d.drift.fdr,
      alpha: drift.alpha ?? d.drift.alpha,
      thresholds: {
        wasserstein: drift.thresholds?.wasserstein ?? d.drift.thresholds.wasserstein,
        jensenShannon: drift.thresholds?.jensen_shannon ?? d.drift.thresholds.jensenShannon,
        psi: drift.thresholds?.psi ?? d.drift.thresholds.psi,
      },
      psiBins: drift.psi_bins ?? d.drift.psiBins,
      datasetShare: drift.dataset_share ?? d.drift.datasetShare,
      columns: drift.columns ?? {},
    },
  }
}
