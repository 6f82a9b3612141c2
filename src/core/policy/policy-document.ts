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

/** A key list that names every top-level key of a gate's section type, and nothing else. */
type SectionKeys<G extends GateName> = Readonly<Record<keyof NonNullable<PolicyDocument[G]>, true>>

/**
 * The top-level keys of each gate's section, at runtime. The compiler holds each list to its section type (a key
 * missing or extra is a type error); test/unit/architecture holds it to schemas/policy/<gate>.schema.json. While a
 * section is still typed as a record (train-on-runner, register-model) only the schema side binds its list.
 */
export const POLICY_SECTION_KEYS = {
  'validate-data': {
    severity: true,
    max_examples: true,
    limits: true,
    drift: true,
    monitoring: true,
  } satisfies SectionKeys<'validate-data'>,
  'train-on-runner': {
    require_gpus: true,
    timeout_minutes: true,
    telemetry_interval_seconds: true,
    required_metrics: true,
  } satisfies SectionKeys<'train-on-runner'>,
  'evaluate-vs-champion': {
    task: true,
    metrics: true,
    rule_mode: true,
    evidence: true,
    confidence: true,
    resamples: true,
    seed: true,
    decision_threshold: true,
    sample: true,
    slices: true,
    max_latency_ms: true,
    monitoring: true,
    latency: true,
    max_model_bytes: true,
    max_peak_memory_mb: true,
    explainability: true,
    // Deprecated spellings, still accepted (with a warning) for one release.
    'rule-mode': true,
    'decision-threshold': true,
    'max-latency-ms': true,
  } satisfies SectionKeys<'evaluate-vs-champion'>,
  'fairness-gate': {
    thresholds: true,
    method: true,
    min_group_size: true,
    use_interval: true,
    confidence: true,
    bootstrap_resamples: true,
    seed: true,
    too_few_groups: true,
    champion_tolerance: true,
    intersectional: true,
    reference_groups: true,
    fail_when: true,
  } satisfies SectionKeys<'fairness-gate'>,
  'register-model': {
    registry: true,
    protected_aliases: true,
    allow_warn: true,
    promotion: true,
    scan: true,
    explanation: true,
  } satisfies SectionKeys<'register-model'>,
  'canary-deploy': {
    steps: true,
    interval: true,
    intervals_per_step: true,
    failure_limit: true,
    inconclusive_limit: true,
    no_traffic: true,
    no_traffic_max_intervals: true,
    bake: true,
    checks: true,
    min_requests: true,
    health_url: true,
    health_timeout: true,
    health_successes: true,
    health_interval: true,
    strategy: true,
    mirror: true,
    ab: true,
    shadow: true,
  } satisfies SectionKeys<'canary-deploy'>,
} as const satisfies { readonly [G in GateName]: SectionKeys<G> }

/**
 * The section of one gate, `undefined` when the file has none (the resolver applies its defaults).
 * @example policySection({ 'fairness-gate': { min_group_size: 30 } }, 'fairness-gate') // => { min_group_size: 30 }
 * @example policySection({}, 'canary-deploy') // => undefined
 */
export function policySection<G extends GateName>(document: PolicyDocument, gate: G): PolicyDocument[G] {
  return document[gate]
}
