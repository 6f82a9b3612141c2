/**
 * Parses a Go/Prometheus-style duration (`500ms`, `30s`, `2m`, `1h`, `1m30s`) into milliseconds.
 * Returns NaN for anything else, so the caller can name the input in its error.
 * @example parseDuration('1m30s') // => 90000
 */
export function parseDuration(text: string): number {
  const trimmed = text.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000
  const unit: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
  const pattern = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy
  let total = 0
  let consumed = 0
  for (const match of trimmed.matchAll(pattern)) {
    total += Number(match[1]) * (unit[match[2] ?? ''] ?? Number.NaN)
    consumed += match[0].length
  }
  return consumed === trimmed.length && consumed > 0 ? total : Number.NaN
}
