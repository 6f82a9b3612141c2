import type { CanaryPolicySection } from '../canary/resolve-canary-policy.js'
import type { EvaluationPolicySection } from '../compare/resolve-evaluation-policy.js'
import type { ValidateDataPolicySection } from '../drift/resolve-validate-data-policy.js'
import type { FairnessPolicySection } from '../fairness/resolve-fairness-policy.js'
import type { GateName } from '../gate/gate-name.js'
import type { RegisterPolicySection } from './register-policy-section.js'
import type { TrainPolicySection } from '../train/resolve-train-policy.js'

/**
 * A parsed policy file (`.github/modelgate.yml`): one section per gate, each already validated by its JSON
 * Schema under schemas/policy/. The section types are the resolvers' own input types.
 */
export interface PolicyDocument {
  readonly 'validate-data'?: ValidateDataPolicySection
  readonly 'train-on-runner'?: TrainPolicySection
  readonly 'evaluate-vs-champion'?: EvaluationPolicySection
  readonly 'fairness-gate'?: FairnessPolicySection
  readonly 'register-model'?: RegisterPolicySection
  readonly 'canary-deploy'?: CanaryPolicySection
}

/**
 * The section of one gate, `undefined` when the file has none (the resolver applies its defaults).
 * @example policySection({ 'fairness-gate': { min_group_size: 30 } }, 'fairness-gate') // => { min_group_size: 30 }
 * @example policySection({}, 'canary-deploy') // => undefined
 */
export function policySection<G extends GateName>(document: PolicyDocument, gate: G): PolicyDocument[G] {
  return document[gate]
}
