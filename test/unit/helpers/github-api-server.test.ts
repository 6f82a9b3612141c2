import { getOctokit } from '@actions/github'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_BRANCH_SHA,
  DEFAULT_HEAD_SHA,
  startGitHubApiServer,
  type GitHubApiServer,
} from '../../helpers/github-api-server.js'

const OWNER = 'octo-org'
const REPO = 'models'
const repoPath = `/repos/${OWNER}/${REPO}`
const SHA = DEFAULT_HEAD_SHA

type Octokit = ReturnType<typeof getOctokit>

let api: GitHubApiServer
let octokit: Octokit

async function call(
  path: string,
  init: { method?: string; body?: unknown; auth?: string | null; raw?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'content-type': 'application/json' }
  if (init.auth !== null) headers.authorization = init.auth ?? 'token ghs_test'
  const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body))
  return await fetch(`${api.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(body === undefined ? {} : { body }),
  })
}

function annotations(
  count: number,
  from = 1,
): { path: string; start_line: number; end_line: number; annotation_level: 'warning'; message: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    path: 'data/train.csv',
    start_line: from + i,
    end_line: from + i,
    annotation_level: 'warning' as const,
    message: `row ${from + i}`,
  }))
}

beforeEach(async () => {
  api = await startGitHubApiServer()
  octokit = getOctokit('ghs_test', { baseUrl: api.url })
})

afterEach(async () => {
  await api.close()
})

describe('rejects what GitHub rejects, and records it', () => {
  it('answers 401 without an Authorization header', async () => {
    const response = await call(`${repoPath}/issues/1/comments`, { auth: null })
    expect(response.status).toBe(401)
    expect(((await response.json()) as { message: string }).message).toBe('Requires authentication')
    expect(api.violations).toEqual([
      expect.objectContaining({
        method: 'GET',
        status: 401,
        reason: expect.stringMatching(/Authorization/) as unknown,
      }),
    ])
  })

  it('accepts both "token …" and "Bearer …" credentials, rejects others', async () => {
    expect((await call(repoPath, { auth: 'token abc' })).status).toBe(200)
    expect((await call(repoPath, { auth: 'Bearer abc' })).status).toBe(200)
    expect((await call(repoPath, { auth: 'abc' })).status).toBe(401)
    expect(api.violations).toHaveLength(1)
  })

  it('answers 404 for a route that is not in the OpenAPI description, and for a wrong method', async () => {
    expect((await call(`${repoPath}/issues/1/comment`, { method: 'POST', body: { body: 'x' } })).status).toBe(404)
    expect((await call(`${repoPath}/issues/comments/5`, { method: 'PUT', body: { body: 'x' } })).status).toBe(404)
    expect(api.violations.map((v) => v.reason)).toEqual([
      'no such route in the OpenAPI description',
      `PUT is not an operation of ${repoPath}/issues/comments/5`,
    ])
  })

  it('answers 404 for a path parameter of the wrong type', async () => {
    expect((await call(`${repoPath}/issues/comments/abc`)).status).toBe(404)
    expect(api.violations[0]?.reason).toMatch(/comment_id.*must be integer/)
  })

  it('answers 422 for a query parameter of the wrong type or enum', async () => {
    expect((await call(`${repoPath}/issues/1/comments?per_page=many`)).status).toBe(422)
    expect((await call(`/repos/${OWNER}/${REPO}/commits/${SHA}/check-runs?status=done`)).status).toBe(422)
    expect(api.violations.map((v) => v.reason)).toEqual([
      expect.stringMatching(/per_page.*integer/),
      expect.stringMatching(/status.*allowed values/),
    ])
  })

  it('answers 422 when a required body field is missing', async () => {
    const error = await octokit.rest.checks
      .create({ owner: OWNER, repo: REPO, name: 'modelgate/x' } as never)
      .catch((e: unknown) => e)
    expect((error as { status: number }).status).toBe(422)
    expect(api.violations[0]).toMatchObject({
      method: 'POST',
      path: `${repoPath}/check-runs`,
      operationId: 'checks/create',
      status: 422,
    })
    expect(api.violations[0]?.reason).toMatch(/must have required property 'head_sha'/)
    expect(api.checkRuns).toHaveLength(0)
  })

  it('answers 422 for a value outside an enum', async () => {
    const response = await call(`${repoPath}/check-runs`, {
      method: 'POST',
      body: { name: 'x', head_sha: SHA, conclusion: 'passed' },
    })
    expect(response.status).toBe(422)
    expect(((await response.json()) as { message: string }).message).toMatch(
      /^Invalid request\.\n\n.*conclusion must be equal to one of the allowed values/,
    )
  })

  it('answers 400 for a body that is not JSON', async () => {
    const response = await call(`${repoPath}/issues/1/comments`, { method: 'POST', raw: '{"body": ' })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { message: string }).message).toBe('Problems parsing JSON')
    expect(api.violations).toHaveLength(1)
  })

  it('accepts 50 annotations in one request and rejects 51', async () => {
    const base = { owner: OWNER, repo: REPO, name: 'modelgate/validate-data', head_sha: SHA }
    await octokit.rest.checks.create({ ...base, output: { title: 't', summary: 's', annotations: annotations(50) } })
    expect(api.violations).toEqual([])
    const error = await octokit.rest.checks
      .create({ ...base, output: { title: 't', summary: 's', annotations: annotations(51) } })
      .catch((e: unknown) => e)
    expect((error as { status: number }).status).toBe(422)
    expect(api.violations[0]?.reason).toMatch(/annotations must NOT have more than 50 items/)
    expect(api.checkRuns).toHaveLength(1)
  })

  it('accepts a 65,535-character summary and rejects 65,536 characters', async () => {
    const base = { owner: OWNER, repo: REPO, name: 'modelgate/x', head_sha: SHA }
    await octokit.rest.checks.create({ ...base, output: { title: 't', summary: 'x'.repeat(65_535) } })
    const error = await octokit.rest.checks
      .create({ ...base, output: { title: 't', summary: 'x'.repeat(65_536) } })
      .catch((e: unknown) => e)
    expect((error as { status: number }).status).toBe(422)
    expect(api.violations.map((v) => v.reason)).toEqual([
      expect.stringMatching(/summary must NOT have more than 65535 characters/),
    ])
  })

  it('rejects an update whose 51 annotations exceed the per-request limit', async () => {
    const { data } = await octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'modelgate/x', head_sha: SHA })
    const error = await octokit.rest.checks
      .update({
        owner: OWNER,
        repo: REPO,
        check_run_id: data.id,
        output: { title: 't', summary: 's', annotations: annotations(51) },
      })
      .catch((e: unknown) => e)
    expect((error as { status: number }).status).toBe(422)
    expect(api.checkRuns[0]?.annotations).toHaveLength(0)
  })

  it('enforces the Checks API rules the schema does not state', async () => {
    const base = { owner: OWNER, repo: REPO, name: 'modelgate/x' }
    const statuses = await Promise.all([
      call(`${repoPath}/check-runs`, { method: 'POST', body: { ...base, head_sha: 'main' } }),
      call(`${repoPath}/check-runs`, { method: 'POST', body: { ...base, head_sha: SHA, status: 'completed' } }),
      call(`${repoPath}/check-runs`, { method: 'POST', body: { ...base, head_sha: SHA, conclusion: 'stale' } }),
      call(`${repoPath}/check-runs`, {
        method: 'POST',
        body: {
          ...base,
          head_sha: SHA,
          output: {
            title: 't',
            summary: 's',
            annotations: [
              {
                path: 'a',
                start_line: 1,
                end_line: 2,
                start_column: 1,
                end_column: 3,
                annotation_level: 'notice',
                message: 'm',
              },
            ],
          },
        },
      }),
    ])
    expect(statuses.map((r) => r.status)).toEqual([422, 422, 422, 422])
    expect(api.violations.map((v) => v.reason).sort()).toEqual([
      'CheckRun.conclusion: You cannot change a check run conclusion to stale, only GitHub can set this',
      'CheckRun.conclusion: conclusion is required when status is completed or completed_at is given',
      'CheckRun.head_sha: No commit found for SHA: main',
      'CheckRun.output.annotations[0]: start_column and end_column are only supported when start_line equals end_line',
    ])
  })

  it('accepts a 65,536-character comment and rejects 65,537 characters', async () => {
    await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: 'y'.repeat(65_536) })
    const error = await octokit.rest.issues
      .createComment({ owner: OWNER, repo: REPO, issue_number: 7, body: 'y'.repeat(65_537) })
      .catch((e: unknown) => e)
    expect((error as { status: number }).status).toBe(422)
    expect(api.violations.map((v) => v.reason)).toEqual([
      'IssueComment.body: body is too long (maximum is 65536 characters)',
    ])
    expect(api.comments).toHaveLength(1)
  })

  it('rejects a deployment status description over 140 characters', async () => {
    const { data } = await octokit.rest.repos.createDeployment({
      owner: OWNER,
      repo: REPO,
      ref: 'main',
      required_contexts: [],
    })
    const id = (data as { id: number }).id
    await octokit.rest.repos.createDeploymentStatus({
      owner: OWNER,
      repo: REPO,
      deployment_id: id,
      state: 'in_progress',
      description: 'd'.repeat(140),
    })
    const error = await octokit.rest.repos
      .createDeploymentStatus({
        owner: OWNER,
        repo: REPO,
        deployment_id: id,
        state: 'in_progress',
        description: 'd'.repeat(141),
      })
      .catch((e: unknown) => e)
    expect((error as { status: number }).status).toBe(422)
    expect(api.deploymentStatuses).toHaveLength(1)
  })

  it('assertNoViolations lists each rejected request', async () => {
    expect(() => api.assertNoViolations()).not.toThrow()
    await call(`${repoPath}/nope`)
    expect(() => api.assertNoViolations()).toThrow(
      `GET ${repoPath}/nope → 404: no such route in the OpenAPI description`,
    )
  })
})

describe('issue comments', () => {
  it('creates, lists in pages with a Link header, gets, updates and deletes', async () => {
    const created = []
    for (const body of ['one', 'two', 'three'])
      created.push((await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 12, body })).data)
    await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 13, body: 'other PR' })
    const ids = created.map((c) => c.id)
    expect(ids).toEqual([...ids].sort((a, b) => a - b))
    expect(new Set(ids).size).toBe(3)
    expect(created[0]).toMatchObject({
      body: 'one',
      user: { login: 'github-actions[bot]', type: 'Bot' },
      html_url: `https://github.com/${OWNER}/${REPO}/pull/12#issuecomment-${ids[0]}`,
    })
    expect(created[0]?.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)

    const first = await call(`${repoPath}/issues/12/comments?per_page=2`)
    expect(((await first.json()) as { body: string }[]).map((c) => c.body)).toEqual(['one', 'two'])
    expect(first.headers.get('link')).toBe(
      `<${api.url}${repoPath}/issues/12/comments?per_page=2&page=2>; rel="next", <${api.url}${repoPath}/issues/12/comments?per_page=2&page=2>; rel="last"`,
    )
    const second = await call(`${repoPath}/issues/12/comments?per_page=2&page=2`)
    expect(((await second.json()) as { body: string }[]).map((c) => c.body)).toEqual(['three'])
    expect(second.headers.get('link')).toMatch(/rel="prev".*rel="first"/)

    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: OWNER,
      repo: REPO,
      issue_number: 12,
      per_page: 1,
    })
    expect(all.map((c) => c.body)).toEqual(['one', 'two', 'three'])

    const id = ids[1] as number
    expect((await octokit.rest.issues.getComment({ owner: OWNER, repo: REPO, comment_id: id })).data.body).toBe('two')
    expect(
      (await octokit.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: id, body: 'two, edited' })).data
        .body,
    ).toBe('two, edited')
    expect(api.comments.find((c) => c.id === id)?.body).toBe('two, edited')
    expect((await octokit.rest.issues.deleteComment({ owner: OWNER, repo: REPO, comment_id: id })).status).toBe(204)
    const gone = await octokit.rest.issues
      .getComment({ owner: OWNER, repo: REPO, comment_id: id })
      .catch((e: unknown) => e)
    expect((gone as { status: number }).status).toBe(404)
    expect(api.comments.map((c) => c.body)).toEqual(['one', 'three', 'other PR'])
    api.assertNoViolations()
  })
})

