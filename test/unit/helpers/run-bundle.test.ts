// The runner harness must hand a bundle what actions/runner hands a JavaScript action step, or the bundle tests
// test a job that cannot exist: action.yml defaults filled in, INPUT_* spelled as the runner spells them, and no
// variable the runner never sets.
import { describe, expect, it } from 'vitest'
import {
  actionInputs,
  actionOf,
  HARNESS_JOB_TOKEN,
  inputVariable,
  runnerEnvironment,
} from '../../helpers/run-bundle.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'

describe('runner harness inputs (test/helpers/run-bundle.ts)', () => {
  it('inputVariable(name) is INPUT_ + the name upper-cased with spaces as _, hyphens kept (as the runner)', () => {
    expect(inputVariable('sensitive-columns')).toBe('INPUT_SENSITIVE-COLUMNS')
    expect(inputVariable('my input')).toBe('INPUT_MY_INPUT')
  })

  it('actionOf(bundle) reads a post bundle from its action', () => {
    expect(actionOf('canary-deploy-post')).toBe('canary-deploy')
    expect(actionOf('fairness-gate')).toBe('fairness-gate')
  })

  it('actionInputs fills every input the step leaves out with its action.yml default, evaluated', () => {
    const env = actionInputs('fairness-gate', { predictions: 'p.csv', 'sensitive-columns': 'gender' }, 'ghs_job')
    expect(env).toMatchObject({
      INPUT_PREDICTIONS: 'p.csv',
      'INPUT_SENSITIVE-COLUMNS': 'gender',
      'INPUT_LABEL-COLUMN': 'label',
      INPUT_THRESHOLD: '0.5',
      INPUT_COMMENT: 'true',
      'INPUT_CHECK-RUN': 'true',
      'INPUT_FAIL-ON': 'fail',
      INPUT_POLICY: '.github/modelgate.yml',
      'INPUT_GITHUB-TOKEN': 'ghs_job',
    })
    // No default: the runner sets the variable to '' (an empty default), which @actions/core reads as unset.
    expect(env['INPUT_SCORE-COLUMN']).toBe('')
    expect(env['INPUT_REPORT-PATH']).toBe('')
    // Outside a matrix the report-key default is empty: section and check run keep the plain gate name.
    expect(env['INPUT_REPORT-KEY']).toBe('')
  })

  it('actionInputs evaluates the report-key default per matrix leg as the runner does: <job>-<strategy.job-index>', () => {
    const leg = actionInputs('fairness-gate', {}, '', { job: 'gate', strategy: { jobIndex: 2, jobTotal: 3 } })
    expect(leg['INPUT_REPORT-KEY']).toBe('gate-2')
    const single = actionInputs('fairness-gate', {}, '', { job: 'gate', strategy: { jobIndex: 0, jobTotal: 1 } })
    expect(single['INPUT_REPORT-KEY']).toBe('')
  })

  it('actionInputs keeps what the step sets, an explicit empty value included (the runner looks at the key)', () => {
    const env = actionInputs('register-model', { 'model-name': 'churn', mode: 'promote', alias: '' }, '')
    expect(env).toMatchObject({ 'INPUT_MODEL-NAME': 'churn', INPUT_MODE: 'promote', INPUT_ALIAS: '' })
    expect(env['INPUT_PROMOTE-WORKFLOW']).toBe('promote.yml')
    expect(env['INPUT_GITHUB-TOKEN']).toBe('')
  })

  it('actionInputs gives a post bundle the inputs of its action', () => {
    expect(actionInputs('canary-deploy-post', { traffic: 'command' }, '')).toMatchObject({
      INPUT_TRAFFIC: 'command',
      INPUT_COMMENT: 'true',
    })
  })

  it('actionInputs refuses an input the action does not declare (a misspelt input would test the default)', () => {
    expect(() => actionInputs('fairness-gate', { 'min-group-sise': '5' }, '')).toThrow(
      `runBundle('fairness-gate'): actions/fairness-gate/action.yml declares no input "min-group-sise"`,
    )
  })
})

describe('runner harness environment', () => {
  it('runnerEnvironment never sets GITHUB_ENVIRONMENT, and refuses a test that does (the runner never does)', () => {
    const env = runnerEnvironment('fairness-gate', makeTempDir(), { api: { url: 'http://127.0.0.1:1' } })
    expect(Object.keys(env).filter((name) => name.includes('ENVIRONMENT'))).toEqual([])
    expect(env['INPUT_GITHUB-TOKEN']).toBe(HARNESS_JOB_TOKEN)
    expect(() =>
      runnerEnvironment('fairness-gate', makeTempDir(), { env: { GITHUB_ENVIRONMENT: 'production' } }),
    ).toThrow(/a runner never sets GITHUB_ENVIRONMENT/)
  })

  it('runnerEnvironment gives no job token when the test starts no GitHub API', () => {
    expect(runnerEnvironment('fairness-gate', makeTempDir(), {})['INPUT_GITHUB-TOKEN']).toBe('')
  })
})
