import type { AliasEvent } from './model-card.js'

/**
 * The version an alias pointed at at instant `at`: the `to` of the last move at or before `at`
 * (events are ordered by time; undefined before the first move or after a deletion).
 * Answers "which version was champion on date D".
 * @example aliasAt([{ alias: 'champion', to: 1, at: '2026-01-01T00:00:00Z', by: 'a' }], new Date('2026-02-01')) // => 1
 */
export function aliasAt(history: readonly AliasEvent[], at: Date): number | undefined {
  let current: number | undefined
  const sorted = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
  for (const event of sorted) {
    if (Date.parse(event.at) > at.getTime()) break
    current = event.to
  }
  return current
}
