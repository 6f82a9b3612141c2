import { ConfigurationError } from '../core/errors.js'
import type { CanaryOverrides } from '../core/canary/resolve-canary-policy.js'
import type { InputReader } from '../github/input-reader.js'
import type { MetricProviderConfig } from '../metric-providers/metric-provider.js'
import { DEFAULT_PROMETHEUS_QUERIES, DEFAULT_REQUESTS_QUERY } from '../metric-providers/prometheus.js'
import type { KubernetesKind, TrafficRouterConfig } from '../traffic/traffic-router.js'

/** Input names, written once (R9). */
export const Inputs = {
  steps: 'steps',
  interval: 'interval',
  intervalsPerStep: 'intervals-per-step',
  failureLimit: 'failure-limit',
  inconclusiveLimit: 'inconclusive-limit',
  noTraffic: 'no-traffic',
  noTrafficMaxIntervals: 'no-traffic-max-intervals',
  traffic: 'traffic',
  trafficCommand: 'traffic-command',
  nginxConfig: 'nginx-config',
  nginxUpstreamFile: 'nginx-upstream-file',
  nginxUpstreamTemplate: 'nginx-upstream-template',
  nginxPrefix: 'nginx-prefix',
  nginxBinary: 'nginx-binary',
  nginxVerifyUrl: 'nginx-verify-url',
  nginxPidFile: 'nginx-pid-file',
  stableServer: 'stable-server',
  canaryServer: 'canary-server',
  kubernetesKind: 'kubernetes-kind',
  kubernetesName: 'kubernetes-name',
  namespace: 'namespace',
  kubectl: 'kubectl',
  metrics: 'metrics',
  prometheusUrl: 'prometheus-url',
  prometheusQueries: 'prometheus-queries',
  prometheusWindow: 'prometheus-window',
  canaryName: 'canary-name',
  stableName: 'stable-name',
  canaryMetricsUrl: 'canary-metrics-url',
  stableMetricsUrl: 'stable-metrics-url',
  metricsCommand: 'metrics-command',
  maxErrorRate: 'max-error-rate',
  maxLatencyP95Ms: 'max-latency-p95-ms',
  environment: 'environment',
  registry: 'registry',
  registryToken: 'registry-token',
  modelName: 'model-name',
  version: 'version',
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
      throw new ConfigurationError(
        `input "${input}" is not a JSON array of strings`,
        { input },
        'write e.g. ["./set-weight.sh", "--canary={weight}"]',
      )
    }
    return parsed as string[]
  }
  const lines = trimmed
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  return lines.length > 1 ? lines : trimmed.split(/\s+/)
}

const need = (inputs: InputReader, name: string, why: string): string => {
  const value = inputs.optional(name)
  if (value === undefined)
    throw new ConfigurationError(
      `input "${name}" is required ${why}`,
      { input: name },
      `set \`${name}:\` under \`with:\``,
    )
  return value
}

