import type { ExplainabilityEvidence, ImportanceMissing, ImportanceSet } from '../core/governance/explain-checks.js'
import type { ExplainabilityPolicy } from '../core/governance/explain-policy.js'
import { drawPermutations } from '../core/governance/explain-permutation.js'
import type { Task } from '../core/metrics/metric-name.js'
import { ServiceError } from '../core/errors.js'
import type { ActionContext } from '../github/action-context.js'
import { expandPlaceholders } from '../io/run-command.js'
import { createRegistry } from '../registry/create-registry.js'
import { Inputs, type EvaluateInputs } from './inputs.js'
import { latencyMessages } from './latency-messages.js'
import { postJsonRow } from './http-endpoint.js'
import { permutationImportance, readPermutationSample, type Answerer } from './permutation-importance.js'
import type { ChampionSource } from './resolve-champion.js'
import { startServeProcess } from './serve-process.js'

/** Requests in flight per model: pipelined over the line protocol (answers come in order), concurrent over HTTP. */
const LINE_WINDOW = 64
const HTTP_WINDOW = 8

type Which = 'candidate' | 'champion'

/** A served model for the permutation runs, and how to end it. */
interface Served {
  readonly target: Answerer
  close(): Promise<void>
}

async function postAnswer(
  url: string,
  json: string,
  timeoutMs: number,
  which: Which,
  input: string,
  signal: AbortSignal,
) {
  let response: Response
  try {
    response = await postJsonRow(url, json, { timeoutMs, signal })
  } catch (error) {
    const why = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)
    throw new ServiceError(
      `an explainability request to the ${which}'s endpoint failed (${input}): ${why}`,
      { input },
      latencyMessages.fixHttp,
    )
  }
  const text = await response.text()
  if (!response.ok)
    throw new ServiceError(
      `the ${which}'s endpoint answered an explainability request with HTTP ${response.status} (${input})`,
      { input },
      latencyMessages.fixHttp,
    )
  return text
}

/**
 * How each model is reached, as for latency (an endpoint first, else latency-command on its model directory), or
 * what is missing.
 */
function serve(
  inputs: EvaluateInputs,
  which: Which,
  modelDir: string | undefined,
  timeoutMs: number,
  signal: AbortSignal,
): (() => Served) | ImportanceMissing {
  const url = which === 'candidate' ? inputs.latencyUrlCandidate : inputs.latencyUrlChampion
  const urlInput = which === 'candidate' ? Inputs.LatencyUrlCandidate : Inputs.LatencyUrlChampion
  if (url !== undefined || (which === 'champion' && inputs.latencyUrlCandidate !== undefined)) {
    if (url === undefined) return { missing: [`set input ${urlInput}`] }
    return () => ({
      target: {
        which,
        input: urlInput,
        window: HTTP_WINDOW,
        answer: (json) => postAnswer(url, json, timeoutMs, which, urlInput, signal),
      },
      close: () => Promise.resolve(),
    })
  }
  const argv = inputs.latencyCommand
  if (argv === undefined) return { missing: [`set input ${Inputs.LatencyCommand} (or ${Inputs.LatencyUrlCandidate})`] }
  if (modelDir === undefined)
    return { missing: [`set input ${which === 'candidate' ? Inputs.CandidateModelDir : Inputs.ChampionModelDir}`] }
  return () => {
    const server = startServeProcess(expandPlaceholders(argv, { model_dir: modelDir }), which, Inputs.LatencyCommand)
    return {
      target: {
        which,
        input: Inputs.LatencyCommand,
        window: LINE_WINDOW,
        answer: (json) => server.answer(json, timeoutMs),
      },
      close: () => server.close(),
    }
  }
}

/** The champion's importances from its model card (register-model's explanation input). */
async function fromCard(
  inputs: EvaluateInputs,
  champion: ChampionSource,
  context: ActionContext,
): Promise<ImportanceSet | ImportanceMissing> {
  if (champion.model === undefined || champion.version === undefined)
    return {
      missing: [
        'the champion was given as champion-predictions, so it has no model card; set explainability.champion_source: permutation',
      ],
    }
  const registry = await createRegistry(inputs.registry, {
    logger: context.logger,
    signal: context.signal,
    ...(inputs.registryToken === undefined ? {} : { token: inputs.registryToken }),
  })
  const ref = await registry.get(champion.model, { version: champion.version })
  const explanation = ref.card.explanation
  if (explanation === undefined)
    return {
      missing: [
        `the model card of ${champion.model} v${champion.version} has no explanation (register it with register-model's explanation input)`,
      ],
    }
  return {
    source: 'card',
    ...(explanation.method === undefined ? {} : { method: explanation.method }),
    version: champion.version,
    features: explanation.features,
  }
}

async function run(
  start: (() => Served) | ImportanceMissing,
  go: (target: Answerer) => Promise<ImportanceSet>,
): Promise<ImportanceSet | ImportanceMissing> {
  if (typeof start !== 'function') return start
  const served = start()
  try {
    return await go(served.target)
  } finally {
    await served.close()
  }
}

/**
 * The explainability evidence: the candidate's permutation importances through its serve command or endpoint, and
 * the champion's (the same sample and permutations, or its model card's explanation). What cannot be computed is
 * named (`missing`), so the checks are errors rather than skips. Each model's run ends its serve process.
 */
export async function explainabilityOrMissing(
  inputs: EvaluateInputs,
  policy: ExplainabilityPolicy,
  scoring: { readonly task: Task; readonly decisionThreshold: number; readonly timeoutMs: number },
  champion: ChampionSource | undefined,
  context: ActionContext,
): Promise<ExplainabilityEvidence> {
  const task = scoring.task === 'regression' ? 'regression' : 'binary'
  const signal = context.signal
  const candidateStart = serve(inputs, 'candidate', inputs.candidateModelDir, scoring.timeoutMs, signal)
  const championStart =
    champion === undefined || policy.championSource === 'card'
      ? undefined
      : serve(inputs, 'champion', champion.modelDir ?? inputs.championModelDir, scoring.timeoutMs, signal)
  if (inputs.data === undefined) {
    const missing = { missing: [`set input ${Inputs.Data} (rows with the label column)`] }
    return { candidate: missing, ...(champion === undefined ? {} : { champion: missing }) }
  }
  const sample = await readPermutationSample(
    inputs.data,
    {
      id: inputs.idColumn,
      label: inputs.labelColumn,
      ...(inputs.positiveLabel === undefined ? {} : { positiveLabel: inputs.positiveLabel }),
    },
    task,
    policy,
    signal,
  )
  const permutations = drawPermutations(sample.rows.length, policy.repeats, policy.seed)
  const how = { task, decisionThreshold: scoring.decisionThreshold } as const
  const go = (target: Answerer): Promise<ImportanceSet> =>
    permutationImportance(target, sample, permutations, policy, how, signal)
  const candidate = await run(candidateStart, go)
  if (champion === undefined) return { candidate }
  const championSet =
    championStart === undefined ? await fromCard(inputs, champion, context) : await run(championStart, go)
  return { candidate, champion: championSet }
}
