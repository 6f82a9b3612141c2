import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/core/errors.js'
import { registryDenied } from '../../../src/core/registry/messages.js'
import { openRegistry } from '../../../src/registry/open-registry.js'
import { DigestMismatchError } from '../../../src/registry/registry-errors.js'
import { startMlflowServer, type MlflowServer } from '../../helpers/mlflow-server.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { draft, makeModelDir, registryContract } from '../../helpers/registry-contract.js'

describe('mlflow registry against the REST contract server', () => {
  const servers: MlflowServer[] = []
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
  })
  const fresh = async () => {
    const server = await startMlflowServer()
    servers.push(server)
    return openRegistry(`mlflow+${server.url}`, { logger: recordingLogger() })
  }
  registryContract(fresh)

  it('fails loudly when a stored artifact was altered (tamper test)', async () => {
    const server = await startMlflowServer()
    servers.push(server)
    const registry = openRegistry(`mlflow+${server.url}`, { logger: recordingLogger() })
    const ref = await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
    const key = [...server.artifacts.keys()].find((k) => k.endsWith('/files/model.json'))
    expect(key).toBeDefined()
    server.artifacts.set(key!, Buffer.from(server.artifacts.get(key!)!.toString().replace('"a"', '"b"')))
    await expect(registry.download(ref, await mkdtemp(join(tmpdir(), 'modelgate-dl-')))).rejects.toBeInstanceOf(
      DigestMismatchError,
    )
  })

  describe('with a token', () => {
    let server: MlflowServer
    beforeAll(async () => {
      server = await startMlflowServer({ token: 'right-token' })
    })
    afterAll(async () => {
      await server.close()
    })
    it('sends the token as a Bearer token and masks it', async () => {
      const logger = recordingLogger()
      // A user name (the workflow actor) must not turn a bare token into basic auth.
      const registry = openRegistry(`mlflow+${server.url}`, { logger, token: 'right-token', username: 'alice' })
      expect(
        (await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })).version,
      ).toBe(1)
      expect(logger.secrets).toContain('right-token')
    })
    it('refuses a wrong token with a clear ServiceError', async () => {
      const registry = openRegistry(`mlflow+${server.url}`, { logger: recordingLogger(), token: 'wrong' })
      const attempt = registry.list('churn')
      await expect(attempt).rejects.toBeInstanceOf(ServiceError)
      await expect(attempt).rejects.toThrow(registryDenied(`mlflow+${server.url}`, 401))
    })
  })
})
