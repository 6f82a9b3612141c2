import type { ScanPolicySection } from '../governance/scan-policy.js'
import type { ExplanationPolicySection } from '../governance/explanation.js'
import type { GateName } from '../gate/gate-name.js'

/** One alias's promotion rule in the policy file: the gates a version needs, and whether `warn` is enough. */
export interface AliasPromotionSection {
  /** Gates that each need a stored report whose status is `pass` (or `warn` where `allow_warn`). */
  readonly required_gates?: readonly GateName[]
  /** Accept `warn` reports for this alias (the audit event lists the warning check ids). Default: `allow_warn`. */
  readonly allow_warn?: boolean
  /** Ed25519 public keys (PEM, or base64 of the SPKI DER); when given, only reports signed by one of them count. */
  readonly trusted_keys?: readonly string[]
}

/**
 * The `register-model` section of .github/modelgate.yml, as validated by schemas/policy/register-model.schema.json.
 * It lives here rather than beside its resolver (src/core/registry/resolve-register-policy.ts) because core may not
 * import a path through a `registry/` folder (the outward-import rule cannot tell core's from src/registry).
 */
export interface RegisterPolicySection {
  /** Registry URL used when the `registry` input is empty: file:./path, oci://host/namespace, mlflow+https://host. */
  readonly registry?: string
  /** Aliases that only move from a job running in the named GitHub environment. */
  readonly protected_aliases?: Readonly<Record<string, { readonly environment: string }>>
  /** Count stored `warn` reports as passing when promoting (every alias without its own `allow_warn`). Default false. */
  readonly allow_warn?: boolean
  /** What a promotion to each alias needs. */
  readonly promotion?: { readonly aliases?: Readonly<Record<string, AliasPromotionSection>> }
  /** How scan-results (SARIF / osv-scanner JSON) are judged at registration (resolveScanPolicy). */
  readonly scan?: ScanPolicySection
  /** Whether register mode needs the explanation input (an explanation artifact on the card). */
  readonly explanation?: ExplanationPolicySection
}
