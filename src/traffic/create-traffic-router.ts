import { createCommandRouter } from './command.js'
import { createKubernetesRouter } from './kubernetes.js'
import { createNginxRouter } from './nginx.js'
import type { CommandWatch, TrafficRouter, TrafficRouterConfig } from './traffic-router.js'

/**
 * The one switch over traffic providers; the post step calls it with the config saved by the main step. `watch`
 * hears of every command a router starts (the main step saves its process group for the post step to end).
 * @example createTrafficRouter({ kind: 'command', argv: ['true'], timeoutMs: 1000 }).kind // => 'command'
 */
export function createTrafficRouter(config: TrafficRouterConfig, watch: CommandWatch = {}): TrafficRouter {
  switch (config.kind) {
    case 'command':
      return createCommandRouter(config, watch)
    case 'nginx':
      return createNginxRouter(config, watch)
    case 'kubernetes':
      return createKubernetesRouter(config, watch)
  }
}
