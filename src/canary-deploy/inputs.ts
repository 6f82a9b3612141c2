import * as msg from '../core/canary/messages.js'
import { ConfigurationError, type Wording } from '../core/errors.js'
import type { CanaryOverrides } from '../core/canary/resolve-canary-policy.js'
import type { InputReader } from '../github/input-reader.js'
import type { MetricProviderConfig } from '../metric-providers/metric-provider.js'
import { DEFAULT_PROMETHEUS_QUERIES, DEFAULT_REQUESTS_QUERY } from '../metric-providers/prometheus.js'
import type { KubernetesKind, TrafficRouterConfig } from '../traffic/traffic-router.js'

/** Input names, written once (R9). */
export const Inputs = {
  Steps: 'steps',
  Interval: 'interval',
  IntervalsPerStep: 'intervals-per-step',
  FailureLimit: 'failure-limit',
  InconclusiveLimit: 'inconclusive-limit',
  NoTraffic: 'no-traffic',
  NoTrafficMaxIntervals: 'no-traffic-max-intervals',
  Traffic: 'traffic',
  TrafficCommand: 'traffic-command',
  NginxConfig: 'nginx-config',
  NginxUpstreamFile: 'nginx-upstream-file',
  NginxUpstreamTemplate: 'nginx-upstream-template',
  NginxPrefix: 'nginx-prefix',
  NginxBinary: 'nginx-binary',
  NginxVerifyUrl: 'nginx-verify-url',
  NginxPidFile: 'nginx-pid-file',
  StableServer: 'stable-server',
  CanaryServer: 'canary-server',
  KubernetesKind: 'kubernetes-kind',
  KubernetesName: 'kubernetes-name',
  Namespace: 'namespace',
  Kubectl: 'kubectl',
  Metrics: 'metrics',
  PrometheusUrl: 'prometheus-url',
  PrometheusQueries: 'prometheus-queries',
  PrometheusWindow: 'prometheus-window',
  CanaryName: 'canary-name',
  StableName: 'stable-name',
  CanaryMetricsUrl: 'canary-metrics-url',
  StableMetricsUrl: 'stable-metrics-url',
  MetricsCommand: 'metrics-command',
  MaxErrorRate: 'max-error-rate',
  MaxLatencyP95Ms: 'max-latency-p95-ms',
  Bake: 'bake',
  Environment: 'environment',
  Registry: 'registry',
  RegistryToken: 'registry-token',
  ModelName: 'model-name',
  Version: 'version',
  MinRequests: 'min-requests',
  HealthUrl: 'health-url',
  HealthTimeout: 'health-timeout',
  HealthSuccesses: 'health-successes',
  HealthInterval: 'health-interval',
  Strategy: 'strategy',
  Mirror: 'mirror',
  AbWeight: 'ab-weight',
  AbDuration: 'ab-duration',
  AbAlpha: 'ab-alpha',
  AbMinLift: 'ab-min-lift',
  AbOnInconclusive: 'ab-on-inconclusive',
  AbSuccessQuery: 'ab-success-query',
  AbTrialsQuery: 'ab-trials-query',
  ShadowPromote: 'shadow-promote',
} as const

export interface CanaryInputs {
  readonly overrides: CanaryOverrides
  readonly traffic: TrafficRouterConfig
  readonly metrics: MetricProviderConfig
  readonly environment?: string
  readonly registry?: { url: string; token?: string; model: string; version: number }
}

/**
 * Splits an argv input: a JSON array of strings, or one argument per line, or (single line) words split on
 * whitespace. Never a shell: quotes are not interpreted; use the JSON form for arguments with spaces.
 */
export function parseArgvInput(text: string, input: string): string[] {
  const trimmed = text.trim()
  if (trimmed.startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(trimmed)
    } catch {
      parsed = undefined
    }
    if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((x) => typeof x === 'string')) {
      throw new ConfigurationError(msg.argvNotJson(input), { input }, msg.argvNotJsonHint())
    }
    return parsed
  }
  const lines = trimmed
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  return lines.length > 1 ? lines : trimmed.split(/\s+/)
}

/** `with traffic: nginx` / `with --traffic nginx`: why an input is required. */
const withTraffic =
  (kind: string): Wording =>
  (w) =>
    `with ${w.setting(Inputs.Traffic, kind)}`

/** `with metrics: scrape` / `with --metrics scrape`. */
const withMetrics =
  (kind: string): Wording =>
  (w) =>
    `with ${w.setting(Inputs.Metrics, kind)}`

const need = (reader: InputReader, name: string, why: Wording): string => {
  const value = reader.optional(name)
  if (value === undefined)
    throw new ConfigurationError(msg.inputRequired(name, why), { input: name }, msg.inputRequiredHint(name))
  return value
}

