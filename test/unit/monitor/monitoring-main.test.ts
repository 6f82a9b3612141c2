// Monitoring against the registry champion, in-process (the bundle path is test/integration/monitoring-*.test.ts):
// register-model stores the training profile on the card, validate-data reads it back by alias and measures
// production days against it — a glob over daily files, a directory, prediction drift, the history file — and
// every bad input is an error with its message, never a pass.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { inSurface } from '../../../src/core/errors.js'
import { monitorMessages } from '../../../src/core/monitor/messages.js'
import { main as registerMain } from '../../../src/register-model/main.js'
import { createRegistry } from '../../../src/registry/create-registry.js'
import { main as validateMain } from '../../../src/validate-data/main.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { repoRoot } from '../../helpers/fixture-path.js'

const churn = join(repoRoot, 'examples/churn')
const policy = parse(readFileSync(join(churn, 'production/monitoring.yml'), 'utf8')) as Record<string, unknown>
const tmp = mkdtempSync(join(tmpdir(), 'monitoring-'))
const registry = `file:${join(tmp, 'registry')}`
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const validate = (inputs: Record<string, string>) =>
  runInProcess('validate-data', validateMain, fakeContext({ inputs, workDir: tmp, policy }).context)
const monitor = (data: string, extra: Record<string, string> = {}) =>
  validate({ data, 'reference-registry': registry, 'reference-model': 'churn', ...extra })

beforeAll(async () => {
  // The champion's reference: the training data's profile, and its scores on the evaluation data.
  await validate({ mode: 'profile', data: join(churn, 'data/train.csv'), output: join(tmp, 'train.profile.json') })
  const scores = join(tmp, 'scores.csv')
  const { execFileSync } = await import('node:child_process')
  execFileSync(process.execPath, [
    join(churn, 'predict.mjs'),
    '--model',
    join(churn, 'champion'),
    '--in',
    join(churn, 'data/reference.csv'),
    '--out',
    scores,
  ])
  await validate({ mode: 'profile', data: scores, output: join(tmp, 'scores.profile.json') })
  const registered = await runInProcess(
    'register-model',
    registerMain,
    fakeContext({
      inputs: {
        registry,
        'model-name': 'churn',
        'model-path': join(churn, 'champion'),
        'reference-profile': `${join(tmp, 'train.profile.json')}\n${join(tmp, 'scores.profile.json')}`,
      },
      workDir: tmp,
    }).context,
  )
  expect(registered.report.status).toBe('pass')
  const files = await createRegistry(registry, { logger: recordingLogger() })
  await files.setAlias('churn', 'champion', 1, { by: 'test' })
}, 120_000)

