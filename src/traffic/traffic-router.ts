/**
 * How traffic weight moves between the stable model and the canary. Every provider must make `setWeight(0)`
 * send nothing to the canary and `setWeight(100)` send everything, exactly: rollback and promotion depend on it.
 */
export interface TrafficRouter {
  readonly kind: 'command' | 'nginx' | 'kubernetes'
  /**
   * Sets the canary's share of traffic, 0–100; resolves once the change has taken effect (or throws ServiceError).
   * With `mirror` (only at 0%, and only where `canMirror`), live traffic is also mirrored to the canary, its answers
   * discarded; any other call turns mirroring off.
   */
  setWeight(percent: number, options?: { readonly mirror?: boolean }): Promise<void>
  /** Whether this router can mirror live traffic to the canary (nginx `mirror`; a command with `{mirror}`). */
  readonly canMirror: boolean
  /** The weight last applied (read back from the provider where it can), undefined when unknown. */
  currentWeight(): Promise<number | undefined>
  /** The serialisable settings that let the post step rebuild this router (saved with context.state). */
  readonly config: TrafficRouterConfig
}

export interface CommandRouterConfig {
  readonly kind: 'command'
  /** argv with `{weight}` (and `{stable-weight}`, `{mirror}`: on/off) placeholders inside elements; never run through a shell. */
  readonly argv: readonly string[]
  readonly timeoutMs: number
}

export interface NginxRouterConfig {
  readonly kind: 'nginx'
  /** Main nginx.conf passed as `-c`; it must `include` `upstreamPath`. */
  readonly configPath: string
  /** The file this router (re)writes. */
  readonly upstreamPath: string
  /** `-p` prefix; undefined uses nginx's compiled default. */
  readonly prefix?: string
  readonly stable: string
  readonly canary: string
  /** Template text with {{servers}}, {{weight}}, {{generation}}, {{stable}}, {{canary}}, {{mirror}}; undefined = the default upstream. */
  readonly template?: string
  readonly nginxBinary: string
  /** URL whose response body or `X-Modelgate-Canary` header carries `{{weight}}:{{generation}}`, polled after reload. */
  readonly verifyUrl?: string
  readonly verifyTimeoutMs: number
  /** nginx's pid file: when set, a reload also waits until the old workers stop accepting connections (Linux). */
  readonly pidPath?: string
}

export type KubernetesKind = 'inferenceservice' | 'virtualservice' | 'httproute'

export interface KubernetesRouterConfig {
  readonly kind: 'kubernetes'
  readonly resource: KubernetesKind
  readonly name: string
  readonly namespace?: string
  readonly kubectl: string
  /** Index of the HTTP route / rule holding the two destinations (Istio `http[i]`, HTTPRoute `rules[i]`). */
  readonly routeIndex: number
  /** Index of the stable and canary destination in that route (Istio `route[j]`, HTTPRoute `backendRefs[j]`). */
  readonly stableIndex: number
  readonly canaryIndex: number
  readonly timeoutMs: number
}

/** Who hears of the commands a router starts: each one's process group when it starts and when it ends. */
export interface CommandWatch {
  readonly onSpawn?: (pid: number) => void
  readonly onExit?: (pid: number) => void
}

export type TrafficRouterConfig = CommandRouterConfig | NginxRouterConfig | KubernetesRouterConfig
