/**
 * The documented log-line metric format: `modelgate:metric name=value [name=value …]`, anywhere in a line
 * (after a timestamp or logger prefix). Names are letters, digits, `_`, `.`, `-`, `/`; values are decimal numbers
 * (NaN and infinities are ignored). Returns [] for a line without the marker.
 *
 * @example parseMetricLine('epoch 3 modelgate:metric accuracy=0.91 loss=0.23') // => [['accuracy', 0.91], ['loss', 0.23]]
 */
export function parseMetricLine(line: string): [string, number][] {
  const at = line.indexOf('modelgate:metric ')
  if (at < 0) return []
  const out: [string, number][] = []
  for (const match of line
    .slice(at + 'modelgate:metric '.length)
    .matchAll(/([A-Za-z_][A-Za-z0-9_./-]*)=([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(?=\s|$)/g)) {
    const value = Number(match[2])
    if (Number.isFinite(value)) out.push([match[1] as string, value])
  }
  return out
}

/**
 * Checks a parsed metrics file: a JSON object whose values are finite numbers (nested objects and other types are
 * reported, not dropped silently). Returns the numbers and the keys that were not numbers.
 * @example readMetricsObject({ accuracy: 0.9, note: 'x' }) // => { metrics: { accuracy: 0.9 }, ignored: ['note'] }
 */
export function readMetricsObject(value: unknown): { metrics: Record<string, number>; ignored: string[] } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null
  const metrics: Record<string, number> = {}
  const ignored: string[] = []
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'number' && Number.isFinite(v)) metrics[key] = v
    else ignored.push(key)
  }
  return { metrics, ignored }
}
