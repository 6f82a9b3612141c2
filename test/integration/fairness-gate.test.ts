import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { DataError, inSurface } from '../../src/core/errors.js'
import { fairnessMessages as msg } from '../../src/core/fairness/messages.js'
import type { GateReport } from '../../src/core/gate/gate-report.js'
import { Inputs } from '../../src/fairness-gate/inputs.js'
import { main } from '../../src/fairness-gate/main.js'
import { schemaProblems } from '../../src/io/schema-validator.js'
import { fakeContext, runInProcess } from '../helpers/fake-context.js'
import { runBundle, runCli, type BundleRun } from '../helpers/run-bundle.js'
import { makeTempDir } from '../helpers/tmp-dir.js'

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/datasets/fairness/${name}`, import.meta.url))

/**
 * main() in-process over fakeContext, for what the bundle tests below do not run (reference groups, the champion,
 * JSON Lines, seeds, input conflicts); the report is validated against schemas/gate-report.schema.json as the
 * session validates it.
 */
async function runMain(inputs: Record<string, string>, policy: Record<string, unknown> = {}): Promise<GateReport> {
  const { context } = fakeContext({ inputs, policy, now: () => new Date('2026-11-23T10:00:00Z') })
  const { report } = await runInProcess('fairness-gate', main, context)
  expect(schemaProblems('gate-report', JSON.parse(JSON.stringify(report)))).toEqual([])
  return report
}

const base = { 'sensitive-columns': 'gender,region' }

describe('fairness-gate main() in process (what no bundle test runs)', () => {
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
      inSurface(msg.badReferenceGroup('gender'), 'action'),
    )
    await expect(runMain({ ...base, predictions: fixture('fair.csv'), 'reference-groups': 'race=A' })).rejects.toThrow(
      inSurface(msg.referenceColumnUnknown('race', ['gender', 'region']), 'action'),
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
    ).rejects.toThrow(inSurface(msg.predictionOrScore(), 'action'))
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

  it('main() compares with the champion on enabled metrics only: a confidently worse disparity fails even under the threshold', async () => {
    // #16: the comparison is three-way like the thresholds, and metrics whose threshold is off are not compared.
    const report = await runMain(
      { ...base, predictions: fixture('unfair.csv'), 'champion-predictions': fixture('fair-champion.csv') },
      { 'fairness-gate': { champion_tolerance: 0 } },
    )
    const vs = report.checks.filter((c) => c.id.endsWith('.vs-champion'))
    expect(vs.length).toBe(10) // 5 enabled metrics × 2 groupings
    expect(vs.some((c) => c.id.includes('_ratio.vs-champion') && !c.id.includes('disparate_impact'))).toBe(false)
    expect(vs.some((c) => c.status === 'fail')).toBe(true)
    const close = await runMain(
      { ...base, predictions: fixture('fair.csv'), 'champion-predictions': fixture('fair-champion.csv') },
      { 'fairness-gate': { champion_tolerance: 0 } },
    )
    // fair vs fair-champion: small worsenings the data cannot tell from noise warn instead of failing.
    expect(close.checks.filter((c) => c.id.endsWith('.vs-champion')).some((c) => c.status === 'fail')).toBe(false)
    expect(close.checks.filter((c) => c.id.endsWith('.vs-champion')).some((c) => c.status === 'warn')).toBe(true)
    const lenient = await runMain(
      { ...base, predictions: fixture('fair.csv'), 'champion-predictions': fixture('fair-champion.csv') },
      { 'fairness-gate': { champion_tolerance: 0.5 } },
    )
    expect(lenient.checks.filter((c) => c.id.endsWith('.vs-champion')).every((c) => c.status === 'pass')).toBe(true)
  })

  it('main() reads fail_when and use_interval from the policy file: the summary states the rule and the comparisons', async () => {
    const report = await runMain(
      { ...base, predictions: fixture('unfair.csv'), 'score-column': 'score' },
      { 'fairness-gate': { fail_when: 'confident', use_interval: true } },
    )
    const di = report.checks.find((c) => c.id === 'fairness.gender.disparate_impact_ratio')!
    expect(di.details).toMatchObject({ judged: 'interval', comparisons: 12 })
    expect(report.summary).toBe(msg.summary(30, 0.95, 12, true))
    const [low, high] = di.details!['interval'] as [number, number]
    expect(di.status).toBe(high < 0.8 ? 'fail' : low >= 0.8 ? 'pass' : 'warn')
  })

  it('main() rejects scores outside [0, 1] and non-finite scores with the file and line', async () => {
    const dir = makeTempDir()
    const path = join(dir, 'scores.csv')
    writeFileSync(path, 'label,score,gender\n1,0.9,F\n0,1.5,M\n1,Infinity,F\n0,-0.1,M\n')
    const error = await runMain({ predictions: path, 'score-column': 'score', 'sensitive-columns': 'gender' }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(DataError)
    const message = msg.scoreOutOfRange(path, 'score', 3, [
      { line: 3, value: '"1.5"' },
      { line: 4, value: '"Infinity"' },
      { line: 5, value: '"-0.1"' },
    ])
    expect((error as DataError).message).toBe(message)
    expect((error as DataError).location).toMatchObject({ file: path, line: 3, column: 2 })
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
    expect(r.report?.title).toMatch(/^Fairness gate passed/)
    const dpd = r.report!.checks.find((c) => c.id === 'fairness.gender.demographic_parity_difference')!
    expect(dpd.status).toBe('pass')
    const interval = dpd.details!['interval'] as [number, number]
    expect(interval[0]).toBeLessThanOrEqual(dpd.details!['point'] as number)
    expect(interval[1]).toBeGreaterThanOrEqual(dpd.details!['point'] as number)
    expect(r.report!.figures.map((f) => f.kind)).toEqual(['table', 'bar', 'table', 'table', 'bar', 'table'])
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
    expect(di.observed as number).toBeLessThan(0.8)
    expect(di.message).toContain('min gender=F vs max gender=M')
    expect(r.report!.title).toMatch(/^Fairness gate failed: /)
  })

  it('intersectional groups are judged', async () => {
    const r = await run({
      predictions: fixture('intersectional.csv'),
      'sensitive-columns': 'gender,region',
      intersectional: 'true',
    })
    expect(r.outputs['verdict']).toBe('fail')
    const inter = r.report!.checks.find((c) => c.id === 'fairness.gender-x-region.disparate_impact_ratio')!
    expect(inter.status).toBe('fail')
    expect(inter.message).toMatch(/\(min gender=[FM], region=(EU|APAC) vs max gender=[FM], region=(EU|APAC)\)$/)
    expect(r.report!.checks.find((c) => c.id === 'fairness.gender.disparate_impact_ratio')!.status).toBe('pass')
    expect(r.report!.checks.find((c) => c.id === 'fairness.region.disparate_impact_ratio')!.status).toBe('pass')
    expect(r.report!.figures.some((f) => f.title === 'Groups by gender × region')).toBe(true)
  })

  it('small groups are excluded and said so (warn, exit 0 under fail-on fail)', async () => {
    const r = await run({ predictions: fixture('small-groups.csv'), 'sensitive-columns': 'gender,region' })
    expect(r.outputs['verdict']).toBe('warn')
    expect(r.exitCode).toBe(0)
    const small = r.report!.checks.find((c) => c.id === 'fairness.region.small-groups')!
    expect(small.status).toBe('warn')
    expect(small.message).toBe(msg.smallGroupsExcluded('region', 30, [{ key: 'region=Antarctica', n: 12 }]))
    expect(r.report!.figures.some((f) => f.title.startsWith('Groups of region excluded'))).toBe(true)
  })

  it('a missing column fails with the message naming it and the columns present', async () => {
    const path = fixture('fair.csv')
    const r = await run({ predictions: path, 'sensitive-columns': 'gender,race' })
    expect(r.exitCode).toBe(1)
    expect(r.stdout + r.stderr).toContain(
      inSurface(
        msg.missingColumn(path, 'race', 'sensitive-columns', [
          'id',
          'gender',
          'region',
          'label',
          'score',
          'prediction',
        ]),
        'action',
      ),
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
    // The DataError's location becomes the annotation's file and first bad line.
    expect(r1.stdout).toMatch(/::error file=[^,]*non-binary-labels\.csv,line=11[,:]/)
    const empty = fixture('header-only.csv')
    const r2 = await run({ predictions: empty, 'sensitive-columns': 'gender' })
    expect(r2.exitCode).toBe(1)
    expect(r2.stdout + r2.stderr).toContain(msg.emptyFile(empty))
  })
})

/**
 * A predictions file past the size at which the bundles fold it in byte ranges on worker threads (8 MiB): quoted
 * values with commas, CRLF line ends, nulls. `badLabelAt` puts a label 2 on that data row.
 */
function largePredictions(name: string, badLabelAt?: number): string {
  const dir = makeTempDir('modelgate-fairness-large-')
  const path = join(dir, name)
  const genders = ['F', 'M', '"X, other"', '']
  const regions = ['EU', 'US', 'APAC', 'Northern Europe', 'NA']
  const lines = ['label,prediction,gender,region']
  let state = 7
  for (let i = 0; i < 520_000; i++) {
    state = (state * 1103515245 + 12345) >>> 0
    const g = genders[state % 4]!
    const r = regions[(state >>> 8) % 5]!
    const label = i === badLabelAt ? 2 : (state >>> 16) & 1
    const prediction = ((state >>> 17) & 3) === 0 ? 1 - (label & 1) : label & 1
    lines.push(`${label},${prediction},${g},${r}`)
  }
  writeFileSync(path, lines.join('\r\n') + '\r\n')
  return path
}

/** What a report says, without when it ran. */
const judged = (report: GateReport | undefined) => ({
  status: report?.status,
  title: report?.title,
  checks: report?.checks,
  figures: report?.figures,
})

describe('fairness-gate bundles on a file folded in byte ranges (worker threads)', () => {
  const inputs = {
    'sensitive-columns': 'gender,region',
    intersectional: 'true',
    comment: 'false',
    'check-run': 'false',
  }

  it('dist/fairness-gate and dist/cli judge a large file as main() does on one thread', async () => {
    const path = largePredictions('large.csv')
    const inProcess = await runMain({ ...inputs, predictions: path })
    const action = await runBundle('fairness-gate', { inputs: { ...inputs, predictions: path }, timeoutMs: 120_000 })
    expect(action.stderr).toBe('')
    expect(judged(action.report)).toEqual(judged(inProcess))
    const reportPath = join(makeTempDir('modelgate-fairness-cli-'), 'report.json')
    const cli = await runCli(
      [
        'fairness-gate',
        '--predictions',
        path,
        '--sensitive-columns',
        'gender,region',
        '--intersectional',
        'true',
      ].concat(['--comment', 'false', '--check-run', 'false', '--fail-on', 'never', '--report-path', reportPath]),
      { timeoutMs: 120_000 },
    )
    expect(cli.exitCode).toBe(0)
    expect(judged(JSON.parse(readFileSync(reportPath, 'utf8')) as GateReport)).toEqual(judged(inProcess))
  })

  it('dist/fairness-gate reports a bad label in the second byte range at its file line', async () => {
    const path = largePredictions('bad-label.csv', 400_000)
    const r = await runBundle('fairness-gate', { inputs: { ...inputs, predictions: path }, timeoutMs: 120_000 })
    expect(r.exitCode).toBe(1)
    expect(r.stdout + r.stderr).toContain(msg.nonBinary(path, 'label', 1, [{ line: 400_002, value: '"2"' }]))
    expect(r.stdout).toMatch(/::error file=[^,]*bad-label\.csv,line=400002[,:]/)
  })
})
