// The shipped pipelines chain end to end: pr-gate.yml registers the candidate in the owner's OCI registry on
// ghcr.io, promote.yml and check-run-promote.yml promote it from there behind the production environment, and
// champion moves through canary-deploy. Each workflow file is parsed and its steps run in order through the runner
// harness (test/e2e/workflows/run-workflow.ts): our actions as bundles, the listed offline `run:` commands in bash,
// checkout and the artifact actions stubbed (reasons recorded). ghcr.io is a local docker-registry, GitHub the
// fake API; Prometheus a stand-in answering every query with a healthy value.
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRegistry } from '../../../src/registry/create-registry.js'
import { repoRoot } from '../../helpers/fixture-path.js'
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js'
import { startOciRegistry, type OciRegistryServer } from '../../helpers/oci-registry.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { requireTool } from '../../helpers/require-tool.js'
import { evaluate } from './expressions.js'
import { loadWorkflow, runWorkflow, type RunContext, type WorkflowRun } from './run-workflow.js'

const dockerRegistry = requireTool('docker-registry')

/** Prometheus `/api/v1/query`: error rate 0.1 %, p95 latency 120 ms, 100 requests per interval, for every job. */
async function startPrometheus(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://x').searchParams.get('query') ?? ''
    const value = query.includes('code=~') ? '0.001' : query.includes('histogram_quantile') ? '120' : '100'
    response.setHeader('content-type', 'application/json')
    response.end(
      JSON.stringify({
        status: 'success',
        data: { resultType: 'vector', result: [{ metric: {}, value: [Date.now() / 1000, value] }] },
      }),
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  return { url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`, server }
}

function summary(run: WorkflowRun): string[] {
  return run.steps.map(
    (s) =>
      `${s.job} / ${s.step}: ${s.how}${s.why === undefined ? '' : ` (${s.why})`}${s.exitCode === undefined ? '' : ` → ${String(s.exitCode)}`}`,
  )
}

function failures(run: WorkflowRun): string {
  return run.steps
    .filter((s) => s.exitCode !== undefined && s.exitCode !== 0)
    .map((s) => {
      const checks = (s.run?.report?.checks ?? []).filter((c) => c.status !== 'pass' && c.status !== 'skipped')
      const failed = checks.map((c) => `  ${c.id} ${c.status}: ${c.message}`).join('\n')
      return `${s.job} / ${s.step}:\n${failed}\n${(s.run?.stdout ?? '').slice(-3000)}\n${(s.run?.stderr ?? '').slice(-2000)}`
    })
    .join('\n')
}

describe.skipIf(!dockerRegistry)(
  'the shipped workflows chain end to end (docker-registry for ghcr.io, fake GitHub API)',
  () => {
    let oci: OciRegistryServer
    let api: GitHubApiServer
    let prometheus: { url: string; server: Server }
    let workspace: string
    beforeAll(async () => {
      oci = await startOciRegistry()
      api = await startGitHubApiServer()
      prometheus = await startPrometheus()
      workspace = await mkdtemp(join(tmpdir(), 'modelgate-workflows-'))
      await cp(join(repoRoot, 'examples'), join(workspace, 'examples'), { recursive: true })
      // The adopting team protects champion (docs/actions/register-model.md, "Protected aliases"), so every promotion
      // below must prove it runs in the production environment.
      const policyPath = join(workspace, 'examples/churn/modelgate.yml')
      const policy = await readFile(policyPath, 'utf8')
      expect(policy).toContain('\nregister-model:\n')
      await writeFile(
        policyPath,
        policy.replace(
          '\nregister-model:\n',
          '\nregister-model:\n  protected_aliases: { champion: { environment: production } }\n',
        ),
      )
    })
    afterAll(async () => {
      await oci?.close()
      await api?.close()
      await new Promise((done) => prometheus?.server.close(done))
    })

    const context = (overrides: Partial<RunContext> & Pick<RunContext, 'event'>): RunContext => ({
      workspace,
      api,
      ghcr: `oci://${oci.host}/`,
      runId: '4242',
      vars: { PROMETHEUS_URL: prometheus.url, CANARY_INTERVAL: '50ms', CANARY_BAKE: '150ms' },
      secrets: {},
      executed: [],
      ...overrides,
    })
    const registry = () => createRegistry(`oci://${oci.host}/octo-org/models`, { logger: recordingLogger() })

    it('the harness evaluates the expressions the workflows use, as GitHub does', () => {
      const ctx = {
        contexts: {
          github: {
            event: {
              check_run: {
                external_id: '{"model":"churn","version":"3","alias":"champion"}',
                name: 'modelgate/register-model',
              },
            },
          },
          vars: {},
          secrets: {},
        },
        jobFailed: false,
      }
      expect(evaluate("fromJSON(github.event.check_run.external_id).alias == 'champion'", ctx)).toBe(true)
      expect(evaluate("startsWith(github.event.check_run.name, 'modelgate/') && !cancelled()", ctx)).toBe(true)
      expect(evaluate("vars.CANARY_BAKE || '10m'", ctx)).toBe('10m')
      expect(evaluate('secrets.MISSING || github.event.check_run.name', ctx)).toBe('modelgate/register-model')
      expect(() => evaluate("hashFiles('x')", ctx)).toThrow(/not supported/)
    })

    let version = ''
    it('pr-gate.yml: the four gates pass and the register job puts the candidate, with their reports, in ghcr.io/<owner>/models', async () => {
      const payload = JSON.parse(await readFile(join(repoRoot, 'fixtures/events/pull_request.json'), 'utf8')) as Record<
        string,
        unknown
      >
      const run = await runWorkflow(
        'pr-gate.yml',
        context({
          event: { name: 'pull_request', payload },
          executed: [
            'Score the evaluation set with the candidate and with the champion',
            'Keep the evaluation metrics',
            'Store the evaluation predictions with the model',
          ],
        }),
      )
      expect(failures(run)).toBe('')
      expect(summary(run)).toEqual(
        expect.arrayContaining([
          'evaluate / Score the evaluation set with the candidate and with the champion: bash → 0',
          'register / register: bundle → 0',
        ]),
      )
      expect(run.jobs.register?.result).toBe('success')
      version = run.jobs.register?.outputs.version ?? ''
      expect(version).toMatch(/^\d+$/)
      const ref = await (await registry()).get('churn', { version: Number(version) })
      expect(ref.card.reports.map((r) => r.gate).sort()).toEqual([
        'evaluate-vs-champion',
        'fairness-gate',
        'train-on-runner',
        'validate-data',
      ])
      // What monitoring needs once it is champion: the reference profiles and evaluate's metrics on the card.
      expect(ref.card.reference?.sources.map((source) => source.path)).toEqual([
        'reference/train.profile.json',
        'reference/scores.profile.json',
      ])
      expect(Object.keys(ref.card.metrics).length).toBeGreaterThan(0)
      expect((await (await registry()).aliases('churn')).champion).toBeUndefined()
    }, 600_000)

    it('promote.yml: behind the production environment, canary-deploy rolls the version out, bakes, and then moves champion', async () => {
      expect(version).not.toBe('')
      const run = await runWorkflow(
        'promote.yml',
        context({
          event: { name: 'workflow_dispatch', payload: { inputs: { model: 'churn', version, reason: 'better AUC' } } },
          inputs: { model: 'churn', version, reason: 'better AUC' },
          executed: ['Outcome'],
          runId: '4343',
        }),
      )
      expect(failures(run)).toBe('')
      const canary = run.steps.find((s) => s.step === 'canary')
      expect(canary?.run?.outputs).toMatchObject({ decision: 'promote', 'final-weight': '100' })
      expect(canary?.run?.stdout).toContain('GitHub environment "production" verified')
      const models = await registry()
      expect((await models.aliases('churn')).champion).toBe(Number(version))
      expect((await models.aliasHistory('churn', 'champion')).at(-1)).toMatchObject({
        alias: 'champion',
        to: Number(version),
        reason: 'canary analysis passed',
      })
      // The job runs in `production`, so GitHub already made a deployment for it: the canary records on that one
      // (the environment page shows one deployment per run), and creates none of its own.
      expect(api.deployments.filter((d) => d.task === 'deploy:canary')).toEqual([])
      const deployment = api.deployments.find(
        (d) =>
          d.task === 'deploy' &&
          api.deploymentStatuses.some((s) => s.deploymentId === d.id && s.logUrl.includes('/runs/4343/')),
      )
      expect(deployment).toBeDefined()
      expect(
        api.deploymentStatuses.filter((s) => s.deploymentId === deployment?.id && !s.automatic).at(-1)?.state,
      ).toBe('success')
    }, 300_000)

    it('check-run-promote.yml: the Promote button moves champion through the canary and any other alias with register-model', async () => {
      expect(version).not.toBe('')
      const button = (alias: string) => ({
        name: 'check_run',
        payload: {
          action: 'requested_action',
          requested_action: { identifier: 'modelgate-promote' },
          check_run: {
            name: 'modelgate/register-model',
            html_url: 'https://github.com/octo-org/churn-model/runs/1',
            external_id: JSON.stringify({ model: 'churn', version, alias }),
          },
        },
      })
      const champion = await runWorkflow('check-run-promote.yml', context({ event: button('champion'), runId: '4444' }))
      expect(failures(champion)).toBe('')
      expect(summary(champion)).toContain('other-alias / (job): skipped (its if: is false)')
      expect(champion.steps.find((s) => s.how === 'bundle')?.run?.stdout).toContain(
        'GitHub environment "production" verified',
      )
      const history = await (await registry()).aliasHistory('churn', 'champion')
      expect(history).toHaveLength(2)
      expect(history.at(-1)).toMatchObject({ to: Number(version), reason: 'canary analysis passed' })
      const challenger = await runWorkflow(
        'check-run-promote.yml',
        context({ event: button('challenger'), runId: '4545' }),
      )
      expect(failures(challenger)).toBe('')
      expect(summary(challenger)).toContain('champion / (job): skipped (its if: is false)')
      expect((await (await registry()).aliases('churn')).challenger).toBe(Number(version))
      expect((await (await registry()).aliasHistory('churn', 'challenger')).at(-1)).toMatchObject({
        to: Number(version),
        reason: expect.stringContaining(
          'Promote button on check run https://github.com/octo-org/churn-model/runs/1',
        ) as unknown,
      })
    }, 300_000)

    // A shard under the contract's row minimum is skipped in its leg and judged at merge from the summed rows.
    it('sharded-validation.yml: four profile legs (matrix), their artifacts, and the merge judge the whole dataset', async () => {
      const run = await runWorkflow(
        'sharded-validation.yml',
        context({
          event: { name: 'workflow_dispatch', payload: { inputs: {} } },
          executed: ["Cut this leg's shard (stands in for data already stored as shards, e.g. part-N.parquet)"],
          runId: '4646',
        }),
      )
      expect(failures(run)).toBe('')
      const legs = run.steps.filter((s) => s.how === 'bundle' && s.job.startsWith('profile ('))
      expect(legs.map((s) => s.job)).toEqual(['profile (0)', 'profile (1)', 'profile (2)', 'profile (3)'])
      const merge = run.steps.find((s) => s.step === 'merge')
      expect(merge?.exitCode).toBe(0)
      expect(merge?.run?.report?.gate).toBe('validate-data')
      expect(run.jobs.merge?.result).toBe('success')
    }, 300_000)

    it('every other shipped workflow is named with why this test does not run it', () => {
      const notRun: Record<string, string> = {
        'ci.yml': 'modelgate CI itself: no modelgate step',
        'gpu-sweep.yml': 'legs on self-hosted GPU runners (require-gpus: 1 needs nvidia-smi and a GPU)',
        'monitor.yml': 'run step by step in monitor-loop.test.ts (its own champion, with a reference profile)',
        'retrain.yml': 'run step by step in monitor-loop.test.ts, with the inputs monitor.yml dispatched',
        'registry-site.yml':
          'publishes to GitHub Pages (deploy-pages, ghcr.io): its command is run on a real registry in test/e2e/html',
      }
      for (const file of Object.keys(notRun)) expect(loadWorkflow(file).jobs).toBeDefined()
    })
  },
)
