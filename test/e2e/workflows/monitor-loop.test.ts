// The shipped monitoring loop, step by step through the runner harness (issue #19): monitor.yml against a champion
// in ghcr.io (a local docker-registry) that carries its training profile and its evaluation metrics, on drifted
// production data with labels that show a real drop, then on a healthy day; then retrain.yml with exactly what
// monitor.yml dispatched. GitHub is the fake API, which records the alert issues and the dispatches.
import { spawnSync } from 'node:child_process'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main as registerMain } from '../../../src/register-model/main.js'
import { createRegistry } from '../../../src/registry/create-registry.js'
import { main as validateMain } from '../../../src/validate-data/main.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'
import { repoRoot } from '../../helpers/fixture-path.js'
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js'
import { startOciRegistry, type OciRegistryServer } from '../../helpers/oci-registry.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { requireTool } from '../../helpers/require-tool.js'
import { runWorkflow, type RunContext, type WorkflowRun } from './run-workflow.js'

const dockerRegistry = requireTool('docker-registry')

function failures(run: WorkflowRun, expected: readonly string[] = []): string {
  return run.steps
    .filter((s) => s.exitCode !== undefined && s.exitCode !== 0 && !expected.includes(s.step))
    .map((s) => `${s.job} / ${s.step}:\n${(s.run?.stdout ?? '').slice(-3000)}\n${(s.run?.stderr ?? '').slice(-2000)}`)
    .join('\n')
}