describe('check runs', () => {
  it('accumulates annotations over updates, completes, and lists the latest run per name for a ref', async () => {
    const { data: run } = await octokit.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'modelgate/validate-data',
      head_sha: SHA,
      status: 'in_progress',
      output: { title: 'Validating', summary: 'started', annotations: annotations(50) },
    })
    expect(run).toMatchObject({
      status: 'in_progress',
      conclusion: null,
      completed_at: null,
      output: { annotations_count: 50 },
      app: { slug: 'github-actions' },
    })
    expect(run.pull_requests.map((p) => p.number)).toEqual([1])
    const { data: done } = await octokit.rest.checks.update({
      owner: OWNER,
      repo: REPO,
      check_run_id: run.id,
      conclusion: 'failure',
      output: { title: 'Failed', summary: '3 columns drifted', annotations: annotations(30, 51) },
    })
    expect(done).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: 'Failed', summary: '3 columns drifted', annotations_count: 80 },
    })
    expect(done.completed_at).not.toBeNull()
    expect(api.checkRuns[0]?.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1))
    expect(api.checkRuns[0]?.updates).toBe(1)
    expect((await octokit.rest.checks.get({ owner: OWNER, repo: REPO, check_run_id: run.id })).data.conclusion).toBe(
      'failure',
    )

    const { data: rerun } = await octokit.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'modelgate/validate-data',
      head_sha: SHA,
      conclusion: 'success',
      output: { title: 'ok', summary: 'ok' },
    })
    await octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'modelgate/fairness-gate', head_sha: SHA })
    await octokit.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'modelgate/validate-data',
      head_sha: DEFAULT_BRANCH_SHA,
    })

    const latest = (await octokit.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: SHA })).data
    expect(latest.total_count).toBe(2)
    expect(latest.check_runs.map((c) => c.name)).toEqual(['modelgate/fairness-gate', 'modelgate/validate-data'])
    expect(latest.check_runs[1]?.id).toBe(rerun.id)
    const all = (
      await octokit.rest.checks.listForRef({
        owner: OWNER,
        repo: REPO,
        ref: SHA,
        filter: 'all',
        check_name: 'modelgate/validate-data',
      })
    ).data
    expect(all.check_runs.map((c) => c.conclusion)).toEqual(['success', 'failure'])
    const byBranch = (await octokit.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: 'heads/main' })).data
    expect(byBranch.check_runs.map((c) => c.head_sha)).toEqual([DEFAULT_BRANCH_SHA])
    api.assertNoViolations()
  })
})

