import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** How a hostile server treats every request: never answers, or sends headers then drips one byte a second. */
export type HostileBehaviour = 'never-answer' | 'drip'

export interface HostileServer {
  readonly url: string
  /** How many requests arrived (retries are counted). */
  readonly requests: () => number
  readonly close: () => Promise<void>
}

/** A real local HTTP server on 127.0.0.1 that holds every request open (issue #15: total-time timeouts). */
export async function startHostileServer(behaviour: HostileBehaviour): Promise<HostileServer> {
  let count = 0
  const open = new Set<ServerResponse>()
  const timers = new Set<NodeJS.Timeout>()
  const server: Server = createServer((_req, res) => {
    count++
    open.add(res)
    if (behaviour === 'drip') {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{')
      const timer = setInterval(() => res.write(' '), 1000)
      timers.add(timer)
      res.on('close', () => clearInterval(timer))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () =>
      new Promise((resolve) => {
        for (const timer of timers) clearInterval(timer)
        for (const res of open) res.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
