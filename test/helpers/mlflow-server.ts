import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'

/**
 * A local server that follows MLflow's documented REST contract for the Model Registry
 * (https://mlflow.org/docs/latest/rest-api.html: registered-models/create|get, model-versions/create|get|search|set-tag,
 * registered-models/alias POST|GET|DELETE) and the proxied artifact store (mlflow-artifacts/artifacts PUT|GET and
 * list with ?path=). No MLflow server can be installed on this machine, so the mlflow backend is tested against
 * this: request and response shapes, version numbers assigned server side as strings, and error bodies
 * `{ error_code, message }` with RESOURCE_ALREADY_EXISTS (400), RESOURCE_DOES_NOT_EXIST (404),
 * INVALID_PARAMETER_VALUE (400). With `token`, requests without `Authorization: Bearer <token>` get 401.
 */
export interface MlflowServer {
  readonly url: string
  readonly requests: { method: string; path: string }[]
  /** The artifact store, path → bytes, for tamper tests. */
  readonly artifacts: Map<string, Buffer>
  close(): Promise<void>
}

interface Version {
  name: string
  version: string
  source: string
  description?: string
  creation_timestamp: number
  last_updated_timestamp: number
  current_stage: string
  status: string
  tags: { key: string; value: string }[]
}

export async function startMlflowServer(options: { token?: string } = {}): Promise<MlflowServer> {
  const models = new Map<
    string,
    { name: string; creation_timestamp: number; aliases: Map<string, string>; versions: Version[] }
  >()
  const artifacts = new Map<string, Buffer>()
  const requests: { method: string; path: string }[] = []

  const send = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  const error = (res: ServerResponse, status: number, code: string, message: string): void =>
    send(res, status, { error_code: code, message })
  const readBody = async (req: IncomingMessage): Promise<Buffer> => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }
  const aliasesOf = (name: string, version: string): string[] =>
    [...(models.get(name)?.aliases ?? new Map<string, string>()).entries()]
      .filter(([, v]) => v === version)
      .map(([a]) => a)
  const view = (v: Version) => ({ ...v, aliases: aliasesOf(v.name, v.version) })

  interface Call {
    readonly res: ServerResponse
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies are untyped JSON checked field by field below
    readonly json: () => Record<string, any>
    readonly q: (key: string) => string | undefined
    readonly now: number
  }
  type Route = (call: Call) => void
  /** The Model Registry endpoints, by `METHOD path` under /api/2.0/mlflow/. */
  const routes: Record<string, Route> = {
    'POST registered-models/create': ({ res, json, now }) => {
      const name = json().name as string | undefined
      if (name === undefined || name === '')
        return error(res, 400, 'INVALID_PARAMETER_VALUE', "Missing value for required parameter 'name'.")
      if (models.has(name))
        return error(res, 400, 'RESOURCE_ALREADY_EXISTS', `Registered Model (name=${name}) already exists.`)
      models.set(name, { name, creation_timestamp: now, aliases: new Map(), versions: [] })
      return send(res, 200, { registered_model: { name, creation_timestamp: now, last_updated_timestamp: now } })
    },
    'GET registered-models/get': ({ res, q }) => {
      const model = models.get(q('name') ?? '')
      if (model === undefined)
        return error(res, 404, 'RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${q('name')} not found`)
      return send(res, 200, {
        registered_model: {
          name: model.name,
          creation_timestamp: model.creation_timestamp,
          aliases: [...model.aliases.entries()].map(([alias, version]) => ({ alias, version })),
        },
      })
    },
    'POST model-versions/create': ({ res, json, now }) => {
      const input = json()
      const model = models.get(input.name as string)
      if (model === undefined)
        return error(res, 404, 'RESOURCE_DOES_NOT_EXIST', `Registered Model with name=${input.name} not found`)
      if (typeof input.source !== 'string')
        return error(res, 400, 'INVALID_PARAMETER_VALUE', "Missing value for required parameter 'source'.")
      const version: Version = {
        name: model.name,
        version: String(model.versions.length + 1),
        source: input.source,
        ...(typeof input.description === 'string' ? { description: input.description } : {}),
        creation_timestamp: now,
        last_updated_timestamp: now,
        current_stage: 'None',
        status: 'READY',
        tags: Array.isArray(input.tags) ? (input.tags as { key: string; value: string }[]) : [],
      }
      model.versions.push(version)
      return send(res, 200, { model_version: view(version) })
    },
    'GET model-versions/get': ({ res, q }) => {
      const version = models.get(q('name') ?? '')?.versions.find((v) => v.version === q('version'))
      if (version === undefined)
        return error(
          res,
          404,
          'RESOURCE_DOES_NOT_EXIST',
          `Model Version (name=${q('name')}, version=${q('version')}) not found`,
        )
      return send(res, 200, { model_version: view(version) })
    },
    'GET model-versions/search': ({ res, q }) => {
      const filter = /^name\s*=\s*'([^']*)'$/.exec(q('filter') ?? '')
      if (filter === null)
        return error(res, 400, 'INVALID_PARAMETER_VALUE', "this contract server supports filter=name='…' only")
      const all = models.get(filter[1] ?? '')?.versions ?? []
      const max = Number(q('max_results') ?? '200')
      const start = Number(q('page_token') ?? '0')
      const page = all.slice(start, start + max)
      return send(res, 200, {
        model_versions: page.map(view),
        ...(start + max < all.length ? { next_page_token: String(start + max) } : {}),
      })
    },
    'POST model-versions/set-tag': ({ res, json }) => {
      const input = json()
      const version = models.get(input.name as string)?.versions.find((v) => v.version === String(input.version))
      if (version === undefined) return error(res, 404, 'RESOURCE_DOES_NOT_EXIST', 'Model Version not found')
      version.tags = [
        ...version.tags.filter((t) => t.key !== input.key),
        { key: input.key as string, value: input.value as string },
      ]
      return send(res, 200, {})
    },
    'POST registered-models/alias': ({ res, json }) => {
      const input = json()
      const model = models.get(input.name as string)
      if (model === undefined) return error(res, 404, 'RESOURCE_DOES_NOT_EXIST', 'Registered Model not found')
      if (!model.versions.some((v) => v.version === String(input.version)))
        return error(res, 404, 'RESOURCE_DOES_NOT_EXIST', 'Model Version not found')
      model.aliases.set(input.alias as string, String(input.version))
      return send(res, 200, {})
    },
    'DELETE registered-models/alias': ({ res, json }) => {
      const input = json()
      models.get(input.name as string)?.aliases.delete(input.alias as string)
      return send(res, 200, {})
    },
    'GET registered-models/alias': ({ res, q }) => {
      const model = models.get(q('name') ?? '')
      const version = model?.aliases.get(q('alias') ?? '')
      const found = model?.versions.find((v) => v.version === version)
      if (found === undefined)
        return error(res, 404, 'RESOURCE_DOES_NOT_EXIST', `Registered model alias ${q('alias')} not found.`)
      return send(res, 200, { model_version: view(found) })
    },
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x')
      const path = url.pathname
      requests.push({ method: req.method ?? '', path })
      if (options.token !== undefined && req.headers.authorization !== `Bearer ${options.token}`) {
        error(res, 401, 'UNAUTHENTICATED', 'You are not authenticated.')
        return
      }
      const body = await readBody(req)
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- request bodies are untyped JSON checked field by field below
      const json = (): Record<string, any> => {
        try {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
          return JSON.parse(body.toString('utf8') || '{}') as Record<string, any>
        } catch {
          return {}
        }
      }
      const q = (key: string): string | undefined => url.searchParams.get(key) ?? undefined
      const artifactPrefix = '/api/2.0/mlflow-artifacts/artifacts'
      if (path.startsWith(`${artifactPrefix}/`)) {
        const key = decodeURIComponent(path.slice(artifactPrefix.length + 1))
        if (req.method === 'PUT') {
          artifacts.set(key, body)
          send(res, 200, {})
        } else if (req.method === 'GET') {
          const bytes = artifacts.get(key)
          if (bytes === undefined) error(res, 404, 'RESOURCE_DOES_NOT_EXIST', `artifact ${key} not found`)
          else {
            res.writeHead(200, { 'content-type': 'application/octet-stream' })
            res.end(bytes)
          }
        } else error(res, 405, 'ENDPOINT_NOT_FOUND', 'method not allowed')
        return
      }
      if (path === artifactPrefix && req.method === 'GET') {
        const dir = (q('path') ?? '').replace(/\/$/, '')
        const names = new Map<string, { path: string; is_dir: boolean; file_size?: number }>()
        for (const [key, bytes] of artifacts) {
          if (!key.startsWith(`${dir}/`)) continue
          const rest = key.slice(dir.length + 1)
          const head = rest.split('/')[0] ?? rest
          names.set(
            head,
            rest.includes('/') ? { path: head, is_dir: true } : { path: head, is_dir: false, file_size: bytes.length },
          )
        }
        send(res, 200, names.size === 0 ? {} : { files: [...names.values()] })
        return
      }
      const api = path.replace(/^\/api\/2\.0\/mlflow\//, '')
      const route = routes[`${req.method} ${api}`]
      if (route === undefined) return error(res, 404, 'ENDPOINT_NOT_FOUND', `No API endpoint ${req.method} ${path}`)
      return route({ res, json, q, now: Date.now() })
    })().catch((cause: unknown) => error(res, 500, 'INTERNAL_ERROR', String(cause)))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    artifacts,
    close: async () => await new Promise<void>((done) => server.close(() => done())),
  }
}
