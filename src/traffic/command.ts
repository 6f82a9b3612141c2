import { ServiceError } from '../core/errors.js'
import { expandPlaceholders, runCommand } from '../io/run-command.js'
import { checkWeight, formatWeight } from './check-weight.js'
import { trafficCommandFailed } from './messages.js'
import type { CommandRouterConfig, CommandWatch, TrafficRouter } from './traffic-router.js'

/**
 * Runs the team's own command with the weight: `{weight}`, `{stable-weight}` and `{mirror}` (on/off) inside argv elements are
 * replaced by plain string substitution and the program is spawned without a shell.
 * @example createCommandRouter({ kind: 'command', argv: ['./set-weight', '--canary={weight}'], timeoutMs: 60000 })
 */
export function createCommandRouter(config: CommandRouterConfig, watch: CommandWatch = {}): TrafficRouter {
  let last: number | undefined
  return {
    kind: 'command',
    config,
    canMirror: config.argv.some((arg) => arg.includes('{mirror}')),
    async setWeight(percent, options) {
      checkWeight(percent)
      const argv = expandPlaceholders(config.argv, {
        weight: formatWeight(percent),
        'stable-weight': formatWeight(100 - percent),
        mirror: options?.mirror === true ? 'on' : 'off',
      })
      const result = await runCommand(argv, { timeoutMs: config.timeoutMs, keepTailLines: 5, ...watch })
      if (result.exitCode !== 0) {
        throw new ServiceError(
          trafficCommandFailed(argv, result.exitCode, [...result.stderrTail, ...result.stdoutTail].join(' | ')),
        )
      }
      last = percent
    },
    currentWeight: () => Promise.resolve(last),
  }
}
