// The YAML examples in README.md and docs/actions/*.md are what users copy: every step that uses one of our actions
// must name declared inputs and pass the required ones, and every policy example must validate against the schema.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { schemaProblems, formatPath } from '../../../src/io/schema-validator.js'
import { checkStep, checkStepOutputs, parseYaml, type ActionManifest } from '../workflows/check-workflows.js'

const root = join(import.meta.dirname, '..', '..', '..')
const policySections = new Set([
  'version',
  'validate-data',
  'train-on-runner',
  'evaluate-vs-champion',
  'fairness-gate',
  'register-model',
  'canary-deploy',
])

const actions = new Map<string, ActionManifest>()
for (const name of readdirSync(join(root, 'actions'))) {
  const file = join(root, 'actions', name, 'action.yml')
  if (existsSync(file)) actions.set(name, parseYaml(readFileSync(file, 'utf8'), file) as ActionManifest)
}

const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs', 'actions'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/actions/${f}`),
]

/** The ```yaml blocks of a Markdown text, with the line each starts on. */
export function yamlBlocks(markdown: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```ya?ml\s*$/.test(lines[i] ?? '')) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] ?? '')) end++
    blocks.push({ line: start + 1, text: lines.slice(start, end).join('\n') })
    i = end
  }
  return blocks
}

/** Every mapping with a string `uses` anywhere in a parsed value (steps of workflows, step lists, single steps). */
function stepsIn(value: unknown, path: string, out: { at: string; step: unknown }[]): void {
  if (Array.isArray(value)) value.forEach((item, index) => stepsIn(item, `${path}[${index}]`, out))
  else if (typeof value === 'object' && value !== null) {
    if (typeof (value as { uses?: unknown }).uses === 'string') out.push({ at: path, step: value })
    for (const [key, child] of Object.entries(value))
      if (key !== 'with') stepsIn(child, path ? `${path}.${key}` : key, out)
  }
}

/** Problems of the YAML examples in one Markdown text. */
export function checkExamples(file: string, markdown: string): string[] {
  const problems: string[] = []
  for (const block of yamlBlocks(markdown)) {
    const doc = parseDocument(block.text)
    const error = doc.errors[0]
    if (error) {
      // Users paste these into workflows: a block GitHub could not parse is a defect, not a sketch.
      problems.push(`${file}:${block.line} YAML example does not parse: ${error.message.split('\n')[0] ?? ''}`)
      continue
    }
    const value: unknown = doc.toJS()
    const steps: { at: string; step: unknown }[] = []
    stepsIn(value, '', steps)
    for (const { at, step } of steps)
      problems.push(...checkStep(`${file}:${block.line} ${at}`, step, actions, { pinned: false }))
    // Output references: a list of steps, a job ({steps}) or a workflow ({jobs}).
    const jobs: [string, unknown][] = Array.isArray(value)
      ? [['steps', { steps: value }]]
      : typeof value === 'object' &&
          value !== null &&
          'jobs' in value &&
          typeof value.jobs === 'object' &&
          value.jobs !== null
        ? Object.entries(value.jobs)
        : [['job', value]]
    for (const [id, job] of jobs) problems.push(...checkStepOutputs(`${file}:${block.line} ${id}`, job, actions))
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const keys = Object.keys(value)
      if (keys.length > 0 && keys.every((key) => policySections.has(key))) {
        for (const problem of schemaProblems('policy', value))
          problems.push(`${file}:${block.line} policy example: ${formatPath(problem.path)}: ${problem.message}`)
      }
    }
  }
  return problems
}

describe('YAML examples in the documentation', () => {
  it.each(documents)('%s: action inputs exist and required ones are passed; policy examples validate', (file) => {
    expect(checkExamples(file, readFileSync(join(root, file), 'utf8'))).toEqual([])
  })

  it('the example checker fails on a wrong input, a missing required input and an invalid policy', () => {
    const markdown = [
      '```yaml',
      '- uses: OWNER/modelgate/actions/fairness-gate@v1',
      '  with: { predictions: p.csv, sensitive-column: gender }',
      '```',
      '',
      '```yaml',
      'validate-data:',
      '  drift: { share_of_drifted_columns: 0.3 }',
      '```',
      '',
      '```yaml',
      '- run: echo "drifted: ${{ steps.data.outputs.drifted-columns }}"',
      '```',
      '',
      '```yaml',
      '- uses: OWNER/modelgate/actions/validate-data@v1',
      '  id: data',
      '  with: { data: d.csv }',
      '- run: echo "$DRIFTED"',
      '  env: { DRIFTED: "${{ steps.data.outputs.drifted }}" }',
      '```',
    ].join('\n')
    const problems = checkExamples('x.md', markdown)
    expect(problems).toContain(
      'x.md:2 [0] (fairness-gate): input sensitive-column is not declared in actions/fairness-gate/action.yml',
    )
    expect(problems).toContain('x.md:2 [0] (fairness-gate): required input sensitive-columns is not passed')
    expect(problems.some((p) => p.startsWith('x.md:12 YAML example does not parse'))).toBe(true)
    expect(problems).toContain(
      'x.md:16 steps: steps.data.outputs.drifted is not an output of actions/validate-data/action.yml',
    )
    expect(
      problems.some(
        (p) => p.startsWith('x.md:7 policy example: validate-data.drift') && p.includes('share_of_drifted_columns'),
      ),
    ).toBe(true)
  })
})
