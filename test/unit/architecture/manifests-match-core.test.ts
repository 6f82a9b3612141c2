// What core names once must match what users see: the outputs each action.yml declares are the Outputs map of
// src/core/gate/action-outputs.ts (plus the SharedOutputs every gate sets), and the policy section each gate reads
// (src/core/policy/policy-document.ts) has exactly the top-level keys of schemas/policy/<gate>.schema.json.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { Outputs, SharedOutputs } from '../../../src/core/gate/action-outputs.js'
import { GATE_NAMES } from '../../../src/core/gate/gate-name.js'
import { POLICY_SECTION_KEYS } from '../../../src/core/policy/policy-document.js'
import { SharedInputs } from '../../../src/github/action-session.js'
import { repoRoot } from '../../helpers/fixture-path.js'

interface Manifest {
  readonly inputs?: Readonly<Record<string, unknown>>
  readonly outputs?: Readonly<Record<string, unknown>>
}

const manifest = (gate: string): Manifest =>
  parse(readFileSync(join(repoRoot, 'actions', gate, 'action.yml'), 'utf8')) as Manifest
const schema = (path: string): { properties?: Record<string, { $ref?: string }> } =>
  JSON.parse(readFileSync(join(repoRoot, 'schemas', path), 'utf8')) as {
    properties?: Record<string, { $ref?: string }>
  }
const sorted = (values: Iterable<string>): string[] => [...values].sort()
/** drifted-columns → DriftedColumns, the spelling of the Outputs keys. */
const pascalCase = (name: string): string => name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())

describe('action.yml outputs and Outputs (src/core/gate/action-outputs.ts)', () => {
  it('actions/ holds one folder per gate of GATE_NAMES, and no other', () => {
    expect(sorted(readdirSync(join(repoRoot, 'actions')))).toEqual(sorted(GATE_NAMES))
  })

  it.each(GATE_NAMES)('%s: action.yml declares the SharedOutputs and exactly the outputs of Outputs[gate]', (gate) => {
    const declared = Object.keys(manifest(gate).outputs ?? {})
    const shared = Object.values(SharedOutputs) as string[]
    expect(declared).toEqual(expect.arrayContaining(shared))
    expect(sorted(declared.filter((name) => !shared.includes(name)))).toEqual(sorted(Object.values(Outputs[gate])))
  })

  it.each(GATE_NAMES)('%s: each key of Outputs[gate] is its output name in PascalCase', (gate) => {
    for (const [key, name] of Object.entries(Outputs[gate])) expect(key, name).toBe(pascalCase(name))
  })

  it.each(GATE_NAMES)('%s: action.yml declares the shared inputs that runGate reads for every gate', (gate) => {
    const perGate: string[] = [SharedInputs.AppToken]
    const shared = Object.values(SharedInputs).filter((name) => !perGate.includes(name))
    expect(Object.keys(manifest(gate).inputs ?? {})).toEqual(expect.arrayContaining(shared))
  })
})

describe('policy sections (src/core/policy/policy-document.ts) and schemas/policy/<gate>.schema.json', () => {
  it('schemas/policy.schema.json has one section per gate, each a $ref to schemas/policy/<gate>.schema.json', () => {
    const properties = schema('policy.schema.json').properties ?? {}
    expect(sorted(Object.keys(properties))).toEqual(sorted([...GATE_NAMES, 'version']))
    for (const gate of GATE_NAMES) expect(properties[gate]?.$ref, gate).toBe(`policy/${gate}.schema.json`)
  })

  it.each(GATE_NAMES)("%s: the section type's keys are the schema's top-level properties", (gate) => {
    expect(sorted(Object.keys(POLICY_SECTION_KEYS[gate]))).toEqual(
      sorted(Object.keys(schema(`policy/${gate}.schema.json`).properties ?? {})),
    )
  })
})
