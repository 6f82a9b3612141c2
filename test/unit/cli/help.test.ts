// Issue #18 item 1: `modelgate help <action>` and `<action> --help` list the action's inputs from its action.yml
// (through a generated module, never read at run time), `help` lists the actions, `--version` the package version.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parse } from 'yaml'
import { parseArguments } from '../../../src/cli/parse-arguments.js'
import { GATE_NAMES } from '../../../src/core/gate/gate-name.js'
import { GENERATED_PATH, generatedModule } from '../../../scripts/generate-cli-help.mjs'
import { repoRoot } from '../../helpers/fixture-path.js'
import { cli } from './cli-test-helpers.js'

afterEach(() => vi.restoreAllMocks())

type Manifest = { description: string; inputs: Record<string, { default?: unknown; description: string }> }
const manifest = (gate: string): Manifest =>
  parse(readFileSync(join(repoRoot, 'actions', gate, 'action.yml'), 'utf8')) as Manifest

describe('the generated help module', () => {
  it('is current with actions/*/action.yml and package.json (run node scripts/generate-cli-help.mjs)', async () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(await generatedModule())
  })

  it('is not read at run time: src/cli never reads action.yml or package.json', () => {
    for (const file of ['run-cli.ts', 'help.ts', 'action-help.generated.ts'])
      expect(readFileSync(join(repoRoot, 'src', 'cli', file), 'utf8')).not.toMatch(/readFileSync|node:fs/)
  })
})

describe('modelgate help <action>', () => {
  it.each(GATE_NAMES)('%s: every input with its default and the start of its description; exit 0', async (gate) => {
    const { code, stdout } = await cli(['help', gate])
    expect(code).toBe(0)
    const { description, inputs } = manifest(gate)
    expect(stdout.split('\n')[0]).toBe(`modelgate ${gate} — ${description}`)
    const flat = stdout.replace(/\s+/g, ' ')
    for (const [name, input] of Object.entries(inputs)) {
      const flag = name === 'signing-key' ? '--signing-key-file <path>' : `--${name}`
      expect(stdout).toMatch(new RegExp(`^  ${flag.replace(/[<>]/g, '.')} `, 'm'))
      expect(flat).toContain(input.description.replace(/\s+/g, ' ').trim().slice(0, 40))
      const fallback = input.default
      if (typeof fallback === 'string' && fallback !== '' && !fallback.includes('${{'))
        expect(flat).toContain(`[default: ${fallback}]`)
    }
  })

  it('<action> --help prints the same text as help <action>', async () => {
    const a = await cli(['fairness-gate', '--help'])
    const b = await cli(['help', 'fairness-gate'])
    expect(a.code).toBe(0)
    expect(a.stdout).toBe(b.stdout)
    expect(a.stdout).toContain('--min-group-size')
    expect(a.stdout).not.toBe((await cli(['validate-data', '-h'])).stdout)
  })

  it('names the shorthand flags and the exit codes', async () => {
    const { stdout } = await cli(['help', 'validate-data'])
    expect(stdout).toMatch(/^ {2}--infer +--mode infer$/m)
    expect(stdout).toContain('exit codes:')
  })

  it('help with an unknown action is a usage error with a suggestion (exit 2)', async () => {
    const { code, stderr } = await cli(['help', 'validate-dat'])
    expect(code).toBe(2)
    expect(stderr).toContain('error: unknown action "validate-dat"; did you mean "validate-data"?')
  })
})

describe('modelgate help, --help, --version', () => {
  it('help and --help list every action and the global options; no arguments prints it on stderr, exit 2', async () => {
    const help = await cli(['help'])
    expect(help.code).toBe(0)
    for (const gate of GATE_NAMES) expect(help.stdout).toMatch(new RegExp(`^  ${gate} `, 'm'))
    for (const option of ['--format text|markdown|json', '--verbose', '--version', '--json'])
      expect(help.stdout).toContain(option)
    expect((await cli(['--help'])).stdout).toBe(help.stdout)
    const none = await cli([])
    expect(none.code).toBe(2)
    expect(none.stderr).toBe(help.stdout)
  })

  it('--version prints the package.json version alone', async () => {
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }
    const { code, stdout } = await cli(['--version'])
    expect(code).toBe(0)
    expect(stdout).toBe(`${version}\n`)
  })

  it('after an action, --version is its input (register-model --version 3), not the package version', () => {
    const parsed = parseArguments(['register-model', '--mode', 'promote', '--version', '3'])
    expect(parsed.version).toBe(false)
    expect(parsed.inputs.get('version')).toBe('3')
    expect(parseArguments(['--version']).version).toBe(true)
  })

  it('an unknown action is exit 2 with a suggestion', async () => {
    const { code, stderr } = await cli(['fairnes-gate'])
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toBe('error: unknown action "fairnes-gate"; did you mean "fairness-gate"?')
  })
})