describe('deployments', () => {
  it('creates, lists newest first, gets, and records statuses with target and log URLs', async () => {
    const { data } = await octokit.rest.repos.createDeployment({
      owner: OWNER,
      repo: REPO,
      ref: 'main',
      environment: 'staging',
      payload: '{"model":"churn","version":"3"}',
      description: 'canary',
      required_contexts: [],
    })
    const first = data as { id: number; sha: string; payload: unknown; production_environment: boolean }
    expect(first).toMatchObject({
      sha: DEFAULT_BRANCH_SHA,
      payload: { model: 'churn', version: '3' },
      production_environment: false,
    })
    const { data: second } = await octokit.rest.repos.createDeployment({
      owner: OWNER,
      repo: REPO,
      ref: SHA,
      payload: { model: 'churn' },
      required_contexts: [],
    })
    expect(second).toMatchObject({ environment: 'production', production_environment: true, sha: SHA, task: 'deploy' })
    const listed = (await octokit.rest.repos.listDeployments({ owner: OWNER, repo: REPO })).data
    expect(listed.map((d) => d.environment)).toEqual(['production', 'staging'])
    expect(
      (await octokit.rest.repos.listDeployments({ owner: OWNER, repo: REPO, environment: 'staging' })).data.map(
        (d) => d.id,
      ),
    ).toEqual([first.id])
    expect(
      (await octokit.rest.repos.getDeployment({ owner: OWNER, repo: REPO, deployment_id: first.id })).data.description,
    ).toBe('canary')

    await octokit.rest.repos.createDeploymentStatus({
      owner: OWNER,
      repo: REPO,
      deployment_id: first.id,
      state: 'in_progress',
      log_url: 'https://ci.example/run/1',
    })
    const { data: status } = await octokit.rest.repos.createDeploymentStatus({
      owner: OWNER,
      repo: REPO,
      deployment_id: first.id,
      state: 'success',
      environment_url: 'https://staging.example',
    })
    expect(status).toMatchObject({
      state: 'success',
      environment: 'staging',
      environment_url: 'https://staging.example',
      creator: { login: 'github-actions[bot]' },
    })
    const statuses = (
      await octokit.rest.repos.listDeploymentStatuses({ owner: OWNER, repo: REPO, deployment_id: first.id })
    ).data
    expect(statuses.map((s) => s.state)).toEqual(['success', 'in_progress'])
    expect(statuses[1]).toMatchObject({ log_url: 'https://ci.example/run/1', target_url: 'https://ci.example/run/1' })
    const missing = await octokit.rest.repos
      .getDeployment({ owner: OWNER, repo: REPO, deployment_id: 999 })
      .catch((e: unknown) => e)
    expect((missing as { status: number }).status).toBe(404)
    api.assertNoViolations()
  })

  it('auto_inactive marks prior successful non-production deployments of the environment inactive', async () => {
    const deploy = async (environment: string): Promise<number> =>
      (
        (
          await octokit.rest.repos.createDeployment({
            owner: OWNER,
            repo: REPO,
            ref: 'main',
            environment,
            required_contexts: [],
          })
        ).data as { id: number }
      ).id
    const succeed = async (id: number, autoInactive?: boolean): Promise<void> => {
      await octokit.rest.repos.createDeploymentStatus({
        owner: OWNER,
        repo: REPO,
        deployment_id: id,
        state: 'success',
        ...(autoInactive === undefined ? {} : { auto_inactive: autoInactive }),
      })
    }
    const a = await deploy('staging')
    await succeed(a)
    const failed = await deploy('staging')
    await octokit.rest.repos.createDeploymentStatus({
      owner: OWNER,
      repo: REPO,
      deployment_id: failed,
      state: 'failure',
    })
    const other = await deploy('qa')
    await succeed(other)
    const prod = await deploy('production')
    await succeed(prod)

    const b = await deploy('staging')
    await succeed(b, false)
    expect(api.deploymentStatuses.filter((s) => s.state === 'inactive')).toEqual([])
    const c = await deploy('staging')
    await succeed(c)
    const prod2 = await deploy('production')
    await succeed(prod2)

    const inactive = api.deploymentStatuses.filter((s) => s.state === 'inactive')
    expect(inactive.map((s) => s.deploymentId)).toEqual([a, b])
    expect(inactive.every((s) => s.automatic)).toBe(true)
    expect(
      (await octokit.rest.repos.listDeploymentStatuses({ owner: OWNER, repo: REPO, deployment_id: a })).data.map(
        (s) => s.state,
      ),
    ).toEqual(['inactive', 'success'])
  })

  it('verifies commit checks first (409) unless required_contexts says otherwise, and rejects unknown refs', async () => {
    await octokit.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'ci/test',
      head_sha: SHA,
      conclusion: 'failure',
      output: { title: 'x', summary: 'x' },
    })
    await octokit.rest.checks.create({
      owner: OWNER,
      repo: REPO,
      name: 'ci/lint',
      head_sha: SHA,
      conclusion: 'success',
      output: { title: 'x', summary: 'x' },
    })
    const conflict = await octokit.rest.repos
      .createDeployment({ owner: OWNER, repo: REPO, ref: SHA })
      .catch((e: unknown) => e)
    expect((conflict as { status: number }).status).toBe(409)
    expect(
      (
        await octokit.rest.repos.createDeployment({
          owner: OWNER,
          repo: REPO,
          ref: SHA,
          required_contexts: ['ci/lint'],
        })
      ).status,
    ).toBe(201)
    const named = await octokit.rest.repos
      .createDeployment({ owner: OWNER, repo: REPO, ref: SHA, required_contexts: ['ci/test'] })
      .catch((e: unknown) => e)
    expect((named as { status: number }).status).toBe(409)
    const unknown = await octokit.rest.repos
      .createDeployment({ owner: OWNER, repo: REPO, ref: 'no-such-branch', required_contexts: [] })
      .catch((e: unknown) => e)
    expect((unknown as { status: number }).status).toBe(422)
    expect(api.violations.map((v) => v.reason)).toEqual(['No ref found for: no-such-branch'])
  })
})