export function readInputs(reader: InputReader): CanaryInputs {
  const traffic = readTraffic(reader)
  const metrics = readMetrics(reader)
  const overrides = readOverrides(reader)
  const registry = readRegistry(reader)
  const environment = reader.optional(Inputs.Environment)
  return {
    overrides,
    traffic,
    metrics,
    ...(environment === undefined ? {} : { environment }),
    ...(registry === undefined ? {} : { registry }),
  }
}

/** `traffic:` and the inputs of the router it names. */
function readTraffic(reader: InputReader): TrafficRouterConfig {
  const kind = reader.optionalChoice(Inputs.Traffic, ['command', 'nginx', 'kubernetes'] as const)
  if (kind === undefined)
    throw new ConfigurationError(
      msg.trafficRequired(Inputs.Traffic),
      { input: Inputs.Traffic },
      msg.trafficRequiredHint(),
    )
  if (kind === 'command') {
    return {
      kind,
      argv: parseArgvInput(need(reader, Inputs.TrafficCommand, withTraffic('command')), Inputs.TrafficCommand),
      timeoutMs: 120_000,
    }
  } else if (kind === 'nginx') {
    const template = reader.optional(Inputs.NginxUpstreamTemplate)
    const prefix = reader.optional(Inputs.NginxPrefix)
    const verifyUrl = reader.optional(Inputs.NginxVerifyUrl)
    const pidPath = reader.optional(Inputs.NginxPidFile)
    return {
      kind,
      configPath: need(reader, Inputs.NginxConfig, withTraffic('nginx')),
      upstreamPath: need(reader, Inputs.NginxUpstreamFile, withTraffic('nginx')),
      stable: need(reader, Inputs.StableServer, withTraffic('nginx')),
      canary: need(reader, Inputs.CanaryServer, withTraffic('nginx')),
      nginxBinary: reader.optional(Inputs.NginxBinary) ?? 'nginx',
      verifyTimeoutMs: 10_000,
      ...(template === undefined ? {} : { template }),
      ...(prefix === undefined ? {} : { prefix }),
      ...(verifyUrl === undefined ? {} : { verifyUrl }),
      ...(pidPath === undefined ? {} : { pidPath }),
    }
  } else {
    const resource = reader.optionalChoice<KubernetesKind>(Inputs.KubernetesKind, [
      'inferenceservice',
      'virtualservice',
      'httproute',
    ])
    if (resource === undefined)
      throw new ConfigurationError(
        msg.kubernetesKindRequired(Inputs.KubernetesKind, Inputs.Traffic),
        { input: Inputs.KubernetesKind },
        msg.kubernetesKindRequiredHint(),
      )
    const namespace = reader.optional(Inputs.Namespace)
    return {
      kind,
      resource,
      name: need(reader, Inputs.KubernetesName, withTraffic('kubernetes')),
      kubectl: reader.optional(Inputs.Kubectl) ?? 'kubectl',
      routeIndex: 0,
      stableIndex: 0,
      canaryIndex: 1,
      timeoutMs: 60_000,
      ...(namespace === undefined ? {} : { namespace }),
    }
  }
}

/**
 * `prometheus-queries`: a JSON object of metric name → PromQL template, at least one. Anything else (a list, a
 * number, `null`, a query that is not a string) is a ConfigurationError naming the input, never a crash later.
 */
export function parsePrometheusQueries(text: string): Record<string, string> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new ConfigurationError(
      msg.prometheusQueriesNotJson(Inputs.PrometheusQueries),
      { input: Inputs.PrometheusQueries },
      msg.prometheusQueriesNotJsonHint(),
    )
  }
  const entries = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.entries(parsed) : []
  const notString = entries.find(([, query]) => typeof query !== 'string' || query.trim() === '')
  if (entries.length === 0 || notString !== undefined) {
    throw new ConfigurationError(
      msg.prometheusQueriesNotMap(notString?.[0], Inputs.PrometheusQueries),
      { input: Inputs.PrometheusQueries },
      msg.prometheusQueriesNotJsonHint(),
    )
  }
  return Object.fromEntries(entries)
}

/** `metrics:` and the inputs of the provider it names (Prometheus by default). */
function readMetrics(reader: InputReader): MetricProviderConfig {
  const metricsKind =
    reader.optionalChoice(Inputs.Metrics, ['prometheus', 'scrape', 'command'] as const) ?? 'prometheus'
  if (metricsKind === 'prometheus') {
    const queriesText = reader.optional(Inputs.PrometheusQueries)
    const queries = queriesText === undefined ? DEFAULT_PROMETHEUS_QUERIES : parsePrometheusQueries(queriesText)
    const window = reader.optional(Inputs.PrometheusWindow)
    return {
      kind: 'prometheus',
      url: need(reader, Inputs.PrometheusUrl, withMetrics('prometheus')),
      queries,
      requestsQuery: DEFAULT_REQUESTS_QUERY,
      canary: reader.optional(Inputs.CanaryName) ?? 'canary',
      stable: reader.optional(Inputs.StableName) ?? 'stable',
      timeoutMs: 10_000,
      ...(window === undefined ? {} : { window }),
    }
  } else if (metricsKind === 'scrape') {
    return {
      kind: 'scrape',
      canaryUrl: need(reader, Inputs.CanaryMetricsUrl, withMetrics('scrape')),
      stableUrl: need(reader, Inputs.StableMetricsUrl, withMetrics('scrape')),
      timeoutMs: 10_000,
    }
  } else {
    return {
      kind: 'command',
      argv: parseArgvInput(need(reader, Inputs.MetricsCommand, withMetrics('command')), Inputs.MetricsCommand),
      timeoutMs: 120_000,
    }
  }
}

