import { isGateName, GATE_NAMES, type GateName } from '../core/gate/gate-name.js'
import { isUserError } from '../core/errors.js'
import { runPostStep } from '../github/run-action.js'
import { runGate } from '../github/run-gate.js'
import { PACKAGE_VERSION } from './action-help.generated.js'
import { COMMANDS, FLAG_ALIASES } from './commands.js'
import { actionHelp, globalHelp } from './help.js'
import { FORMAT_NAMES, isReportFormat, type ReportFormat } from './report-formats.js'
import { SIGNING_KEY_FILE_OPTION, SIGNING_KEY_INPUT, signingKeySource } from './signing-key.js'
import { runExtraCommand } from './registry-site.js'
import { createTerminalHost } from './terminal-host.js'
import { INIT_HELP, runInit } from './init/run-init.js'
import { parseArguments, type CliArguments } from './parse-arguments.js'
import { knownOptions, suggestOption, unknownOption } from './suggest-option.js'

/** Options the CLI takes beyond an action's inputs (the key file stands in for the `signing-key` input). */
const CLI_ONLY_OPTIONS = [SIGNING_KEY_FILE_OPTION]

const SEE_HELP = 'run `modelgate help` for the actions and options'

/** A usage error: the message on stderr and exit code 2; nothing ran. */
function usageError(message: string, next = SEE_HELP): number {
  process.stderr.write(`error: ${message}\n${next}\n`)
  return 2
}

function unknownAction(name: string): number {
  const suggestion = suggestOption(name, GATE_NAMES)
  return usageError(
    `unknown action "${name}"${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`,
    `the actions are ${GATE_NAMES.join(', ')}; ${SEE_HELP}`,
  )
}

/** `modelgate help [action]`. */
function help(args: readonly string[]): number {
  const [name, extra] = args
  if (extra !== undefined) return usageError(`unexpected argument "${extra}"`, 'usage: modelgate help [action]')
  if (name === undefined) {
    process.stdout.write(globalHelp())
    return 0
  }
  if (name === 'init') {
    process.stdout.write(INIT_HELP)
    return 0
  }
  if (!isGateName(name)) return unknownAction(name)
  process.stdout.write(actionHelp(name))
  return 0
}

/** The usage error of a flag the action does not take, or undefined when every flag is known. */
function unknownFlag(gate: GateName, inputs: ReadonlyMap<string, string>): number | undefined {
  const known = [...COMMANDS[gate].inputs, ...CLI_ONLY_OPTIONS]
  const unknown = [...inputs.keys()].find((name) => !known.includes(name))
  if (unknown === undefined) return undefined
  // What a terminal user may type: the key file in place of the signing-key input, which is refused there.
  const offered = COMMANDS[gate].inputs.map((name) => (name === SIGNING_KEY_INPUT ? SIGNING_KEY_FILE_OPTION : name))
  // A mistyped flag is never ignored: `--contarct x` used to run without the contract and pass.
  return usageError(unknownOption(unknown, gate, suggestOption(unknown, offered)), knownOptions(gate, offered))
}

async function runAction(gate: GateName, parsed: CliArguments, format: ReportFormat, env: Env): Promise<number> {
  const unknown = unknownFlag(gate, parsed.inputs)
  if (unknown !== undefined) return unknown
  let signingKey
  try {
    signingKey = signingKeySource(parsed.inputs, env)
  } catch (error) {
    if (!isUserError(error)) throw error
    return usageError(error.describe('cli'), `${SEE_HELP} ${gate}`)
  }
  const controller = new AbortController()
  process.once('SIGINT', () => controller.abort(new Error('interrupted (SIGINT)')))
  const host = createTerminalHost({
    inputs: parsed.inputs,
    env,
    format,
    signingKey,
    verbose: parsed.verbose,
    signal: controller.signal,
  })
  const command = COMMANDS[gate]
  await runGate(gate, command.main, host)
  // A post hook runs when the command ends, as the runner runs an action's post step after the job's steps.
  if (command.post !== undefined) await runPostStep(gate, command.post, host)
  return host.exitCode()
}

type Env = Readonly<Record<string, string | undefined>>

/** Runs one CLI invocation; returns the exit code (docs/cli.md: 0 pass or warn, 1 fail or error, 2 usage). */
export async function runCli(argv: readonly string[], env: Env): Promise<number> {
  if (argv[0] === 'help') return help(argv.slice(1))
  if (argv[0] === 'init') return runInit(argv.slice(1), env)
  const extra = await runExtraCommand(argv, env)
  if (extra !== undefined) return extra
  let parsed
  try {
    parsed = parseArguments(argv, FLAG_ALIASES[argv[0] ?? ''] ?? {})
  } catch (error) {
    if (!isUserError(error)) throw error
    return usageError(error.describe('cli'))
  }
  if (parsed.version) {
    process.stdout.write(`${PACKAGE_VERSION}\n`)
    return 0
  }
  if (parsed.command === undefined) {
    if (parsed.help) process.stdout.write(globalHelp())
    else process.stderr.write(globalHelp())
    return parsed.help ? 0 : 2
  }
  if (!isGateName(parsed.command)) return unknownAction(parsed.command)
  const gate = parsed.command
  if (parsed.help) {
    process.stdout.write(actionHelp(gate))
    return 0
  }
  const format = parsed.format ?? 'text'
  if (!isReportFormat(format))
    return usageError(`unknown format "${format}"`, `--format takes one of: ${FORMAT_NAMES.join(', ')}`)
  return runAction(gate, parsed, format, env)
}