describe('pulls, repositories and workflow dispatch', () => {
  it('serves a pull request with the configured head, 404 for one not configured, and fork heads', async () => {
    await api.close()
    const fork = 'f'.repeat(40)
    api = await startGitHubApiServer({
      pullRequests: [
        { number: 4, headSha: 'a'.repeat(40), headRef: 'retrain' },
        { number: 5, headSha: fork, headRepoFullName: 'someone/models' },
      ],
    })
    octokit = getOctokit('ghs_test', { baseUrl: api.url })
    const { data } = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 4 })
    expect(data).toMatchObject({
      number: 4,
      head: { sha: 'a'.repeat(40), ref: 'retrain' },
      base: { ref: 'main', sha: DEFAULT_BRANCH_SHA, repo: { full_name: `${OWNER}/${REPO}` } },
    })
    const forked = (await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 5 })).data
    expect(forked.head.repo?.full_name).toBe('someone/models')
    expect(forked.head.repo?.fork).toBe(true)
    const missing = await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 6 }).catch((e: unknown) => e)
    expect((missing as { status: number }).status).toBe(404)
    const run = (await octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'x', head_sha: fork })).data
    expect(run.pull_requests).toEqual([])
  })

  it('serves the repository and records workflow dispatches (204)', async () => {
    const { data } = await octokit.rest.repos.get({ owner: OWNER, repo: REPO })
    expect(data).toMatchObject({ full_name: `${OWNER}/${REPO}`, default_branch: 'main', permissions: { push: true } })
    const response = await octokit.rest.actions.createWorkflowDispatch({
      owner: OWNER,
      repo: REPO,
      workflow_id: 'promote.yml',
      ref: 'main',
      inputs: { model: 'churn' },
    })
    expect(response.status).toBe(204)
    expect(api.workflowDispatches).toEqual([
      { owner: OWNER, repo: REPO, workflowId: 'promote.yml', ref: 'main', inputs: { model: 'churn' } },
    ])
    await octokit.rest.actions.createWorkflowDispatch({ owner: OWNER, repo: REPO, workflow_id: 42, ref: 'main' })
    expect(api.workflowDispatches[1]?.workflowId).toBe(42)
    api.assertNoViolations()
  })

  it('dispatch: 404 for a workflow not configured, 422 for an unknown ref, 200 with run details when asked', async () => {
    await api.close()
    api = await startGitHubApiServer({ workflows: ['promote.yml'] })
    octokit = getOctokit('ghs_test', { baseUrl: api.url })
    const missing = await octokit.rest.actions
      .createWorkflowDispatch({ owner: OWNER, repo: REPO, workflow_id: 'deploy.yml', ref: 'main' })
      .catch((e: unknown) => e)
    expect((missing as { status: number }).status).toBe(404)
    const badRef = await octokit.rest.actions
      .createWorkflowDispatch({ owner: OWNER, repo: REPO, workflow_id: 'promote.yml', ref: 'nope' })
      .catch((e: unknown) => e)
    expect((badRef as { status: number }).status).toBe(422)
    const response = await call(`${repoPath}/actions/workflows/promote.yml/dispatches`, {
      method: 'POST',
      body: { ref: 'main', return_run_details: true },
    })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { workflow_run_id: number; html_url: string }
    expect(body.html_url).toBe(`https://github.com/${OWNER}/${REPO}/actions/runs/${body.workflow_run_id}`)
    expect(api.openapi.responseValidator('actions/create-workflow-dispatch')?.(body)).toBe(true)
    expect(api.workflowDispatches).toHaveLength(1)
    expect(api.violations.map((v) => v.reason)).toEqual(['No ref found for: nope'])
  })

  it('answers with bodies that satisfy the OpenAPI response schemas', async () => {
    const comment = (await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'b' }))
      .data
    const run = (
      await octokit.rest.checks.create({
        owner: OWNER,
        repo: REPO,
        name: 'x',
        head_sha: SHA,
        output: { title: 't', summary: 's' },
      })
    ).data
    const deployment = (
      await octokit.rest.repos.createDeployment({ owner: OWNER, repo: REPO, ref: 'main', required_contexts: [] })
    ).data as { id: number }
    // GitHub answers "" for an unset target/log/environment URL although the schema says `format: uri`; set them here.
    const urls = { log_url: 'https://ci.example/run/1', environment_url: 'https://staging.example' }
    const status = (
      await octokit.rest.repos.createDeploymentStatus({
        owner: OWNER,
        repo: REPO,
        deployment_id: deployment.id,
        state: 'success',
        ...urls,
      })
    ).data
    const issue = (
      await octokit.rest.issues.create({
        owner: OWNER,
        repo: REPO,
        title: 'Drift on churn@champion',
        body: 'b',
        labels: ['modelgate'],
      })
    ).data
    const closed = (
      await octokit.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: issue.number, state: 'closed' })
    ).data
    const bodies: Record<string, unknown> = {
      'issues/create': issue,
      'issues/update': closed,
      'issues/get': (await octokit.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: issue.number })).data,
      'issues/list-for-repo': (
        await octokit.rest.issues.listForRepo({ owner: OWNER, repo: REPO, state: 'all', labels: 'modelgate' })
      ).data,
      'issues/create-comment': comment,
      'issues/list-comments': (await octokit.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 1 }))
        .data,
      'checks/create': run,
      'checks/list-for-ref': (await octokit.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: SHA })).data,
      'repos/create-deployment': deployment,
      'repos/list-deployments': (await octokit.rest.repos.listDeployments({ owner: OWNER, repo: REPO })).data,
      'repos/create-deployment-status': status,
      'repos/list-deployment-statuses': (
        await octokit.rest.repos.listDeploymentStatuses({ owner: OWNER, repo: REPO, deployment_id: deployment.id })
      ).data,
      'pulls/get': (await octokit.rest.pulls.get({ owner: OWNER, repo: REPO, pull_number: 1 })).data,
      'repos/get': (await octokit.rest.repos.get({ owner: OWNER, repo: REPO })).data,
    }
    for (const [operationId, body] of Object.entries(bodies)) {
      const validate = api.openapi.responseValidator(operationId)
      expect(validate, operationId).toBeDefined()
      const valid = validate?.(body)
      expect({ operationId, errors: valid === true ? null : validate?.errors }).toEqual({ operationId, errors: null })
    }
  })
})

