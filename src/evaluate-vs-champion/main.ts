import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ActionContext, ActionResult } from '../github/action-context.js'
import { ConfigurationError, DataError } from '../core/errors.js'
import { compareModels } from '../core/compare/compare-models.js'
import { compareSlices } from '../core/compare/compare-slices.js'
import { decideEvaluation } from '../core/compare/decide-evaluation.js'
import { describeRule } from '../core/compare/describe-rule.js'
import { evaluationFigures } from '../core/compare/evaluation-figures.js'
import { resolveEvaluationPolicy, type EvaluationPolicySection } from '../core/compare/resolve-evaluation-policy.js'
import { promotionCommand } from '../core/registry/promotion-command.js'
import { promoteButton } from '../core/registry/promote-button.js'
import { seededRandom } from '../core/stats/seeded-random.js'
import { sha256File } from '../io/hash-file.js'
import { Inputs, readInputs } from './inputs.js'
import { checkProbabilityInputs } from './check-probability-inputs.js'
import { loadPairedData } from './load-paired-data.js'
import { latencyOrMissing } from './measure-latency.js'
import { resolveChampion } from './resolve-champion.js'

const DECISION_TITLE = {
  promote: 'Promote: the candidate meets every rule against the champion',
  hold: 'Hold: the evidence does not show the candidate is better than the champion',
  reject: 'Reject: the candidate fails a rule against the champion',
} as const

/** The decision in one sentence: the decision word and its first reason (or, on promote, the first rule met). */
function decisionTitle(
  decision: keyof typeof DECISION_TITLE,
  reasons: readonly string[],
  passed: readonly string[],
): string {
  const reason = decision === 'promote' ? passed[0] : reasons[0]
  if (reason === undefined) return DECISION_TITLE[decision]
  const word = decision === 'promote' ? 'Promote' : decision === 'hold' ? 'Hold' : 'Reject'
  return `${word}: ${reason}`
}

