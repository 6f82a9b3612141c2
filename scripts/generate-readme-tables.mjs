#!/usr/bin/env node
// Rewrites README.md's generated blocks from their sources:
//   <!-- generated:inputs:<action> --> … <!-- /generated:inputs:<action> -->   inputs and outputs of actions/<action>/action.yml
//   <!-- generated:policy --> … <!-- /generated:policy -->                       the policy reference from schemas/policy.schema.json
//                                                                               and schemas/policy/*.schema.json
//   <!-- generated:performance --> … <!-- /generated:performance -->             the validate-data targets table from
//                                                                               bench/validate-data/RESULTS.md (npx tsx bench/validate-data/run.ts --write-table)
//                                                                               the evaluate tables from bench/evaluate/RESULTS.md
//                                                                               (npx tsx bench/evaluate/cli.ts --write-table)
//                                                                               and the fairness table from bench/fairness/RESULTS.md
//                                                                               (npx tsx bench/fairness/run.ts --write-table)
// Usage: node scripts/generate-readme-tables.mjs [--check] [--readme PATH]
//   --check   write nothing; exit 1 and list every block that differs (or is missing) when README.md is stale.
//   --readme  the README to read (and rewrite), default README.md at the repository root.
// Exit codes: 0 current (or rewritten), 1 stale (--check), 2 usage or a source that cannot be read.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Markdown table cell: one line, pipes escaped. */
function cell(text) {
  return String(text)
    .replace(/\r?\n+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim()
}

/** Inline code for a value, safe inside a table cell (backticks in the value widen the fence). */
function code(value) {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  if (text === '') return '`""`'
  const fence = text.includes('`') ? '``' : '`'
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${cell(text)}${pad}${fence}`
}

export function actionNames() {
  return readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
    .sort()
}

/** The inputs and outputs tables of one action.yml. */
export function inputsBlock(name) {
  const manifest = parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'))
  const lines = [`<sub>Generated from [actions/${name}/action.yml](actions/${name}/action.yml).</sub>`, '']
  const inputs = Object.entries(manifest.inputs ?? {})
  if (inputs.length > 0) {
    lines.push('| input | required | default | description |', '|---|---|---|---|')
    for (const [key, input] of inputs) {
      const hasDefault = input?.default !== undefined && input?.default !== null
      lines.push(
        `| \`${key}\` | ${input?.required === true ? 'yes' : 'no'} | ${hasDefault ? code(input.default) : ''} | ${cell(input?.description ?? '')} |`,
      )
    }
    lines.push('')
  }
  const outputs = Object.entries(manifest.outputs ?? {})
  if (outputs.length > 0) {
    lines.push('| output | description |', '|---|---|')
    for (const [key, output] of outputs) lines.push(`| \`${key}\` | ${cell(output?.description ?? '')} |`)
    lines.push('')
  }
  return lines.join('\n').trimEnd()
}

function readSchema(relativePath) {
  return JSON.parse(readFileSync(join(root, 'schemas', relativePath), 'utf8'))
}

/** A short type: integer, number, boolean, string, `a` \| `b` for enums, array of X, map of X. */
function typeOf(schema) {
  if (!schema || typeof schema !== 'object') return ''
  if (schema.const !== undefined) return code(schema.const)
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => code(value)).join(' \\| ')
  const alternatives = schema.oneOf ?? schema.anyOf
  if (Array.isArray(alternatives)) return alternatives.map(typeOf).filter(Boolean).join(' or ')
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type
  if (type === 'array') return `array of ${schema.items?.properties ? 'object' : typeOf(schema.items) || 'values'}`
  if (type === 'object' || (!type && (schema.properties || schema.additionalProperties))) {
    return schema.properties ? 'object' : 'map'
  }
  return type ?? ''
}

/** The schema's `default`, else the value of a "Default X." sentence in its description. */
function defaultOf(schema) {
  if (schema.default !== undefined) return code(schema.default)
  const match = /(?:^|\.\s)Default(?:s to|:)?\s+([^.;]+(?:\.\d[^.;]*)?)\./.exec(schema.description ?? '')
  if (!match) return ''
  const value = match[1].trim()
  return /\s/.test(value) ? cell(value) : code(value)
}