/** The policy inputs that override `.github/modelgate.yml`'s canary section, only those given. */
function readOverrides(reader: InputReader): CanaryOverrides {
  const optional = <T>(value: T | undefined, key: string): Record<string, T> =>
    value === undefined ? {} : { [key]: value }
  return {
    ...optional(reader.optional(Inputs.Steps), 'steps'),
    ...optional(reader.optional(Inputs.Interval), 'interval'),
    ...optional(reader.optionalNumber(Inputs.IntervalsPerStep, { min: 1, integer: true }), 'intervalsPerStep'),
    ...optional(reader.optionalNumber(Inputs.FailureLimit, { min: 0, integer: true }), 'failureLimit'),
    ...optional(reader.optionalNumber(Inputs.InconclusiveLimit, { min: 0, integer: true }), 'inconclusiveLimit'),
    ...optional(reader.optionalChoice(Inputs.NoTraffic, ['fail', 'wait'] as const), 'noTraffic'),
    ...optional(
      reader.optionalNumber(Inputs.NoTrafficMaxIntervals, { min: 0, integer: true }),
      'noTrafficMaxIntervals',
    ),
    ...optional(reader.optionalNumber(Inputs.MaxErrorRate, { min: 0, max: 1 }), 'maxErrorRate'),
    ...optional(reader.optionalNumber(Inputs.MaxLatencyP95Ms, { min: 0 }), 'maxLatencyP95Ms'),
    ...optional(reader.optional(Inputs.Bake), 'bake'),
    ...optional(reader.optionalNumber(Inputs.MinRequests, { min: 0, integer: true }), 'minRequests'),
    ...optional(reader.optional(Inputs.HealthUrl), 'healthUrl'),
    ...optional(reader.optional(Inputs.HealthTimeout), 'healthTimeout'),
    ...optional(reader.optionalNumber(Inputs.HealthSuccesses, { min: 1, integer: true }), 'healthSuccesses'),
    ...optional(reader.optional(Inputs.HealthInterval), 'healthInterval'),
    ...optional(reader.optionalChoice(Inputs.Strategy, ['canary', 'blue-green', 'shadow', 'ab'] as const), 'strategy'),
    ...optional(reader.optionalBoolean(Inputs.Mirror), 'mirror'),
    ...readAbOverrides(reader),
    ...optional(reader.optionalBoolean(Inputs.ShadowPromote), 'shadowPromote'),
  }
}

/** The A/B inputs (strategy ab), only those given. */
function readAbOverrides(reader: InputReader): Partial<CanaryOverrides> {
  const optional = <T>(value: T | undefined, key: string): Record<string, T> =>
    value === undefined ? {} : { [key]: value }
  return {
    ...optional(reader.optionalNumber(Inputs.AbWeight, { min: 0, max: 100 }), 'abWeight'),
    ...optional(reader.optional(Inputs.AbDuration), 'abDuration'),
    ...optional(reader.optionalNumber(Inputs.AbAlpha, { min: 0, max: 0.5 }), 'abAlpha'),
    ...optional(reader.optionalNumber(Inputs.AbMinLift, { min: 0, max: 1 }), 'abMinLift'),
    ...optional(reader.optionalChoice(Inputs.AbOnInconclusive, ['rollback', 'promote'] as const), 'abOnInconclusive'),
    ...optional(reader.optional(Inputs.AbSuccessQuery), 'abSuccessQuery'),
    ...optional(reader.optional(Inputs.AbTrialsQuery), 'abTrialsQuery'),
  }
}

/** The registry to record the rollout in, when `registry:` is given. */
function readRegistry(reader: InputReader): CanaryInputs['registry'] {
  const registryUrl = reader.optional(Inputs.Registry)
  if (registryUrl === undefined) return undefined
  const token = reader.optional(Inputs.RegistryToken)
  const model = need(reader, Inputs.ModelName, (w) => `with ${w.name(Inputs.Registry)}`)
  const version = reader.optionalNumber(Inputs.Version, { min: 1, integer: true })
  if (version === undefined)
    throw new ConfigurationError(
      msg.versionRequired(Inputs.Version, Inputs.Registry),
      { input: Inputs.Version },
      msg.versionRequiredHint(),
    )
  return { url: registryUrl, model, version, ...(token === undefined ? {} : { token }) }
}
