import type { Logger } from '../../src/core/logger.js'

/** A Logger that keeps lines and the values passed to setSecret. */
export function recordingLogger(): Logger & { secrets: string[]; lines: string[] } {
  const secrets: string[] = []
  const lines: string[] = []
  return {
    secrets,
    lines,
    debug: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    error: (m) => lines.push(m),
    startGroup: () => undefined,
    endGroup: () => undefined,
    setSecret: (v) => secrets.push(v),
  }
}
