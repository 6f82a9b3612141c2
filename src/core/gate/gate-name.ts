/** The six actions, in pipeline order. This list is the one place that names them. */
export const GATE_NAMES = [
  'validate-data',
  'train-on-runner',
  'evaluate-vs-champion',
  'fairness-gate',
  'register-model',
  'canary-deploy',
] as const

export type GateName = (typeof GATE_NAMES)[number]

export function isGateName(value: string): value is GateName {
  return (GATE_NAMES as readonly string[]).includes(value)
}
