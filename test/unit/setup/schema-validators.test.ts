import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { Ajv } from 'ajv'
import addFormatsModule from 'ajv-formats'
import {
  GENERATED_VALIDATORS,
  SCHEMA_FILES,
  generateSchemaValidators,
} from '../../../scripts/generate-schema-validators.mjs'
import generated from '../../../src/io/generated/schema-validators.cjs'
import { SCHEMAS } from '../../../src/io/schemas.js'
import { schemaProblems } from '../../../src/io/schema-validator.js'

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv

describe('the schema validators compiled at build time', () => {
  it('are a fresh compilation of schemas/ (run node scripts/generate-schema-validators.mjs when this fails)', () => {
    expect(readFileSync(GENERATED_VALIDATORS, 'utf8')).toBe(generateSchemaValidators())
  })

  it('cover every schema name the sources use, from the same files', () => {
    expect(Object.keys(generated.VALIDATORS).sort()).toEqual(Object.keys(SCHEMAS).sort())
    for (const [name, file] of Object.entries(SCHEMA_FILES)) {
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(SCHEMAS[name as keyof typeof SCHEMAS])
    }
  })

  it('report what run-time ajv reports, with strict numbers for contracts and policies only', () => {
    const documents: [keyof typeof SCHEMAS, unknown][] = [
      ['contract', { version: 1, columns: { a: { type: 'float', max: Number.NaN } } }],
      ['contract', { columns: { a: { type: 'nope', extra: 1 } } }],
      ['policy', { version: 2, 'validate-data': { drift: { psi: 'high' } } }],
      ['policy/fairness-gate', { thresholds: { x: -1 } }],
      ['gate-report', { schemaVersion: 1, gate: 'validate-data', status: 'pass', durationMs: Number.NaN }],
      ['model-card', { name: 7 }],
      ['profile', []],
    ]
    for (const [name, document] of documents) {
      const strictNumbers = name === 'contract' || name.startsWith('policy')
      const ajv = new Ajv({ allErrors: true, strict: false, strictNumbers })
      addFormats(ajv)
      for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema)
      const runtime = ajv.getSchema((SCHEMAS[name] as { $id: string }).$id)!
      const validate = generated.VALIDATORS[name]!
      expect(validate(document)).toBe(runtime(document))
      expect(validate.errors).toEqual(runtime.errors)
      expect(validate.errors?.length ?? 0).toBeGreaterThan(0)
    }
    expect(schemaProblems('contract', { version: 1, columns: { a: { type: 'float', max: 3 } } })).toEqual([])
  })
})
