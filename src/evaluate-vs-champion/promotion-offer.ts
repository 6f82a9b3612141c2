import type { PromotionOffer } from '../core/compare/decide-evaluation.js'
import { promoteButton, type PromoteButton } from '../core/registry/promote-button.js'
import { promotionCommand } from '../core/registry/promotion-command.js'
import type { GitHubContext } from '../github/event-context.js'
import type { EvaluateInputs } from './inputs.js'

/**
 * What a promote decision can offer with these inputs: the promotion command (needs model-name,
 * candidate-version and the repository) and the check-run Promote button (needs model-name, an integer
 * candidate-version and an App token). decideEvaluation shows them only on promote.
 */
export function promotionOffer(
  inputs: EvaluateInputs,
  github: GitHubContext,
  appToken: boolean,
): PromotionOffer<PromoteButton> {
  const { modelName: model, candidateVersion: version, championAlias: alias } = inputs
  if (model === undefined) return {}
  const command =
    version === undefined || github.repository === undefined
      ? undefined
      : promotionCommand({ repository: github.repository, serverUrl: github.serverUrl, model, version, alias })
  const number = Number(version)
  const button = Number.isInteger(number) ? promoteButton({ model, version: number, alias, appToken }) : undefined
  return {
    ...(command === undefined ? {} : { command: command.markdown }),
    ...(button === undefined ? {} : { button }),
  }
}
