/** What evaluate-vs-champion decides: replace the champion, keep it for now (inconclusive), or keep it (worse). */
export type EvaluationDecision = 'promote' | 'hold' | 'reject'
