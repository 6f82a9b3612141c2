import type { ReportSubject } from '../core/gate/gate-report.js'
import type { GitHubContext } from '../github/event-context.js'
import { sha256File } from '../io/hash-file.js'
import type { EvaluateInputs } from './inputs.js'

/**
 * What the report judged: the candidate (model, version), the sha256 of its predictions (what binds the report to
 * the version that holds them) and of the champion's when there is one, the commit.
 */
export async function reportSubject(
  inputs: EvaluateInputs,
  championPath: string | undefined,
  github: GitHubContext,
): Promise<ReportSubject> {
  return {
    ...(inputs.modelName === undefined ? {} : { model: inputs.modelName }),
    ...(inputs.candidateVersion === undefined ? {} : { version: inputs.candidateVersion }),
    predictions: { [inputs.predictions]: await sha256File(inputs.predictions) },
    ...(championPath === undefined ? {} : { dataHashes: { [championPath]: await sha256File(championPath) } }),
    ...(github.sha === undefined ? {} : { commit: github.sha }),
  }
}
