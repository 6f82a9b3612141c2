// Issue #15 item 8: the CLI rejects unknown flags with a suggestion and exit code 2, never ignores them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parse } from 'yaml'
import { COMMANDS } from '../../../src/cli/commands.js'
import { runCli } from '../../../src/cli/run-cli.js'
import { suggestOption } from '../../../src/cli/suggest-option.js'
import { GATE_NAMES } from '../../../src/core/gate/gate-name.js'
import { repoRoot } from '../../helpers/fixture-path.js'

afterEach(() => vi.restoreAllMocks())

async function cli(argv: readonly string[]): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk)
    return true
  })
  const code = await runCli(argv, {})
  return { code, stderr }
}

describe('modelgate <action> --unknown-flag', () => {
  it('--contarct → did you mean --contract?, exit code 2, nothing run', async () => {
    const { code, stderr } = await cli(['validate-data', '--data', 'x.csv', '--contarct', 'c.yml'])
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toBe(
      'error: unknown option "--contarct" for validate-data; did you mean "--contract"?',
    )
    expect(stderr.split('\n')[1]).toBe(
      'the options of validate-data are its action.yml inputs: --data, --reference, --contract, --mode, --output, --reference-registry, --registry-token, --reference-model, --reference-alias, --history-file, --prediction-columns, --github-token, --comment, --check-run, --fail-on, --policy, --report-path, --app-token, --report-key, --signing-key-file, --alert-subject, --alert-issue, --alert-labels, --alert-webhook, --alert-webhook-format, --retrain-workflow, --retrain-ref, --retrain-event',
    )
  })

  it('a flag far from every input gets no suggestion', async () => {
    const { code, stderr } = await cli(['fairness-gate', '--zzzzzzzz=1'])
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toBe('error: unknown option "--zzzzzzzz" for fairness-gate')
  })

  it('every action knows its shared inputs and its own, and suggests across one typo', () => {
    expect(suggestOption('min-gruop-size', COMMANDS['fairness-gate'].inputs)).toBe('min-group-size')
    expect(suggestOption('versoin', COMMANDS['register-model'].inputs)).toBe('version')
    expect(suggestOption('report-pth', COMMANDS['canary-deploy'].inputs)).toBe('report-path')
    for (const command of Object.values(COMMANDS)) expect(command.inputs).toContain('policy')
  })
})

describe('the CLI flags are the action.yml inputs', () => {
  it.each(GATE_NAMES)(
    '%s: every input action.yml declares is a flag (app-token: runGate reads it for every gate)',
    (gate) => {
      const manifest = parse(readFileSync(join(repoRoot, 'actions', gate, 'action.yml'), 'utf8')) as {
        inputs: Record<string, unknown>
      }
      const flags = COMMANDS[gate].inputs.filter((name) => name !== 'app-token')
      expect([...flags].sort()).toEqual(
        Object.keys(manifest.inputs)
          .filter((name) => name !== 'app-token')
          .sort(),
      )
    },
  )
})