describe.skipIf(!dockerRegistry)(
  'the monitoring loop: monitor.yml → alert issues + retrain dispatch → retrain.yml',
  () => {
    let oci: OciRegistryServer
    let api: GitHubApiServer
    let workspace: string
    const models = () => `oci://${oci.host}/octo-org/models`

    beforeAll(async () => {
      oci = await startOciRegistry()
      api = await startGitHubApiServer()
      workspace = await mkdtemp(join(tmpdir(), 'modelgate-loop-'))
      await cp(join(repoRoot, 'examples'), join(workspace, 'examples'), { recursive: true })
      // The champion as pr-gate.yml + promote.yml would have left it: its training profile and its scores' profile on
      // the card (register-model reference-profile), and the metrics file evaluate-vs-champion wrote when it was the
      // candidate (register-model flattens it: metrics.roc-auc). Its ROC AUC then was 0.7035 (holdout).
      const churn = join(workspace, 'examples/churn')
      const context = (inputs: Record<string, string>) => fakeContext({ inputs, workDir: workspace }).context
      const profile = (data: string, output: string) =>
        runInProcess('validate-data', validateMain, context({ mode: 'profile', data, output }))
      await profile(join(churn, 'data/train.csv'), join(workspace, 'seed/train.profile.json'))
      spawnSync(process.execPath, [
        join(churn, 'predict.mjs'),
        '--model',
        join(churn, 'champion'),
        '--in',
        join(churn, 'data/reference.csv'),
        '--out',
        join(workspace, 'seed/scores.csv'),
      ])
      await profile(join(workspace, 'seed/scores.csv'), join(workspace, 'seed/scores.profile.json'))
      await writeFile(
        join(workspace, 'seed/metrics.json'),
        JSON.stringify({ rows: 800, metrics: { 'roc-auc': 0.7035 } }),
      )
      const registered = await runInProcess(
        'register-model',
        registerMain,
        context({
          registry: models(),
          'model-name': 'churn',
          'model-path': join(churn, 'champion'),
          metrics: join(workspace, 'seed/metrics.json'),
          'reference-profile': `${join(workspace, 'seed/train.profile.json')}\n${join(workspace, 'seed/scores.profile.json')}`,
        }),
      )
      expect(registered.report.status).toBe('pass')
      await (
        await createRegistry(models(), { logger: recordingLogger() })
      ).setAlias('churn', 'champion', 1, { by: 'test' })
      // Delayed labels: on the drifted day churn follows support calls, which the champion ignores (a real drop);
      // on the healthy day it follows the champion's own scores.
      for (const [day, concept] of [
        ['2026-11-02', 'shifted'],
        ['2026-11-01', 'stable'],
      ] as const) {
        const labels = spawnSync(
          process.execPath,
          [
            join(churn, 'delayed-labels.mjs'),
            '--in',
            join(churn, `production/${day}.csv`),
            '--out',
            join(workspace, `labels-${day}.csv`),
            '--concept',
            concept,
          ],
          { encoding: 'utf8' },
        )
        expect(labels.status, labels.stderr).toBe(0)
      }
    }, 300_000)
    afterAll(async () => {
      await oci?.close()
      await api?.close()
    })

    const context = (day: string, runId: string): RunContext => {
      const inputs = {
        data: `examples/churn/production/${day}.csv`,
        predictions: `examples/churn/production/${day}.csv`,
        labels: `labels-${day}.csv`,
      }
      return {
        event: { name: 'workflow_dispatch', payload: { inputs } },
        inputs,
        workspace,
        api,
        ghcr: `oci://${oci.host}/`,
        runId,
        vars: {},
        secrets: {},
        executed: [],
      }
    }

    it('a drifted day with a real drop: drift and decay fail, each opens its alert issue and dispatches retrain.yml', async () => {
      const run = await runWorkflow('monitor.yml', context('2026-11-02', '5151'))
      expect(failures(run, ['drift', 'decay'])).toBe('')
      const drift = run.steps.find((s) => s.step === 'drift')
      const decay = run.steps.find((s) => s.step === 'decay')
      expect(drift?.run?.report?.status).toBe('fail')
      expect(decay?.run?.report?.status).toBe('fail')
      expect(decay?.run?.outputs.decision).toBe('decayed')
      expect(decay?.run?.report?.checks.find((c) => c.id === 'decay.roc-auc')).toMatchObject({
        status: 'fail',
        details: { stored: 0.7035 },
      })
      expect(api.issues.map((i) => [i.labels, i.state])).toEqual([
        [['modelgate-alert', 'drift'], 'open'],
        [['modelgate-alert', 'decay'], 'open'],
      ])
      const drifted = drift?.run?.outputs['drifted-columns'] ?? ''
      expect(drifted).not.toBe('')
      const reportUrl = 'https://github.com/octo-org/churn-model/actions/runs/5151'
      expect(api.workflowDispatches.map(({ workflowId, ref, inputs }) => ({ workflowId, ref, inputs }))).toEqual([
        {
          workflowId: 'retrain.yml',
          ref: 'main',
          inputs: {
            model: 'churn',
            alias: 'champion',
            reason: 'drift',
            drifted_columns: drifted,
            report_url: reportUrl,
          },
        },
        {
          workflowId: 'retrain.yml',
          ref: 'main',
          inputs: { model: 'churn', alias: 'champion', reason: 'decay', drifted_columns: '', report_url: reportUrl },
        },
      ])
      expect(run.steps.find((s) => s.step === 'Save the monitoring history')?.how).toBe('stub')
      const history = JSON.parse(
        await readFile(join(workspace, '.runner/cache/modelgate-monitor-churn-5151/.monitoring/history.json'), 'utf8'),
      ) as { runs: unknown[] }
      expect(history.runs).toHaveLength(1)
      expect(api.violations).toEqual([])
    }, 600_000)

    it('a healthy day: both pass, both issues close, and the history restored from the cache grows to two runs', async () => {
      const run = await runWorkflow('monitor.yml', context('2026-11-01', '5252'))
      expect(failures(run)).toBe('')
      expect(run.steps.find((s) => s.step === 'decay')?.run?.outputs.decision).toBe('healthy')
      expect(api.issues.map((i) => i.state)).toEqual(['closed', 'closed'])
      expect(api.workflowDispatches).toHaveLength(2)
      const history = JSON.parse(
        await readFile(join(workspace, '.runner/cache/modelgate-monitor-churn-5252/.monitoring/history.json'), 'utf8'),
      ) as { runs: unknown[] }
      expect(history.runs).toHaveLength(2)
    }, 600_000)

    it('retrain.yml, dispatched with those inputs, trains, gates and registers version 2; champion stays on 1', async () => {
      const inputs = api.workflowDispatches[1]?.inputs as Record<string, string>
      const run = await runWorkflow('retrain.yml', {
        ...context('2026-11-01', '5353'),
        event: { name: 'workflow_dispatch', payload: { inputs } },
        inputs,
        executed: ['Why', 'Score the evaluation set with the candidate', 'Keep the evaluation metrics', 'Next step'],
      })
      expect(failures(run)).toBe('')
      expect(run.jobs.retrain?.outputs.version).toBe('2')
      const registry = await createRegistry(models(), { logger: recordingLogger() })
      const card = (await registry.get('churn', { version: 2 })).card
      expect(card.metrics['metrics.roc-auc']).toBeGreaterThan(0.5)
      expect(card.reference?.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['monthly_charges', 'score']))
      expect(card.reports.map((r) => r.gate).sort()).toEqual([
        'evaluate-vs-champion',
        'fairness-gate',
        'train-on-runner',
      ])
      expect((await registry.aliases('churn')).champion).toBe(1)
    }, 600_000)
  },
)
