import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseExposition } from '../../../../src/core/canary/parse-exposition.js'
import { histogramQuantile } from '../../../../src/core/canary/histogram-quantile.js'
import { DEFAULT_SCRAPE_NAMES, intervalMetrics } from '../../../../src/core/canary/interval-metrics.js'
import { parseDuration } from '../../../../src/core/canary/parse-duration.js'
import { resolveCanaryPolicy } from '../../../../src/core/canary/resolve-canary-policy.js'
import { invalidSteps } from '../../../../src/core/canary/messages.js'

const text = `# HELP model_requests_total Requests.
# TYPE model_requests_total counter
model_requests_total{code="200",path="/predict"} 90
model_requests_total{code="500",path="/predict"} 10 1700000000000
model_request_duration_seconds_bucket{le="0.05"} 50
model_request_duration_seconds_bucket{le="0.1"} 90
model_request_duration_seconds_bucket{le="+Inf"} 100
model_request_duration_seconds_sum 6.5
model_request_duration_seconds_count 100
weird{a="x\\"y\\\\z\\n", b="2"} NaN
`

describe('parseExposition', () => {
  it('reads samples, labels with escapes, timestamps, NaN', () => {
    const samples = parseExposition(text)
    expect(samples).toHaveLength(8)
    expect(samples[1]).toEqual({ name: 'model_requests_total', labels: { code: '500', path: '/predict' }, value: 10 })
    expect(samples[7]?.labels).toEqual({ a: 'x"y\\z\n', b: '2' })
    expect(samples[7]?.value).toBeNaN()
  })
  it('names the line of a malformed sample', () => {
    expect(() => parseExposition('ok 1\nbad{x=1} 2\n', 'svc')).toThrow('line 2 of svc is not a Prometheus sample')
    expect(() => parseExposition('x abc\n')).toThrow('"abc" is not a number')
  })
  it('property: rendered samples parse back', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.stringMatching(/^[a-z_][a-z0-9_]{0,10}$/),
            v: fc.string({ maxLength: 8 }),
            value: fc.integer(),
          }),
          { maxLength: 10 },
        ),
        (rows) => {
          const body = rows
            .map(
              (r) =>
                `${r.name}{l="${r.v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"} ${r.value}`,
            )
            .join('\n')
          expect(parseExposition(body)).toEqual(rows.map((r) => ({ name: r.name, labels: { l: r.v }, value: r.value })))
        },
      ),
    )
  })
})

describe('histogramQuantile (Prometheus bucketQuantile semantics)', () => {
  it('interpolates inside the bucket', () => {
    // rank 95 of 100 falls in (0.1, +Inf] → highest finite bound
    expect(
      histogramQuantile(0.95, [
        { le: 0.05, count: 50 },
        { le: 0.1, count: 90 },
        { le: Infinity, count: 100 },
      ]),
    ).toBe(0.1)
    // rank 70: bucket (0.05, 0.1], 20 of 40 → 0.075
    expect(
      histogramQuantile(0.7, [
        { le: 0.05, count: 50 },
        { le: 0.1, count: 90 },
        { le: Infinity, count: 100 },
      ]),
    ).toBeCloseTo(0.075, 12)
    expect(
      histogramQuantile(0.5, [
        { le: 1, count: 0 },
        { le: Infinity, count: 0 },
      ]),
    ).toBeNaN()
  })
})

describe('intervalMetrics', () => {
  it('differences counters and buckets between two scrapes', () => {
    const before = parseExposition(
      'model_requests_total{code="200"} 10\nmodel_requests_total{code="500"} 0\nmodel_request_duration_seconds_bucket{le="0.1"} 10\nmodel_request_duration_seconds_bucket{le="+Inf"} 10\n',
    )
    const after = parseExposition(text)
    const m = intervalMetrics(before, after, DEFAULT_SCRAPE_NAMES)
    expect(m.requests).toBe(90)
    expect(m['error-rate']).toBeCloseTo(10 / 90, 12)
    // buckets Δ: le0.05→50, le0.1→80, +Inf→90; rank 85.5 → (0.1,+Inf] → 0.1 s
    expect(m['latency-p95-ms']).toBeCloseTo(100, 9)
  })
  it('no requests → null metrics, never zero', () => {
    const m = intervalMetrics(parseExposition(text), parseExposition(text), DEFAULT_SCRAPE_NAMES)
    expect(m).toEqual({ requests: 0, 'error-rate': null, 'latency-p95-ms': null })
  })
})

describe('policy', () => {
  it('parses durations', () => {
    expect(parseDuration('1m30s')).toBe(90_000)
    expect(parseDuration('500ms')).toBe(500)
    expect(parseDuration('2')).toBe(2000)
    expect(parseDuration('3x')).toBeNaN()
  })
  it('inputs override the policy section; thresholds become checks', () => {
    const plan = resolveCanaryPolicy(
      { steps: [5, 100], interval: '1m', checks: [{ metric: 'latency-p95-ms', max_relative: 0.1 }] },
      { interval: '2s', maxErrorRate: 0.02 },
    )
    expect(plan).toMatchObject({ steps: [5, 100], intervalMs: 2000, failureLimit: 0 })
    expect(plan.checks).toEqual([
      { metric: 'latency-p95-ms', condition: { kind: 'max-relative', tolerance: 0.1 } },
      { metric: 'error-rate', condition: { kind: 'max', value: 0.02 } },
    ])
  })
  it('rejects bad steps with the message', () => {
    expect(() => resolveCanaryPolicy({}, { steps: '50,10' })).toThrow(invalidSteps('50,10'))
    expect(() => resolveCanaryPolicy({}, { steps: '100' })).toThrow('no weight below 100')
  })
})