describe('monitoring against the registry champion (in-process)', () => {
  it('register-model stores the merged reference profile, its sources and time on the card', async () => {
    const files = await createRegistry(registry, { logger: recordingLogger() })
    const card = (await files.get('churn', { alias: 'champion' })).card
    expect(card.reference?.sources.map((s) => s.path)).toEqual([
      join(tmp, 'train.profile.json'),
      join(tmp, 'scores.profile.json'),
    ])
    expect(card.reference?.sources[0]?.sha256).toMatch(/^[0-9a-f]{64}$/)
    const names = card.reference?.columns.map((c) => c.name)
    expect(names).toContain('monthly_charges')
    expect(names).toContain('score')
  })

  it('validate-data(reference-registry) fails on the drifted day, names the champion, reports prediction drift apart', async () => {
    const { report, outputs } = await monitor(join(churn, 'production/2026-11-02.csv'))
    expect(report.status).toBe('fail')
    expect(report.subject).toMatchObject({ model: 'churn', alias: 'champion', version: '1' })
    expect(report.subject.modelDigest).toMatch(/^sha256:[0-9a-f]{64}$/)
    const drifted = (outputs['drifted-columns'] ?? '').split(',')
    expect(drifted).toEqual(expect.arrayContaining(['monthly_charges', 'tenure_months', 'support_calls', 'score']))
    expect(report.checks.find((c) => c.id === 'drift.score')?.message).toMatch(/^prediction drift: column "score"/)
    expect(report.checks.find((c) => c.id === 'drift.age')?.message).toMatch(/^column "age"/)
    const titles = report.figures.map((f) => f.title)
    expect(titles).toContain('Drift per column')
    expect(titles).toContain('Prediction drift: Drift per column')
  })

  it('validate-data(reference-registry) passes the healthy day', async () => {
    const { report, outputs } = await monitor(join(churn, 'production/2026-11-01.csv'))
    expect(report.checks.filter((c) => c.status !== 'pass')).toEqual([])
    expect(outputs['drifted-columns']).toBe('')
  })

  it('a glob and a directory read every matched file as one dataset', async () => {
    const glob = await monitor(join(churn, 'production/2026-11-*.csv'))
    expect(Object.keys(glob.report.subject.dataHashes ?? {})).toEqual(
      expect.arrayContaining([join(churn, 'production/2026-11-01.csv'), join(churn, 'production/2026-11-02.csv')]),
    )
    expect(glob.report.checks.find((c) => c.id === 'drift.age')?.details).toMatchObject({ currentCount: 1200 })
    const dir = join(tmp, 'artifact')
    mkdirSync(dir)
    copyFileSync(join(churn, 'production/2026-11-01.csv'), join(dir, 'a.csv'))
    copyFileSync(join(churn, 'production/2026-11-02.csv'), join(dir, 'b.csv'))
    writeFileSync(join(dir, 'README.txt'), 'not data')
    const fromDir = await monitor(dir)
    expect(fromDir.report.checks.find((c) => c.id === 'drift.age')?.details).toMatchObject({ currentCount: 1200 })
  })

  it('a file whose columns differ is a DataError naming it; a glob matching nothing is a ConfigurationError', async () => {
    const dir = join(tmp, 'mixed')
    mkdirSync(dir)
    copyFileSync(join(churn, 'production/2026-11-01.csv'), join(dir, 'a.csv'))
    writeFileSync(join(dir, 'b.csv'), 'customer_id,age\n1,30\n')
    await expect(monitor(join(dir, '*.csv'))).rejects.toThrow(
      monitorMessages.columnsDiffer(
        join(dir, 'b.csv'),
        join(dir, 'a.csv'),
        ['gender', 'region', 'plan', 'tenure_months', 'monthly_charges', 'support_calls', 'score'],
        [],
      ),
    )
    await expect(monitor(join(tmp, 'nothing-*.jsonl'))).rejects.toThrow(
      monitorMessages.globMatchedNothing(join(tmp, 'nothing-*.jsonl'), process.cwd()),
    )
  })

  it('an unset alias, a version without a reference, reference with reference-registry are errors', async () => {
    await expect(monitor(join(churn, 'production/2026-11-01.csv'), { 'reference-alias': 'staging' })).rejects.toThrow(
      monitorMessages.aliasNotSet('churn', 'staging', `file:${join(tmp, 'registry')}`),
    )
    const bare = join(tmp, 'bare-registry')
    await runInProcess(
      'register-model',
      registerMain,
      fakeContext({
        inputs: { registry: `file:${bare}`, 'model-name': 'churn', 'model-path': join(churn, 'champion') },
        workDir: tmp,
      }).context,
    )
    await (
      await createRegistry(`file:${bare}`, { logger: recordingLogger() })
    ).setAlias('churn', 'champion', 1, {
      by: 'test',
    })
    await expect(
      monitor(join(churn, 'production/2026-11-01.csv'), { 'reference-registry': `file:${bare}` }),
    ).rejects.toThrow(monitorMessages.noStoredReference('churn', 1, 'champion'))
    await expect(
      monitor(join(churn, 'production/2026-11-01.csv'), { reference: join(churn, 'data/train.csv') }),
    ).rejects.toThrow(inSurface(monitorMessages.referenceConflict(), 'action'))
  })

  it('a contract column the reference profile lacks is a ConfigurationError', async () => {
    const contract = join(tmp, 'contract.yml')
    writeFileSync(contract, 'version: 1\ncolumns:\n  age: { type: int }\n  discount: { type: float }\n')
    await expect(monitor(join(churn, 'production/2026-11-01.csv'), { contract })).rejects.toThrow(
      monitorMessages.referenceMissesContractColumn('churn', 1, ['discount']),
    )
  })

  it('history-file grows by one run per invocation and the trend renders from the second run', async () => {
    const history = join(tmp, 'history', 'churn.json')
    const first = await monitor(join(churn, 'production/2026-11-01.csv'), { 'history-file': history })
    expect(first.report.figures.some((f) => f.kind === 'line')).toBe(false)
    const second = await monitor(join(churn, 'production/2026-11-02.csv'), { 'history-file': history })
    const stored = JSON.parse(readFileSync(history, 'utf8')) as { runs: { status: string; figures: object }[] }
    expect(stored.runs.map((r) => r.status)).toEqual(['pass', 'fail'])
    expect(stored.runs[1]?.figures).toHaveProperty('psi:monthly_charges')
    expect(stored.runs[1]?.figures).toHaveProperty('statistic:monthly_charges')
    expect(stored.runs[1]?.figures).toHaveProperty('rows', 600)
    const trend = second.report.figures.find((f) => f.kind === 'line')
    expect(trend?.title).toBe(monitorMessages.historyTitle())
    // A damaged history is a warning and a fresh start, never a failed run.
    writeFileSync(history, '{ not json')
    const context = fakeContext({
      inputs: {
        data: join(churn, 'production/2026-11-01.csv'),
        'reference-registry': registry,
        'reference-model': 'churn',
        'history-file': history,
      },
      workDir: tmp,
      policy,
    })
    const fresh = await runInProcess('validate-data', validateMain, context.context)
    expect(fresh.report.status).toBe('pass')
    expect(context.log.join('\n')).toContain(monitorMessages.historyUnreadable(history, 'it is not JSON'))
    expect((JSON.parse(readFileSync(history, 'utf8')) as { runs: unknown[] }).runs).toHaveLength(1)
  })
})
