import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const DOCKER_REGISTRY = '/usr/bin/docker-registry'

export interface OciRegistryServer {
  /** `http://127.0.0.1:PORT` */
  readonly url: string
  /** `127.0.0.1:PORT`, for `oci://` URLs. */
  readonly host: string
  /** The filesystem storage root (blobs under docker/registry/v2/blobs/sha256/…), for tamper tests. */
  readonly storage: string
  readonly logs: () => string
  close(): Promise<void>
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts Debian's docker-registry (distribution v2) on 127.0.0.1 with a temporary config and storage.
 * `htpasswd` (a line `user:bcrypt-hash`) turns on basic auth. Waits until /v2/ answers (at most 10 s).
 */
export async function startOciRegistry(options: { htpasswd?: string } = {}): Promise<OciRegistryServer> {
  const dir = await mkdtemp(join(tmpdir(), 'modelgate-oci-'))
  const storage = join(dir, 'storage')
  let lastError: unknown
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await freePort()
    const auth =
      options.htpasswd === undefined
        ? ''
        : `auth:\n  htpasswd:\n    realm: modelgate-test\n    path: ${join(dir, 'htpasswd')}\n`
    if (options.htpasswd !== undefined) await writeFile(join(dir, 'htpasswd'), `${options.htpasswd}\n`)
    const config = `version: 0.1\nlog:\n  level: warn\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${storage}\n  delete:\n    enabled: true\n  maintenance:\n    uploadpurging:\n      enabled: false\nhttp:\n  addr: 127.0.0.1:${port}\n${auth}`
    await writeFile(join(dir, 'config.yml'), config)
    let output = ''
    const child: ChildProcess = spawn(DOCKER_REGISTRY, ['serve', join(dir, 'config.yml')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
    })
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const url = `http://127.0.0.1:${port}`
    const deadline = Date.now() + 10_000
    let up = false
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        const response = await fetch(`${url}/v2/`)
        if (response.status === 200 || response.status === 401) {
          up = true
          break
        }
      } catch (error) {
        lastError = error
      }
      await new Promise((done) => setTimeout(done, 50))
    }
    if (up) {
      return {
        url,
        host: `127.0.0.1:${port}`,
        storage,
        logs: () => output,
        async close() {
          if (child.exitCode === null) {
            const exited = new Promise((done) => child.once('exit', done))
            child.kill('SIGTERM')
            await exited
          }
          await rm(dir, { recursive: true, force: true })
        },
      }
    }
    if (child.exitCode === null) child.kill('SIGKILL')
    lastError = new Error(`docker-registry did not start on port ${port}: ${output.slice(-2000)}`)
  }
  await rm(dir, { recursive: true, force: true })
  throw lastError instanceof Error ? lastError : new Error('docker-registry did not start')
}
