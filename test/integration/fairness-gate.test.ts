import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { DataError } from '../../src/core/errors.js'
import { fairnessMessages as msg } from '../../src/core/fairness/messages.js'
import type { GateReport } from '../../src/core/gate/gate-report.js'
import type { ActionContext } from '../../src/github/action-context.js'
import { readGitHubContext } from '../../src/github/event-context.js'
import { InputReader } from '../../src/github/input-reader.js'
import { Inputs } from '../../src/fairness-gate/inputs.js'
import { main } from '../../src/fairness-gate/main.js'
import { schemaProblems } from '../../src/io/schema-validator.js'
import { runBundle, type BundleRun } from '../helpers/run-bundle.js'

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/datasets/fairness/${name}`, import.meta.url))
const noop = (): void => {}

/** Calls main() in-process with a context as runAction/the CLI would build it (no GitHub calls are made by main). */
async function runMain(inputs: Record<string, string>, policy: Record<string, unknown> = {}): Promise<GateReport> {
  const context: ActionContext = {
    inputs: new InputReader((name) => inputs[name]),
    logger: { debug: noop, info: noop, warning: noop, error: noop, startGroup: noop, endGroup: noop, setSecret: noop },
    policy,
    github: readGitHubContext({}),
    client: undefined,
    state: { save: noop, get: () => undefined },
    onRunner: false,
    workDir: '.',
    env: {},
    now: () => new Date('2026-11-23T10:00:00Z'),
    signal: new AbortController().signal,
  }
  const { report } = await main(context)
  // runAction validates every report against schemas/gate-report.schema.json; so does this helper.
  expect(schemaProblems('gate-report', JSON.parse(JSON.stringify(report)))).toEqual([])
  return report
}

const base = { 'sensitive-columns': 'gender,region' }

describe('fairness-gate main()', () => {
  it('main() passes a fair model and reports every disparity with an interval', async () => {
    const report = await runMain(
      { ...base, predictions: fixture('fair.csv') },
      { 'fairness-gate': { bootstrap_resamples: 200 } },
    )
    expect(report.status).toBe('pass')
    expect(report.title).toMatch(/^Fairness gate passed/)
    const dpd = report.checks.find((c) => c.id === 'fairness.gender.demographic_parity_difference')!
    expect(dpd.status).toBe('pass')
    const interval = dpd.details!['interval'] as [number, number]
    expect(interval[0]).toBeLessThanOrEqual(dpd.details!['point'] as number)
    expect(interval[1]).toBeGreaterThanOrEqual(dpd.details!['point'] as number)
    expect(report.figures.map((f) => f.kind)).toEqual(['table', 'bar', 'table', 'table', 'bar', 'table'])
  })

  it('main() fails a model with disparate impact below 0.8 and names the group pair', async () => {
    const report = await runMain(
      { ...base, predictions: fixture('unfair.csv'), 'score-column': 'score' },
      { 'fairness-gate': { bootstrap_resamples: 100 } },
    )
    expect(report.status).toBe('fail')
    const di = report.checks.find((c) => c.id === 'fairness.gender.disparate_impact_ratio')!
    expect(di.status).toBe('fail')
    expect(di.observed as number).toBeLessThan(0.8)
    expect(di.message).toContain('min gender=F vs max gender=M')
    expect(report.title).toMatch(/^Fairness gate failed: /)
  })

  it('main() measures against a reference group when one is given', async () => {
    const report = await runMain(
      { ...base, predictions: fixture('unfair.csv'), 'reference-groups': 'gender=M' },
      { 'fairness-gate': { bootstrap_resamples: 50 } },
    )
    const di = report.checks.find((c) => c.id === 'fairness.gender.disparate_impact_ratio')!
    expect(di.message).toContain('gender=F vs reference gender=M')
  })

  it('main() warns and measures between groups when the reference group has no rows', async () => {
    const report = await runMain(
      { ...base, predictions: fixture('fair.csv'), 'reference-groups': 'gender=Q' },
      { 'fairness-gate': { bootstrap_resamples: 20 } },
    )
    const check = report.checks.find((c) => c.id === 'fairness.gender.reference')!
    expect(check.status).toBe('warn')
    expect(check.message).toBe(msg.referenceGroupAbsent('gender', 'gender=Q'))
    expect(report.checks.find((c) => c.id === 'fairness.gender.disparate_impact_ratio')!.message).toContain(
      'min gender=',
    )
  })

  it('main() rejects reference groups that are not column=value or name another column', async () => {
    await expect(runMain({ ...base, predictions: fixture('fair.csv'), 'reference-groups': 'gender' })).rejects.toThrow(
      msg.badReferenceGroup('gender'),
    )
    await expect(runMain({ ...base, predictions: fixture('fair.csv'), 'reference-groups': 'race=A' })).rejects.toThrow(
      msg.referenceColumnUnknown('race', ['gender', 'region']),
    )
  })

  it('main() rejects prediction-column and score-column together', async () => {
    await expect(
      runMain({
        ...base,
        predictions: fixture('fair.csv'),
        'prediction-column': 'prediction',
        'score-column': 'score',
      }),
    ).rejects.toThrow(msg.predictionOrScore())
  })

  it('main() judges intersectional groups that are unfair only in combination', async () => {
    const report = await runMain(
      { ...base, predictions: fixture('intersectional.csv'), intersectional: 'true' },
      { 'fairness-gate': { bootstrap_resamples: 50 } },
    )
    const inter = report.checks.find((c) => c.id === 'fairness.gender-x-region.disparate_impact_ratio')!
    expect(inter.status).toBe('fail')
    expect(inter.message).toMatch(/\(min gender=[FM], region=(EU|APAC) vs max gender=[FM], region=(EU|APAC)\)$/)
    expect(report.checks.find((c) => c.id === 'fairness.gender.disparate_impact_ratio')!.status).toBe('pass')
    expect(report.checks.find((c) => c.id === 'fairness.region.disparate_impact_ratio')!.status).toBe('pass')
    expect(report.figures.some((f) => f.title === 'Groups by gender × region')).toBe(true)
  })

  it('main() excludes small groups from the verdict and says so', async () => {
    const report = await runMain(
      { ...base, predictions: fixture('small-groups.csv') },
      { 'fairness-gate': { bootstrap_resamples: 50 } },
    )
    const small = report.checks.find((c) => c.id === 'fairness.region.small-groups')!
    expect(small.status).toBe('warn')
    expect(small.message).toBe(msg.smallGroupsExcluded('region', 30, [{ key: 'region=Antarctica', n: 12 }]))
    expect(report.figures.some((f) => f.title.startsWith('Groups of region excluded'))).toBe(true)
    expect(report.status).toBe('warn')
  })

  it('main() fails (never passes) when only one group is left', async () => {
    const report = await runMain(
      { ...base, predictions: fixture('single-group.csv'), 'sensitive-columns': 'gender' },
      { 'fairness-gate': { bootstrap_resamples: 50 } },
    )
    expect(report.status).toBe('fail')
    expect(report.checks.find((c) => c.id === 'fairness.gender.groups')!.message).toBe(
      msg.tooFewGroups('gender', 1, 30, []),
    )
    const warned = await runMain(
      { ...base, predictions: fixture('single-group.csv'), 'sensitive-columns': 'gender' },
      { 'fairness-gate': { too_few_groups: 'warn' } },
    )
    expect(warned.status).toBe('warn')
  })

  it('main() compares with the champion: a worse disparity fails even under the threshold', async () => {
    const report = await runMain(
      { ...base, predictions: fixture('fair.csv'), 'champion-predictions': fixture('fair-champion.csv') },
      { 'fairness-gate': { bootstrap_resamples: 20, champion_tolerance: 0 } },
    )
    const vs = report.checks.filter((c) => c.id.endsWith('.vs-champion'))
    expect(vs.length).toBe(14)
    expect(vs.some((c) => c.status === 'fail')).toBe(true)
    const lenient = await runMain(
      { ...base, predictions: fixture('fair.csv'), 'champion-predictions': fixture('fair-champion.csv') },
      { 'fairness-gate': { bootstrap_resamples: 20, champion_tolerance: 0.5 } },
    )
    expect(lenient.checks.filter((c) => c.id.endsWith('.vs-champion')).every((c) => c.status === 'pass')).toBe(true)
  })

  it('main() reads JSON Lines with booleans, keeps unicode names and reports missing values as their own group', async () => {
    const report = await runMain(
      { predictions: fixture('unicode-missing.jsonl'), 'sensitive-columns': 'country' },
      { 'fairness-gate': { bootstrap_resamples: 20 } },
    )
    const table = report.figures.find((f) => f.title === 'Groups by country')!
    expect(table.kind === 'table' && table.rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(['country=Österreich', 'country=日本', 'country=Ελλάδα', 'country=(missing)']),
    )
    expect(table.kind === 'table' && table.rows.length).toBe(4)
    expect(report.checks.find((c) => c.id === 'fairness.country.groups')!.observed).toBe(4)
  })

  it('main() is reproducible for a seed', async () => {
    const a = await runMain(
      { ...base, predictions: fixture('fair.csv'), seed: '7' },
      { 'fairness-gate': { bootstrap_resamples: 100 } },
    )
    const b = await runMain(
      { ...base, predictions: fixture('fair.csv'), seed: '7' },
      { 'fairness-gate': { bootstrap_resamples: 100 } },
    )
    expect(a.checks).toEqual(b.checks)
  })

  it('main() names a missing column and lists those present', async () => {
    const path = fixture('fair.csv')
    await expect(runMain({ ...base, predictions: path, 'sensitive-columns': 'gender,race' })).rejects.toThrow(
      msg.missingColumn(path, 'race', 'sensitive-columns', ['id', 'gender', 'region', 'label', 'score', 'prediction']),
    )
  })

  it('main() rejects non-binary labels with examples and lines', async () => {
    const path = fixture('non-binary-labels.csv')
    const error = await runMain({ ...base, predictions: path }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataError)
    expect((error as DataError).message).toBe(
      msg.nonBinary(path, 'label', 2, [
        { line: 11, value: '"2"' },
        { line: 43, value: '"yes please"' },
      ]),
    )
    expect((error as DataError).location.line).toBe(11)
  })

  it('main() rejects an empty file', async () => {
    const path = fixture('header-only.csv')
    await expect(runMain({ ...base, predictions: path })).rejects.toThrow(msg.emptyFile(path))
  })

  it('actions/fairness-gate/action.yml declares every input main() reads', () => {
    const action = parse(
      readFileSync(fileURLToPath(new URL('../../actions/fairness-gate/action.yml', import.meta.url)), 'utf8'),
    ) as { inputs: Record<string, unknown> }
    for (const name of Object.values(Inputs)) expect(Object.keys(action.inputs)).toContain(name)
  })

  it('the fixture files exist (generated by fixtures/datasets/fairness/generate.py)', () => {
    for (const f of ['fair.csv', 'unfair.csv', 'intersectional.csv', 'small-groups.csv'])
      expect(existsSync(fixture(f))).toBe(true)
  })
})

// ---------------------------------------------------------------------------------------------------------------
// The built bundle, run as a runner runs it (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, …).

describe('fairness-gate bundle (runBundle)', () => {
  const shared = {
    comment: 'false',
    'check-run': 'false',
    policy: fileURLToPath(new URL('../../fixtures/policies/fairness-fast.yml', import.meta.url)),
  }
  const run = (inputs: Record<string, string>): Promise<BundleRun> =>
    runBundle('fairness-gate', { inputs: { ...shared, ...inputs }, timeoutMs: 60_000 })

  it('a fair model passes: verdict pass, exit 0, report written', async () => {
    const r = await run({ predictions: fixture('fair.csv'), 'sensitive-columns': 'gender,region' })
    expect(r.outputs['verdict']).toBe('pass')
    expect(r.exitCode).toBe(0)
    expect(existsSync(r.outputs['report-path']!)).toBe(true)
    expect(r.report?.status).toBe('pass')
  })

  it('disparate impact below 0.8 fails and names the group pair', async () => {
    const r = await run({
      predictions: fixture('unfair.csv'),
      'score-column': 'score',
      'sensitive-columns': 'gender,region',
    })
    expect(r.outputs['verdict']).toBe('fail')
    expect(r.exitCode).toBe(1)
    const di = r.report!.checks.find((c) => c.id === 'fairness.gender.disparate_impact_ratio')!
    expect(di.status).toBe('fail')
    expect(di.message).toContain('min gender=F vs max gender=M')
  })

  it('intersectional groups are judged', async () => {
    const r = await run({
      predictions: fixture('intersectional.csv'),
      'sensitive-columns': 'gender,region',
      intersectional: 'true',
    })
    expect(r.outputs['verdict']).toBe('fail')
    expect(r.report!.checks.find((c) => c.id === 'fairness.gender-x-region.disparate_impact_ratio')!.status).toBe(
      'fail',
    )
    expect(r.report!.checks.find((c) => c.id === 'fairness.gender.disparate_impact_ratio')!.status).toBe('pass')
  })

  it('small groups are excluded and said so (warn, exit 0 under fail-on fail)', async () => {
    const r = await run({ predictions: fixture('small-groups.csv'), 'sensitive-columns': 'gender,region' })
    expect(r.outputs['verdict']).toBe('warn')
    expect(r.exitCode).toBe(0)
    expect(r.report!.checks.find((c) => c.id === 'fairness.region.small-groups')!.message).toBe(
      msg.smallGroupsExcluded('region', 30, [{ key: 'region=Antarctica', n: 12 }]),
    )
  })

  it('a missing column fails with the message naming it and the columns present', async () => {
    const path = fixture('fair.csv')
    const r = await run({ predictions: path, 'sensitive-columns': 'gender,race' })
    expect(r.exitCode).toBe(1)
    expect(r.stdout + r.stderr).toContain(
      msg.missingColumn(path, 'race', 'sensitive-columns', ['id', 'gender', 'region', 'label', 'score', 'prediction']),
    )
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\.js:\d+/)
  })

  it('non-binary labels and an empty file fail with their messages', async () => {
    const bad = fixture('non-binary-labels.csv')
    const r1 = await run({ predictions: bad, 'sensitive-columns': 'gender' })
    expect(r1.exitCode).toBe(1)
    expect(r1.stdout + r1.stderr).toContain(
      msg.nonBinary(bad, 'label', 2, [
        { line: 11, value: '"2"' },
        { line: 43, value: '"yes please"' },
      ]),
    )
    const empty = fixture('header-only.csv')
    const r2 = await run({ predictions: empty, 'sensitive-columns': 'gender' })
    expect(r2.exitCode).toBe(1)
    expect(r2.stdout + r2.stderr).toContain(msg.emptyFile(empty))
  })
})
