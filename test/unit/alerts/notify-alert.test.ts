import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Alert } from '../../../src/core/alerts/alert.js'
import { alertIssueMarker } from '../../../src/core/alerts/alert-issue.js'
import { createGitHubClient } from '../../../src/github/client.js'
import { notifyAlert } from '../../../src/github/notify-alert.js'
import { postWebhook } from '../../../src/io/alerts/post-webhook.js'
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js'
import { startHostileServer } from '../../helpers/hostile-http-server.js'
import { startWebhookReceiver as startReceiver } from '../../helpers/webhook-receiver.js'
import { recordingLogger } from '../../helpers/recording-logger.js'

const target = { owner: 'acme', repo: 'churn' }
const labels = ['modelgate-alert']
const drift = (overrides: Partial<Alert> = {}): Alert => ({
  subject: { model: 'churn', alias: 'champion' },
  source: 'monitoring',
  firing: true,
  headline: 'Input drift in 2 of 9 columns',
  details: ['tenure: PSI 0.31'],
  at: '2026-12-01T06:00:00Z',
  ...overrides,
})

describe('notifyAlert: one GitHub issue per model and alias', () => {
  let api: GitHubApiServer
  beforeEach(async () => {
    api = await startGitHubApiServer()
  })
  afterEach(async () => {
    await api.close()
  })

  it('opens one issue on the first alert, updates it on the second, closes it with a comment when healthy', async () => {
    const logger = recordingLogger()
    const client = createGitHubClient('test-token', api.url, logger)
    const channels = { issue: { client, target, labels }, webhooks: [] }
    const first = await notifyAlert(drift(), channels, logger)
    expect(first.issue).toMatchObject({ ok: true, action: 'create', issue: 101 })
    const second = await notifyAlert(drift({ at: '2026-12-02T06:00:00Z' }), channels, logger)
    expect(second.issue).toMatchObject({ ok: true, action: 'update', issue: 101 })
    expect(api.issues).toHaveLength(1)
    expect(api.issues[0]?.body).toContain('| 2026-12-02T06:00:00Z | alert |')
    const healthy = await notifyAlert(
      drift({ firing: false, headline: 'No drift', at: '2026-12-03T06:00:00Z' }),
      channels,
      logger,
    )
    expect(healthy.issue).toMatchObject({ ok: true, action: 'close', issue: 101 })
    expect(api.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed', labels })
    expect(api.comments.map((c) => c.body)).toEqual([
      expect.stringMatching(/^✅ Resolved at 2026-12-03T06:00:00Z: No drift/),
    ])
    // The next alert is a new episode: a new issue, not the closed one reopened.
    const again = await notifyAlert(drift({ at: '2026-12-04T06:00:00Z' }), channels, logger)
    expect(again.issue).toMatchObject({ ok: true, action: 'create', issue: 102 })
    expect(logger.warnings).toEqual([])
    expect(api.violations).toEqual([])
  })

  it('an issue another user planted with the marker is neither adopted nor closed', async () => {
    const logger = recordingLogger()
    api.issues.push({
      id: 1,
      owner: 'acme',
      repo: 'churn',
      number: 50,
      title: 'looks like an alert',
      body: alertIssueMarker({ model: 'churn', alias: 'champion' }),
      labels,
      state: 'open',
      stateReason: null,
      login: 'mallory',
      createdAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-01T00:00:00Z',
      closedAt: null,
    })
    const client = createGitHubClient('test-token', api.url, logger)
    const result = await notifyAlert(
      drift({ firing: false }),
      { issue: { client, target, labels }, webhooks: [] },
      logger,
    )
    expect(result.issue).toMatchObject({ ok: true, action: 'none' })
    expect(api.issues.find((i) => i.number === 50)?.state).toBe('open')
    expect(api.violations).toEqual([])
  })

  it('a GitHub failure is a warning, not a thrown error', async () => {
    const logger = recordingLogger()
    api.failNext({ method: 'post', pathPattern: /\/issues$/, status: 403, times: 10 })
    const client = createGitHubClient('test-token', api.url, logger)
    const result = await notifyAlert(drift(), { issue: { client, target, labels }, webhooks: [] }, logger)
    expect(result.issue?.ok).toBe(false)
    expect(logger.warnings).toEqual([
      expect.stringMatching(/^The alert was not fully delivered: alert issue: the alert issue could not be written/),
    ])
  })
})

describe('postWebhook and the webhook channels', () => {
  const closers: (() => Promise<void>)[] = []
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()))
  })

  it('posts the Slack, Teams and JSON payloads to their receivers', async () => {
    const receivers = await Promise.all([1, 2, 3].map(() => startReceiver((_q, r) => r.writeHead(200).end('ok'))))
    closers.push(...receivers.map((r) => r.close))
    const [slack, teams, json] = receivers
    if (slack === undefined || teams === undefined || json === undefined) throw new Error('receivers')
    const logger = recordingLogger()
    const result = await notifyAlert(
      drift(),
      {
        webhooks: [
          { format: 'slack', url: slack.url },
          { format: 'teams', url: teams.url },
          { format: 'json', url: json.url },
        ],
      },
      logger,
    )
    expect(result.warnings).toEqual([])
    const slackBody = slack.bodies[0] as { text?: unknown; blocks?: unknown }
    expect(typeof slackBody.text).toBe('string')
    expect(Array.isArray(slackBody.blocks)).toBe(true)
    expect(teams.bodies[0]).toMatchObject({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
    })
    expect(json.bodies[0]).toMatchObject({ state: 'firing', model: 'churn', alias: 'champion' })
  })

  it('retries a 500 and a 429, then succeeds; a 400 is not retried', async () => {
    const flaky = await startReceiver((_q, r, n) =>
      n === 1
        ? r.writeHead(500).end()
        : n === 2
          ? r.writeHead(429, { 'retry-after': '0' }).end()
          : r.writeHead(200).end('ok'),
    )
    const wrong = await startReceiver((_q, r) => r.writeHead(400).end('invalid_payload'))
    closers.push(flaky.close, wrong.close)
    expect(await postWebhook(flaky.url, {}, { backoffMs: 10 })).toEqual({ ok: true, status: 200, attempts: 3 })
    const refused = await postWebhook(wrong.url, {}, { backoffMs: 10 })
    expect(refused).toMatchObject({ ok: false, attempts: 1 })
    if (!refused.ok) expect(refused.reason).toMatch(/^127\.0\.0\.1:\d+ answered 400: invalid_payload$/)
    expect(wrong.bodies).toHaveLength(1)
  })

  it('a receiver that never answers, or drips its answer, is cut off at the total deadline', async () => {
    const silent = await startHostileServer('never-answer')
    const dripping = await startHostileServer('drip')
    closers.push(silent.close, dripping.close)
    for (const receiver of [silent, dripping]) {
      const started = Date.now()
      const result = await postWebhook(receiver.url, {}, { totalTimeoutMs: 400, backoffMs: 10 })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.reason).toMatch(/^no answer from 127\.0\.0\.1:\d+ within the time limit$/)
      // Bounded, with slack for a loaded machine: far below what an unbounded wait would be.
      expect(Date.now() - started).toBeLessThan(5_000)
    }
  })

  it('a failed webhook is a warning that never shows the URL’s secret path', async () => {
    const closed = await startReceiver((_q, r) => r.writeHead(404).end('no_service'))
    closers.push(closed.close)
    const logger = recordingLogger()
    const result = await notifyAlert(drift(), { webhooks: [{ format: 'slack', url: closed.url }] }, logger)
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^slack webhook \(127\.0\.0\.1:\d+\): 127\.0\.0\.1:\d+ answered 404: no_service after 1 attempt\(s\)$/,
      ),
    ])
    expect(logger.lines.join('\n')).not.toContain('webhook-secret-part')
  })

  it('a healthy run posts nothing to webhooks unless it resolved an open alert issue', async () => {
    const receiver = await startReceiver((_q, r) => r.writeHead(200).end('ok'))
    closers.push(receiver.close)
    await notifyAlert(
      drift({ firing: false }),
      { webhooks: [{ format: 'json', url: receiver.url }] },
      recordingLogger(),
    )
    expect(receiver.bodies).toEqual([])
  })
})
