// Issue #15 through the bundle (dist/validate-data/index.js as a child process): JSON Lines duplicate keys, ids
// above 2^53, an over-long CSV field, a 200,000-deep JSON line, uniqueness across shards and malformed profiles.
// Each case runs in its own workspace folder, so the paths are the workspace's own.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contractMessages } from '../../src/core/contract/messages.js'
import { dataMessages } from '../../src/core/data/messages.js'
import { startGitHubApiServer } from '../helpers/github-api-server.js'
import { runBundle } from '../helpers/run-bundle.js'

const workspace = mkdtempSync(join(tmpdir(), 'mg-vd-hostile-'))
afterAll(() => rmSync(workspace, { recursive: true, force: true }))
const write = (name: string, text: string): string => {
  writeFileSync(join(workspace, name), text)
  return name
}
const noStack = /\n\s+at .+\.js:\d+/

describe('validate-data bundle: hostile data', () => {
  let api: Awaited<ReturnType<typeof startGitHubApiServer>>
  beforeAll(async () => {
    api = await startGitHubApiServer()
  })
  afterAll(async () => api?.close())
  const run = (inputs: Record<string, string>) =>
    runBundle('validate-data', {
      inputs: { 'github-token': 'ghs_test', ...inputs },
      event: 'pull_request',
      cwd: workspace,
      api,
    })

  it('a JSON Lines key written twice is an error naming the file, line and key (not the last value silently)', async () => {
    const data = write('dup.jsonl', '{"id": 1, "label": 0}\n{"id": 2, "label": 0, "label": 1}\n')
    const result = await run({ data })
    expect(result.exitCode).toBe(1)
    const text = result.stdout + result.stderr
    expect(text).toContain(`${dataMessages.jsonDuplicateKey('label')} (${data}:2)`)
    expect(text).not.toMatch(noStack)
  })

  it('99 distinct ids above 2^53 stay distinct (kept as text): unique passes', async () => {
    const lines = Array.from({ length: 99 }, (_, i) => `{"id": ${9007199254740993n + 2n * BigInt(i)}, "x": ${i}}`)
    const data = write('ids.jsonl', lines.join('\n') + '\n')
    const contract = write('ids.yml', 'columns:\n  id: { type: string, unique: true }\n  x: { type: int }\n')
    const result = await run({ data, contract })
    expect(result.report?.checks.find((c) => c.id === 'contract.id.unique')).toMatchObject({ status: 'pass' })
    expect(result.outputs.verdict).toBe('pass')
  })

  it('a CSV field longer than limits.max_field_bytes is an error naming the file and line', async () => {
    const policy = write('modelgate.yml', 'validate-data:\n  limits:\n    max_field_bytes: 1024\n')
    const data = write('long.csv', `a,b\n1,2\n3,"${'x'.repeat(5000)}"\n`)
    const result = await run({ data, policy })
    expect(result.exitCode).toBe(1)
    const text = result.stdout + result.stderr
    expect(text).toContain(`${dataMessages.fieldTooLong('field', 1024)} (${data}:3)`)
    expect(text).not.toMatch(noStack)
  })

  it('a 200,000-deep JSON line is an error naming the line, not a stack overflow', async () => {
    const depth = 200_000
    const data = write('deep.jsonl', `{"a": 1}\n{"a": ${'['.repeat(depth)}${']'.repeat(depth)}}\n`)
    const result = await run({ data })
    expect(result.exitCode).toBe(1)
    const text = result.stdout + result.stderr
    expect(text).toContain(`${dataMessages.jsonTooDeep(64)} (${data}:2)`)
    expect(text).not.toContain('Maximum call stack')
    expect(text).not.toMatch(noStack)
  })

  it('unique across shards: profile ×2 then merge fails on ids in both shards; a malformed profile is named', async () => {
    const contract = write('shards.yml', 'columns:\n  id: { type: int, unique: true }\n')
    write('s1.csv', `id\n${Array.from({ length: 30 }, (_, i) => i + 1).join('\n')}\n`)
    write('s2.csv', `id\n${Array.from({ length: 30 }, (_, i) => i + 21).join('\n')}\n`)
    for (const s of ['s1', 's2']) {
      const shard = await run({ mode: 'profile', data: `${s}.csv`, contract, output: `${s}.profile.json` })
      expect(shard.outputs.verdict).toBe('pass')
    }
    const merged = await run({ mode: 'merge', data: 's1.profile.json,s2.profile.json', contract })
    expect(merged.outputs.verdict).toBe('fail')
    expect(merged.report?.checks.find((c) => c.id === 'contract.id.unique')).toMatchObject({
      status: 'fail',
      observed: 10,
      message: contractMessages.duplicatesAcrossShards('id', 10, 10, 2),
    })
    const profile = JSON.parse(readFileSync(join(workspace, 's2.profile.json'), 'utf8')) as {
      columns: { rows: number }[]
    }
    ;(profile.columns[0] as { rows: number }).rows = -5
    write('s2.profile.json', JSON.stringify(profile))
    const bad = await run({ mode: 'merge', data: 's1.profile.json,s2.profile.json', contract })
    expect(bad.exitCode).toBe(1)
    expect(bad.stdout + bad.stderr).toContain(
      'profile file is malformed: columns[0].rows must be >= 0 (value: -5) (s2.profile.json, at columns[0].rows)',
    )
  })
})
