// The rules and governance gates of issue #20 through the real bundles, run as actions/runner runs them (every
// declared input filled with its default, no GITHUB_ENVIRONMENT): contract severity / mostly / aggregates
// (validate-data), the ece ceiling and the explainability top-k check (evaluate-vs-champion), the two-sided
// disparate impact rule (fairness-gate), and a required explanation (register-model). The in-process tests next to
// each feature hold the golden values; these prove the bundles wire them to exit codes, outputs and reports.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import golden from '../../fixtures/golden/fairness.aif360.json' with { type: 'json' }
import { inSurface } from '../../src/core/errors.js'
import { explainMessages } from '../../src/core/governance/explain-messages.js'
import { runBundle } from '../helpers/run-bundle.js'
import { makeTempDir } from '../helpers/tmp-dir.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const explain = (name: string): string => join(root, 'fixtures/explain', name)
const quiet = { comment: 'false', 'check-run': 'false' }

function write(dir: string, name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('validate-data bundle: severity, mostly and aggregate expectations', () => {
  const ws = makeTempDir('modelgate-rules-bundle-')
  // age 1 … 95 then five 200s (above max 120): 95 of 100 rows inside the bound; mean 55.6.
  write(ws, 'data.csv', 'age\n' + Array.from({ length: 100 }, (_, i) => (i >= 95 ? 200 : i + 1)).join('\n') + '\n')
  const run = (contract: string) =>
    runBundle('validate-data', {
      inputs: {
        data: 'data.csv',
        contract: write(ws, `c-${Math.random().toString(36).slice(2)}.yml`, contract),
        ...quiet,
      },
      cwd: ws,
    })

  it('a warning-severity violation and a failed aggregate at warning severity: exit 0, verdict warn', async () => {
    const r = await run('columns:\n  age: { type: int, max: 120, severity: warning, mean: { min: 50, max: 55 } }\n')
    expect(r.exitCode).toBe(0)
    expect(r.outputs['verdict']).toBe('warn')
    expect(r.report?.checks.find((c) => c.id === 'contract.age.max')).toMatchObject({ status: 'warn', observed: 5 })
    expect(r.report?.checks.find((c) => c.id === 'contract.age.mean')).toMatchObject({ status: 'warn', observed: 55.6 })
    expect(r.summary).toContain('contract.age.max')
  })

  it('mostly at its boundary: 0.95 passes (exit 0), 0.96 fails (exit 1)', async () => {
    const pass = await run('columns:\n  age: { type: int, max: 120, mostly: 0.95 }\n')
    expect([pass.exitCode, pass.outputs['verdict']]).toEqual([0, 'pass'])
    const fail = await run('columns:\n  age: { type: int, max: 120, mostly: 0.96 }\n')
    expect([fail.exitCode, fail.outputs['verdict']]).toEqual([1, 'fail'])
  })
})

describe('evaluate-vs-champion bundle: ece ceiling and explainability', () => {
  const fixture = (name: string): string => join(root, 'fixtures/datasets/evaluate', name)
  const policyFile = (dir: string, yaml: string): string => write(dir, 'modelgate.yml', `version: 1\n${yaml}`)

  it('an ece ceiling below the candidate’s calibration error rejects (exit 1); a loose one promotes', async () => {
    const dir = makeTempDir('modelgate-ece-bundle-')
    const base = { predictions: fixture('better.csv'), 'champion-predictions': fixture('champion.csv'), seed: '7' }
    const tight = await runBundle('evaluate-vs-champion', {
      inputs: {
        ...base,
        ...quiet,
        policy: policyFile(dir, 'evaluate-vs-champion:\n  metrics:\n    ece: { threshold: 0.0001 }\n'),
      },
      cwd: dir,
    })
    expect(tight.outputs['decision']).toBe('reject')
    expect(tight.exitCode).toBe(1)
    expect(tight.report?.checks.find((c) => c.id === 'evaluate.ece')?.status).toBe('fail')
    const loose = await runBundle('evaluate-vs-champion', {
      inputs: {
        ...base,
        ...quiet,
        policy: policyFile(dir, 'evaluate-vs-champion:\n  metrics:\n    ece: { threshold: 0.9 }\n'),
      },
      cwd: dir,
    })
    expect(loose.report?.checks.find((c) => c.id === 'evaluate.ece')?.status).toBe('pass')
  })

  it('a champion whose top features differ holds the decision; the importance table is in the summary', async () => {
    const dir = makeTempDir('modelgate-explain-bundle-')
    const lines = readFileSync(explain('logistic.csv'), 'utf8').trim().split('\n').slice(1)
    const scores = (w: number[]): string =>
      'id,label,score\n' +
      lines
        .map((l) => {
          const cells = l.split(',')
          const z = w.reduce((acc, wj, j) => acc + wj * Number(cells[j + 1]), 0.2)
          return `${cells[0]},${cells[5]},${1 / (1 + Math.exp(-z))}`
        })
        .join('\n') +
      '\n'
    const r = await runBundle('evaluate-vs-champion', {
      inputs: {
        ...quiet,
        predictions: write(dir, 'candidate.csv', scores([1.5, -1, 0.5, 0])),
        'champion-predictions': write(dir, 'champion.csv', scores([0, -1, 0.5, 1.5])),
        data: explain('logistic.csv'),
        'latency-command': JSON.stringify(['/usr/bin/python3', explain('serve-logistic.py'), '{model_dir}']),
        'candidate-model-dir': explain('models/logistic'),
        'champion-model-dir': explain('models/swapped'),
        policy: policyFile(
          dir,
          'evaluate-vs-champion:\n  metrics:\n    roc-auc: { threshold: 0.5 }\n  explainability: { sample_rows: 100, repeats: 2, top_k: 2, min_top_k_overlap: 1 }\n',
        ),
      },
      cwd: dir,
      timeoutMs: 120_000,
    })
    expect(r.outputs['decision']).toBe('hold')
    expect(r.report?.checks.find((c) => c.id === 'evaluate.explainability.top-k')).toMatchObject({
      status: 'warn',
      observed: 0.5,
    })
    expect(r.summary).toContain('Feature importance')
  }, 150_000)
})

describe('fairness-gate bundle: two-sided disparate impact', () => {
  it('|DI − 1| above 0.2 fails the gate (exit 1) where the one-sided four-fifths ratio passes', async () => {
    const dir = makeTempDir('modelgate-aif360-bundle-')
    const c = golden.cases[0] as unknown as { rows: [number, number, string][] }
    const rows = Array.from({ length: 8 }, () => c.rows).flat()
    const predictions = write(
      dir,
      'predictions.csv',
      ['label,prediction,gender', ...rows.map((x) => x.join(','))].join('\n') + '\n',
    )
    const policy = write(
      dir,
      'modelgate.yml',
      'version: 1\nfairness-gate:\n  reference_groups: { gender: priv }\n  thresholds: { disparate_impact_two_sided: 0.2 }\n',
    )
    const r = await runBundle('fairness-gate', {
      inputs: {
        ...quiet,
        predictions,
        policy,
        'label-column': 'label',
        'prediction-column': 'prediction',
        'sensitive-columns': 'gender',
      },
      cwd: dir,
    })
    expect(r.exitCode).toBe(1)
    expect(r.outputs['verdict']).toBe('fail')
    const get = (m: string) => r.report?.checks.find((k) => k.id.endsWith(`.${m}`))
    expect(get('disparate_impact_two_sided')?.status).toBe('fail')
    expect(get('disparate_impact_ratio')?.status).toBe('pass')
  })
})

describe('register-model bundle: a required explanation', () => {
  it('refused without one (exit 1, nothing registered); stored on the card with one', async () => {
    const dir = makeTempDir('modelgate-explain-register-')
    mkdirSync(join(dir, 'model'))
    write(join(dir, 'model'), 'model.bin', 'weights')
    const policy = write(dir, 'modelgate.yml', 'version: 1\nregister-model:\n  explanation: { required: true }\n')
    const registry = `file:${join(dir, 'registry')}`
    const inputs = { ...quiet, 'model-name': 'churn', 'model-path': 'model', registry, policy }
    const refused = await runBundle('register-model', { inputs, cwd: dir })
    expect(refused.exitCode).toBe(1)
    expect(refused.stdout).toContain(inSurface(explainMessages.explanationRequired, 'action'))
    expect(refused.stdout).toContain('input "explanation" names no file')
    expect(refused.outputs['version'] ?? '').toBe('')
    const stored = await runBundle('register-model', {
      inputs: { ...inputs, explanation: explain('permutation-list.json') },
      cwd: dir,
    })
    expect(stored.exitCode).toBe(0)
    expect(stored.outputs['version']).toBe('1')
  })
})
