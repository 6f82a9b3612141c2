import { performance } from 'node:perf_hooks'
import { ServiceError } from '../core/errors.js'
import { latencyMessages as m } from './latency-messages.js'

/**
 * POSTs one JSON row to a model endpoint and resolves the milliseconds until its whole response body was read.
 * The request has a total time limit (connection, headers and body together).
 * @throws ServiceError for a non-2xx status, a network error or the time limit
 */
export async function timePost(
  url: string,
  json: string,
  limits: { timeoutMs: number; signal: AbortSignal },
  which: string,
  input: string,
  n: number,
): Promise<number> {
  const started = performance.now()
  let response: Response
  try {
    response = await postJsonRow(url, json, limits)
    await response.arrayBuffer()
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    if (timedOut) throw new ServiceError(m.requestTimedOut(which, input, n, limits.timeoutMs), { input }, m.fixSlow)
    const why = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)
    throw new ServiceError(m.httpFailed(which, input, n, why), { input }, m.fixHttp)
  }
  const elapsed = performance.now() - started
  if (!response.ok) throw new ServiceError(m.httpStatus(which, input, n, response.status), { input }, m.fixHttp)
  return elapsed
}

/** POSTs one JSON row (`content-type: application/json`) within a total time limit, also ended by `signal`. */
export function postJsonRow(
  url: string,
  json: string,
  limits: { timeoutMs: number; signal: AbortSignal },
): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: json,
    signal: AbortSignal.any([limits.signal, AbortSignal.timeout(limits.timeoutMs)]),
  })
}
