import type { ScanPolicy } from './decide-scan.js'

/** The `scan` object of the register-model section, as written (schemas/policy/register-model.schema.json). */
export interface ScanPolicySection {
  readonly fail_at?: ScanPolicy['failAt']
  readonly warn_at?: ScanPolicy['failAt']
  readonly accepted?: readonly string[]
  readonly required?: boolean
}

/** The effective scan policy of register-model: the severity floors, the accepted ids, and whether a scan is required. */
export interface RegisterScanPolicy extends ScanPolicy {
  /** Registering without `scan-results` is refused (an error check) when set. */
  readonly required: boolean
}

/**
 * Resolves `register-model.scan`: fail at `high`, warn at `medium`, nothing accepted, not required.
 * @example resolveScanPolicy(undefined) // => { failAt: 'high', warnAt: 'medium', accepted: [], required: false }
 */
export function resolveScanPolicy(section: ScanPolicySection | undefined): RegisterScanPolicy {
  return {
    failAt: section?.fail_at ?? 'high',
    warnAt: section?.warn_at ?? 'medium',
    accepted: section?.accepted ?? [],
    required: section?.required ?? false,
  }
}
