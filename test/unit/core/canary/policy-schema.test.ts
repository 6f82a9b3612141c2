import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import schema from '../../../../schemas/policy/canary-deploy.schema.json' with { type: 'json' }
import { Inputs } from '../../../../src/canary-deploy/inputs.js'

describe('canary-deploy policy schema and action.yml', () => {
  const validate = new Ajv({ strict: false }).compile(schema)
  it('accepts a full section and rejects a check without exactly one condition', () => {
    expect(
      validate({
        steps: [10, 50, 100],
        interval: '1m30s',
        failure_limit: 1,
        checks: [
          { metric: 'error-rate', max: 0.02 },
          { metric: 'latency-p95-ms', max_relative: 0.2 },
        ],
      }),
    ).toBe(true)
    expect(validate({ checks: [{ metric: 'error-rate' }] })).toBe(false)
    expect(validate({ checks: [{ metric: 'x', max: 1, min: 0 }] })).toBe(false)
    expect(validate({ interval: 'soon' })).toBe(false)
  })
  it('every input the action reads is declared in action.yml', () => {
    const action = parse(readFileSync('actions/canary-deploy/action.yml', 'utf8')) as {
      inputs: Record<string, unknown>
    }
    expect(Object.values(Inputs).filter((name) => !(name in action.inputs))).toEqual([])
  })
})