describe('failure injection, read-only tokens and latency', () => {
  it('failNext answers the injected status for matching requests only, the given number of times', async () => {
    api.failNext({ method: 'post', pathPattern: /\/issues\/\d+\/comments$/, status: 500, times: 2 })
    const statuses = []
    for (let i = 0; i < 3; i += 1)
      statuses.push(
        (await call(`${repoPath}/issues/1/comments`, { method: 'POST', body: { body: `try ${i}` } })).status,
      )
    expect(statuses).toEqual([500, 500, 201])
    expect(api.comments.map((c) => c.body)).toEqual(['try 2'])
    api.failNext({ pathPattern: /check-runs/, status: 403 })
    expect((await call(`${repoPath}/issues/1/comments`)).status).toBe(200)
    const forbidden = await call(`${repoPath}/check-runs`, { method: 'POST', body: { name: 'x', head_sha: SHA } })
    expect(forbidden.status).toBe(403)
    expect(((await forbidden.json()) as { message: string }).message).toBe('Resource not accessible by integration')
    expect(api.requests.map((r) => r.status)).toEqual([500, 500, 201, 200, 403])
    api.assertNoViolations()
  })

  it('failNext can send rate-limit headers and a custom message', async () => {
    api.failNext({
      status: 403,
      message: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-remaining': '0', 'retry-after': '1' },
    })
    const response = await call(repoPath)
    expect(response.status).toBe(403)
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(((await response.json()) as { message: string }).message).toBe(
      'API rate limit exceeded for installation ID 1.',
    )
  })

  it('a read-only token may read but every write answers 403', async () => {
    await api.close()
    api = await startGitHubApiServer({ readOnly: true })
    octokit = getOctokit('ghs_test', { baseUrl: api.url })
    expect((await octokit.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: 1 })).status).toBe(200)
    const writes = [
      octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'x' }),
      octokit.rest.checks.create({ owner: OWNER, repo: REPO, name: 'x', head_sha: SHA }),
      octokit.rest.repos.createDeployment({ owner: OWNER, repo: REPO, ref: 'main' }),
    ]
    for (const write of writes) {
      const error = (await write.catch((e: unknown) => e)) as { status: number; message: string }
      expect(error.status).toBe(403)
      expect(error.message).toMatch(/Resource not accessible by integration/)
    }
    expect(api.comments).toEqual([])
    expect(api.checkRuns).toEqual([])
    api.setReadOnly(false)
    expect(
      (await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 1, body: 'x' })).status,
    ).toBe(201)
  })

  it('setLatency delays responses so that concurrent read-modify-write cycles interleave', async () => {
    const { data } = await octokit.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: 1,
      body: 'sections:',
    })
    api.setLatency(200)
    const started = Date.now()
    // Two writers read, then each writes back what it read plus its own section: the second write loses the first.
    const writer = async (section: string): Promise<void> => {
      const read =
        (await octokit.rest.issues.getComment({ owner: OWNER, repo: REPO, comment_id: data.id })).data.body ?? ''
      await octokit.rest.issues.updateComment({
        owner: OWNER,
        repo: REPO,
        comment_id: data.id,
        body: `${read} ${section}`,
      })
    }
    await Promise.all([writer('A'), writer('B')])
    expect(Date.now() - started).toBeGreaterThanOrEqual(390)
    expect(['sections: A', 'sections: B']).toContain(api.comments[0]?.body)
    api.setLatency(0)
  })
})

