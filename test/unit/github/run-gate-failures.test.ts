// Issue #15 item 12: failures a user can fix end as user errors naming the file or input, never "this is a bug".
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { errorOutcome } from '../../../src/core/gate/gate-outcome.js'
import type { GateReport } from '../../../src/core/gate/gate-report.js'
import type { ActionMain } from '../../../src/github/action-context.js'
import { runGate } from '../../../src/github/run-gate.js'
import { createTerminalHost } from '../../../src/cli/terminal-host.js'
import { writeTextFile } from '../../../src/io/paths/index.js'
import { makeTempDir } from '../../helpers/tmp-dir.js'

const passing: ActionMain = () =>
  Promise.resolve({
    outcome: {
      ...errorOutcome('fairness-gate', 'x'),
      checks: [{ id: 'a', status: 'pass', observed: 1, message: 'ok' }],
    },
  })

async function run(main: ActionMain, inputs: Record<string, string>, dir: string) {
  const printed: string[] = []
  const host = createTerminalHost({
    inputs: new Map(Object.entries(inputs)),
    env: { RUNNER_TEMP: dir, GITHUB_WORKSPACE: dir },
    format: 'json',
    verbose: false,
    signal: new AbortController().signal,
    stdout: (text) => void printed.push(text),
  })
  const result = await runGate('fairness-gate', main, host)
  return { ...result, exitCode: host.exitCode() }
}

describe('runGate classifies what the user can fix', () => {
  it('report-path naming a directory is a ConfigurationError naming the input; the report goes to the default path', async () => {
    const dir = makeTempDir()
    mkdirSync(join(dir, 'reports'))
    const run1 = await run(passing, { 'report-path': join(dir, 'reports') }, dir)
    const message = `${join(dir, 'reports')} is a directory, not a regular file (or a path that does not exist yet) (--report-path). give the path of a regular file (or a path that does not exist yet) inside the workspace`
    expect(run1.report.checks[0]?.message).toBe(message)
    expect(run1.report.status).toBe('error')
    expect(run1.exitCode).toBe(1)
    expect(run1.reportPath).toBe(join(dir, 'modelgate', 'fairness-gate-report.json'))
    expect((JSON.parse(readFileSync(run1.reportPath, 'utf8')) as GateReport).checks[0]?.message).toBe(message)
  })

  it('a full disk under main (ENOSPC on /dev/full) is a user error naming the file, not a bug', async () => {
    const dir = makeTempDir()
    const main: ActionMain = () => {
      writeTextFile('/dev/full', 'profile', 'output')
      return passing({} as never)
    }
    const result = await run(main, {}, dir)
    const message =
      'cannot write /dev/full: ENOSPC (no space left on device) (--output, /dev/full). free space on that disk, or point the path at another one'
    expect(result.report.checks[0]?.message).toBe(message)
    expect(JSON.stringify(result.report)).not.toContain('this is a bug')
  })

  it('a raw ENOSPC thrown by a write under main is still classified (no path on a descriptor write)', async () => {
    const dir = makeTempDir()
    const main: ActionMain = () => {
      writeFileSync('/dev/full', 'x')
      return passing({} as never)
    }
    const result = await run(main, {}, dir)
    expect(result.report.checks[0]?.message).toBe(
      'cannot write a file: ENOSPC (no space left on device). free space on that disk, or point the path at another one',
    )
  })

  it('a report that cannot be written fails the run with the report path, instead of a warning and a pass', async () => {
    const dir = makeTempDir()
    writeFileSync(join(dir, 'file'), '')
    const target = join(dir, 'file', 'report.json')
    const result = await run(passing, { 'report-path': target }, dir)
    expect(result.failed).toBe(true)
    expect(result.exitCode).toBe(1)
    expect(existsSync(target)).toBe(false)
  })
})
