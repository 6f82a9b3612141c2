import type { AliasEvent } from './model-card.js'

/**
 * The version a rollback moves an alias back to: the `from` of its latest move (so a rollback followed
 * by another rollback toggles between the two, as `git checkout -` does). Undefined when there is none.
 * @example rollbackTarget([{ alias: 'champion', to: 1, at: 't1', by: 'a' }, { alias: 'champion', from: 1, to: 2, at: 't2', by: 'a' }]) // => 1
 */
export function rollbackTarget(history: readonly AliasEvent[]): number | undefined {
  const last = history[history.length - 1]
  return last?.from
}
