import { readdir, readFile, writeFile, mkdtemp } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import bcrypt from 'bcryptjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { registryDenied, registryUnreachable } from '../../../src/core/registry/messages.js'
import { ServiceError } from '../../../src/core/errors.js'
import { OciRegistry } from '../../../src/registry/oci-registry.js'
import { DigestMismatchError } from '../../../src/registry/registry-errors.js'
import { startOciRegistry, type OciRegistryServer } from '../../helpers/oci-registry.js'
import { requireTool } from '../../helpers/require-tool.js'
import { draft, makeModelDir, registryContract } from '../../helpers/registry-contract.js'

const { available } = requireTool('docker-registry')

/** A port that was free a moment ago and has nothing listening now. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  await new Promise((done) => server.close(done))
  return typeof address === 'object' && address !== null ? address.port : 1
}

describe.skipIf(!available)('oci registry against docker-registry', () => {
  let server: OciRegistryServer
  let namespace = 0
  beforeAll(async () => {
    server = await startOciRegistry()
  })
  afterAll(async () => {
    await server.close()
  })

  registryContract(() => new OciRegistry(server.url, `team${++namespace}`, { logger: recordingLogger() }))

  it('stores an OCI artifact manifest with artifactType, the card as config and titled layers', async () => {
    const registry = new OciRegistry(server.url, 'shape', { logger: recordingLogger() })
    const ref = await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
    const response = await fetch(`${server.url}/v2/shape/churn/manifests/v1`, {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    })
    expect(response.headers.get('docker-content-digest')).toBe(ref.digest)
    const manifest = (await response.json()) as {
      artifactType: string
      config: { mediaType: string }
      layers: { annotations: Record<string, string> }[]
    }
    expect(manifest.artifactType).toBe('application/vnd.modelgate.model.v1+json')
    expect(manifest.config.mediaType).toBe('application/vnd.modelgate.model.card.v1+json')
    expect(manifest.layers.map((l) => l.annotations['org.opencontainers.image.title'])).toEqual([
      'extra/vocab.txt',
      'model.json',
    ])
  })

  it('uploads large files in chunks (PATCH with Content-Range) and downloads them intact', async () => {
    const registry = new OciRegistry(server.url, 'chunked', { logger: recordingLogger() }, 1000)
    const dir = await makeModelDir('big')
    const big = Buffer.alloc(4567)
    for (let i = 0; i < big.length; i += 1) big[i] = (i * 31) % 251
    await writeFile(join(dir, 'weights.bin'), big)
    const ref = await registry.register({ name: 'churn', modelDir: dir, card: draft('churn') })
    const out = await mkdtemp(join(tmpdir(), 'modelgate-dl-'))
    await registry.download(ref, out)
    expect(Buffer.compare(await readFile(join(out, 'weights.bin')), big)).toBe(0)
  })

  it('fails loudly when a blob was altered in the registry storage (tamper test)', async () => {
    const registry = new OciRegistry(server.url, 'tamper', { logger: recordingLogger() })
    const ref = await registry.register({ name: 'churn', modelDir: await makeModelDir('tamper'), card: draft('churn') })
    const file = ref.card.files.find((f) => f.path === 'model.json')
    const data = join(server.storage, 'docker/registry/v2/blobs/sha256', file!.sha256.slice(0, 2), file!.sha256, 'data')
    const original = await readFile(data, 'utf8')
    await writeFile(data, original.replace('tamper', 'TAMPER'))
    const out = await mkdtemp(join(tmpdir(), 'modelgate-dl-'))
    await expect(registry.download(ref, out)).rejects.toBeInstanceOf(DigestMismatchError)
    expect((await readdir(out)).filter((entry) => entry.startsWith('model.json'))).toEqual([])
  })

  it('says clearly when the registry is unreachable', async () => {
    const port = await closedPort()
    const registry = new OciRegistry(`http://127.0.0.1:${port}`, 'x', { logger: recordingLogger() })
    const attempt = registry.list('churn')
    await expect(attempt).rejects.toBeInstanceOf(ServiceError)
    await expect(attempt).rejects.toThrow(registryUnreachable(`oci://127.0.0.1:${port}/x`, 'ECONNREFUSED'))
  })
})

describe.skipIf(!available)('oci registry with basic auth (htpasswd)', () => {
  let server: OciRegistryServer
  beforeAll(async () => {
    server = await startOciRegistry({ htpasswd: `ci:${bcrypt.hashSync('s3cret-token', 5)}` })
  })
  afterAll(async () => {
    await server.close()
  })

  it('works with the right token and masks it', async () => {
    const logger = recordingLogger()
    const { openRegistry } = await import('../../../src/registry/open-registry.js')
    const registry = openRegistry(`oci://${server.host}/auth`, { logger, token: 'ci:s3cret-token' })
    const ref = await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
    expect(ref.version).toBe(1)
    expect(logger.secrets).toContain('ci:s3cret-token')
  })

  it('refuses a wrong token with a clear ServiceError', async () => {
    const registry = new OciRegistry(server.url, 'auth', { logger: recordingLogger(), token: 'ci:wrong' })
    const attempt = registry.list('churn')
    await expect(attempt).rejects.toBeInstanceOf(ServiceError)
    await expect(attempt).rejects.toThrow(registryDenied(`oci://${server.host}/auth`, 401))
  })
})
