import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  forceNeedsReason,
  insecureRegistry,
  invalidModelName,
  promotionRefused,
  protectedAlias,
  unknownRegistryScheme,
} from '../../../src/core/registry/messages.js'
import { main } from '../../../src/register-model/main.js'
import { startOciRegistry, type OciRegistryServer } from '../../helpers/oci-registry.js'
import { requireTool } from '../../helpers/require-tool.js'

const dockerRegistry = requireTool('docker-registry')
import { startMlflowServer, type MlflowServer } from '../../helpers/mlflow-server.js'
import { mainContext } from './main-context.js'
import { schemaProblems } from '../../../src/io/schema-validator.js'
import { makeModelDir } from './registry-contract.js'

async function reportFile(gate: string, status: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'modelgate-rep-')), `${gate}.json`)
  await writeFile(
    path,
    JSON.stringify({
      schemaVersion: 1,
      gate,
      status,
      title: 't',
      checks: [],
      figures: [],
      subject: {},
      startedAt: '2026-01-01T00:00:00.000Z',
      durationMs: 1,
    }),
  )
  return path
}

/** register → list → promote → refused promote → forced promote → rollback → history, through main(). */
function flow(registryUrl: () => string): void {
  it('registers, lists, promotes, refuses failing versions, forces with a reason, rolls back and answers history', async () => {
    const registry = registryUrl()
    const base = { registry, 'model-name': 'churn' }
    const r1 = await main(
      await mainContext({
        ...base,
        mode: 'register',
        'model-path': await makeModelDir('one'),
        reports: await reportFile('evaluate-vs-champion', 'pass'),
        metrics: 'fixtures/registry/metrics.json',
        lineage: 'fixtures/registry/lineage.json',
      }),
    )
    expect(r1.outputs).toMatchObject({ version: '1' })
    const card = JSON.parse(await readFile(r1.outputs?.['model-card-path'] ?? '', 'utf8')) as Record<string, unknown>
    expect(card).toMatchObject({
      name: 'churn',
      version: 1,
      metrics: { auc: 0.842, accuracy: 0.91, 'by_segment.new_customers.auc': 0.8 },
    })
    expect(card.lineage).toMatchObject({ commit: '6dcb09b5b57875f334f61aebed695e2e4193db5e', params: { max_depth: 6 } })
    expect(schemaProblems('model-card', card)).toEqual([])
    const withEvaluation = await main(
      await mainContext({
        ...base,
        'model-name': 'churn-eval',
        mode: 'register',
        'model-path': await makeModelDir('e'),
        predictions: 'extra/vocab.txt',
        'evaluation-data': 'fixtures/registry/metrics.json',
      }),
    )
    const evaluated = JSON.parse(await readFile(withEvaluation.outputs?.['model-card-path'] ?? '', 'utf8')) as {
      evaluation: { dataSha256: string; predictionsFile: string }
    }
    expect(evaluated.evaluation.predictionsFile).toBe('extra/vocab.txt')
    expect(evaluated.evaluation.dataSha256).toMatch(/^[0-9a-f]{64}$/)
    const r2 = await main(
      await mainContext({
        ...base,
        mode: 'register',
        'model-path': await makeModelDir('two'),
        reports: `${await reportFile('validate-data', 'pass')}\n${await reportFile('fairness-gate', 'fail')}`,
      }),
    )
    expect(r2.outputs).toMatchObject({ version: '2' })

    const listed = await main(await mainContext({ ...base, mode: 'list' }))
    expect(listed.report.checks[0]).toMatchObject({ id: 'list.count', observed: 2 })

    const p1 = await main(
      await mainContext(
        { ...base, mode: 'promote', version: '1', reason: 'first' },
        { now: new Date('2026-03-01T00:00:00Z') },
      ),
    )
    expect(p1.report.status).toBe('pass')
    expect(p1.outputs).toMatchObject({ version: '1' })

    const refused = await main(await mainContext({ ...base, mode: 'promote', version: '2' }))
    expect(refused.report.status).toBe('fail')
    expect(refused.report.title).toBe(promotionRefused('churn', 2, ['fairness-gate: fail']))
    await expect(main(await mainContext({ ...base, mode: 'promote', version: '2', force: 'true' }))).rejects.toThrow(
      forceNeedsReason(),
    )

    const forced = await main(
      await mainContext(
        { ...base, mode: 'promote', version: '2', force: 'true', reason: 'hotfix approved by risk' },
        { now: new Date('2026-04-01T00:00:00Z') },
      ),
    )
    expect(forced.report.status).toBe('warn')
    expect(forced.outputs).toMatchObject({ version: '2', 'previous-version': '1' })

    const rolled = await main(
      await mainContext({ ...base, mode: 'rollback' }, { now: new Date('2026-05-01T00:00:00Z') }),
    )
    expect(rolled.outputs).toMatchObject({ version: '1', 'previous-version': '2' })

    // A bare date is the end of that day: the move at 2026-04-01T00:00Z counts, and at 00:00 it already had.
    expect((await main(await mainContext({ ...base, mode: 'history', at: '2026-03-31' }))).outputs).toMatchObject({
      version: '1',
    })
    expect((await main(await mainContext({ ...base, mode: 'history', at: '2026-04-01' }))).outputs).toMatchObject({
      version: '2',
    })
    expect((await main(await mainContext({ ...base, mode: 'history', at: '2026-02-28' }))).outputs).toEqual({})
    const history = await main(await mainContext({ ...base, mode: 'history', at: '2026-04-15' }))
    expect(history.outputs).toMatchObject({ version: '2' })
    const table = history.report.figures[0]
    expect(table?.kind === 'table' ? table.rows.map((row) => [row[1], row[2], row[5]]) : []).toEqual([
      [null, 1, false],
      [1, 2, true],
      [2, 1, false],
    ])
    const got = await main(
      await mainContext({
        ...base,
        mode: 'get',
        alias: 'champion',
        'model-path': await mkdtemp(join(tmpdir(), 'modelgate-get-')),
      }),
    )
    expect(got.outputs).toMatchObject({ version: '1' })
  }, 60_000)
}

