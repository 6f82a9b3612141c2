import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ServiceError } from '../../../src/core/errors.js'
import { registryDenied } from '../../../src/core/registry/messages.js'
import { openRegistry } from '../../../src/registry/open-registry.js'
import { startOciRegistry, type OciRegistryServer } from '../../helpers/oci-registry.js'
import { requireTool } from '../../helpers/require-tool.js'
import { recordingLogger } from '../../helpers/recording-logger.js'
import { draft, makeModelDir } from '../../helpers/registry-contract.js'

const { available } = requireTool('docker-registry')

/** The realm: a token for basic credentials `…:right-token`, else 401 DENIED. */
function issueToken(req: IncomingMessage, res: ServerResponse, issued: string[]): void {
  const basic = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString()
  if (!basic.endsWith(':right-token')) {
    res.writeHead(401, { 'content-type': 'application/json' })
    res.end('{"errors":[{"code":"DENIED"}]}')
    return
  }
  const token = `bt-${randomBytes(8).toString('hex')}`
  issued.push(token)
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ token, expires_in: 300 }))
}

/** 401 with the Bearer challenge naming the realm, the service and (for a repository path) the scope. */
function challenge(res: ServerResponse, url: URL, self: string): void {
  const repo = /^\/v2\/(.+)\/(?:manifests|blobs|tags)\//.exec(url.pathname)?.[1]
  res.writeHead(401, {
    'www-authenticate': `Bearer realm="${self}/token",service="test-registry"${repo === undefined ? '' : `,scope="repository:${repo}:pull,push"`}`,
    'content-type': 'application/json',
  })
  res.end('{"errors":[{"code":"UNAUTHORIZED"}]}')
}

/** Forwards an authorised request to the real registry as it is, rewriting redirects back to the front. */
async function proxy(req: IncomingMessage, res: ServerResponse, upstream: string, self: string): Promise<void> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers: Record<string, string> = {}
  for (const [key, value] of Object.entries(req.headers))
    if (typeof value === 'string' && !['host', 'authorization', 'connection', 'content-length'].includes(key))
      headers[key] = value
  const response = await fetch(`${upstream}${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers,
    ...(chunks.length === 0 || req.method === 'GET' || req.method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
    redirect: 'manual',
  })
  const out: Record<string, string> = {}
  response.headers.forEach((value, key) => {
    if (!['content-encoding', 'transfer-encoding', 'connection', 'content-length'].includes(key))
      out[key] = key === 'location' ? value.replace(upstream, self) : value
  })
  const body = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, {
    ...out,
    'content-length': String(req.method === 'HEAD' ? (response.headers.get('content-length') ?? '0') : body.length),
  })
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * The token flow ghcr.io and Docker Hub use (distribution "token authentication"), in front of the real
 * docker-registry: /v2/ answers 401 + `WWW-Authenticate: Bearer realm,service,scope` until the client brings a
 * token from the realm, which wants basic credentials `user:right-token`. Requests are then proxied as they are.
 */
async function startBearerFront(
  upstream: string,
): Promise<{ url: string; host: string; issued: string[]; close: () => Promise<void> }> {
  const issued: string[] = []
  let self = ''
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x')
      if (url.pathname === '/token') return issueToken(req, res, issued)
      const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '')
      if (!issued.includes(bearer)) return challenge(res, url, self)
      await proxy(req, res, upstream, self)
    })().catch((error: unknown) => {
      res.writeHead(502)
      res.end(String(error))
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  self = `http://127.0.0.1:${port}`
  return {
    url: self,
    host: `127.0.0.1:${port}`,
    issued,
    close: async () => await new Promise<void>((done) => server.close(() => done())),
  }
}

describe.skipIf(!available)(
  'oci registry with the Bearer token flow (ghcr.io style) in front of docker-registry',
  () => {
    let registryServer: OciRegistryServer
    let front: Awaited<ReturnType<typeof startBearerFront>>
    beforeAll(async () => {
      registryServer = await startOciRegistry()
      front = await startBearerFront(registryServer.url)
    })
    afterAll(async () => {
      await front.close()
      await registryServer.close()
    })

    it('exchanges the token at the realm, masks both tokens, and registers, promotes and downloads', async () => {
      const logger = recordingLogger()
      const registry = openRegistry(`oci://${front.host}/acme`, { logger, token: 'right-token', username: 'alice' })
      const ref = await registry.register({ name: 'churn', modelDir: await makeModelDir('a'), card: draft('churn') })
      await registry.setAlias('churn', 'champion', ref.version, { by: 'alice' })
      expect((await registry.get('churn', { alias: 'champion' })).version).toBe(1)
      expect(front.issued.length).toBeGreaterThan(0)
      expect(logger.secrets).toContain('right-token')
      for (const token of front.issued) expect(logger.secrets).toContain(token)
    })

    it('refuses a wrong token with a clear ServiceError', async () => {
      const registry = openRegistry(`oci://${front.host}/acme`, {
        logger: recordingLogger(),
        token: 'wrong-token',
        username: 'alice',
      })
      const attempt = registry.list('churn')
      await expect(attempt).rejects.toBeInstanceOf(ServiceError)
      await expect(attempt).rejects.toThrow(registryDenied(`oci://${front.host}/acme`, 401))
    })
  },
)
