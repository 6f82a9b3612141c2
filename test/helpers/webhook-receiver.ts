import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface WebhookReceiver {
  /** Its URL, with a path shaped like Slack's (the part of a webhook URL that is the credential). */
  readonly url: string
  /** Every JSON body it was sent, in order. */
  readonly bodies: unknown[]
  readonly close: () => Promise<void>
}

/**
 * A webhook receiver on 127.0.0.1 that keeps every JSON body it is sent and answers from a script (`attempt` counts
 * from 1); by default 200 "ok", as Slack answers.
 */
export async function startWebhookReceiver(
  answer: (request: IncomingMessage, response: ServerResponse, attempt: number) => void = (_request, response) =>
    response.writeHead(200).end('ok'),
): Promise<WebhookReceiver> {
  const bodies: unknown[] = []
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')))
      answer(request, response, bodies.length)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/services/T000/B000/webhook-secret-part`,
    bodies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
