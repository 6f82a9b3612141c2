import type { EvaluationPolicy } from './evaluation-policy.js'
import { ruleComponents } from './rule-components.js'

/**
 * The confidence level at which evaluate-vs-champion may *reject*: Bonferroni over every test that can reject —
 * the rule components of the policy (each floor and each change or non-inferiority rule is one) and the
 * `others` (the judged slice × metric pairs) — 1 − (1 − confidence)/(k + others). Promotion needs every component
 * to pass at the plain level (an intersection–union test, which needs no correction), so only rejection, which
 * any one test can cause, is corrected: with exchangeable models the chance that anything rejects stays at most
 * (1 − confidence)/2 (each test rejects on one side of its two-sided interval).
 * @see Berger (1982), Multiparameter hypothesis testing and acceptance sampling (intersection–union tests)
 * @example
 * rejectionConfidence({ confidence: 0.95, rules: [{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0, threshold: 0.7 }, { metric: 'recall', greaterIsBetter: true, threshold: 0.6 }] }) // => 0.9833333333333333
 */
export function rejectionConfidence(policy: Pick<EvaluationPolicy, 'confidence' | 'rules'>, others = 0): number {
  return 1 - (1 - policy.confidence) / Math.max(1, ruleComponents(policy.rules) + others)
}
