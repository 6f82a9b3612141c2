import { GATE_NAMES, type GateName } from '../core/gate/gate-name.js'
import type { InputHelp } from './action-help.js'
import { ACTION_HELP } from './action-help.generated.js'
import { COMMANDS, FLAG_ALIASES } from './commands.js'
import { FORMAT_NAMES } from './report-formats.js'
import { SIGNING_KEY_ENV, SIGNING_KEY_FILE_OPTION, SIGNING_KEY_INPUT } from './signing-key.js'

const WIDTH = 118

/** Words wrapped to `width` columns, every line after the first indented by `indent`. */
function wrap(text: string, indent: number, first: string): string[] {
  const lines: string[] = []
  let line = first.padEnd(indent)
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line.trim() !== '' && line.length + word.length > WIDTH && line.length > indent) {
      lines.push(line.trimEnd())
      line = ' '.repeat(indent)
    }
    line += `${word} `
  }
  lines.push(line.trimEnd())
  return lines
}

function twoColumns(rows: readonly (readonly [string, string])[]): string[] {
  const indent = Math.min(34, Math.max(...rows.map(([left]) => left.length)) + 4)
  return rows.flatMap(([left, right]) =>
    left.length + 2 > indent ? [`  ${left}`, ...wrap(right, indent, '')] : wrap(right, indent, `  ${left}`),
  )
}

export const EXIT_CODES = `exit codes:
  0  the gate passed or warned (under --fail-on warn a warning is 1; under --fail-on never only a run that could not
     complete is 1)
  1  the gate failed, or its report is an error (a missing file, a bad input value, data it cannot judge)
  2  usage: an unknown action or option, a malformed argument, --signing-key given on the command line`

const GLOBAL_OPTIONS: readonly (readonly [string, string])[] = [
  [`--format ${FORMAT_NAMES.join('|')}`, 'how the report is printed on stdout (default text); logs go to stderr'],
  ['--json', 'the same as --format json'],
  ['--verbose', 'debug logs on stderr'],
  ['--help, -h', 'this text; with an action, that action’s inputs'],
  ['--version', 'the version of modelgate'],
]

/** `modelgate help` and `modelgate --help`: the actions and the global options. */
export function globalHelp(): string {
  return [
    'modelgate — gates for machine-learning models (the GitHub actions, from a terminal)',
    '',
    'usage: modelgate <action> [--input-name value ...] [--format text|markdown|json] [--verbose]',
    '       modelgate help <action>   the inputs of one action, with their defaults',
    '       modelgate init [--data FILE]  a policy, a data contract and workflows in this repository',
    '',
    'actions:',
    ...twoColumns(GATE_NAMES.map((name) => [name, COMMANDS[name].summary])),
    '',
    'options:',
    ...twoColumns(GLOBAL_OPTIONS),
    '',
    'Each action takes its action.yml inputs as flags of the same name (--name value or --name=value; a flag with no',
    'value is true). The JSON report is always written to --report-path (default .modelgate/<action>-report.json).',
    '',
    EXIT_CODES,
    '',
  ].join('\n')
}

function describeDefault(input: InputHelp): string {
  if (input.default === undefined) return ''
  if (input.default.includes('${{'))
    return input.name === 'github-token'
      ? ' [in a workflow: ${{ github.token }}; here: the GITHUB_TOKEN variable]'
      : ` [in a workflow: ${input.default}]`
  return ` [default: ${input.default === '' ? '""' : input.default}]`
}

function inputRow(input: InputHelp): readonly [string, string] {
  if (input.name === SIGNING_KEY_INPUT)
    return [
      `--${SIGNING_KEY_FILE_OPTION} <path>`,
      `${input.description} In a terminal, read from this file or the ${SIGNING_KEY_ENV} variable: --signing-key <value> is refused (it would show in ps and the shell history).`,
    ]
  return [`--${input.name}`, `${input.description}${input.required ? ' (required)' : ''}${describeDefault(input)}`]
}

/** `modelgate help <action>` and `modelgate <action> --help`: the action's inputs from its action.yml. */
export function actionHelp(gate: GateName): string {
  const help = ACTION_HELP[gate]
  const aliases = Object.entries(FLAG_ALIASES[gate] ?? {})
  return [
    `modelgate ${gate} — ${help?.description ?? COMMANDS[gate].summary}`,
    '',
    `usage: modelgate ${gate} [--input-name value ...] [--format ${FORMAT_NAMES.join('|')}] [--verbose]`,
    '',
    `inputs (actions/${gate}/action.yml):`,
    ...twoColumns((help?.inputs ?? []).map(inputRow)),
    ...(aliases.length === 0
      ? []
      : [
          '',
          'shorthands:',
          ...twoColumns(aliases.map(([flag, [name, value]]) => [`--${flag}`, `--${name} ${value}`])),
        ]),
    '',
    'options:',
    ...twoColumns(GLOBAL_OPTIONS),
    '',
    EXIT_CODES,
    '',
  ].join('\n')
}
