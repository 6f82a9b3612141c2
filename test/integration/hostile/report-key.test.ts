// Issue #15 item 5: the same gate used twice in one PR (two matrix legs) keeps two PR comment sections and two
// check runs, one per `report-key`; a run without a key keeps the plain names.
import { getOctokit } from '@actions/github'
import { afterEach, describe, expect, it } from 'vitest'
import { makeGateReport } from '../../../src/core/gate/gate-report.js'
import { COMMENT_MARKER, parseCommentSections } from '../../../src/core/report/sticky-comment-body.js'
import { publishReport } from '../../../src/github/publish-report.js'
import { readGitHubContext } from '../../../src/github/event-context.js'
import { startGitHubApiServer, type GitHubApiServer } from '../../helpers/github-api-server.js'
import { recordingLogger } from '../../helpers/recording-logger.js'

let api: GitHubApiServer | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

const report = (title: string): ReturnType<typeof makeGateReport> =>
  makeGateReport({
    gate: 'fairness-gate',
    title,
    checks: [{ id: 'parity', status: 'pass', observed: 0.01, message: title }],
    figures: [],
    subject: {},
    startedAt: new Date('2026-01-01T00:00:00Z'),
    finishedAt: new Date('2026-01-01T00:00:01Z'),
  })

async function publish(server: GitHubApiServer, title: string, reportKey: string | undefined): Promise<void> {
  const github = {
    ...readGitHubContext({ GITHUB_REPOSITORY: 'octo-org/churn-model', GITHUB_API_URL: server.url }),
    sha: 'a'.repeat(40),
    pullRequestNumber: 42,
  }
  await publishReport(
    report(title),
    { comment: true, checkRun: true, failOn: 'fail', ...(reportKey === undefined ? {} : { reportKey }) },
    {
      client: getOctokit('ghs_legs', { baseUrl: server.url }),
      github,
      env: {},
      logger: recordingLogger(),
      now: () => new Date('2026-01-01T00:00:02Z'),
    },
  )
}

describe('report-key', () => {
  it('two matrix legs of one gate in one PR keep two sections and two check runs', async () => {
    api = await startGitHubApiServer()
    await publish(api, 'leg zero', 'gate-0')
    await publish(api, 'leg one', 'gate-1')
    await publish(api, 'leg zero again', 'gate-0')
    const marked = api.comments.filter((comment) => comment.body.includes(COMMENT_MARKER))
    expect(marked).toHaveLength(1)
    const sections = parseCommentSections(marked[0]!.body)
    expect([...sections.keys()]).toEqual(['fairness-gate:gate-0', 'fairness-gate:gate-1'])
    expect(sections.get('fairness-gate:gate-0')).toContain('### ✅ modelgate/fairness-gate (gate-0): leg zero again')
    expect(sections.get('fairness-gate:gate-1')).toContain('### ✅ modelgate/fairness-gate (gate-1): leg one')
    expect(api.checkRuns.map((run) => run.name)).toEqual([
      'modelgate/fairness-gate (gate-0)',
      'modelgate/fairness-gate (gate-1)',
      'modelgate/fairness-gate (gate-0)',
    ])
    api.assertNoViolations()
  })

  it('without a key the section and the check run keep the plain gate name', async () => {
    api = await startGitHubApiServer()
    await publish(api, 'single', undefined)
    expect([...parseCommentSections(api.comments[0]!.body).keys()]).toEqual(['fairness-gate'])
    expect(api.checkRuns.map((run) => run.name)).toEqual(['modelgate/fairness-gate'])
  })
})
