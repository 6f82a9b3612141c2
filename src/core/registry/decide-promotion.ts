import type { GateReport } from '../gate/gate-report.js'

export interface PromotionDecision {
  readonly allowed: boolean
  /** `gate: status` of each stored report that is not `pass` (warn counts as passing only with allowWarn). */
  readonly failing: readonly string[]
  readonly forced: boolean
  /** True when the version has no stored reports at all. */
  readonly noReports: boolean
}

/**
 * Whether a version may be promoted: every stored gate report must be `pass` (or `warn` when
 * `allowWarn`), and there must be at least one (missing evidence is never a pass). `force` overrides,
 * and the caller records it with its reason.
 * @example decidePromotion([], { force: false, allowWarn: false }).allowed // => false
 */
export function decidePromotion(
  reports: readonly Pick<GateReport, 'gate' | 'status'>[],
  options: { readonly force: boolean; readonly allowWarn: boolean },
): PromotionDecision {
  const failing = reports
    .filter(
      (report) =>
        !(report.status === 'pass' || (options.allowWarn && report.status === 'warn') || report.status === 'skipped'),
    )
    .map((report) => `${report.gate}: ${report.status}`)
  const noReports = reports.length === 0
  const clean = failing.length === 0 && !noReports
  return { allowed: clean || options.force, failing, forced: !clean && options.force, noReports }
}
