import { ServiceError } from '../core/errors.js'
import { runCommand } from '../io/run-command.js'
import { checkWeight } from './check-weight.js'
import { kubectlFailed } from './messages.js'
import type { CommandWatch, KubernetesRouterConfig, TrafficRouter } from './traffic-router.js'

const RESOURCE = {
  inferenceservice: 'inferenceservices.serving.kserve.io',
  virtualservice: 'virtualservices.networking.istio.io',
  httproute: 'httproutes.gateway.networking.k8s.io',
} as const

/** A JSON Patch (RFC 6902) operation. */
export interface JsonPatchOperation {
  readonly op: 'replace' | 'test'
  readonly path: string
  readonly value: unknown
}

/**
 * The patch document and `--type` for one weight:
 * - KServe InferenceService: merge patch `{"spec":{"predictor":{"canaryTrafficPercent":W}}}`;
 * - Istio VirtualService: JSON patch on `/spec/http/i/route/j/weight` (stable 100−W, canary W);
 * - Gateway API HTTPRoute: JSON patch on `/spec/rules/i/backendRefs/j/weight`.
 * Weights are integers (Istio requires them); fractional percents are rounded.
 * @example kubernetesPatch({ kind: 'kubernetes', resource: 'inferenceservice', name: 'm', kubectl: 'kubectl', routeIndex: 0, stableIndex: 0, canaryIndex: 1, timeoutMs: 1 }, 10).patch // => '{"spec":{"predictor":{"canaryTrafficPercent":10}}}'
 */
export function kubernetesPatch(
  config: KubernetesRouterConfig,
  percent: number,
): { type: 'merge' | 'json'; patch: string } {
  const canary = Math.round(percent)
  const stable = 100 - canary
  switch (config.resource) {
    case 'inferenceservice':
      return { type: 'merge', patch: JSON.stringify({ spec: { predictor: { canaryTrafficPercent: canary } } }) }
    case 'virtualservice': {
      const base = `/spec/http/${config.routeIndex}/route`
      const ops: JsonPatchOperation[] = [
        { op: 'replace', path: `${base}/${config.stableIndex}/weight`, value: stable },
        { op: 'replace', path: `${base}/${config.canaryIndex}/weight`, value: canary },
      ]
      return { type: 'json', patch: JSON.stringify(ops) }
    }
    case 'httproute': {
      const base = `/spec/rules/${config.routeIndex}/backendRefs`
      const ops: JsonPatchOperation[] = [
        { op: 'replace', path: `${base}/${config.stableIndex}/weight`, value: stable },
        { op: 'replace', path: `${base}/${config.canaryIndex}/weight`, value: canary },
      ]
      return { type: 'json', patch: JSON.stringify(ops) }
    }
  }
}

/** The full kubectl argv for one weight. */
export function kubectlPatchArgv(config: KubernetesRouterConfig, percent: number): string[] {
  const { type, patch } = kubernetesPatch(config, percent)
  return [
    config.kubectl,
    'patch',
    RESOURCE[config.resource],
    config.name,
    ...(config.namespace === undefined ? [] : ['--namespace', config.namespace]),
    '--type',
    type,
    '--patch',
    patch,
  ]
}

/** The kubectl argv that reads the canary weight back (jsonpath). */
export function kubectlGetWeightArgv(config: KubernetesRouterConfig): string[] {
  const path =
    config.resource === 'inferenceservice'
      ? '{.spec.predictor.canaryTrafficPercent}'
      : config.resource === 'virtualservice'
        ? `{.spec.http[${config.routeIndex}].route[${config.canaryIndex}].weight}`
        : `{.spec.rules[${config.routeIndex}].backendRefs[${config.canaryIndex}].weight}`
  return [
    config.kubectl,
    'get',
    RESOURCE[config.resource],
    config.name,
    ...(config.namespace === undefined ? [] : ['--namespace', config.namespace]),
    '-o',
    `jsonpath=${path}`,
  ]
}

/** Moves weight on Kubernetes through kubectl (KServe, Istio, Gateway API); spawns kubectl without a shell. */
export function createKubernetesRouter(config: KubernetesRouterConfig, watch: CommandWatch = {}): TrafficRouter {
  const run = async (argv: string[]): Promise<string[]> => {
    const result = await runCommand(argv, { timeoutMs: config.timeoutMs, keepTailLines: 20, ...watch })
    if (result.exitCode !== 0)
      throw new ServiceError(kubectlFailed(argv, result.exitCode, result.stderrTail.join(' | ')))
    return result.stdoutTail
  }
  return {
    kind: 'kubernetes',
    // Istio's mirror/mirrorPercentage and Gateway API's RequestMirror filter are not written by this router.
    canMirror: false,
    config,
    async setWeight(percent) {
      checkWeight(percent)
      await run(kubectlPatchArgv(config, percent))
    },
    async currentWeight() {
      const text = (await run(kubectlGetWeightArgv(config))).join('').trim()
      // KServe without canaryTrafficPercent serves the latest revision: 100.
      if (text === '') return config.resource === 'inferenceservice' ? 100 : undefined
      const value = Number(text)
      return Number.isFinite(value) ? value : undefined
    },
  }
}
