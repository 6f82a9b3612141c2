import { request } from 'node:http'
import { request as requestHttps } from 'node:https'
import { redactUrl } from '../core/secrets/redact-url.js'
import { httpTimedOut, httpTooLarge } from './messages.js'

/** The most a metrics answer may hold (Prometheus JSON, an exposition page). */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024

/**
 * GET bounded in total time, not only idle time: the answer, the body included, must be complete within
 * `timeoutMs` (a server that never answers, or drips a byte a second, is cut off at the limit) and hold at most
 * 8 MiB. Resolves with status and body; rejects on connection errors, the time limit and the size limit, with
 * messages that name the URL (credentials and query redacted) and the limit.
 */
export function httpGet(url: string, timeoutMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const parsed = new URL(url)
    const send = parsed.protocol === 'https:' ? requestHttps : request
    const chunks: Buffer[] = []
    let size = 0
    const req = send(parsed, { agent: false, headers: { accept: 'application/json, text/plain' } }, (res) => {
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > MAX_RESPONSE_BYTES) req.destroy(new Error(httpTooLarge(redactUrl(url), MAX_RESPONSE_BYTES)))
        else chunks.push(chunk)
      })
      res.on('end', () => {
        clearTimeout(timer)
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') })
      })
      res.on('error', reject)
    })
    const timer = setTimeout(() => req.destroy(new Error(httpTimedOut(redactUrl(url), timeoutMs))), timeoutMs)
    req.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    req.on('close', () => clearTimeout(timer))
    req.end()
  })
}