describe('register-model main: bad input', () => {
  it('names the input and the file for unreadable or invalid JSON', async () => {
    const registry = `file:${await mkdtemp(join(tmpdir(), 'modelgate-reg-'))}`
    const bad = join(await mkdtemp(join(tmpdir(), 'modelgate-bad-')), 'metrics.json')
    await writeFile(bad, '{ nope')
    const attempt = main(
      await mainContext({
        registry,
        'model-name': 'churn',
        mode: 'register',
        'model-path': await makeModelDir('a'),
        metrics: bad,
      }),
    )
    await expect(attempt).rejects.toThrow(`${bad} is not valid JSON`)
    await expect(
      main(
        await mainContext({ registry, 'model-name': 'churn', mode: 'register', 'model-path': '/nonexistent/model' }),
      ),
    ).rejects.toThrow('model path /nonexistent/model does not exist')
    await expect(main(await mainContext({ registry: 'ftp://x', 'model-name': 'churn', mode: 'list' }))).rejects.toThrow(
      unknownRegistryScheme('ftp://x'),
    )
    await expect(
      main(await mainContext({ registry: 'mlflow+http://example.com', 'model-name': 'churn', mode: 'list' })),
    ).rejects.toThrow(insecureRegistry('mlflow+http://example.com'))
    await expect(main(await mainContext({ registry, 'model-name': 'Churn!', mode: 'list' }))).rejects.toThrow(
      invalidModelName('Churn!'),
    )
    await expect(
      main(
        await mainContext({
          registry,
          'model-name': 'churn',
          mode: 'register',
          'model-path': await makeModelDir('a'),
          predictions: 'model.json',
        }),
      ),
    ).rejects.toThrow('evaluation-data and predictions go together')
    await expect(
      main(
        await mainContext({
          registry,
          'model-name': 'churn',
          mode: 'register',
          'model-path': await makeModelDir('a'),
          predictions: 'nope.csv',
          'evaluation-data': 'fixtures/registry/metrics.json',
        }),
      ),
    ).rejects.toThrow('predictions file nope.csv is not inside model-path')
  })
})

describe('register-model main on the file backend', () => {
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'modelgate-reg-'))
  })
  flow(() => `file:${root}`)

  it('refuses to move a protected alias outside its environment', async () => {
    const policy = { 'register-model': { protected_aliases: { champion: { environment: 'production' } } } }
    const registry = `file:${await mkdtemp(join(tmpdir(), 'modelgate-reg-'))}`
    await main(
      await mainContext({
        registry,
        'model-name': 'churn',
        mode: 'register',
        'model-path': await makeModelDir('a'),
        reports: await reportFile('evaluate-vs-champion', 'pass'),
      }),
    )
    await expect(
      main(
        await mainContext(
          { registry, 'model-name': 'churn', mode: 'promote', version: '1' },
          { policy, env: { GITHUB_ENVIRONMENT: 'staging' } },
        ),
      ),
    ).rejects.toThrow(protectedAlias('champion', 'production', 'staging'))
    await expect(
      main(await mainContext({ registry, 'model-name': 'churn', mode: 'promote', version: '1' }, { policy })),
    ).rejects.toThrow(protectedAlias('champion', 'production', undefined))
    const ok = await main(
      await mainContext(
        { registry, 'model-name': 'churn', mode: 'promote', version: '1' },
        { policy, env: { MODELGATE_ENVIRONMENT: 'production' } },
      ),
    )
    expect(ok.report.status).toBe('pass')
  })
})

describe.skipIf(!dockerRegistry.available)('register-model main on the oci backend (docker-registry)', () => {
  let server: OciRegistryServer
  beforeAll(async () => {
    server = await startOciRegistry()
  })
  afterAll(async () => {
    await server.close()
  })
  flow(() => `oci://${server.host}/team`)
})

describe('register-model main on the mlflow backend (contract server)', () => {
  let server: MlflowServer
  beforeAll(async () => {
    server = await startMlflowServer()
  })
  afterAll(async () => {
    await server.close()
  })
  flow(() => `mlflow+${server.url}`)
})
