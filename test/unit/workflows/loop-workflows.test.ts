// The shipped monitoring loop is consistent with the actions it calls (issue #19): every step that dispatches
// retraining names a shipped workflow that declares exactly the inputs validate-data and evaluate-vs-champion send
// (GitHub refuses an undeclared input with 422), a repository_dispatch event type that workflow listens to, and the
// job asks for exactly the permissions its alerts and dispatches need — no more.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { planRetrainDispatch } from '../../../src/core/alerts/retrain-dispatch.js'
import { RetrainInputs } from '../../../src/github/retrain-from-gate.js'
import { ownActionName, parseYaml } from './check-workflows.js'

const root = join(import.meta.dirname, '..', '..', '..')

interface Step {
  readonly uses?: string
  readonly run?: string
  readonly with?: Record<string, string>
}
interface Workflow {
  readonly on: Record<string, { inputs?: Record<string, unknown>; types?: string[] } | null>
  readonly permissions?: unknown
  readonly jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>
}

const load = (file: string): Workflow =>
  parseYaml(readFileSync(join(root, '.github', 'workflows', file), 'utf8'), file) as Workflow

const sent = planRetrainDispatch(
  { on: ['drift'], kind: 'workflow', workflow: 'retrain.yml', ref: 'main' },
  { subject: { model: 'm', alias: 'a' }, reasons: ['drift'], driftedColumns: [] },
)

describe('monitor.yml and retrain.yml', () => {
  const monitor = load('monitor.yml')
  const retrain = load('retrain.yml')
  const steps = Object.values(monitor.jobs).flatMap((job) => job.steps)

  it('monitor.yml runs on a schedule and by hand; retrain.yml by workflow_dispatch and repository_dispatch', () => {
    expect(Object.keys(monitor.on).sort()).toEqual(['schedule', 'workflow_dispatch'])
    expect(Object.keys(retrain.on).sort()).toEqual(['repository_dispatch', 'workflow_dispatch'])
    expect(monitor.permissions).toEqual({})
    expect(retrain.permissions).toEqual({})
  })

  it('every retrain-workflow names a shipped workflow declaring exactly the inputs a dispatch sends', () => {
    const dispatching = steps.filter((s) => s.with?.[RetrainInputs.Workflow] !== undefined)
    expect(dispatching.map((s) => ownActionName(s.uses ?? '')).sort()).toEqual([
      'evaluate-vs-champion',
      'validate-data',
    ])
    for (const step of dispatching) {
      const target = load(step.with?.[RetrainInputs.Workflow] ?? '')
      expect(Object.keys(target.on.workflow_dispatch?.inputs ?? {}).sort()).toEqual(
        Object.keys(sent?.kind === 'workflow' ? sent.inputs : {}).sort(),
      )
    }
  })

  it('the repository_dispatch type retrain.yml listens to is one retrain-event can send (at most 100 characters)', () => {
    for (const type of retrain.on.repository_dispatch?.types ?? []) expect(type.length).toBeLessThanOrEqual(100)
    expect(retrain.on.repository_dispatch?.types).toEqual(['modelgate-retrain'])
  })

  it('monitor.yml asks for what its steps use: issues for the alerts, actions for the dispatch, packages to read', () => {
    const [job] = Object.values(monitor.jobs)
    expect(job?.permissions).toEqual({ contents: 'read', packages: 'read', issues: 'write', actions: 'write' })
    for (const step of steps.filter((s) => ownActionName(s.uses ?? '') !== undefined)) {
      expect(step.with?.['alert-subject']).toBe('churn@champion')
      // No pull request on a schedule: nothing needs checks or pull-requests.
      expect(step.with?.comment).toBe('false')
      expect(step.with?.['check-run']).toBe('false')
    }
  })

  it('monitor.yml keeps its history in the Actions cache: restored by prefix, saved under a run-unique key', () => {
    const restore = steps.find((s) => s.uses?.startsWith('actions/cache/restore@'))
    const save = steps.find((s) => s.uses?.startsWith('actions/cache/save@'))
    expect(restore?.with?.key).toContain('${{ github.run_id }}')
    expect(restore?.with?.key?.startsWith(restore.with['restore-keys'] ?? '')).toBe(true)
    expect(save?.with?.key).toBe(restore?.with?.key)
    const history = steps.find((s) => s.with?.['history-file'] !== undefined)?.with?.['history-file']
    expect(restore?.with?.path).toBe(history)
    expect(save?.with?.path).toBe(history)
  })

  it('retrain.yml never interpolates a dispatch input into a shell script, and moves no alias', () => {
    const all = Object.values(retrain.jobs).flatMap((job) => job.steps)
    for (const step of all) expect(step.run ?? '').not.toMatch(/\$\{\{/)
    const register = all.filter((s) => ownActionName(s.uses ?? '') === 'register-model')
    expect(register.map((s) => s.with?.mode)).toEqual(['register'])
    expect(all.some((s) => ownActionName(s.uses ?? '') === 'canary-deploy')).toBe(false)
  })
})
