// Issue #18 item 2: `modelgate init` in a user's repository, through the CLI bundle: the policy with the documented
// defaults, a contract inferred from their data, three workflows with minimum permissions; idempotent; never
// overwrites a changed file without --force.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { repoRoot } from '../helpers/fixture-path.js'
import { runCli } from '../helpers/run-bundle.js'
import { makeTempDir } from '../helpers/tmp-dir.js'

const FILES = [
  '.github/modelgate.yml',
  'contracts/data.yml',
  '.github/workflows/modelgate-pr-gate.yml',
  '.github/workflows/modelgate-promote.yml',
  '.github/workflows/modelgate-monitor.yml',
]

function userRepository(): string {
  const dir = makeTempDir('modelgate-init-')
  execFileSync('git', ['init', '-q'], { cwd: dir })
  mkdirSync(join(dir, 'data'))
  copyFileSync(join(repoRoot, 'examples', 'churn', 'data', 'current.csv'), join(dir, 'data', 'batch.csv'))
  return dir
}

const read = (dir: string): string[] => FILES.map((file) => readFileSync(join(dir, file), 'utf8'))

type Workflow = {
  permissions: unknown
  jobs: Record<
    string,
    { permissions: Record<string, string>; steps: { uses?: string; with?: Record<string, string> }[] }
  >
}

describe('modelgate init', () => {
  it('writes the policy, the inferred contract and the workflows; the contract validates its data', async () => {
    const dir = userRepository()
    const first = await runCli(['init', '--data', 'data/batch.csv', '--actions', 'acme/modelgate/actions'], {
      cwd: dir,
    })
    expect(first.exitCode, first.stderr).toBe(0)
    for (const file of FILES)
      expect(first.stdout).toMatch(new RegExp(`^ {2}created +${file.replace(/\./g, '\\.')}$`, 'm'))

    const [policy = '', contract = '', prGate = '', promote = '', monitor = ''] = read(dir)
    // The policy changes nothing until a line is uncommented, and names each gate's keys with their defaults.
    expect(parse(policy)).toBeNull()
    for (const line of [
      '# validate-data:',
      '#   severity: fail',
      '#     alpha: 0.05',
      '# fairness-gate:',
      '# canary-deploy:',
    ])
      expect(policy.split('\n')).toContain(line)
    expect((parse(contract) as { columns: Record<string, unknown> }).columns).toHaveProperty('customer_id')

    for (const text of [prGate, promote, monitor]) {
      const workflow = parse(text) as Workflow
      expect(workflow.permissions).toEqual({})
      for (const job of Object.values(workflow.jobs)) {
        expect(job.permissions.contents).toBe('read')
        expect(Object.values(job.permissions).every((level) => level === 'read' || level === 'write')).toBe(true)
        expect(job.steps.some((step) => step.uses?.startsWith('acme/modelgate/actions/'))).toBe(true)
      }
    }
    const validate = (parse(prGate) as Workflow).jobs['validate-data']?.steps[1]?.with
    expect(validate).toEqual({
      data: 'data/batch.csv',
      contract: 'contracts/data.yml',
      policy: '.github/modelgate.yml',
    })
    expect((parse(prGate) as { on: { pull_request: { paths: string[] } } }).on.pull_request.paths).toContain(
      'data/batch.csv',
    )

    // What init wrote works: the data passes its inferred contract under the written policy.
    const run = await runCli(['validate-data', '--data', 'data/batch.csv', '--contract', 'contracts/data.yml'], {
      cwd: dir,
    })
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    expect(run.stdout).toMatch(/^✅ modelgate\/validate-data: PASS/)
  }, 120_000)

  it('a second run changes nothing and says so; a changed file is kept without --force, overwritten with it', async () => {
    const dir = userRepository()
    const args = ['init', '--data', 'data/batch.csv']
    expect((await runCli(args, { cwd: dir })).exitCode).toBe(0)
    const before = read(dir)
    const again = await runCli(args, { cwd: dir })
    expect(again.exitCode, again.stderr).toBe(0)
    expect(again.stdout).toContain('nothing to change: every file is as init writes it')
    expect(again.stdout).not.toMatch(/created|overwritten/)
    expect(read(dir)).toEqual(before)

    const edited = 'validate-data:\n  severity: warn\n'
    writeFileSync(join(dir, '.github/modelgate.yml'), edited)
    const kept = await runCli(args, { cwd: dir })
    expect(kept.exitCode).toBe(0)
    expect(kept.stdout).toMatch(
      /^ {2}kept +\.github\/modelgate\.yml \(it differs from what init writes; --force overwrites it\)$/m,
    )
    expect(readFileSync(join(dir, '.github/modelgate.yml'), 'utf8')).toBe(edited)

    const forced = await runCli([...args, '--force'], { cwd: dir })
    expect(forced.exitCode).toBe(0)
    expect(forced.stdout).toMatch(/^ {2}overwritten +\.github\/modelgate\.yml$/m)
    expect(read(dir)).toEqual(before)
  }, 120_000)

  it('data it cannot read is exit 1 naming the file and writes nothing; an unknown option is exit 2', async () => {
    const dir = userRepository()
    const missing = await runCli(['init', '--data', 'data/nope.csv'], { cwd: dir })
    expect(missing.exitCode).toBe(1)
    expect(missing.stderr).toContain('no contract could be inferred from data/nope.csv')
    expect(missing.stderr).not.toMatch(/\n\s+at /)
    expect(() => readFileSync(join(dir, '.github/modelgate.yml'))).toThrow()
    const typo = await runCli(['init', '--dat', 'x.csv'], { cwd: dir })
    expect(typo.exitCode).toBe(2)
    expect(typo.stderr).toContain('unknown option "--dat" for init')
  }, 60_000)
})
