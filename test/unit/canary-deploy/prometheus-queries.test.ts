// Issue #15 item 12: a malformed `prometheus-queries` value is a ConfigurationError naming the input.
import { describe, expect, it } from 'vitest'
import { parsePrometheusQueries } from '../../../src/canary-deploy/inputs.js'
import { ConfigurationError } from '../../../src/core/errors.js'
import { expectThrow } from '../../helpers/expect-rejection.js'

const hint = 'write {"error-rate": "PromQL with {{target}} and {{interval}}"}'

describe('parsePrometheusQueries', () => {
  it.each(['[1, 2]', '"up"', '42', 'null', '{}'])('%s is not an object of queries', (text) => {
    expect(expectThrow(() => parsePrometheusQueries(text), ConfigurationError).describe()).toBe(
      `input "prometheus-queries" is not a JSON object of metric name → PromQL query (input "prometheus-queries"). ${hint}`,
    )
  })
  it('a query that is not a string names its metric', () => {
    expect(expectThrow(() => parsePrometheusQueries('{"error-rate": 1}'), ConfigurationError).describe()).toBe(
      `input "prometheus-queries": the query of "error-rate" is not a non-empty string (input "prometheus-queries"). ${hint}`,
    )
  })
  it('text that is not JSON', () => {
    expect(expectThrow(() => parsePrometheusQueries('{error-rate: up'), ConfigurationError).message).toBe(
      'input "prometheus-queries" is not JSON',
    )
  })
  it('a valid object is returned as is', () => {
    expect(parsePrometheusQueries('{"error-rate": "up"}')).toEqual({ 'error-rate': 'up' })
  })
})
