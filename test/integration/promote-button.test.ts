// The check-run "Promote" button exists only where it can work: on a check run created with a GitHub App
// token (requested actions on check runs made with the workflow token never start a workflow).
import { afterEach, describe, expect, it } from 'vitest'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { fixturePath } from '../helpers/fixture-path.js'
import { runBundle } from '../helpers/run-bundle.js'

let api: GitHubApiServer | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const inputs = {
  'github-token': 'ghs_workflowtoken',
  predictions: fixturePath('datasets/evaluate/better.csv'),
  'champion-predictions': fixturePath('datasets/evaluate/champion.csv'),
  'model-name': 'churn',
  'candidate-version': '8',
  seed: '7',
  comment: 'false',
}

function checkRunCreate(server: GitHubApiServer) {
  const request = server.requests.find((r) => r.method === 'POST' && /\/check-runs$/.test(r.path))
  expect(request).toBeDefined()
  return request!
}

describe('check-run Promote button', () => {
  it('with app-token: the check run is created with the App token and carries a Promote button', async () => {
    api = await startGitHubApiServer()
    const run = await runBundle('evaluate-vs-champion', {
      inputs: { ...inputs, 'app-token': 'ghs_apptoken' },
      event: 'pull_request',
      api,
    })
    expect(run.outputs.decision).toBe('promote')
    const request = checkRunCreate(api)
    expect(String(request.headers.authorization)).toContain('ghs_apptoken')
    expect(request.body).toMatchObject({
      actions: [{ label: 'Promote', identifier: 'modelgate-promote', description: 'churn v8 → champion' }],
      external_id: JSON.stringify({ model: 'churn', version: 8, alias: 'champion' }),
    })
    expect(run.stdout).toContain('::add-mask::ghs_apptoken')
    api.assertNoViolations()
  })

  it('without app-token: no button is shown (it could not start a workflow)', async () => {
    api = await startGitHubApiServer()
    const run = await runBundle('evaluate-vs-champion', { inputs, event: 'pull_request', api })
    expect(run.outputs.decision).toBe('promote')
    const request = checkRunCreate(api)
    expect(String(request.headers.authorization)).toContain('ghs_workflowtoken')
    expect((request.body as Record<string, unknown>).actions).toBeUndefined()
  })
})
