import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { planRetrainDispatch, type RetrainTrigger } from '../../../src/core/alerts/retrain-dispatch.js'
import { createGitHubClient } from '../../../src/github/client.js'
import { dispatchRetraining } from '../../../src/github/dispatch-retraining.js'
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js'
import { recordingLogger } from '../../helpers/recording-logger.js'

const target = { owner: 'acme', repo: 'churn' }
const finding = {
  subject: { model: 'churn', alias: 'champion' },
  reasons: ['drift' as const],
  driftedColumns: ['tenure', 'plan'],
  reportUrl: 'https://github.com/acme/churn/actions/runs/7',
}
const workflow: RetrainTrigger = { on: ['drift', 'decay'], kind: 'workflow', workflow: 'retrain.yml', ref: 'main' }
const repository: RetrainTrigger = { on: ['drift'], kind: 'repository', eventType: 'modelgate-retrain' }

describe('planRetrainDispatch', () => {
  it('dispatches only for the reasons the policy retrains on', () => {
    expect(planRetrainDispatch({ ...repository, on: ['decay'] }, finding)).toBeUndefined()
    expect(planRetrainDispatch(repository, { ...finding, reasons: ['drift', 'decay'] })).toMatchObject({
      clientPayload: { reasons: ['drift'] },
    })
  })

  it('a workflow dispatch carries exactly the five inputs retrain.yml declares, all strings', () => {
    expect(planRetrainDispatch(workflow, finding)).toEqual({
      kind: 'workflow',
      workflow: 'retrain.yml',
      ref: 'main',
      inputs: {
        model: 'churn',
        alias: 'champion',
        reason: 'drift',
        drifted_columns: 'tenure,plan',
        report_url: 'https://github.com/acme/churn/actions/runs/7',
      },
    })
  })

  it('a repository dispatch payload keeps at most 10 keys and 100 column names, with the full count', () => {
    const many = { ...finding, driftedColumns: Array.from({ length: 5_000 }, (_, i) => `c${i}`) }
    const plan = planRetrainDispatch(repository, many)
    if (plan?.kind !== 'repository') throw new Error('expected a repository dispatch')
    expect(Object.keys(plan.clientPayload).length).toBeLessThanOrEqual(10)
    expect(plan.clientPayload.drifted_columns).toHaveLength(100)
    expect(plan.clientPayload.drifted_column_count).toBe(5_000)
  })
})

describe('dispatchRetraining against the fake GitHub API', () => {
  let api: GitHubApiServer
  beforeEach(async () => {
    api = await startGitHubApiServer({ workflows: ['retrain.yml'] })
  })
  afterEach(async () => {
    await api.close()
  })

  it('records a workflow dispatch and a repository dispatch, with no request GitHub would refuse', async () => {
    const client = createGitHubClient('test-token', api.url, recordingLogger())
    const plans = [planRetrainDispatch(workflow, finding), planRetrainDispatch(repository, finding)]
    for (const plan of plans) {
      if (plan === undefined) throw new Error('expected a plan')
      expect(await dispatchRetraining(client, target, plan)).toMatchObject({ ok: true })
    }
    expect(api.workflowDispatches.map((d) => [d.workflowId, d.ref, d.inputs.model])).toEqual([
      ['retrain.yml', 'main', 'churn'],
    ])
    expect(api.repositoryDispatches.map((d) => [d.eventType, d.clientPayload.alias])).toEqual([
      ['modelgate-retrain', 'champion'],
    ])
    expect(api.violations).toEqual([])
  })

  it('a workflow that does not exist is a refused dispatch, returned, not thrown', async () => {
    const client = createGitHubClient('test-token', api.url, recordingLogger())
    const plan = planRetrainDispatch({ ...workflow, workflow: 'missing.yml' }, finding)
    if (plan === undefined) throw new Error('expected a plan')
    const result = await dispatchRetraining(client, target, plan)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(/^the retraining workflow_dispatch of missing\.yml was refused: /)
  })
})
