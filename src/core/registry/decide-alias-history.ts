import { Outputs } from '../gate/action-outputs.js'
import type { Figure } from '../gate/figure.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import { aliasAt } from './alias-at.js'
import { aliasAtInstant, aliasWasTitle, historyMoves, historyTitle } from './messages.js'
import type { AliasEvent } from './model-card.js'

const Out = Outputs['register-model']

/**
 * The outcome of history mode: the table of every move of `alias`, and either the number of moves (`warn` when
 * there are none) and the current version, or — with `at` (the text as given and its instant, see
 * `parseAliasInstant`) — the version the alias pointed at then (`warn` when none).
 * @example decideAliasHistory('churn', 'champion', [], undefined).checks[0]?.status // => 'warn'
 */
export function decideAliasHistory(
  model: string,
  alias: string,
  history: readonly AliasEvent[],
  at: { readonly text: string; readonly instant: Date } | undefined,
): GateOutcome {
  const figures: Figure[] = [
    {
      kind: 'table',
      title: `History of ${alias}`,
      columns: ['at', 'from', 'to', 'by', 'reason', 'forced', 'run'],
      rows: history.map((e) => [
        e.at,
        e.from ?? null,
        e.to ?? null,
        e.by,
        e.reason ?? '',
        e.forced === true,
        e.runUrl ?? '',
      ]),
    },
  ]
  if (at === undefined) {
    const current = history[history.length - 1]?.to
    return {
      title: historyTitle(model, alias, history.length),
      checks: [
        {
          id: 'history.moves',
          status: history.length === 0 ? 'warn' : 'pass',
          observed: history.length,
          message: historyMoves(alias, history.length),
        },
      ],
      figures,
      outputs: current === undefined ? {} : { [Out.Version]: String(current) },
    }
  }
  const version = aliasAt(history, at.instant)
  return {
    title: aliasWasTitle(alias, model, version, at.text),
    checks: [
      {
        id: 'history.at',
        status: version === undefined ? 'warn' : 'pass',
        observed: version ?? null,
        message: aliasAtInstant(alias, version, at.instant.toISOString()),
      },
    ],
    figures,
    outputs: version === undefined ? {} : { [Out.Version]: String(version) },
  }
}
