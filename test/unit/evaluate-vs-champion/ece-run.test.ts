// evaluate-vs-champion's main() in-process with an ece rule: the candidate's expected calibration error is a ceiling
// (smaller is better) and a comparison with the champion, like brier.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { main } from '../../../src/evaluate-vs-champion/main.js'
import { expectedCalibrationError } from '../../../src/core/metrics/expected-calibration-error.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const fixture = (name: string): string => join(root, 'fixtures/datasets/evaluate', name)
const runMain = (policy: Record<string, unknown>) =>
  runInProcess(
    'evaluate-vs-champion',
    main,
    fakeContext({
      inputs: { predictions: fixture('better.csv'), 'champion-predictions': fixture('champion.csv'), seed: '7' },
      policy,
    }).context,
  )

/** The ece of a predictions file (columns id,label,score), computed directly. */
function eceOf(name: string): number {
  const rows = readFileSync(fixture(name), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
  return expectedCalibrationError(
    rows.map((r) => Number(r[1])),
    rows.map((r) => Number(r[2])),
  )
}

describe('evaluate-vs-champion with an ece rule (in-process)', () => {
  it('a ceiling above the candidate’s ece passes, one below it fails (smaller is better)', async () => {
    const candidate = eceOf('better.csv')
    const loose = await runMain({ 'evaluate-vs-champion': { metrics: { ece: { threshold: candidate + 0.05 } } } })
    const pass = loose.report.checks.find((c) => c.id === 'evaluate.ece')
    expect(pass?.status).toBe('pass')
    expect(Math.abs((pass?.observed as number) - candidate)).toBeLessThan(1e-12)
    const tight = await runMain({ 'evaluate-vs-champion': { metrics: { ece: { threshold: candidate / 2 } } } })
    expect(tight.report.checks.find((c) => c.id === 'evaluate.ece')?.status).toBe('fail')
    expect(tight.outputs.decision).toBe('reject')
  })
})