function placeholderFor(path) {
  const last = path[path.length - 1] ?? ''
  if (last === 'columns') return '<column>'
  if (last === 'metrics') return '<metric>'
  if (last === 'reference_groups') return '<column>'
  return '<name>'
}

/** Rows for every key under a schema, depth first, in the schema's order. */
function policyRows(schema, path, rows) {
  if (!schema || typeof schema !== 'object') return
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    const childPath = [...path, key]
    rows.push(
      `| \`${childPath.join('.')}\` | ${typeOf(child)} | ${defaultOf(child)} | ${cell(child.description ?? '')} |`,
    )
    policyRows(child, childPath, rows)
  }
  const additional = schema.additionalProperties
  if (additional && typeof additional === 'object') {
    const childPath = [...path, placeholderFor(path)]
    if (additional.properties) {
      policyRows(additional, childPath, rows)
    } else {
      rows.push(
        `| \`${childPath.join('.')}\` | ${typeOf(additional)} | ${defaultOf(additional)} | ${cell(additional.description ?? '')} |`,
      )
    }
  }
  if (schema.items && typeof schema.items === 'object' && schema.items.properties)
    policyRows(schema.items, [...path, '[]'], rows)
}

/** The policy reference: the top-level keys, then one table per action section. */
export function policyBlock() {
  const top = readSchema('policy.schema.json')
  const lines = [
    '<sub>Generated from [schemas/policy.schema.json](schemas/policy.schema.json) and [schemas/policy/](schemas/policy/).</sub>',
    '',
  ]
  lines.push('| key | type | default | description |', '|---|---|---|---|')
  const sections = []
  for (const [key, child] of Object.entries(top.properties ?? {})) {
    if (typeof child.$ref === 'string') {
      const section = readSchema(child.$ref)
      sections.push([key, child.$ref, section])
      lines.push(`| \`${key}\` | object | | ${cell(section.description ?? '')} |`)
    } else {
      lines.push(`| \`${key}\` | ${typeOf(child)} | ${defaultOf(child)} | ${cell(child.description ?? '')} |`)
    }
  }
  for (const [key, ref, section] of sections) {
    const rows = []
    policyRows(section, [key], rows)
    lines.push('', `#### \`${key}\``, '', `<sub>[schemas/${ref}](schemas/${ref})</sub>`, '')
    if (rows.length === 0) lines.push('No keys.')
    else lines.push('| key | type | default | description |', '|---|---|---|---|', ...rows)
  }
  return lines.join('\n')
}

export const RESULTS_PATH = 'bench/validate-data/RESULTS.md'
export const EVALUATE_RESULTS_PATH = 'bench/evaluate/RESULTS.md'
export const FAIRNESS_RESULTS_PATH = 'bench/fairness/RESULTS.md'

/**
 * The "Measured:"/"Machine:" lines of a benchmark's RESULTS.md and its tables that start with one of `heads`
 * (each table: its lines from the head to the first line that is not a table row).
 * @throws {Error} when the file lacks the lines or one of the tables
 */
function resultsTables(path, heads) {
  const results = readFileSync(join(root, path), 'utf8').split(/\r?\n/)
  const about = results.filter((line) => /^(Measured|Machine): /.test(line))
  const tables = heads.map((head) => {
    const start = results.findIndex((line) => line.startsWith(head))
    if (about.length === 0 || start === -1)
      throw new Error(`${path} has no "Measured:" line or "${head}" table; rerun the benchmark with --write-table`)
    let end = start
    while (end < results.length && results[end].startsWith('|')) end++
    return results.slice(start, end)
  })
  return { about: about.map((line) => `${line}  `), tables }
}

/**
 * The README's performance block: the "Measured:" and "Machine:" lines and the issue-17 targets table of
 * bench/validate-data/RESULTS.md, then those lines and the tables of bench/evaluate/RESULTS.md and
 * bench/fairness/RESULTS.md (each written by
 * their benchmark's --write-table, never by hand), each with a link to the full results.
 */
