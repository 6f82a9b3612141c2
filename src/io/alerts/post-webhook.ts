import { errorMessage } from '../../core/error-message.js'

export interface WebhookPostOptions {
  /** Total time for every attempt and wait together, in milliseconds. Default 20 s. */
  readonly totalTimeoutMs?: number
  /** Attempts at most (the first included). Default 3. */
  readonly attempts?: number
  /** Milliseconds before the second attempt; doubled after each. Default 1 s. */
  readonly backoffMs?: number
  readonly fetch?: typeof fetch
}

export type WebhookPostResult =
  | { readonly ok: true; readonly status: number; readonly attempts: number }
  | { readonly ok: false; readonly reason: string; readonly attempts: number }

/**
 * The host a webhook message may name. The rest of a webhook URL is the credential (Slack's and Teams' URLs
 * carry their secret in the path), so messages never show it.
 */
export function webhookHost(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return 'an invalid URL'
  }
}

/** Statuses worth another attempt: rate limits and the server's own failures. */
function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500
}

type Attempt =
  | { readonly kind: 'ok'; readonly status: number }
  | { readonly kind: 'stop'; readonly reason: string }
  | { readonly kind: 'retry'; readonly reason: string; readonly waitMs?: number }

/** One POST under `remainingMs`, classified: done, not worth retrying, or worth another attempt. */
async function attemptPost(url: string, body: string, remainingMs: number, fetchImpl: typeof fetch): Promise<Attempt> {
  const host = webhookHost(url)
  try {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'modelgate' },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(remainingMs),
    })
    // The whole body is read under the same deadline, so a dripping server cannot hold the step.
    const text = (await response.text()).trim()
    if (response.ok) return { kind: 'ok', status: response.status }
    const reason = `${host} answered ${response.status}${text !== '' ? `: ${text.slice(0, 120)}` : ''}`
    if (!retryable(response.status)) return { kind: 'stop', reason }
    const retryAfter = Number(response.headers.get('retry-after'))
    return Number.isFinite(retryAfter) && retryAfter > 0
      ? { kind: 'retry', reason, waitMs: retryAfter * 1_000 }
      : { kind: 'retry', reason }
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
      return { kind: 'stop', reason: `no answer from ${host} within the time limit` }
    // Never the URL itself: its path is the credential.
    return { kind: 'retry', reason: `${host} could not be reached: ${errorMessage(error).split(url).join(host)}` }
  }
}

/**
 * POST `payload` as JSON to a webhook, with a total deadline over all attempts (a server that never answers, or
 * answers a byte at a time, is cut off at the deadline), bounded retries on network errors, 408, 429 and 5xx
 * (a 429's `Retry-After` is honoured when it fits the deadline), and no retry on other 4xx (a wrong URL or payload
 * does not get better). Never throws: a notification that fails is a warning for the caller, never a lost verdict.
 */
export async function postWebhook(
  url: string,
  payload: unknown,
  options: WebhookPostOptions = {},
): Promise<WebhookPostResult> {
  const fetchImpl = options.fetch ?? fetch
  const attempts = Math.max(1, options.attempts ?? 3)
  const deadline = Date.now() + (options.totalTimeoutMs ?? 20_000)
  const body = JSON.stringify(payload)
  let backoff = options.backoffMs ?? 1_000
  let reason = `no answer from ${webhookHost(url)} within the time limit`
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const remaining = deadline - Date.now()
    if (remaining <= 0) return { ok: false, reason, attempts: attempt - 1 }
    const result = await attemptPost(url, body, remaining, fetchImpl)
    if (result.kind === 'ok') return { ok: true, status: result.status, attempts: attempt }
    reason = result.reason
    const wait = result.kind === 'retry' ? (result.waitMs ?? backoff) : Infinity
    if (attempt === attempts || Date.now() + wait >= deadline) return { ok: false, reason, attempts: attempt }
    await new Promise((resolve) => setTimeout(resolve, wait))
    backoff *= 2
  }
  return { ok: false, reason, attempts }
}