export async function main(context: ActionContext): Promise<ActionResult> {
  const inputs = readInputs(context.inputs)
  const section = (context.policy['evaluate-vs-champion'] ?? {}) as EvaluationPolicySection
  let policy
  try {
    policy = resolveEvaluationPolicy(section, {
      ...(inputs.task === undefined ? {} : { task: inputs.task }),
      ...(inputs.metrics === undefined ? {} : { metrics: inputs.metrics }),
      ...(inputs.segmentColumns === undefined ? {} : { segmentColumns: inputs.segmentColumns }),
      ...(inputs.seed === undefined ? {} : { seed: inputs.seed }),
      ...(inputs.maxLatencyMs === undefined ? {} : { maxLatencyMs: inputs.maxLatencyMs }),
      probabilities: inputs.probabilityColumns !== undefined,
    })
  } catch (error) {
    if (error instanceof RangeError)
      throw new ConfigurationError(error.message, { path: 'evaluate-vs-champion.metrics' }, 'fix the policy file')
    throw error
  }
  checkProbabilityInputs(inputs, policy.task, policy.metrics)
  const { data, source, segments } = await loadPairedData(inputs, policy.task, policy.slices.columns, () =>
    resolveChampion(inputs, context),
  )
  const n = data.yTrue.length
  const greaterIsBetter = Object.fromEntries(policy.rules.map((r) => [r.metric, r.greaterIsBetter]))
  let comparisons
  let slices
  try {
    comparisons = compareModels(data, {
      metrics: policy.metrics,
      greaterIsBetter,
      resamples: policy.resamples,
      confidence: policy.confidence,
      random: seededRandom(policy.seed),
      threshold: policy.decisionThreshold,
    })
    slices = compareSlices(
      data,
      segments,
      policy.rules.map((r) => r.metric),
      greaterIsBetter,
      policy.decisionThreshold,
    )
  } catch (error) {
    if (error instanceof RangeError)
      throw new DataError(
        error.message,
        { file: inputs.predictions },
        `check the label column "${inputs.labelColumn}" and the ${policy.task} predictions`,
      )
    throw error
  }
  const latency =
    policy.maxLatencyMs === undefined ? undefined : await latencyOrMissing(inputs, source.modelDir, context)
  let outcome
  try {
    outcome = decideEvaluation(comparisons, policy, slices, latency)
  } catch (error) {
    if (error instanceof RangeError)
      throw new ConfigurationError(
        error.message,
        { path: 'evaluate-vs-champion.metrics' },
        'fix the rule in the policy file',
      )
    throw error
  }
  const metricsPath = join(context.workDir, 'evaluate-vs-champion.metrics.json')
  const metricsJson = {
    task: policy.task,
    rows: n,
    decision: outcome.decision,
    champion: { source: source.how, model: source.model, version: source.version },
    metrics: Object.fromEntries(comparisons.filter((c) => c.error === undefined).map((c) => [c.metric, c.candidate])),
    championMetrics: Object.fromEntries(
      comparisons.filter((c) => c.error === undefined).map((c) => [c.metric, c.champion]),
    ),
    comparisons,
    policy: {
      ruleMode: policy.ruleMode,
      evidence: policy.evidence,
      confidence: policy.confidence,
      resamples: policy.resamples,
      seed: policy.seed,
    },
  }
  await writeFile(
    metricsPath,
    JSON.stringify(metricsJson, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) +
      '\n',
  )
  const rules = Object.fromEntries(policy.rules.map((r) => [r.metric, describeRule(r, policy.ruleMode)]))
  const summaryLines = [
    `${n} paired rows; champion ${source.model === undefined ? `from ${source.path}` : `${source.model} v${String(source.version)} (${source.how})`}; ${policy.resamples} paired bootstrap resamples (seed ${policy.seed}), ${Math.round(policy.confidence * 100)}% intervals, evidence: ${policy.evidence}, rule mode: ${policy.ruleMode}.`,
    ...outcome.reasons.slice(0, 10).map((r) => `- ${r}`),
  ]
  const modelName = inputs.modelName
  if (
    outcome.decision === 'promote' &&
    modelName !== undefined &&
    inputs.candidateVersion !== undefined &&
    context.github.repository !== undefined
  ) {
    summaryLines.push(
      '',
      promotionCommand({
        repository: context.github.repository,
        serverUrl: context.github.serverUrl,
        model: modelName,
        version: inputs.candidateVersion,
        alias: inputs.championAlias,
      }).markdown,
    )
  }
  const title = decisionTitle(
    outcome.decision,
    outcome.reasons,
    outcome.checks.filter((c) => c.status === 'pass' && !c.id.startsWith('evaluate.slice.')).map((c) => c.message),
  )
  const subject = {
    ...(modelName === undefined ? {} : { model: modelName }),
    ...(inputs.candidateVersion === undefined ? {} : { version: inputs.candidateVersion }),
    dataHashes: {
      [inputs.predictions]: await sha256File(inputs.predictions),
      [source.path]: await sha256File(source.path),
    },
    ...(context.github.sha === undefined ? {} : { commit: context.github.sha }),
  }
  context.logger.info(`${title} (${Inputs.Predictions}: ${inputs.predictions})`)
  const version = Number(inputs.candidateVersion)
  const button =
    outcome.decision === 'promote' && modelName !== undefined && Number.isInteger(version)
      ? promoteButton({
          model: modelName,
          version,
          alias: inputs.championAlias,
          appToken: context.inputs.optional('app-token') !== undefined,
        })
      : undefined
  return {
    outcome: {
      title,
      summary: summaryLines.join('\n'),
      checks: outcome.checks,
      figures: evaluationFigures(comparisons, rules, outcome.verdicts, slices, policy.slices.minSize),
      outputs: { decision: outcome.decision, 'metrics-path': metricsPath },
    },
    subject,
    ...(button === undefined ? {} : { checkRunAction: button }),
  }
}
