import { ConfigurationError } from '../core/errors.js'
import { SIGNING_KEY_INPUT, signingKeyOnArgv, signingKeyOnArgvHint } from './signing-key.js'

export interface CliArguments {
  readonly command: string | undefined
  readonly inputs: Map<string, string>
  /** `--format NAME` (`--json` is `--format json`); undefined when not given. Checked by the caller. */
  readonly format: string | undefined
  readonly help: boolean
  readonly version: boolean
  readonly verbose: boolean
}

const SWITCHES: Readonly<Record<string, 'help' | 'version' | 'verbose'>> = {
  '--help': 'help',
  '-h': 'help',
  '--version': 'version',
  '--verbose': 'verbose',
}

/** `--name=value` or `--name value` (a following `--…` is the next flag, so the value is `true`); i is advanced. */
function flagValue(argv: readonly string[], at: { i: number }, arg: string): { name: string; value: string } {
  const eq = arg.indexOf('=')
  const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
  if (!/^[a-z][a-z0-9-]*$/.test(name))
    throw new ConfigurationError(
      // Cut: a misplaced value (a PEM begins with -----) is echoed no further than its first line's start.
      `unknown option "${arg.split('\n')[0]?.slice(0, 40) ?? ''}${arg.length > 40 || arg.includes('\n') ? '…' : ''}"`,
      {},
      'options are --input-name value, as the action.yml inputs are named',
    )
  if (eq !== -1) return { name, value: arg.slice(eq + 1) }
  const next = argv[at.i + 1]
  if (next !== undefined && !next.startsWith('--')) {
    at.i++
    return { name, value: next }
  }
  return { name, value: 'true' }
}

/**
 * `modelgate <action> --input-name value --flag …`: `--name=value` and `--name value` both work; a flag with
 * no value is `true`. Repeated inputs join with newlines (list inputs accept both commas and newlines).
 */
export function parseArguments(
  argv: readonly string[],
  aliases: Readonly<Record<string, [string, string]>> = {},
): CliArguments {
  const inputs = new Map<string, string>()
  const switches = { help: false, version: false, verbose: false }
  let command: string | undefined
  let format: string | undefined
  for (const at = { i: 0 }; at.i < argv.length; at.i++) {
    const arg = argv[at.i] ?? ''
    // After an action, `--version` is that action's input (register-model's `version`), as `--version 3` reads;
    // before one it is the package version switch (`modelgate --version`).
    const known = arg === '--version' && command !== undefined ? undefined : SWITCHES[arg]
    if (arg === `--${SIGNING_KEY_INPUT}` || arg.startsWith(`--${SIGNING_KEY_INPUT}=`))
      // Refused before its value is looked at, so the key is never echoed (a PEM value begins with -----).
      throw new ConfigurationError(signingKeyOnArgv(), { input: SIGNING_KEY_INPUT }, signingKeyOnArgvHint())
    if (known !== undefined) switches[known] = true
    else if (arg === '--json') format = 'json'
    else if (arg.startsWith('--')) {
      const { name, value } = flagValue(argv, at, arg)
      const alias = aliases[name]
      if (name === 'format') {
        if (value === '' || value === 'true')
          throw new ConfigurationError(
            'option "--format" needs a value',
            {},
            'write --format and a format name, e.g. --format markdown',
          )
        format = value
      } else if (alias !== undefined && value === 'true') inputs.set(alias[0], alias[1])
      else inputs.set(name, inputs.has(name) ? `${inputs.get(name) ?? ''}\n${value}` : value)
    } else if (command === undefined) command = arg
    else throw new ConfigurationError(`unexpected argument "${arg}"`, {}, 'inputs are given as --name value')
  }
  return { command, inputs, format, ...switches }
}
