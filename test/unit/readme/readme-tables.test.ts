import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..', '..', '..')
const script = join(root, 'scripts', 'generate-readme-tables.mjs')
const work = mkdtempSync(join(tmpdir(), 'modelgate-readme-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function generate(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function block(text: string, id: string): string {
  const start = text.indexOf(`<!-- generated:${id} -->`)
  const end = text.indexOf(`<!-- /generated:${id} -->`)
  expect(start, `marker generated:${id}`).toBeGreaterThanOrEqual(0)
  return text.slice(start, end)
}

describe('README generated tables', () => {
  it('README.md is current with every action.yml and the policy schemas (run node scripts/generate-readme-tables.mjs)', () => {
    const result = generate(['--check'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('--check fails and names the block when an input table is stale, and a rewrite makes it current', () => {
    const fresh = join(work, 'README.base.md')
    writeFileSync(fresh, readFileSync(join(root, 'README.md'), 'utf8'))
    expect(generate(['--readme', fresh]).status).toBe(0)
    const readme = readFileSync(fresh, 'utf8')
    const stale = readme.replace(
      /(<!-- generated:inputs:fairness-gate -->\n)[\s\S]*?(<!-- \/generated:inputs:fairness-gate -->)/,
      '$1| input | old |\n$2',
    )
    expect(stale).not.toBe(readme)
    const path = join(work, 'README.stale.md')
    writeFileSync(path, stale)

    const check = generate(['--check', '--readme', path])
    expect(check.status).toBe(1)
    expect(check.stderr).toContain('stale: <!-- generated:inputs:fairness-gate --> differs from its source')
    expect(check.stderr).not.toContain('generated:inputs:validate-data --> differs')
    expect(readFileSync(path, 'utf8')).toBe(stale) // --check writes nothing

    const rewrite = generate(['--readme', path])
    expect(rewrite.status).toBe(0)
    expect(rewrite.stdout).toContain('updated: inputs:fairness-gate')
    expect(generate(['--check', '--readme', path]).status).toBe(0)
  })

  it('--check fails on missing markers and on a marker for an action that does not exist', () => {
    const path = join(work, 'README.markers.md')
    writeFileSync(path, '# x\n<!-- generated:inputs:no-such-action -->\n<!-- /generated:inputs:no-such-action -->\n')
    const check = generate(['--check', '--readme', path])
    expect(check.status).toBe(1)
    expect(check.stderr).toContain('README lacks the markers <!-- generated:policy -->')
    expect(check.stderr).toContain('README has a block generated:inputs:no-such-action')
  })

  it('lists every input of every action.yml with required, default and description', async () => {
    const { parse } = await import('yaml')
    const path = join(work, 'README.fresh.md')
    writeFileSync(path, readFileSync(join(root, 'README.md'), 'utf8'))
    expect(generate(['--readme', path]).status).toBe(0)
    const text = readFileSync(path, 'utf8')
    for (const name of [
      'validate-data',
      'train-on-runner',
      'evaluate-vs-champion',
      'fairness-gate',
      'register-model',
      'canary-deploy',
    ]) {
      const manifest = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8')) as {
        inputs: Record<string, { required?: boolean }>
        outputs: Record<string, unknown>
      }
      const table = block(text, `inputs:${name}`)
      for (const [key, input] of Object.entries(manifest.inputs)) {
        expect(table).toMatch(new RegExp(`^\\| \`${key}\` \\| ${input.required === true ? 'yes' : 'no'} \\|`, 'm'))
      }
      for (const key of Object.keys(manifest.outputs)) expect(table).toMatch(new RegExp(`^\\| \`${key}\` \\| `, 'm'))
    }
  })

  it('the policy reference has a row for every key of every section schema, with its default', () => {
    const path = join(work, 'README.policy.md')
    writeFileSync(path, readFileSync(join(root, 'README.md'), 'utf8'))
    expect(generate(['--readme', path]).status).toBe(0)
    const table = block(readFileSync(path, 'utf8'), 'policy')
    const top = JSON.parse(readFileSync(join(root, 'schemas', 'policy.schema.json'), 'utf8')) as {
      properties: Record<string, { $ref?: string }>
    }
    for (const [section, { $ref }] of Object.entries(top.properties)) {
      expect(table).toContain(`| \`${section}\` |`)
      if (!$ref) continue
      const schema = JSON.parse(readFileSync(join(root, 'schemas', $ref), 'utf8')) as {
        properties: Record<string, unknown>
      }
      for (const key of Object.keys(schema.properties)) expect(table).toContain(`| \`${section}.${key}\` |`)
    }
    expect(table).toContain('| `evaluate-vs-champion.seed` | integer | `20240601` |')
    expect(table).toContain('| `validate-data.drift.thresholds.psi` | number | `0.2` |')
  })
})