export function readInputs(inputs: InputReader): CanaryInputs {
  const kind = inputs.optionalChoice(Inputs.traffic, ['command', 'nginx', 'kubernetes'] as const)
  if (kind === undefined)
    throw new ConfigurationError(
      'input "traffic" is required',
      { input: Inputs.traffic },
      'use one of: command, nginx, kubernetes',
    )
  let traffic: TrafficRouterConfig
  if (kind === 'command') {
    traffic = {
      kind,
      argv: parseArgvInput(need(inputs, Inputs.trafficCommand, 'with traffic: command'), Inputs.trafficCommand),
      timeoutMs: 120_000,
    }
  } else if (kind === 'nginx') {
    const template = inputs.optional(Inputs.nginxUpstreamTemplate)
    const prefix = inputs.optional(Inputs.nginxPrefix)
    const verifyUrl = inputs.optional(Inputs.nginxVerifyUrl)
    const pidPath = inputs.optional(Inputs.nginxPidFile)
    traffic = {
      kind,
      configPath: need(inputs, Inputs.nginxConfig, 'with traffic: nginx'),
      upstreamPath: need(inputs, Inputs.nginxUpstreamFile, 'with traffic: nginx'),
      stable: need(inputs, Inputs.stableServer, 'with traffic: nginx'),
      canary: need(inputs, Inputs.canaryServer, 'with traffic: nginx'),
      nginxBinary: inputs.optional(Inputs.nginxBinary) ?? 'nginx',
      verifyTimeoutMs: 10_000,
      ...(template === undefined ? {} : { template }),
      ...(prefix === undefined ? {} : { prefix }),
      ...(verifyUrl === undefined ? {} : { verifyUrl }),
      ...(pidPath === undefined ? {} : { pidPath }),
    }
  } else {
    const resource = inputs.optionalChoice(Inputs.kubernetesKind, [
      'inferenceservice',
      'virtualservice',
      'httproute',
    ] as const) as KubernetesKind | undefined
    if (resource === undefined)
      throw new ConfigurationError(
        'input "kubernetes-kind" is required with traffic: kubernetes',
        { input: Inputs.kubernetesKind },
        'use one of: inferenceservice, virtualservice, httproute',
      )
    const namespace = inputs.optional(Inputs.namespace)
    traffic = {
      kind,
      resource,
      name: need(inputs, Inputs.kubernetesName, 'with traffic: kubernetes'),
      kubectl: inputs.optional(Inputs.kubectl) ?? 'kubectl',
      routeIndex: 0,
      stableIndex: 0,
      canaryIndex: 1,
      timeoutMs: 60_000,
      ...(namespace === undefined ? {} : { namespace }),
    }
  }
  const metricsKind =
    inputs.optionalChoice(Inputs.metrics, ['prometheus', 'scrape', 'command'] as const) ?? 'prometheus'
  let metrics: MetricProviderConfig
  if (metricsKind === 'prometheus') {
    const queriesText = inputs.optional(Inputs.prometheusQueries)
    let queries = DEFAULT_PROMETHEUS_QUERIES
    if (queriesText !== undefined) {
      try {
        queries = JSON.parse(queriesText) as Record<string, string>
      } catch {
        throw new ConfigurationError(
          'input "prometheus-queries" is not JSON',
          { input: Inputs.prometheusQueries },
          'write {"error-rate": "PromQL with {{target}} and {{interval}}"}',
        )
      }
    }
    const window = inputs.optional(Inputs.prometheusWindow)
    metrics = {
      kind: 'prometheus',
      url: need(inputs, Inputs.prometheusUrl, 'with metrics: prometheus'),
      queries,
      requestsQuery: DEFAULT_REQUESTS_QUERY,
      canary: inputs.optional(Inputs.canaryName) ?? 'canary',
      stable: inputs.optional(Inputs.stableName) ?? 'stable',
      timeoutMs: 10_000,
      ...(window === undefined ? {} : { window }),
    }
  } else if (metricsKind === 'scrape') {
    metrics = {
      kind: 'scrape',
      canaryUrl: need(inputs, Inputs.canaryMetricsUrl, 'with metrics: scrape'),
      stableUrl: need(inputs, Inputs.stableMetricsUrl, 'with metrics: scrape'),
      timeoutMs: 10_000,
    }
  } else {
    metrics = {
      kind: 'command',
      argv: parseArgvInput(need(inputs, Inputs.metricsCommand, 'with metrics: command'), Inputs.metricsCommand),
      timeoutMs: 120_000,
    }
  }
  const optional = <T>(value: T | undefined, key: string): Record<string, T> =>
    value === undefined ? {} : { [key]: value }
  const overrides: CanaryOverrides = {
    ...optional(inputs.optional(Inputs.steps), 'steps'),
    ...optional(inputs.optional(Inputs.interval), 'interval'),
    ...optional(inputs.optionalNumber(Inputs.intervalsPerStep, { min: 1, integer: true }), 'intervalsPerStep'),
    ...optional(inputs.optionalNumber(Inputs.failureLimit, { min: 0, integer: true }), 'failureLimit'),
    ...optional(inputs.optionalNumber(Inputs.inconclusiveLimit, { min: 0, integer: true }), 'inconclusiveLimit'),
    ...optional(inputs.optionalChoice(Inputs.noTraffic, ['fail', 'wait'] as const), 'noTraffic'),
    ...optional(
      inputs.optionalNumber(Inputs.noTrafficMaxIntervals, { min: 0, integer: true }),
      'noTrafficMaxIntervals',
    ),
    ...optional(inputs.optionalNumber(Inputs.maxErrorRate, { min: 0, max: 1 }), 'maxErrorRate'),
    ...optional(inputs.optionalNumber(Inputs.maxLatencyP95Ms, { min: 0 }), 'maxLatencyP95Ms'),
  }
  const registryUrl = inputs.optional(Inputs.registry)
  let registry: CanaryInputs['registry']
  if (registryUrl !== undefined) {
    const token = inputs.optional(Inputs.registryToken)
    registry = {
      url: registryUrl,
      model: need(inputs, Inputs.modelName, 'with registry'),
      version: inputs.optionalNumber(Inputs.version, { min: 1, integer: true }) ?? Number.NaN,
      ...(token === undefined ? {} : { token }),
    }
    if (Number.isNaN(registry.version))
      throw new ConfigurationError(
        'input "version" is required with registry',
        { input: Inputs.version },
        'give the version to alias as champion on promotion',
      )
  }
  const environment = inputs.optional(Inputs.environment)
  return {
    overrides,
    traffic,
    metrics,
    ...(environment === undefined ? {} : { environment }),
    ...(registry === undefined ? {} : { registry }),
  }
}
