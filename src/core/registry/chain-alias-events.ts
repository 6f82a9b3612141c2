import type { AliasEvent } from './model-card.js'

/**
 * An alias history in its stored order with each event's `from` set to the target of the event before it (the
 * first keeps its own). Where moves are not serialised (OCI tags, MLflow artifacts), two concurrent moves can both
 * have seen the same previous target; the order is the truth, so `from` follows it.
 * @example chainAliasEvents([{ alias: 'c', to: 1, at: 't1', by: 'a' }, { alias: 'c', from: 1, to: 2, at: 't2', by: 'b' }, { alias: 'c', from: 1, to: 3, at: 't2', by: 'c' }]).map((e) => e.from) // => [undefined, 1, 2]
 */
export function chainAliasEvents(events: readonly AliasEvent[]): AliasEvent[] {
  const chained: AliasEvent[] = []
  for (const event of events) {
    const before = chained[chained.length - 1]
    if (before === undefined || before.to === undefined) chained.push(event)
    else {
      // Rebuilt key by key so that `from` keeps its place after `alias` (records compare and serialise the same).
      const { alias, from: _stored, ...rest } = event
      chained.push({ alias, from: before.to, ...rest })
    }
  }
  return chained
}
