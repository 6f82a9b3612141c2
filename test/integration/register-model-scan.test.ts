import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { governanceMessages } from '../../src/core/governance/messages.js'
import { sha256File } from '../../src/io/hash-file.js'
import { main } from '../../src/register-model/main.js'
import { createRegistry } from '../../src/registry/create-registry.js'
import { fakeContext, runInProcess } from '../helpers/fake-context.js'
import { recordingLogger } from '../helpers/recording-logger.js'
import { runBundle } from '../helpers/run-bundle.js'
import { expectRejection } from '../helpers/expect-rejection.js'
import { schemaProblems } from '../../src/io/schema-validator.js'
import { ConfigurationError, DataError, inSurface } from '../../src/core/errors.js'

const scan = (name: string): string => fileURLToPath(new URL(`../../fixtures/scans/${name}`, import.meta.url))

async function model(): Promise<{ dir: string; registry: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'mg-scan-model-'))
  await writeFile(join(dir, 'model.bin'), 'weights')
  return { dir, registry: `file:${join(await mkdtemp(join(tmpdir(), 'mg-scan-reg-')), 'registry')}` }
}

const register = async (scans: string[], policy: Record<string, unknown> = {}) => {
  const { dir, registry } = await model()
  const inputs = { 'model-name': 'churn', 'model-path': dir, registry, 'scan-results': scans.join('\n') }
  const result = await runInProcess('register-model', main, fakeContext({ inputs, policy }).context)
  return { ...result, registry }
}

describe('register-model scan-results (in-process)', () => {
  it('a clean SARIF and a medium finding register the version (warn), and the card stores counts, scanners and digests', async () => {
    const { report, registry } = await register([scan('trivy-clean.sarif'), scan('bandit-medium.sarif')])
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['register.version', 'pass'],
      ['governance.scan.1', 'pass'],
      ['governance.scan.2', 'warn'],
    ])
    expect(report.status).toBe('warn')
    const ref = await (await createRegistry(registry, { logger: recordingLogger() })).get('churn', { version: 1 })
    expect(ref.card.scans).toEqual([
      {
        file: scan('trivy-clean.sarif'),
        sha256: await sha256File(scan('trivy-clean.sarif')),
        format: 'sarif',
        scanners: ['Trivy 0.58.1'],
        counts: { critical: 0, high: 0, medium: 0, low: 0, none: 0, unknown: 0 },
        accepted: 0,
        status: 'pass',
      },
      {
        file: scan('bandit-medium.sarif'),
        sha256: await sha256File(scan('bandit-medium.sarif')),
        format: 'sarif',
        scanners: ['Bandit'],
        counts: { critical: 0, high: 0, medium: 1, low: 0, none: 0, unknown: 0 },
        accepted: 0,
        status: 'warn',
      },
    ])
    expect(schemaProblems('model-card', ref.card)).toEqual([])
  })
  it('a high osv-scanner finding refuses the registration: a failing check, nothing stored', async () => {
    const { report, outputs, registry } = await register([scan('osv-scanner-high.json')])
    expect(report.status).toBe('fail')
    expect(report.title).toBe(governanceMessages.scanRefused('churn', 1))
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([['governance.scan', 'fail']])
    expect(outputs.version).toBeUndefined()
    const reg = await createRegistry(registry, { logger: recordingLogger() })
    await expect(reg.get('churn', { version: 1 })).rejects.toThrow()
  })
  it('the policy sets the floors and accepts triaged ids: fail_at critical, or the GHSA accepted, registers', async () => {
    const lenient = await register([scan('osv-scanner-high.json')], {
      'register-model': { scan: { fail_at: 'critical' } },
    })
    expect(lenient.report.checks.find((c) => c.id === 'governance.scan')?.status).toBe('warn')
    const accepted = await register([scan('osv-scanner-high.json')], {
      'register-model': { scan: { accepted: ['GHSA-47fc-vmwq-366v'] } },
    })
    expect(accepted.report.checks.find((c) => c.id === 'governance.scan')?.status).toBe('pass')
    expect(accepted.report.status).toBe('pass')
  })
  it('scan.required without scan-results is an error naming the input and the policy key; a non-scan file is a DataError', async () => {
    const required = await expectRejection(
      register([], { 'register-model': { scan: { required: true } } }),
      ConfigurationError,
    )
    expect(required.message).toBe(inSurface(governanceMessages.scanRequired(), 'action'))
    expect(required.location).toEqual({ input: 'scan-results', path: 'register-model.scan.required' })
    const dir = await mkdtemp(join(tmpdir(), 'mg-scan-bad-'))
    await writeFile(join(dir, 'not-a-scan.json'), '{"hello": 1}')
    const bad = await expectRejection(register([join(dir, 'not-a-scan.json')]), DataError)
    expect(bad.message).toBe('not a scan result modelgate reads')
    expect(bad.location).toEqual({ file: join(dir, 'not-a-scan.json') })
  })
})

describe('register-model bundle: scan-results', () => {
  it('the bundle refuses a registration on a high finding and exits non-zero, with the finding in the summary', async () => {
    const { dir, registry } = await model()
    const r = await runBundle('register-model', {
      inputs: { 'model-name': 'churn', 'model-path': dir, registry, 'scan-results': scan('osv-scanner-high.json') },
      timeoutMs: 60_000,
    })
    expect(r.exitCode).not.toBe(0)
    expect(r.report?.checks.map((c) => [c.id, c.status])).toEqual([['governance.scan', 'fail']])
    expect(r.summary).toContain('GHSA-47fc-vmwq-366v')
    expect(await readFile(join(dir, 'model.bin'), 'utf8')).toBe('weights')
  })
})