export function performanceBlock() {
  const validate = resultsTables(RESULTS_PATH, ['| target (issue 17)'])
  const evaluate = resultsTables(EVALUATE_RESULTS_PATH, ['| rows |', '| memory target (issue 17)'])
  const fairness = resultsTables(FAIRNESS_RESULTS_PATH, ['| rows |'])
  const fairnessMemory = readFileSync(join(root, FAIRNESS_RESULTS_PATH), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.startsWith('Peak RSS: '))
  return [
    ...validate.about,
    '',
    ...validate.tables.flatMap((table) => [...table, '']),
    `Every peer's timing, CPU and memory, and how its answers compare with ours: [${RESULTS_PATH}](${RESULTS_PATH});`,
    'what each peer computes: [bench/validate-data/README.md](bench/validate-data/README.md).',
    '',
    'evaluate-vs-champion (1,000 resamples, the default metrics, against a vectorised numpy bootstrap of the same work):',
    '',
    ...evaluate.about,
    '',
    ...evaluate.tables.flatMap((table) => [...table, '']),
    `The full results: [${EVALUATE_RESULTS_PATH}](${EVALUATE_RESULTS_PATH}); what each peer computes:`,
    '[bench/evaluate/README.md](bench/evaluate/README.md).',
    '',
    'fairness-gate (2 sensitive columns and their intersection, the default policy, against pandas doing the same work):',
    '',
    ...fairness.about,
    '',
    ...fairness.tables.flatMap((table) => [...table, '']),
    ...fairnessMemory.map((line) => `${line}  `),
    `The full results: [${FAIRNESS_RESULTS_PATH}](${FAIRNESS_RESULTS_PATH}); what each peer computes:`,
    '[bench/fairness/README.md](bench/fairness/README.md).',
  ].join('\n')
}

/** Every block the README must have, as [marker id, content]. */
export function expectedBlocks() {
  return [
    ...actionNames().map((name) => [`inputs:${name}`, inputsBlock(name)]),
    ['policy', policyBlock()],
    ['performance', performanceBlock()],
  ]
}

/**
 * Rewrites the generated blocks of README text. Returns the new text, the ids of blocks that changed, and the
 * problems (missing markers, markers for something that does not exist).
 */
export function regenerate(readme) {
  const problems = []
  const changed = []
  let text = readme
  const expected = expectedBlocks()
  const known = new Set(expected.map(([id]) => id))
  for (const match of readme.matchAll(/<!-- generated:([a-z0-9:-]+) -->/g)) {
    if (!known.has(match[1]))
      problems.push(`README has a block generated:${match[1]}, but there is no such action or source`)
  }
  for (const [id, content] of expected) {
    const open = `<!-- generated:${id} -->`
    const close = `<!-- /generated:${id} -->`
    const start = text.indexOf(open)
    const end = text.indexOf(close)
    if (start === -1 || end === -1 || end < start) {
      problems.push(`README lacks the markers ${open} … ${close}`)
      continue
    }
    const current = text.slice(start + open.length, end)
    const wanted = `\n${content}\n`
    if (current !== wanted) {
      changed.push(id)
      text = text.slice(0, start + open.length) + wanted + text.slice(end)
    }
  }
  return { text, changed, problems }
}

function main(argv) {
  let check = false
  let readmePath = join(root, 'README.md')
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') check = true
    else if (argv[i] === '--readme' && argv[i + 1]) readmePath = resolve(argv[++i])
    else {
      console.error(
        `unknown argument ${argv[i]}\nusage: node scripts/generate-readme-tables.mjs [--check] [--readme PATH]`,
      )
      return 2
    }
  }
  let readme
  let result
  try {
    readme = readFileSync(readmePath, 'utf8')
    result = regenerate(readme)
  } catch (error) {
    console.error(`generate-readme-tables: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  for (const problem of result.problems) console.error(problem)
  if (check) {
    for (const id of result.changed) console.error(`stale: <!-- generated:${id} --> differs from its source`)
    if (result.changed.length > 0 || result.problems.length > 0) {
      console.error('Run `node scripts/generate-readme-tables.mjs` to update README.md.')
      return 1
    }
    console.log('README generated blocks are current.')
    return 0
  }
  if (result.changed.length > 0) writeFileSync(readmePath, result.text)
  console.log(
    result.changed.length > 0 ? `updated: ${result.changed.join(', ')}` : 'README generated blocks are current.',
  )
  return result.problems.length > 0 ? 1 : 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2))
}
