import { policySection, type PolicyDocument } from '../core/policy/policy-document.js'
import { parseGpuRequirement, type GpuRequirement } from '../core/train/gpu.js'
import { resolveTrainPolicy, type TrainPolicy } from '../core/train/resolve-train-policy.js'
import type { TrainInputs } from './inputs.js'

/** The effective settings of a run: the inputs over the policy file over the defaults, require-gpus parsed. */
export interface TrainSettings extends Omit<TrainPolicy, 'requireGpus'> {
  readonly requireGpus: GpuRequirement | undefined
}

/** @throws ConfigurationError for a require-gpus that does not parse (before anything is written). */
export function resolveSettings(inputs: TrainInputs, policy: PolicyDocument): TrainSettings {
  const effective = resolveTrainPolicy(policySection(policy, 'train-on-runner'), inputs.overrides)
  const gpus = effective.requireGpus
  return { ...effective, requireGpus: gpus === undefined || gpus === '0' ? undefined : parseGpuRequirement(gpus) }
}
