import { request } from 'node:http'
import { request as requestHttps } from 'node:https'

/** GET with a timeout; resolves with status and body (≤ 8 MiB), rejects on connection errors. */
export function httpGet(url: string, timeoutMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const parsed = new URL(url)
    const send = parsed.protocol === 'https:' ? requestHttps : request
    const req = send(
      parsed,
      { agent: false, timeout: timeoutMs, headers: { accept: 'application/json, text/plain' } },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          body += chunk
          if (body.length > 8 * 1024 * 1024) req.destroy(new Error('response larger than 8 MiB'))
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        res.on('error', reject)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    req.on('error', reject)
    req.end()
  })
}
