import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import type { GateName } from '../../src/core/gate/gate-name.js'
import type { GateReport } from '../../src/core/gate/gate-report.js'
import type { Status } from '../../src/core/gate/status.js'
import { buildModelCard } from '../../src/core/registry/build-model-card.js'
import { aliasNotFound, versionExists } from '../../src/core/registry/messages.js'
import type { ModelRegistry } from '../../src/registry/model-registry.js'
import { NotFoundError, VersionExistsError } from '../../src/registry/registry-errors.js'
import { schemaProblems } from '../../src/io/schema-validator.js'

/** A model directory with two files (one nested) whose content depends on `seed`. */
export async function makeModelDir(seed: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-model-'))
  await writeFile(join(dir, 'model.json'), JSON.stringify({ weights: [1, 2, 3], seed }))
  await mkdir(join(dir, 'extra'))
  await writeFile(join(dir, 'extra', 'vocab.txt'), `a\nb\n${seed}\n`)
  return dir
}

/**
 * The commit the helpers' versions are built from (`draft`'s lineage) and their reports were written at: a report
 * that names no model or predictions digest is bound to a version by its commit (src/core/registry/report-binding.ts).
 * Bundle tests that register with these reports set GITHUB_SHA to it.
 */
export const HELPER_COMMIT = '6dcb09b5b57875f334f61aebed695e2e4193db5e'

/** The smallest valid, consistent gate report of `gate` with `status` (one check of that status), as stored. */
export const storedReport = (gate: GateName, status: Status): GateReport => ({
  schemaVersion: 1,
  gate,
  status,
  title: 't',
  checks: [{ id: `${gate}.check`, status, observed: 1, message: `${gate} ${status}` }],
  figures: [],
  subject: { commit: HELPER_COMMIT },
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1,
})

/** A report file for register-model's `reports` input (in a fresh temporary folder). */
export async function reportFile(gate: GateName, status: Status): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'modelgate-rep-')), `${gate}.json`)
  await writeFile(path, JSON.stringify(storedReport(gate, status)))
  return path
}

/** Report files (newline-separated, for `reports`) of the gates `champion` requires by default, all passing. */
export async function championReports(): Promise<string> {
  return `${await reportFile('validate-data', 'pass')}\n${await reportFile('evaluate-vs-champion', 'pass')}`
}

export const draft = (name: string, status: 'pass' | 'fail' = 'pass') =>
  buildModelCard({
    name,
    files: [],
    metrics: { auc: 0.81 },
    reports: [storedReport('validate-data', 'pass'), storedReport('evaluate-vs-champion', status)],
    lineage: { repository: 'acme/churn', commit: HELPER_COMMIT, dataHashes: { train: 'f'.repeat(64) } },
    createdBy: 'tester',
    createdAt: new Date('2026-01-01T00:00:00Z'),
  })

/** The behaviour every backend must have; `open` gives a fresh, empty registry. */
export function registryContract(open: () => Promise<ModelRegistry> | ModelRegistry): void {
  it('assigns versions 1, 2, … and lists them with their cards and file digests', async () => {
    const registry = await open()
    const first = await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
    const second = await registry.register({ name: 'churn', modelDir: await makeModelDir('b'), card: draft('churn') })
    expect([first.version, second.version]).toEqual([1, 2])
    expect(first.digest).toMatch(/^sha256:[0-9a-f]{64}$/)
    const listed = await registry.list('churn')
    expect(listed.map((ref) => ref.version)).toEqual([1, 2])
    expect(listed[0]?.card.files.map((file) => file.path)).toEqual(['extra/vocab.txt', 'model.json'])
    expect(listed[0]?.card.lineage.commit).toBe(HELPER_COMMIT)
    expect(await registry.list('unknown-model')).toEqual([])
    for (const ref of listed) expect(schemaProblems('model-card', ref.card)).toEqual([])
  })

  it('never overwrites a version', async () => {
    const registry = await open()
    await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
    const attempt = registry.register({
      name: 'churn',
      modelDir: await makeModelDir('b'),
      card: draft('churn'),
      version: 1,
    })
    await expect(attempt).rejects.toBeInstanceOf(VersionExistsError)
    await expect(attempt).rejects.toThrow(versionExists('churn', 1))
    const stored = await registry.get('churn', { version: 1 })
    const out = await mkdtemp(join(tmpdir(), 'modelgate-dl-'))
    await registry.download(stored, out)
    expect(JSON.parse(await readFile(join(out, 'model.json'), 'utf8'))).toMatchObject({ seed: 'a' })
  })

  it('moves aliases, records who, why and from where, and resolves them', async () => {
    const registry = await open()
    await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
    await registry.register({ name: 'churn', modelDir: await makeModelDir('b'), card: draft('churn') })
    await expect(registry.get('churn', { alias: 'champion' })).rejects.toThrow(aliasNotFound('churn', 'champion'))
    await registry.setAlias('churn', 'champion', 1, { by: 'alice', at: '2026-01-01T00:00:00.000Z', reason: 'first' })
    const moved = await registry.setAlias('churn', 'champion', 2, {
      by: 'bob',
      at: '2026-02-01T00:00:00.000Z',
      reason: 'better',
      runUrl: 'https://github.com/acme/churn/actions/runs/1',
    })
    expect(moved).toMatchObject({ alias: 'champion', from: 1, to: 2, by: 'bob', reason: 'better' })
    const champion = await registry.get('churn', { alias: 'champion' })
    expect(champion.version).toBe(2)
    expect(champion.aliases).toEqual(['champion'])
    expect(await registry.aliases('churn')).toEqual({ champion: 2 })
    const history = await registry.aliasHistory('churn', 'champion')
    expect(history.map((event) => [event.from, event.to, event.by])).toEqual([
      [undefined, 1, 'alice'],
      [1, 2, 'bob'],
    ])
    await expect(registry.setAlias('churn', 'champion', 9, { by: 'x' })).rejects.toBeInstanceOf(NotFoundError)
  })

  it('gives 8 concurrent registrations 8 distinct versions', async () => {
    const registry = await open()
    const dirs = await Promise.all(Array.from({ length: 8 }, (_, i) => makeModelDir(`c${i}`)))
    const refs = await Promise.all(
      dirs.map((modelDir) => registry.register({ name: 'race', modelDir, card: draft('race') })),
    )
    expect(new Set(refs.map((ref) => ref.version)).size).toBe(8)
    const listed = await registry.list('race')
    expect(listed.map((ref) => ref.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    // Every registration is still what it registered: nothing was lost or overwritten.
    const seeds = new Set<string>()
    for (const ref of listed) {
      const out = await mkdtemp(join(tmpdir(), 'modelgate-dl-'))
      await registry.download(ref, out)
      seeds.add((JSON.parse(await readFile(join(out, 'model.json'), 'utf8')) as { seed: string }).seed)
    }
    expect(seeds.size).toBe(8)
  })
}
