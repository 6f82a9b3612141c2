import type { InputReader } from '../github/input-reader.js'
import type { EvaluationOverrides } from '../core/compare/resolve-evaluation-policy.js'
import { ConfigurationError } from '../core/errors.js'
import { METRICS_BY_TASK, type MetricName, type Task } from '../core/metrics/metric-name.js'
import { parseProbabilityColumns, type ProbabilityColumnsSpec } from './probability-columns.js'
import { resolveInputPath, resolveOptionalInputPath } from '../io/paths/index.js'

export const Inputs = {
  Predictions: 'predictions',
  ChampionPredictions: 'champion-predictions',
  ModelName: 'model-name',
  ChampionAlias: 'champion-alias',
  Registry: 'registry',
  RegistryToken: 'registry-token',
  PredictCommand: 'predict-command',
  CandidateModelDir: 'candidate-model-dir',
  ChampionModelDir: 'champion-model-dir',
  Data: 'data',
  LabelColumn: 'label-column',
  PositiveLabel: 'positive-label',
  ScoreColumn: 'score-column',
  PredictionColumn: 'prediction-column',
  ProbabilityColumns: 'probability-columns',
  IdColumn: 'id-column',
  Task: 'task',
  Metrics: 'metrics',
  SegmentColumns: 'segment-columns',
  Seed: 'seed',
  MaxLatencyMs: 'max-latency-ms',
  LatencyCommand: 'latency-command',
  LatencyUrlCandidate: 'latency-url-candidate',
  LatencyUrlChampion: 'latency-url-champion',
  CandidateVersion: 'candidate-version',
  Mode: 'mode',
  Labels: 'labels',
} as const

export interface EvaluateInputs {
  readonly predictions: string
  readonly championPredictions?: string
  readonly modelName?: string
  readonly championAlias: string
  readonly registry: string
  readonly registryToken?: string
  /** argv of the predict command (JSON array, or whitespace-separated words). */
  readonly predictCommand?: readonly string[]
  readonly candidateModelDir?: string
  /** The champion model directory, for timing a champion given as a predictions file. */
  readonly championModelDir?: string
  /** Evaluation data (features + id) the predict command scores; its sha256 selects stored champion predictions. */
  readonly data?: string
  readonly labelColumn: string
  /** The positive class's text when the labels are text (binary task); compared as text. */
  readonly positiveLabel?: string
  readonly scoreColumn: string
  readonly predictionColumn?: string
  /** Multiclass class probability columns (prefix* or class=column list). */
  readonly probabilityColumns?: ProbabilityColumnsSpec
  readonly idColumn: string
  readonly task?: Task
  readonly metrics?: readonly MetricName[]
  readonly segmentColumns?: readonly string[]
  readonly seed?: number
  readonly maxLatencyMs?: number
  /** argv of the serve command timed over the line protocol (`{model_dir}` placeholder). */
  readonly latencyCommand?: readonly string[]
  readonly latencyUrlCandidate?: string
  readonly latencyUrlChampion?: string
  readonly candidateVersion?: string
  /** compare (a candidate against the champion) or monitor (the champion's logged predictions on delayed labels). */
  readonly mode: 'compare' | 'monitor'
  /** Monitor mode: the delayed labels (id + outcome). */
  readonly labels?: string
}

/** Splits a command input: a JSON array of strings, or words separated by whitespace (no quoting, no shell). */
export function parseCommand(text: string, name: string = Inputs.PredictCommand): string[] {
  const trimmed = text.trim()
  if (trimmed.startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(trimmed)
    } catch {
      parsed = undefined
    }
    if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((x) => typeof x === 'string')) {
      throw new ConfigurationError(
        (w) => `${w.input(name)} is not a JSON array of strings`,
        { input: name },
        name === Inputs.LatencyCommand
          ? 'write it as ["python", "serve.py", "--model", "{model_dir}"]'
          : 'write it as ["python", "predict.py", "--model", "{model_dir}", "--in", "{input}", "--out", "{output}"]',
      )
    }
    return parsed
  }
  return trimmed.split(/\s+/).filter((w) => w !== '')
}

