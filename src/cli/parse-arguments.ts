import { ConfigurationError } from '../core/errors.js'

export interface CliArguments {
  readonly command: string | undefined
  readonly inputs: Map<string, string>
  readonly json: boolean
  readonly help: boolean
  readonly verbose: boolean
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
  let command: string | undefined
  let json = false
  let help = false
  let verbose = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--help' || arg === '-h') help = true
    else if (arg === '--json') json = true
    else if (arg === '--verbose') verbose = true
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=')
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq)
      if (!/^[a-z][a-z0-9-]*$/.test(name))
        throw new ConfigurationError(
          `unknown option "${arg}"`,
          {},
          'options are --input-name value, as the action.yml inputs are named',
        )
      let value: string
      const next = argv[i + 1]
      if (eq !== -1) value = arg.slice(eq + 1)
      else if (next !== undefined && !next.startsWith('--')) value = argv[++i] ?? ''
      else value = 'true'
      const alias = aliases[name]
      if (alias !== undefined && value === 'true') inputs.set(alias[0], alias[1])
      else inputs.set(name, inputs.has(name) ? `${inputs.get(name) ?? ''}\n${value}` : value)
    } else if (command === undefined) command = arg
    else throw new ConfigurationError(`unexpected argument "${arg}"`, {}, 'inputs are given as --name value')
  }
  return { command, inputs, json, help, verbose }
}
