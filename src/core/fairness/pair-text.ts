import type { GroupingResult } from './analyze-fairness.js'

/**
 * The group pair a disparity names: `min gender=F vs max gender=M` between groups, or
 * `gender=F vs reference gender=M` against a reference group, `gender=F vs overall` with method to_overall; `no pair` when the disparity is undefined.
 * @example pairText({ groups: [{ key: 'g=A' }, { key: 'g=B' }], reference: undefined } as never, 0, 1) // => 'min g=A vs max g=B'
 */
export function pairText(grouping: GroupingResult, low: number | null, high: number | null): string {
  if (low === null || high === null) return 'no pair'
  const a = grouping.groups[low]!.key
  if (high === grouping.groups.length) return `${a} vs overall`
  const b = grouping.groups[high]!.key
  return grouping.reference === high ? `${a} vs reference ${b}` : `min ${a} vs max ${b}`
}
