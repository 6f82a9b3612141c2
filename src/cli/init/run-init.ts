import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { isUserError } from '../../core/errors.js'
import { runGate } from '../../github/run-gate.js'
import { COMMANDS } from '../commands.js'
import { parseArguments } from '../parse-arguments.js'
import { createTerminalHost } from '../terminal-host.js'
import { policyTemplate } from './policy-template.js'
import { monitorWorkflow, prGateWorkflow, promoteWorkflow, type WorkflowPaths } from './workflow-templates.js'

type Env = Readonly<Record<string, string | undefined>>

const OPTIONS = ['data', 'contract', 'actions', 'force'] as const
const POLICY_PATH = '.github/modelgate.yml'
const DEFAULT_CONTRACT = 'contracts/data.yml'
const DEFAULT_ACTIONS = 'OWNER/modelgate/actions'

export const INIT_HELP = `modelgate init — a policy, a data contract and workflows in this repository

usage: modelgate init [--data FILE] [--contract PATH] [--actions OWNER/modelgate/actions] [--force]

  --data FILE       a dataset of yours (CSV/TSV, JSON Lines, Parquet): a contract is inferred from it into --contract,
                    and the workflows validate it
  --contract PATH   where the inferred contract goes [default: ${DEFAULT_CONTRACT}]
  --actions REF     where the workflows use the actions from [default: ${DEFAULT_ACTIONS}, used as REF/<action>@v1]
  --force           overwrite files that differ from what init writes (never without it)

Writes ${POLICY_PATH} (every policy key with its documented default, commented out), the contract, and
.github/workflows/modelgate-{pr-gate,promote,monitor}.yml with the minimum permissions of each job. A second run
changes nothing and says so.
`

interface Planned {
  readonly path: string
  readonly text: string
}

/** The contract validate-data's own infer mode writes for `data`, run silently (its report is discarded). */
async function inferContractText(data: string, env: Env): Promise<{ text?: string; error?: string }> {
  // Inside the working folder (.modelgate/, where every CLI run writes its report): input paths must lie in it.
  mkdirSync('.modelgate', { recursive: true })
  const scratch = mkdtempSync(join('.modelgate', 'init-'))
  try {
    const output = join(scratch, 'contract.yml')
    const host = createTerminalHost({
      inputs: new Map([
        ['mode', 'infer'],
        ['reference', data],
        ['output', output],
        ['report-path', join(scratch, 'report.json')],
      ]),
      env: { ...env, GITHUB_STEP_SUMMARY: undefined },
      verbose: false,
      signal: new AbortController().signal,
      stdout: () => undefined,
    })
    const run = await runGate('validate-data', COMMANDS['validate-data'].main, host)
    if (run.report.status === 'error' || !existsSync(output))
      return { error: run.report.checks.find((check) => check.status === 'error')?.message ?? run.report.title }
    return { text: readFileSync(output, 'utf8') }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** Writes each planned file unless it is there already (unchanged) or differs (kept, unless --force). */
function writePlanned(root: string, planned: readonly Planned[], force: boolean): { changed: number; kept: number } {
  let changed = 0
  let kept = 0
  for (const { path, text } of planned) {
    const absolute = join(root, path)
    const current = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined
    if (current === text) {
      process.stdout.write(`  unchanged    ${path}\n`)
      continue
    }
    if (current !== undefined && !force) {
      kept++
      process.stdout.write(`  kept         ${path} (it differs from what init writes; --force overwrites it)\n`)
      continue
    }
    mkdirSync(dirname(absolute), { recursive: true })
    writeFileSync(absolute, text)
    changed++
    process.stdout.write(`  ${current === undefined ? 'created' : 'overwritten'}  ${path}\n`)
  }
  return { changed, kept }
}

/** `modelgate init`: returns the exit code (0 written or unchanged, 1 the data could not be read, 2 usage). */
export async function runInit(argv: readonly string[], env: Env): Promise<number> {
  let parsed
  try {
    parsed = parseArguments(argv)
  } catch (error) {
    if (!isUserError(error)) throw error
    process.stderr.write(`error: ${error.describe('cli')}\n${INIT_HELP}`)
    return 2
  }
  if (parsed.help) {
    process.stdout.write(INIT_HELP)
    return 0
  }
  const unknown = [...parsed.inputs.keys()].find((name) => !(OPTIONS as readonly string[]).includes(name))
  if (unknown !== undefined || parsed.command !== undefined) {
    process.stderr.write(
      `error: unknown ${unknown === undefined ? `argument "${parsed.command}"` : `option "--${unknown}"`} for init\n${INIT_HELP}`,
    )
    return 2
  }
  const root = process.cwd()
  const data = parsed.inputs.get('data')
  const paths: WorkflowPaths = {
    data: data === undefined ? 'data/current.csv' : relative(root, resolve(data)),
    contract: parsed.inputs.get('contract') ?? DEFAULT_CONTRACT,
    policy: POLICY_PATH,
    actions: parsed.inputs.get('actions') ?? DEFAULT_ACTIONS,
  }
  const planned: Planned[] = [{ path: POLICY_PATH, text: policyTemplate() }]
  if (data !== undefined) {
    const inferred = await inferContractText(paths.data, env)
    if (inferred.text === undefined) {
      process.stderr.write(`error: no contract could be inferred from ${data}: ${inferred.error ?? ''}\n`)
      return 1
    }
    planned.push({ path: paths.contract, text: inferred.text })
  }
  planned.push(
    { path: '.github/workflows/modelgate-pr-gate.yml', text: prGateWorkflow(paths) },
    { path: '.github/workflows/modelgate-promote.yml', text: promoteWorkflow(paths) },
    { path: '.github/workflows/modelgate-monitor.yml', text: monitorWorkflow(paths) },
  )
  process.stdout.write(`modelgate init in ${root}\n`)
  const { changed, kept } = writePlanned(root, planned, parsed.inputs.has('force'))
  if (changed === 0 && kept === 0) process.stdout.write('nothing to change: every file is as init writes it\n')
  if (data === undefined)
    process.stdout.write(
      `no --data: give --data FILE to infer ${paths.contract}, which the workflows validate against\n`,
    )
  if (paths.actions === DEFAULT_ACTIONS)
    process.stdout.write(`replace OWNER in the workflows (or pass --actions) with where you use modelgate from\n`)
  return 0
}
