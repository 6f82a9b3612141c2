import { errorMessage } from '../core/error-message.js'
import { ServiceError } from '../core/errors.js'
import { registryDenied, registryFailed, registryUnreachable } from '../core/registry/messages.js'
import type { RegistryOptions } from './model-registry.js'

export interface HttpResponse {
  readonly status: number
  readonly headers: Headers
  /** The whole body; empty when the request asked for `stream`. */
  readonly body: Buffer
  /** The body as a stream, when the request asked for `stream` and the status is < 400. */
  readonly stream?: AsyncIterable<Uint8Array>
}

export interface HttpRequest {
  readonly method: string
  readonly url: string
  readonly headers?: Record<string, string>
  readonly body?: Buffer | string
  /** Statuses the caller handles itself (e.g. 404); anything else ≥ 400 is a ServiceError. */
  readonly accept?: readonly number[]
  /** For the error message: "push blob", "read manifest". */
  readonly what: string
  /** Leave a successful body unread, as `stream` (large blobs). */
  readonly stream?: boolean
}

const RETRIES = 3
const RETRY_STATUS = /^(429|5\d\d)$/

/**
 * fetch with the credential flows registries use: `Basic` (user:token on every request) and the
 * `Bearer` token exchange of the distribution spec (401 + `WWW-Authenticate: Bearer realm=…,service=…,scope=…`
 * → GET realm with basic credentials → `token`/`access_token`, cached per scope). Credentials never
 * appear in error messages; the caller has already masked them.
 */
export class RegistryHttp {
  private readonly bearer = new Map<string, string>()
  /** The Authorization header that last worked (Basic, or the Bearer token of the last scope). */
  private authorization: string | undefined
  private readonly fetchImpl: typeof fetch

  constructor(
    private readonly label: string,
    private readonly options: RegistryOptions,
    /** Send credentials on the first request (MLflow, Databricks) instead of waiting for a challenge. */
    preemptive = false,
  ) {
    this.fetchImpl = options.fetch ?? fetch
    if (preemptive) {
      const token = options.token
      // A bare token is a Bearer token (MLflow auth tokens, Databricks PATs); `user:password` is basic auth.
      if (token !== undefined && token !== '')
        this.authorization = token.includes(':') ? this.basic() : `Bearer ${token}`
    }
  }

  private credentials(): { user: string; password: string } | undefined {
    const token = this.options.token
    if (token === undefined || token === '') return undefined
    const colon = token.indexOf(':')
    // An explicit `user:password` wins over the default user name (the workflow actor).
    if (colon > 0) return { user: token.slice(0, colon), password: token.slice(colon + 1) }
    return { user: this.options.username ?? 'modelgate', password: token }
  }

  private basic(): string | undefined {
    const c = this.credentials()
    return c === undefined ? undefined : `Basic ${Buffer.from(`${c.user}:${c.password}`).toString('base64')}`
  }

  private async send(request: HttpRequest, authorization: string | undefined): Promise<HttpResponse> {
    let response: Response
    try {
      response = await this.fetchImpl(request.url, {
        method: request.method,
        headers: { ...(request.headers ?? {}), ...(authorization === undefined ? {} : { authorization }) },
        ...(request.body === undefined ? {} : { body: request.body }),
        redirect: 'follow',
        ...(this.options.signal === undefined ? {} : { signal: this.options.signal }),
      })
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      throw new ServiceError(
        registryUnreachable(this.label, cause?.code ?? cause?.message ?? errorMessage(error)),
        { input: 'registry' },
        'check the registry URL and that the registry is up',
      )
    }
    if (request.stream === true && response.status < 400 && response.body !== null) {
      return {
        status: response.status,
        headers: response.headers,
        body: Buffer.alloc(0),
        stream: response.body as unknown as AsyncIterable<Uint8Array>,
      }
    }
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
  }

  private async exchange(challenge: string): Promise<string> {
    const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']))
    const realm = params.realm
    if (realm === undefined)
      throw new ServiceError(
        registryDenied(this.label, 401),
        { input: 'registry-token' },
        'the registry sent a Bearer challenge without a realm',
      )
    const url = new URL(realm)
    if (params.service !== undefined) url.searchParams.set('service', params.service)
    if (params.scope !== undefined) url.searchParams.set('scope', params.scope)
    const cached = this.bearer.get(url.toString())
    if (cached !== undefined) return cached
    const basic = this.basic()
    const response = await this.send({ method: 'GET', url: url.toString(), what: 'issue a token' }, basic)
    if (response.status === 401 || response.status === 403) {
      throw new ServiceError(
        registryDenied(this.label, response.status),
        { input: 'registry-token' },
        'check registry-token and its permissions (ghcr.io needs packages: write to push)',
      )
    }
    if (response.status >= 400)
      throw new ServiceError(registryFailed(this.label, 'issue a token', response.status, ''), { input: 'registry' })
    const json = JSON.parse(response.body.toString('utf8')) as { token?: string; access_token?: string }
    const token = json.token ?? json.access_token
    if (token === undefined)
      throw new ServiceError(registryFailed(this.label, 'issue a token', response.status, 'no token in the answer'), {
        input: 'registry',
      })
    this.options.logger.setSecret(token)
    this.bearer.set(url.toString(), token)
    return `Bearer ${token}`
  }

  /**
   * `send`, retried (at most RETRIES times, 100 ms, 300 ms, 900 ms apart) when a GET or HEAD gets 429 or a 5xx:
   * docker-registry answers 500 to a manifest read that races a PUT of the same manifest, and reads are idempotent.
   */
  private async sendRetrying(request: HttpRequest, authorization: string | undefined): Promise<HttpResponse> {
    let response = await this.send(request, authorization)
    const idempotent = request.method === 'GET' || request.method === 'HEAD'
    for (let attempt = 0; idempotent && attempt < RETRIES && RETRY_STATUS.test(String(response.status)); attempt += 1) {
      await new Promise((done) => setTimeout(done, 100 * 3 ** attempt))
      response = await this.send(request, authorization)
    }
    return response
  }

  async request(request: HttpRequest): Promise<HttpResponse> {
    let response = await this.sendRetrying(request, this.authorization)
    if (response.status === 401) {
      const challenge = response.headers.get('www-authenticate') ?? ''
      let authorization: string | undefined
      if (/^bearer/i.test(challenge)) authorization = await this.exchange(challenge)
      else {
        authorization = this.basic()
        if (authorization === undefined) {
          throw new ServiceError(
            registryDenied(this.label, 401),
            { input: 'registry-token' },
            'the registry needs credentials: set registry-token',
          )
        }
      }
      response = await this.sendRetrying(request, authorization)
      if (response.status !== 401 && response.status !== 403) this.authorization = authorization
    }
    if (response.status === 401 || response.status === 403) {
      throw new ServiceError(
        registryDenied(this.label, response.status),
        { input: 'registry-token' },
        'check registry-token and its permissions (ghcr.io: packages: write)',
      )
    }
    if (response.status >= 400 && !(request.accept ?? []).includes(response.status)) {
      throw new ServiceError(
        registryFailed(this.label, request.what, response.status, response.body.toString('utf8').slice(0, 300).trim()),
        { input: 'registry' },
      )
    }
    return response
  }
}
