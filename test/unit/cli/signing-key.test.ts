// Issue #18 / brief item 4: the signing key never on the argv (ps, shell history): --signing-key-file or
// MODELGATE_SIGNING_KEY; --signing-key <value> is refused with the way to pass it.
import { generateKeyPairSync } from 'node:crypto'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { repoRoot } from '../../helpers/fixture-path.js'
import { cli } from './cli-test-helpers.js'

afterEach(() => vi.restoreAllMocks())

const pem = (): string => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()

function validate(extra: string[], env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-key-'))
  const report = join(dir, 'r.json')
  const args = ['validate-data', '--data', join(repoRoot, 'examples', 'churn', 'data', 'current.csv')]
  return {
    dir,
    report,
    run: cli([...args, '--report-path', report, '--format', 'json', ...extra], { RUNNER_TEMP: dir, ...env }),
  }
}

describe('the signing key in a terminal', () => {
  it('--signing-key <value> is a usage error (exit 2) naming --signing-key-file and MODELGATE_SIGNING_KEY; nothing ran', async () => {
    const key = pem()
    const { report, run } = validate(['--signing-key', key])
    const { code, stdout, stderr } = await run
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toBe(
      'error: --signing-key takes no value on the command line: the argv shows in `ps` and the shell history (--signing-key). pass --signing-key-file <path> (a file only you can read), or set the MODELGATE_SIGNING_KEY environment variable',
    )
    expect(stdout + stderr).not.toContain(key.split('\n')[1])
    expect(existsSync(report)).toBe(false)
  })

  it('--signing-key-file signs the report (a .dsse.json beside it)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelgate-keyfile-'))
    const file = join(dir, 'key.pem')
    writeFileSync(file, pem(), { mode: 0o600 })
    const { report, run } = validate(['--signing-key-file', file])
    const { code, stderr } = await run
    expect([0, 1], stderr).toContain(code)
    expect(existsSync(report.replace(/\.json$/, '.dsse.json')), stderr).toBe(true)
  })

  it('MODELGATE_SIGNING_KEY signs it too, and its value never reaches stdout or stderr', async () => {
    const key = pem()
    const { report, run } = validate(['--verbose'], { MODELGATE_SIGNING_KEY: key })
    const { stdout, stderr } = await run
    expect(existsSync(report.replace(/\.json$/, '.dsse.json')), stderr).toBe(true)
    for (const line of key.split('\n').filter((l) => l.length > 20)) expect(stdout + stderr).not.toContain(line)
  })

  it('a missing key file is the run’s error report naming the file (exit 1), not a crash', async () => {
    const { run } = validate(['--signing-key-file', '/nonexistent/key.pem'])
    const { code, stdout } = await run
    expect(code).toBe(1)
    expect(stdout).toContain('cannot read the signing key file /nonexistent/key.pem: ENOENT')
  })
})
