// Planted secrets never reach a published byte: the report file, the job summary, the step's log beyond the
// runner's own mask commands, its outputs, and every request body sent to the (OpenAPI-checked) GitHub API.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { runBundle, runCli } from '../helpers/run-bundle.js'
import { makeTempDir } from '../helpers/tmp-dir.js'

let api: GitHubApiServer | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

// Built at run time so that no secret scanner flags the file; each is a distinct shape.
const workflowToken = 'ghs_' + 'PlantedWorkflowToken0'.repeat(2)
const jobSecret = 'planted-job-secret-' + '7'.repeat(12)
const unregisteredPat = 'ghp_' + 'PlantedPat'.repeat(4)
const planted = [workflowToken, jobSecret, unregisteredPat]

function dataWithSecrets(): string {
  const dir = makeTempDir('modelgate-secrets-')
  const path = join(dir, 'current.csv')
  // The secrets arrive as column names and values, as they would from a file symlinked to /proc/self/environ.
  writeFileSync(path, `id,${jobSecret},note\n1,2,${unregisteredPat}\n2,3,${workflowToken}\n`)
  return path
}

function expectNoPlantedSecret(where: string, text: string): void {
  for (const secret of planted) expect(text.includes(secret), `${where} contains a planted secret`).toBe(false)
}

describe('secrets are redacted before anything is published', () => {
  it('a runner step redacts registered tokens, credential-named variables and token shapes everywhere', async () => {
    api = await startGitHubApiServer()
    const data = dataWithSecrets()
    const run = await runBundle('validate-data', {
      inputs: { 'github-token': workflowToken, data, mode: 'infer', output: join(data, '..', 'contract.yml') },
      env: { MY_SERVICE_API_KEY: jobSecret },
      event: 'pull_request',
      api,
    })
    expect(run.exitCode).toBe(0)
    expect(run.report?.figures.length).toBeGreaterThan(0)
    api.assertNoViolations()
    expect(api.comments.length + api.checkRuns.length).toBeGreaterThan(0)
    expectNoPlantedSecret('report file', readFileSync(run.outputs['report-path'] ?? '', 'utf8'))
    expectNoPlantedSecret('job summary', run.summary)
    expectNoPlantedSecret('outputs', JSON.stringify(run.outputs))
    for (const request of api.requests)
      expectNoPlantedSecret(`${request.method} ${request.path}`, JSON.stringify(request.body ?? ''))
    // The log holds them only inside the runner's own ::add-mask:: commands (which the runner strips).
    const log = run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expectNoPlantedSecret('log', log.join('\n') + run.stderr)
    expect(run.stdout).toContain(`::add-mask::${jobSecret}`)
  })

  it('the CLI redacts its printed report and its report file the same way', async () => {
    const data = dataWithSecrets()
    const reportPath = join(data, '..', 'report.json')
    const cli = await runCli(
      [
        'validate-data',
        '--data',
        data,
        '--mode',
        'infer',
        '--output',
        join(data, '..', 'c.yml'),
        '--report-path',
        reportPath,
        '--json',
      ],
      {
        env: { GITHUB_TOKEN: workflowToken, MY_SERVICE_API_KEY: jobSecret },
      },
    )
    expect(cli.exitCode).toBe(0)
    expectNoPlantedSecret('CLI stdout', cli.stdout)
    expectNoPlantedSecret('CLI stderr', cli.stderr)
    expectNoPlantedSecret('CLI report file', readFileSync(reportPath, 'utf8'))
  })
})
