import type { EvaluationPolicy } from '../core/compare/evaluation-policy.js'
import { ConfigurationError } from '../core/errors.js'
import type { ReportSubject } from '../core/gate/gate-report.js'
import { METRICS_BY_TASK } from '../core/metrics/metric-name.js'
import { decidePerformanceMonitoring } from '../core/monitor/decide-performance-monitoring.js'
import { joinDelayedLabels, type KeyedColumn } from '../core/monitor/join-delayed-labels.js'
import { decayMessages } from '../core/monitor/decay-messages.js'
import type { MonitoredMetric } from '../core/monitor/metric-estimate.js'
import { decayPolicyOf, type MonitoringPolicySection } from '../core/monitor/monitoring-policy.js'
import { storedMonitoredMetrics } from '../core/monitor/stored-metrics.js'
import type { ActionContext, ActionResult } from '../github/action-context.js'
import { sha256File } from '../io/hash-file.js'
import { createRegistry } from '../registry/create-registry.js'
import { NotFoundError } from '../registry/registry-errors.js'
import { checkBinaryPredictions } from './check-binary-predictions.js'
import { Inputs, type EvaluateInputs } from './inputs.js'
import { loadPredictions, type LoadedPredictions } from './load-predictions.js'

const keyed = (loaded: LoadedPredictions): KeyedColumn => ({
  file: loaded.path,
  ids: Array.from(loaded.ids, (id) => loaded.keys.text(id)),
  values: loaded.values,
  lines: Array.from(loaded.lines),
})

function required(value: string | undefined, input: string, hint: string): string {
  if (value === undefined) throw new ConfigurationError((w) => `mode monitor needs ${w.input(input)}`, { input }, hint)
  return value
}

/** The champion's card behind `model-name` + `champion-alias`: its version, metrics and stored reports. */
async function championCard(inputs: EvaluateInputs, model: string, context: ActionContext) {
  const registry = await createRegistry(inputs.registry, {
    logger: context.logger,
    signal: context.signal,
    ...(inputs.registryToken === undefined ? {} : { token: inputs.registryToken }),
  })
  try {
    const ref = await registry.get(model, { alias: inputs.championAlias })
    context.logger.info(
      `monitoring ${ref.name} v${ref.version} (alias ${inputs.championAlias}) from ${registry.description}`,
    )
    return ref
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error
    throw new ConfigurationError(
      `${model} has no version behind alias ${inputs.championAlias} in ${registry.description}: there is no champion to monitor`,
      { input: Inputs.ChampionAlias },
      (w) =>
        `name the alias production serves (${w.name(Inputs.ChampionAlias)}), or register and promote a champion first`,
    )
  }
}

/**
 * evaluate-vs-champion with `mode: monitor`: no candidate. The champion's logged production predictions
 * (`predictions`: id + score, or id + prediction for regression) are joined by id with the labels that arrived
 * later (`labels`: id + label), and its metrics on them are compared with those stored on its card (decideDecay,
 * interval evidence). Multiclass is not monitored yet (a configuration error says so).
 */
export async function runMonitorMode(
  inputs: EvaluateInputs,
  policy: EvaluationPolicy,
  monitoring: MonitoringPolicySection | undefined,
  context: ActionContext,
): Promise<ActionResult> {
  const { task } = policy
  if (task === 'multiclass')
    throw new ConfigurationError(
      'mode monitor judges binary and regression models; multiclass is not monitored yet',
      { input: Inputs.Task },
      'monitor a multiclass champion with validate-data (prediction drift) until delayed-label decay supports it',
    )
  const labelsPath = required(inputs.labels, Inputs.Labels, 'give the delayed labels file: id and label columns')
  const model = required(inputs.modelName, Inputs.ModelName, 'name the registered model whose champion is monitored')
  const champion = await championCard(inputs, model, context)
  const known = new Set<string>(METRICS_BY_TASK[task])
  const candidates = policy.metrics.filter((metric) => known.has(metric)) as MonitoredMetric[]
  const stored = storedMonitoredMetrics(champion.card.metrics, champion.card.reports, candidates)
  if (Object.keys(stored).length === 0)
    throw new ConfigurationError(
      decayMessages.noStoredMetrics(model, champion.version, Object.keys(champion.card.metrics)),
      { input: Inputs.ModelName },
      decayMessages.noStoredMetricsHint(),
    )
  const valueColumn = task === 'binary' ? inputs.scoreColumn : (inputs.predictionColumn ?? 'prediction')
  const predictions = await loadPredictions(inputs.predictions, { id: inputs.idColumn, value: valueColumn })
  const labels = await loadPredictions(labelsPath, { id: inputs.idColumn, value: inputs.labelColumn })
  if (task === 'binary') {
    checkBinaryPredictions(predictions, { score: valueColumn })
    // The labels file's value column is the label: checked as 0/1 labels at their lines (no scores to check).
    checkBinaryPredictions(
      { ...labels, labels: labels.values, values: new Float64Array(0) },
      {
        label: inputs.labelColumn,
        score: valueColumn,
      },
    )
  }
  const join = joinDelayedLabels(keyed(predictions), keyed(labels), inputs.idColumn)
  const { outcome } = decidePerformanceMonitoring(
    { task, join, stored, threshold: policy.decisionThreshold },
    decayPolicyOf(monitoring, policy),
  )
  context.logger.info(`${outcome.title} (${Inputs.Labels}: ${labelsPath})`)
  const subject: ReportSubject = {
    model,
    version: String(champion.version),
    predictions: { [inputs.predictions]: await sha256File(inputs.predictions) },
    dataHashes: { [labelsPath]: await sha256File(labelsPath) },
    ...(context.github.sha === undefined ? {} : { commit: context.github.sha }),
  }
  return { outcome, subject }
}
