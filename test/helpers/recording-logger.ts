import type { Logger } from '../../src/core/logger.js'

/** A Logger that keeps lines (every level, in order), the warnings alone, and the values passed to setSecret. */
export function recordingLogger(): Logger & { secrets: string[]; lines: string[]; warnings: string[] } {
  const secrets: string[] = []
  const lines: string[] = []
  const warnings: string[] = []
  return {
    secrets,
    lines,
    warnings,
    debug: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warning: (m) => {
      lines.push(m)
      warnings.push(m)
    },
    error: (m) => lines.push(m),
    startGroup: () => undefined,
    endGroup: () => undefined,
    setSecret: (v) => secrets.push(v),
  }
}
