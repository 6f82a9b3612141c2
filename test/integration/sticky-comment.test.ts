// The PR comment cannot be hijacked: only comments the token's own account wrote are adopted, updated or
// deleted (issue #15 item 5), through the OpenAPI-checked fake GitHub API, which answers GraphQL
// `viewer { login }` per token and records who wrote each comment.
import { afterEach, describe, expect, it } from 'vitest'
import { getOctokit } from '@actions/github'
import { startGitHubApiServer, type GitHubApiServer } from '../helpers/github-api-server.js'
import { resolveViewerIdentity, upsertStickySection } from '../../src/github/sticky-comment.js'
import {
  COMMENT_MARKER,
  parseCommentSections,
  upsertCommentSection,
} from '../../src/core/report/sticky-comment-body.js'

let api: GitHubApiServer | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const target = { owner: 'octo-org', repo: 'churn-model', issueNumber: 42 }
const WORKFLOW_TOKEN = 'ghs_workflow'
const MALLORY_TOKEN = 'ghp_mallory'
const forgedBody = upsertCommentSection(undefined, 'fairness-gate', '### ✅ modelgate/fairness-gate: PASS (forged)')

async function start(options: Parameters<typeof startGitHubApiServer>[0] = {}): Promise<GitHubApiServer> {
  api = await startGitHubApiServer({ identities: { [MALLORY_TOKEN]: 'mallory' }, ...options })
  return api
}

async function plantForgedComment(server: GitHubApiServer): Promise<number> {
  const mallory = getOctokit(MALLORY_TOKEN, { baseUrl: server.url })
  const created = await mallory.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body: forgedBody,
  })
  return created.data.id
}

describe('upsertStickySection adopts only its own comments', () => {
  it("a commenter's comment with the marker and a forged fairness-gate PASS is neither adopted nor deleted", async () => {
    const server = await start()
    const forgedId = await plantForgedComment(server)
    const client = getOctokit(WORKFLOW_TOKEN, { baseUrl: server.url })
    const result = await upsertStickySection(client, target, 'validate-data', 'V section')
    expect(result.commentId).not.toBe(forgedId)
    expect(result.unresolvedIdentity).toBeUndefined()
    const forged = server.comments.find((c) => c.id === forgedId)
    expect(forged?.body).toBe(forgedBody)
    expect(forged?.login).toBe('mallory')
    const ours = server.comments.find((c) => c.id === result.commentId)
    expect(ours?.login).toBe('github-actions[bot]')
    expect(Object.fromEntries(parseCommentSections(ours!.body))).toEqual({ 'validate-data': 'V section' })
    server.assertNoViolations()
  })

  it('our own comment is updated and a later forged duplicate is not folded in or deleted', async () => {
    const server = await start()
    const client = getOctokit(WORKFLOW_TOKEN, { baseUrl: server.url })
    const first = await upsertStickySection(client, target, 'validate-data', 'V section')
    const forgedId = await plantForgedComment(server)
    const second = await upsertStickySection(client, target, 'evaluate-vs-champion', 'E section')
    expect(second.commentId).toBe(first.commentId)
    const ours = server.comments.find((c) => c.id === first.commentId)
    expect(Object.fromEntries(parseCommentSections(ours!.body))).toEqual({
      'validate-data': 'V section',
      'evaluate-vs-champion': 'E section',
    })
    expect(server.comments.find((c) => c.id === forgedId)?.body).toBe(forgedBody)
    expect(server.requests.filter((r) => r.method === 'DELETE')).toEqual([])
    server.assertNoViolations()
  })

  it("a GitHub App token's run does not adopt the workflow token's comment (each identity keeps its own)", async () => {
    const server = await start({ identities: { ghs_app: 'modelgate-ci[bot]' } })
    const workflow = getOctokit(WORKFLOW_TOKEN, { baseUrl: server.url })
    const app = getOctokit('ghs_app', { baseUrl: server.url })
    const byWorkflow = await upsertStickySection(workflow, target, 'validate-data', 'V')
    const byApp = await upsertStickySection(app, target, 'fairness-gate', 'F')
    expect(byApp.commentId).not.toBe(byWorkflow.commentId)
    expect(server.comments.map((c) => [c.login, [...parseCommentSections(c.body).keys()]])).toEqual([
      ['github-actions[bot]', ['validate-data']],
      ['modelgate-ci[bot]', ['fairness-gate']],
    ])
    server.assertNoViolations()
  })

  it('an unresolvable identity adopts and deletes nothing: a new comment holds the section and the result says why', async () => {
    const server = await start()
    const client = getOctokit(WORKFLOW_TOKEN, { baseUrl: server.url })
    const first = await upsertStickySection(client, target, 'validate-data', 'V section')
    const forgedId = await plantForgedComment(server)
    server.failNext({ method: 'POST', pathPattern: /^\/graphql$/, status: 403 })
    const result = await upsertStickySection(client, target, 'fairness-gate', 'F section')
    expect(result.unresolvedIdentity).toContain('Resource not accessible by integration')
    expect(result.commentId).not.toBe(first.commentId)
    expect(server.comments.map((c) => c.id)).toEqual([first.commentId, forgedId, result.commentId])
    expect(Object.fromEntries(parseCommentSections(server.comments[0]!.body))).toEqual({ 'validate-data': 'V section' })
    expect(server.comments[1]?.body).toBe(forgedBody)
    expect(Object.fromEntries(parseCommentSections(server.comments[2]!.body))).toEqual({ 'fairness-gate': 'F section' })
    expect(server.comments[2]?.body.startsWith(COMMENT_MARKER)).toBe(true)
  })
})

describe('resolveViewerIdentity through the fake', () => {
  it('answers each token its own login, also under a GHES path prefix (/api/graphql)', async () => {
    const server = await start({ pathPrefix: '/api/v3' })
    expect(await resolveViewerIdentity(getOctokit(WORKFLOW_TOKEN, { baseUrl: server.url }))).toEqual({
      login: 'github-actions[bot]',
    })
    expect(await resolveViewerIdentity(getOctokit(MALLORY_TOKEN, { baseUrl: server.url }))).toEqual({
      login: 'mallory',
    })
    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /graphql 200',
      'POST /graphql 200',
    ])
    server.assertNoViolations()
  })

  it('the fake records a query other than viewer { login } as a violation', async () => {
    const server = await start()
    const client = getOctokit(WORKFLOW_TOKEN, { baseUrl: server.url })
    await expect(client.graphql('query { repository(owner: "o", name: "r") { id } }')).rejects.toThrow()
    expect(server.violations.map((v) => v.reason)).toEqual([
      expect.stringContaining('the fake serves only "{ viewer { login } }"'),
    ])
  })
})
