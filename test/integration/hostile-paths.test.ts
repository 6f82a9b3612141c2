// Issue #15 items 1, 8 and 12 through the real bundles: input paths are contained (a /proc symlink never leaks the
// environment, a FIFO never blocks), `--output` naming a directory and an unknown flag are clear user errors.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/fixture-path.js'
import { startGitHubApiServer } from '../helpers/github-api-server.js'
import { runBundle, runCli } from '../helpers/run-bundle.js'
import { makeTempDir } from '../helpers/tmp-dir.js'

const PLANTED = 'planted-secret-4e1f0c9a7b'
const DATA = join(repoRoot, 'fixtures/datasets/validate-data/current-clean.csv')

/** A workspace of its own (GITHUB_WORKSPACE and the cwd) holding a clean dataset. */
function workspace(): string {
  const ws = makeTempDir('modelgate-hostile-')
  copyFileSync(DATA, join(ws, 'clean.csv'))
  return ws
}

describe('hostile input paths through the validate-data bundle', () => {
  let api: Awaited<ReturnType<typeof startGitHubApiServer>>
  beforeAll(async () => {
    api = await startGitHubApiServer()
  })
  afterAll(async () => api?.close())

  it('data symlinked to /proc/self/environ is refused, and the environment is never quoted anywhere', async () => {
    const ws = workspace()
    symlinkSync('/proc/self/environ', join(ws, 'env.csv'))
    const before = api.requests.length
    const result = await runBundle('validate-data', {
      inputs: { 'github-token': 'ghs_test', data: 'env.csv' },
      event: 'pull_request',
      cwd: ws,
      api,
      env: { JOB_SECRET: PLANTED, MODELGATE_PATH_ROOTS: '' },
    })
    expect(result.exitCode).toBe(1)
    const message = result.report?.checks[0]?.message ?? ''
    expect(message).toMatch(
      /^env\.csv \(→ \/proc\/\d+\/environ\) is inside \/proc, which modelgate never reads or writes \(input "data"\)\. give the path of a regular file inside the workspace$/,
    )
    const published = JSON.stringify(api.requests.slice(before).map((request) => request.body))
    // `::add-mask::` lines register the secret with the runner's log masking (the runner never prints them).
    const log = result.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    for (const text of [published, result.summary, log, result.stderr, JSON.stringify(result.report)]) {
      expect(text).not.toContain(PLANTED)
      expect(text).not.toContain('INPUT_GITHUB-TOKEN')
      expect(text).not.toContain('this is a bug')
    }
  })

  it('a FIFO as data is refused at once, not blocked on', async () => {
    const ws = workspace()
    execFileSync('mkfifo', [join(ws, 'pipe.csv')])
    const started = performance.now()
    const result = await runBundle('validate-data', {
      inputs: { data: 'pipe.csv', comment: 'false', 'check-run': 'false' },
      cwd: ws,
      timeoutMs: 30_000,
    })
    expect(performance.now() - started).toBeLessThan(30_000)
    expect(result.exitCode).toBe(1)
    expect(result.report?.checks[0]?.message).toBe(
      `pipe.csv (→ ${join(ws, 'pipe.csv')}) is a FIFO (named pipe), not a regular file (input "data"). give the path of a regular file inside the workspace`,
    )
  })

  it('a data file outside the workspace through a symlink is refused, naming MODELGATE_PATH_ROOTS', async () => {
    const ws = workspace()
    const outside = makeTempDir('modelgate-outside-')
    copyFileSync(DATA, join(outside, 'other.csv'))
    symlinkSync(join(outside, 'other.csv'), join(ws, 'link.csv'))
    const result = await runBundle('validate-data', {
      inputs: { data: 'link.csv', comment: 'false', 'check-run': 'false' },
      cwd: ws,
      env: { MODELGATE_PATH_ROOTS: '' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.report?.checks[0]?.message).toMatch(
      /^link\.csv \(→ .*other\.csv\) is outside the folders modelgate reads and writes \(.*\) \(input "data"\)\. move the file into the workspace or RUNNER_TEMP, or list its folder in MODELGATE_PATH_ROOTS \(`:`-separated\)$/,
    )
  })
})

describe('the CLI bundle', () => {
  it('--output naming a directory is a user error naming the input, exit code 1', async () => {
    const ws = workspace()
    mkdirSync(join(ws, 'profiles'))
    const result = await runCli(['validate-data', '--profile', '--data', 'clean.csv', '--output', 'profiles'], {
      cwd: ws,
    })
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain(
      `profiles (→ ${join(ws, 'profiles')}) is a directory, not a regular file (or a path that does not exist yet) (--output)`,
    )
    expect(result.stderr).not.toContain('this is a bug')
  })

  it('--contarct is rejected with a suggestion and exit code 2', async () => {
    const result = await runCli(['validate-data', '--data', DATA, '--contarct', 'fixtures/contracts/churn.yml'])
    expect(result.exitCode).toBe(2)
    expect(result.stderr.split('\n')[0]).toBe(
      'error: unknown option "--contarct" for validate-data; did you mean "--contract"?',
    )
  })
})
