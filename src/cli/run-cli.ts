import { isGateName, GATE_NAMES } from '../core/gate/gate-name.js'
import { isUserError } from '../core/errors.js'
import { runPostStep } from '../github/run-action.js'
import { runGate } from '../github/run-gate.js'
import { COMMANDS, FLAG_ALIASES } from './commands.js'
import { runExtraCommand } from './registry-site.js'
import { createTerminalHost } from './terminal-host.js'
import { parseArguments } from './parse-arguments.js'
import { knownOptions, suggestOption, unknownOption } from './suggest-option.js'

export const USAGE = `modelgate — gates for machine-learning models (the GitHub actions, from a terminal)

usage: modelgate <action> [--input-name value ...] [--json] [--verbose]

actions:
${GATE_NAMES.map((name) => `  ${name.padEnd(22)} ${COMMANDS[name].summary}`).join('\n')}

Inputs are the action.yml inputs of the same name (see README.md). Shared: --policy, --fail-on fail|warn|never,
--report-path. --json prints the JSON report on stdout. Exit code: 0 pass (or warn), 1 fail or error, 2 usage (an unknown option included).
`

/** Runs one CLI invocation; returns the exit code. */
export async function runCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  const extra = await runExtraCommand(argv, env)
  if (extra !== undefined) return extra
  let parsed
  try {
    parsed = parseArguments(argv, FLAG_ALIASES[argv[0] ?? ''] ?? {})
  } catch (error) {
    process.stderr.write(`error: ${isUserError(error) ? error.describe() : String(error)}\n\n${USAGE}`)
    return 2
  }
  if (parsed.command === undefined || parsed.help) {
    process.stdout.write(USAGE)
    return parsed.command === undefined && !parsed.help ? 2 : 0
  }
  if (!isGateName(parsed.command)) {
    process.stderr.write(`error: unknown action "${parsed.command}"\n\n${USAGE}`)
    return 2
  }
  const gate = parsed.command
  const known = COMMANDS[gate].inputs
  const unknown = [...parsed.inputs.keys()].find((name) => !known.includes(name))
  if (unknown !== undefined) {
    // A mistyped flag is never ignored: `--contarct x` used to run without the contract and pass.
    process.stderr.write(
      `error: ${unknownOption(unknown, gate, suggestOption(unknown, known))}\n${knownOptions(gate, known)}\n`,
    )
    return 2
  }
  const controller = new AbortController()
  process.once('SIGINT', () => controller.abort(new Error('interrupted (SIGINT)')))
  const host = createTerminalHost({
    inputs: parsed.inputs,
    env,
    json: parsed.json,
    verbose: parsed.verbose,
    signal: controller.signal,
  })
  const command = COMMANDS[gate]
  await runGate(gate, command.main, host)
  // A post hook runs when the command ends, as the runner runs an action's post step after the job's steps.
  if (command.post !== undefined) await runPostStep(gate, command.post, host)
  return host.exitCode()
}