/** An endpoint input: an absolute http(s) URL. */
function httpUrl(text: string | undefined, name: string): string | undefined {
  if (text === undefined) return undefined
  let url: URL | undefined
  try {
    url = new URL(text)
  } catch {
    url = undefined
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new ConfigurationError(
      (w) => `${w.input(name)} is not an http(s) URL`,
      { input: name },
      'write the endpoint that accepts a POST of one JSON row, e.g. http://127.0.0.1:8080/predict',
    )
  return url.href
}

export function readInputs(input: InputReader): EvaluateInputs {
  const task = input.optionalChoice(Inputs.Task, ['binary', 'multiclass', 'regression'] as const)
  const metricNames = input.list(Inputs.Metrics)
  const allMetrics = new Set<string>(Object.values(METRICS_BY_TASK).flat())
  for (const m of metricNames) {
    if (!allMetrics.has(m)) {
      throw new ConfigurationError(
        (w) => `${w.input(Inputs.Metrics)} names unknown metric "${m}"`,
        { input: Inputs.Metrics },
        `use some of: ${[...allMetrics].join(', ')}`,
      )
    }
  }
  const segments = input.list(Inputs.SegmentColumns)
  const command = input.optional(Inputs.PredictCommand)
  const latencyCommand = input.optional(Inputs.LatencyCommand)
  const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
    value === undefined ? {} : ({ [key]: value } as { [P in K]?: V })
  const file = (name: string): string | undefined => resolveOptionalInputPath(input.optional(name), 'file', name)
  const directory = (name: string): string | undefined =>
    resolveOptionalInputPath(input.optional(name), 'directory', name)
  return {
    predictions: resolveInputPath(input.required(Inputs.Predictions), { kind: 'file', input: Inputs.Predictions }),
    ...opt('championPredictions', file(Inputs.ChampionPredictions)),
    ...opt('modelName', input.optional(Inputs.ModelName)),
    championAlias: input.optional(Inputs.ChampionAlias) ?? 'champion',
    registry: input.optional(Inputs.Registry) ?? 'file:.modelgate/registry',
    ...opt('registryToken', input.optional(Inputs.RegistryToken)),
    ...opt('predictCommand', command === undefined ? undefined : parseCommand(command)),
    ...opt('candidateModelDir', directory(Inputs.CandidateModelDir)),
    ...opt('championModelDir', directory(Inputs.ChampionModelDir)),
    ...opt('data', file(Inputs.Data)),
    labelColumn: input.optional(Inputs.LabelColumn) ?? 'label',
    ...opt('positiveLabel', input.optional(Inputs.PositiveLabel)),
    scoreColumn: input.optional(Inputs.ScoreColumn) ?? 'score',
    ...opt('predictionColumn', input.optional(Inputs.PredictionColumn)),
    ...opt('probabilityColumns', parseProbabilityColumns(input.list(Inputs.ProbabilityColumns))),
    idColumn: input.optional(Inputs.IdColumn) ?? 'id',
    ...opt('task', task),
    ...opt('metrics', metricNames.length > 0 ? (metricNames as MetricName[]) : undefined),
    ...opt('segmentColumns', segments.length > 0 ? segments : undefined),
    ...opt('seed', input.optionalNumber(Inputs.Seed, { integer: true, min: 0 })),
    ...opt('maxLatencyMs', input.optionalNumber(Inputs.MaxLatencyMs, { min: 0 })),
    ...opt(
      'latencyCommand',
      latencyCommand === undefined ? undefined : parseCommand(latencyCommand, Inputs.LatencyCommand),
    ),
    ...opt('latencyUrlCandidate', httpUrl(input.optional(Inputs.LatencyUrlCandidate), Inputs.LatencyUrlCandidate)),
    ...opt('latencyUrlChampion', httpUrl(input.optional(Inputs.LatencyUrlChampion), Inputs.LatencyUrlChampion)),
    ...opt('candidateVersion', input.optional(Inputs.CandidateVersion)),
    mode: input.optionalChoice(Inputs.Mode, ['compare', 'monitor'] as const) ?? 'compare',
    ...opt('labels', file(Inputs.Labels)),
  }
}

/** The inputs that override the policy file (task, metrics, segment columns, seed, latency budget). */
export function policyOverrides(inputs: EvaluateInputs): EvaluationOverrides {
  return {
    ...(inputs.task === undefined ? {} : { task: inputs.task }),
    ...(inputs.metrics === undefined ? {} : { metrics: inputs.metrics }),
    ...(inputs.segmentColumns === undefined ? {} : { segmentColumns: inputs.segmentColumns }),
    ...(inputs.seed === undefined ? {} : { seed: inputs.seed }),
    ...(inputs.maxLatencyMs === undefined ? {} : { maxLatencyMs: inputs.maxLatencyMs }),
    probabilities: inputs.probabilityColumns !== undefined,
  }
}
