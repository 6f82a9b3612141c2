import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GateReport } from '../../../src/core/gate/gate-report.js'
import { driftedColumnsOf, retrainReasonsOf } from '../../../src/core/monitor/retrain-finding.js'
import { createGitHubClient } from '../../../src/github/client.js'
import type { GitHubContext } from '../../../src/github/event-context.js'
import { InputReader } from '../../../src/github/input-reader.js'
import { readRetrainSettings, retrainFromGate } from '../../../src/github/retrain-from-gate.js'
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js'
import { recordingLogger } from '../../helpers/recording-logger.js'

const inputs = (values: Record<string, string>) => new InputReader((name) => values[name])
const github: GitHubContext = {
  owner: 'octo-org',
  repo: 'churn-model',
  ref: 'refs/heads/main',
  fromFork: false,
  serverUrl: 'https://github.com',
  apiUrl: 'https://api.github.com',
  runUrl: 'https://github.com/octo-org/churn-model/actions/runs/9',
  payload: {},
}
const report = (gate: GateReport['gate'], checks: { id: string; status: 'pass' | 'fail' | 'warn' | 'error' }[]) =>
  ({
    schemaVersion: 1,
    gate,
    status: 'fail',
    title: 't',
    checks: checks.map((c) => ({ ...c, observed: null, message: 'm' })),
    figures: [],
    subject: {},
    startedAt: '2026-12-01T06:00:00.000Z',
    durationMs: 5,
  }) as GateReport

describe('retraining settings', () => {
  it('off unless retrain-workflow or retrain-event is set', () => {
    expect(readRetrainSettings(inputs({ 'alert-subject': 'churn' }), 'validate-data', {}, github)).toBeUndefined()
  })
  it('retrain-workflow: the ref of the run as a branch name, the policy default [drift, decay], the subject from alert-subject', () => {
    expect(
      readRetrainSettings(
        inputs({ 'retrain-workflow': 'retrain.yml', 'alert-subject': 'churn@prod' }),
        'validate-data',
        {},
        github,
      ),
    ).toEqual({
      subject: { model: 'churn', alias: 'prod' },
      trigger: { on: ['drift', 'decay'], kind: 'workflow', workflow: 'retrain.yml', ref: 'main' },
    })
  })
  it('retrain-event with monitoring.retrain_on from the gate section; the subject from model-name and champion-alias', () => {
    expect(
      readRetrainSettings(
        inputs({ 'retrain-event': 'modelgate-retrain', 'model-name': 'churn' }),
        'evaluate-vs-champion',
        { 'evaluate-vs-champion': { monitoring: { retrain_on: ['decay'] } } },
        github,
      ),
    ).toEqual({
      subject: { model: 'churn', alias: 'champion' },
      trigger: { on: ['decay'], kind: 'repository', eventType: 'modelgate-retrain' },
    })
  })
  it('configuration errors name the input and how to fix it', () => {
    const both = { 'retrain-workflow': 'retrain.yml', 'retrain-event': 'x', 'model-name': 'm' }
    expect(() => readRetrainSettings(inputs(both), 'validate-data', {}, github)).toThrow(
      'retrain-workflow and retrain-event are both set',
    )
    expect(() =>
      readRetrainSettings(
        inputs({ 'retrain-workflow': '.github/workflows/retrain.yml', 'model-name': 'm' }),
        'validate-data',
        {},
        github,
      ),
    ).toThrow('retrain-workflow ".github/workflows/retrain.yml" is not a workflow file name')
    expect(() =>
      readRetrainSettings(inputs({ 'retrain-workflow': 'retrain.yml' }), 'validate-data', {}, github),
    ).toThrow('retraining dispatch names no model')
    const { ref: _ref, ...noRef } = github
    expect(() =>
      readRetrainSettings(inputs({ 'retrain-workflow': 'retrain.yml', 'model-name': 'm' }), 'validate-data', {}, noRef),
    ).toThrow('retrain-workflow is set but this run has no ref to dispatch it on')
  })
})

describe('what a report found', () => {
  it('drift from a failed drift.* check of validate-data, decay from a failed decay.* check of evaluate-vs-champion', () => {
    expect(retrainReasonsOf(report('validate-data', [{ id: 'drift.age', status: 'fail' }]))).toEqual(['drift'])
    expect(retrainReasonsOf(report('validate-data', [{ id: 'drift.age', status: 'warn' }]))).toEqual([])
    expect(retrainReasonsOf(report('validate-data', [{ id: 'contract.age.max', status: 'fail' }]))).toEqual([])
    expect(retrainReasonsOf(report('evaluate-vs-champion', [{ id: 'decay.roc-auc', status: 'fail' }]))).toEqual([
      'decay',
    ])
    expect(retrainReasonsOf(report('evaluate-vs-champion', [{ id: 'decay.roc-auc', status: 'error' }]))).toEqual([])
    expect(driftedColumnsOf({ 'drifted-columns': '' })).toEqual([])
  })
})

describe('retrainFromGate against the fake GitHub API', () => {
  let api: GitHubApiServer
  beforeAll(async () => {
    api = await startGitHubApiServer()
  })
  afterAll(async () => {
    await api?.close()
  })
  it('dispatches once on a finding the policy retrains on, nothing otherwise; a refusal is a warning', async () => {
    const logger = recordingLogger()
    const client = createGitHubClient('ghs_test', api.url, logger)
    const settings = readRetrainSettings(
      inputs({ 'retrain-workflow': 'retrain.yml', 'model-name': 'churn' }),
      'validate-data',
      {},
      github,
    )
    const drifted = report('validate-data', [{ id: 'drift.tenure', status: 'fail' }])
    const result = await retrainFromGate(drifted, { 'drifted-columns': 'tenure' }, settings, github, client, logger)
    expect(result).toEqual({ ok: true, what: 'workflow_dispatch of retrain.yml on main' })
    expect(api.workflowDispatches.at(-1)).toEqual({
      owner: 'octo-org',
      repo: 'churn-model',
      workflowId: 'retrain.yml',
      ref: 'main',
      inputs: {
        model: 'churn',
        alias: 'champion',
        reason: 'drift',
        drifted_columns: 'tenure',
        report_url: 'https://github.com/octo-org/churn-model/actions/runs/9',
      },
    })
    expect(api.violations).toEqual([])
    const healthy = report('validate-data', [{ id: 'drift.tenure', status: 'pass' }])
    expect(await retrainFromGate(healthy, {}, settings, github, client, logger)).toBeUndefined()
    expect(api.workflowDispatches).toHaveLength(1)
    const offline = await retrainFromGate(drifted, {}, settings, github, undefined, logger)
    expect(offline).toEqual({ ok: false, reason: 'no GitHub token or repository' })
    expect(logger.warnings.at(-1)).toContain('nothing was dispatched')
  })
})