describe('GitHub Enterprise Server layout', () => {
  it('serves the API under pathPrefix and rejects requests outside it', async () => {
    await api.close()
    api = await startGitHubApiServer({ pathPrefix: '/api/v3' })
    expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v3$/)
    octokit = getOctokit('ghs_test', { baseUrl: api.url })
    const { data } = await octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: 3, body: 'hi' })
    expect(data.url).toBe(`${api.url}${repoPath}/issues/comments/${data.id}`)
    expect(api.requests[0]).toMatchObject({
      method: 'POST',
      path: `${repoPath}/issues/3/comments`,
      status: 201,
      operationId: 'issues/create-comment',
    })
    expect(api.requests[0]?.headers.authorization).toBe('token ghs_test')
    const outside = await fetch(`${new URL(api.url).origin}${repoPath}`, { headers: { authorization: 'token x' } })
    expect(outside.status).toBe(404)
    expect(api.violations.map((v) => v.reason)).toEqual(['outside the API root /api/v3'])
  })
})

describe('properties', () => {
  it('following rel="next" from the first page yields every comment once, in order', async () => {
    let issue = 100
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 5 }), async (count, perPage) => {
        issue += 1
        for (let i = 0; i < count; i += 1)
          await call(`${repoPath}/issues/${issue}/comments`, { method: 'POST', body: { body: `c${i}` } })
        const seen: string[] = []
        let next: string | undefined = `${repoPath}/issues/${issue}/comments?per_page=${perPage}`
        let pages = 0
        while (next !== undefined && pages < 20) {
          const response = await call(next)
          pages += 1
          seen.push(...((await response.json()) as { body: string }[]).map((c) => c.body))
          const link = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1]
          next = link === undefined ? undefined : link.slice(api.url.length)
        }
        expect(seen).toEqual(Array.from({ length: count }, (_, i) => `c${i}`))
        expect(pages).toBe(Math.max(1, Math.ceil(count / perPage)))
      }),
      { numRuns: 15 },
    )
    api.assertNoViolations()
  })

  it('a check run is accepted exactly when it has at most 50 annotations and a summary of at most 65,535 characters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 65_530, max: 65_540 }),
        async (count, length) => {
          const before = api.violations.length
          const response = await call(`${repoPath}/check-runs`, {
            method: 'POST',
            body: {
              name: 'p',
              head_sha: SHA,
              output: { title: 't', summary: 's'.repeat(length), annotations: annotations(count) },
            },
          })
          const ok = count <= 50 && length <= 65_535
          expect(response.status).toBe(ok ? 201 : 422)
          expect(api.violations.length - before).toBe(ok ? 0 : 1)
        },
      ),
      { numRuns: 20 },
    )
  })

  it('a comment is accepted exactly when its body has at most 65,536 characters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 65_530, max: 65_542 }), async (length) => {
        const response = await call(`${repoPath}/issues/1/comments`, {
          method: 'POST',
          body: { body: 'z'.repeat(length) },
        })
        expect(response.status).toBe(length <= 65_536 ? 201 : 422)
      }),
      { numRuns: 15 },
    )
  })
})
