import type { EvaluationPolicy } from './evaluation-policy.js'

/**
 * The confidence level at which evaluate-vs-champion may *reject*: Bonferroni over the rule components of the
 * policy (each floor and each change or non-inferiority rule is one), 1 − (1 − confidence)/k. Promotion needs
 * every component to pass at the plain level (an intersection–union test, which needs no correction), so only
 * rejection, which any one component can cause, is corrected: with k exchangeable "≥ champion" rules the chance
 * that one of them rejects stays at most 1 − confidence.
 * @see Berger (1982), Multiparameter hypothesis testing and acceptance sampling (intersection–union tests)
 * @example
 * rejectionConfidence({ confidence: 0.95, rules: [{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0, threshold: 0.7 }, { metric: 'recall', greaterIsBetter: true, threshold: 0.6 }] }) // => 0.9833333333333333
 */
export function rejectionConfidence(policy: Pick<EvaluationPolicy, 'confidence' | 'rules'>): number {
  let k = 0
  for (const r of policy.rules) {
    if (r.threshold !== undefined) k++
    if (r.minAbsoluteChange !== undefined || r.minRelativeChange !== undefined || r.nonInferiorityMargin !== undefined)
      k++
  }
  return 1 - (1 - policy.confidence) / Math.max(1, k)
}
