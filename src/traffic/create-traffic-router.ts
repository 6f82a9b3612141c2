import { createCommandRouter } from './command.js'
import { createKubernetesRouter } from './kubernetes.js'
import { createNginxRouter } from './nginx.js'
import type { TrafficRouter, TrafficRouterConfig } from './traffic-router.js'

/**
 * The one switch over traffic providers; the post step calls it with the config saved by the main step.
 * @example createTrafficRouter({ kind: 'command', argv: ['true'], timeoutMs: 1000 }).kind // => 'command'
 */
export function createTrafficRouter(config: TrafficRouterConfig): TrafficRouter {
  switch (config.kind) {
    case 'command':
      return createCommandRouter(config)
    case 'nginx':
      return createNginxRouter(config)
    case 'kubernetes':
      return createKubernetesRouter(config)
  }
}
