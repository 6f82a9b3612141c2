// One notifier for every gate (issue #19): validate-data through the runner harness (the bundle as a child
// process, inputs filled with their action.yml defaults) raises one alert issue on a failing run, updates it on the
// next, closes it on a healthy one, and posts the Slack payload to a local receiver; a dead webhook is a warning.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot as root } from '../helpers/fixture-path.js'
import { startGitHubApiServer } from '../helpers/github-api-server.js'
import { runBundle } from '../helpers/run-bundle.js'
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js'

const DATA = 'fixtures/datasets/validate-data'

describe('alerts from a gate through the bundle', () => {
  let api: Awaited<ReturnType<typeof startGitHubApiServer>>
  let receiver: WebhookReceiver
  beforeAll(async () => {
    api = await startGitHubApiServer()
    receiver = await startWebhookReceiver()
  })
  afterAll(async () => {
    await api?.close()
    await receiver?.close()
  })

  const run = (data: string, extra: Record<string, string> = {}) =>
    runBundle('validate-data', {
      inputs: {
        'github-token': 'ghs_test',
        data: `${DATA}/${data}`,
        contract: 'fixtures/contracts/churn.yml',
        'alert-subject': 'churn@champion',
        'alert-webhook': receiver.url,
        'alert-webhook-format': 'slack',
        'fail-on': 'never',
        ...extra,
      },
      event: 'push',
      cwd: root,
      api,
    })

  it('fail opens one issue, fail again updates it, pass closes it; every alert reaches the webhook', async () => {
    const first = await run('current-violations.csv')
    expect(first.outputs.verdict).toBe('fail')
    expect(api.issues).toHaveLength(1)
    expect(api.issues[0]).toMatchObject({
      state: 'open',
      labels: ['modelgate-alert'],
      title: 'modelgate: gate alert on churn@champion',
    })
    expect(api.issues[0]?.body).toContain('contract.age.max')
    await run('current-violations.csv')
    expect(api.issues).toHaveLength(1)
    expect(api.issues[0]?.body.match(/\| alert \|/g)).toHaveLength(2)
    const healthy = await run('current-clean.csv')
    expect(healthy.outputs.verdict).toBe('pass')
    expect(api.issues[0]).toMatchObject({ state: 'closed', stateReason: 'completed' })
    expect(api.comments.at(-1)?.body).toMatch(/^✅ Resolved at /)
    // Two alerts and the resolution of the open issue; the webhook URL (a credential) appears in no log.
    expect(receiver.bodies).toHaveLength(3)
    expect(JSON.stringify(receiver.bodies[0])).toContain('Alert: churn@champion')
    expect(JSON.stringify(receiver.bodies[2])).toContain('Resolved: churn@champion')
    // `::add-mask::` lines are how the runner learns what to mask: the only place the URL may appear.
    const logged = `${first.stdout}${first.stderr}`.replace(/^::add-mask::.*$/gm, '')
    expect(logged).not.toContain('webhook-secret-part')
    expect(api.violations).toEqual([])
  })

  it('a webhook that cannot be reached is a warning; the verdict and the report stand', async () => {
    const result = await run('current-violations.csv', {
      'alert-webhook': 'http://127.0.0.1:9/hooks/dead',
      'alert-issue': 'false',
    })
    expect(result.outputs.verdict).toBe('fail')
    expect(result.stdout).toMatch(/::warning::The alert was not fully delivered: slack webhook \(127\.0\.0\.1:9\)/)
    expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('/hooks/dead')
  })

  it('a malformed alert-subject is a configuration error naming the input', async () => {
    const result = await run('current-clean.csv', { 'alert-subject': '@champion' })
    expect(result.outputs.verdict).toBe('fail')
    expect(result.report?.status).toBe('error')
    expect(result.stdout).toContain(
      'alert-subject "@champion" names no model (input "alert-subject"). write model@alias, e.g. churn@champion',
    )
  })
})
