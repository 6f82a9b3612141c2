import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { stringify } from 'yaml'
import type { ActionContext, ActionResult } from '../github/action-context.js'
import type { Check } from '../core/gate/check.js'
import type { Figure } from '../core/gate/figure.js'
import type { Contract } from '../core/contract/contract.js'
import { inferContract } from '../core/contract/infer-contract.js'
import type { ColumnProfile } from '../core/profile/column-profile.js'
import { mergeProfiles } from '../core/profile/merge-profiles.js'
import { columnKindOf } from '../core/drift/column-kind-of.js'
import { decideDrift } from '../core/drift/decide-drift.js'
import { driftFigures } from '../core/drift/drift-figures.js'
import { driftMethodFor } from '../core/drift/drift-method-for.js'
import { measureColumnDrift, type ColumnDriftMeasure } from '../core/drift/measure-column-drift.js'
import {
  resolveValidateDataPolicy,
  type ValidateDataPolicy,
  type ValidateDataPolicySection,
} from '../core/drift/resolve-validate-data-policy.js'
import { combineShardChecks } from '../core/contract/combine-shard-checks.js'
import { readInputs } from './inputs.js'
import { readContract } from './read-contract.js'
import { isProfilePath, readProfileFile, writeProfileFile } from './profile-file.js'
import { scanDatasets, scanWorkersEnabled, type ScanJob } from './scan-workers.js'

interface Side {
  readonly profiles: ColumnProfile[]
  readonly contractChecks: Check[] | undefined
}

export async function main(context: ActionContext): Promise<ActionResult> {
  const inputs = readInputs(context.inputs)
  const policy = resolveValidateDataPolicy(context.policy['validate-data'] as ValidateDataPolicySection | undefined)
  const contract = inputs.contract === undefined ? undefined : readContract(inputs.contract)
  // Profile files are read as they are; datasets are scanned together (in parallel worker threads in a bundle).
  const scanAll = async (jobs: readonly ScanJob[]): Promise<Side[]> => {
    const datasets = jobs.filter((job) => !isProfilePath(job.path))
    const threads =
      datasets.length > 1 && scanWorkersEnabled() ? ` (${datasets.length} worker threads in parallel)` : ''
    if (datasets.length > 0) context.logger.info(`reading ${datasets.map((job) => job.path).join(' and ')}${threads}`)
    const scans = await scanDatasets(datasets, { maxExamples: policy.maxExamples, signal: context.signal })
    return jobs.map((job) => {
      if (!isProfilePath(job.path)) return scans[datasets.indexOf(job)] as Side
      const file = readProfileFile(job.path)
      return { profiles: file.columns, contractChecks: file.contractChecks }
    })
  }
  const scan = async (path: string, withContract: Contract | undefined): Promise<Side> =>
    (await scanAll([{ path, contract: withContract }]))[0] as Side
  const wantsDrift = inputs.reference !== undefined && policy.drift.enabled
  const checks: Check[] = []
  const figures: Figure[] = []
  const outputs: Record<string, string> = { 'drifted-columns': '' }
  const finish = (title: string): ActionResult => ({ outcome: { title, checks, figures, outputs } })

  if (inputs.mode === 'infer') {
    const source = (inputs.reference ?? inputs.data[0]) as string
    const side = await scan(source, undefined)
    const inferred = inferContract(side.profiles)
    const text = `# Inferred by modelgate validate-data from ${source}; review before committing.\n${stringify(inferred)}`
    write(inputs.output as string, text)
    checks.push({
      id: 'contract.inferred',
      status: 'pass',
      observed: side.profiles.length,
      message: `inferred a contract of ${side.profiles.length} column(s) from ${source} into ${inputs.output}`,
    })
    figures.push({ kind: 'text', title: 'Inferred contract', markdown: '```yaml\n' + text + '```' })
    return finish(`Inferred a data contract from ${source}`)
  }

  let current: Side
  let reference: Side | undefined
  if (inputs.mode === 'merge') {
    const shards = inputs.data.map((path) => readProfileFile(path))
    current = {
      profiles: mergeColumnLists(shards.map((s) => s.columns)),
      contractChecks: shards.some((s) => s.contractChecks)
        ? combineShardChecks(shards.map((s) => s.contractChecks ?? []))
        : undefined,
    }
    checks.push({
      id: 'profile.merged',
      status: 'pass',
      observed: shards.length,
      message: `merged ${shards.length} profile(s): ${current.profiles[0]?.rows ?? 0} rows`,
    })
    if (wantsDrift) reference = await scan(inputs.reference as string, undefined)
  } else {
    const jobs: ScanJob[] = [
      { path: inputs.data[0] as string, contract },
      ...(wantsDrift ? [{ path: inputs.reference as string, contract: undefined }] : []),
    ]
    ;[current, reference] = (await scanAll(jobs)) as [Side, Side | undefined]
  }
  if (inputs.mode === 'profile') {
    writeProfileFile(inputs.output as string, {
      kind: 'modelgate-profile',
      schemaVersion: 1,
      source: inputs.data[0] as string,
      columns: current.profiles,
      ...(current.contractChecks ? { contractChecks: current.contractChecks } : {}),
    })
    checks.push({
      id: 'profile.written',
      status: 'pass',
      observed: current.profiles[0]?.rows ?? 0,
      message: `profiled ${current.profiles.length} column(s) of ${inputs.data[0]} into ${inputs.output}`,
    })
  }
  if (current.contractChecks) checks.push(...current.contractChecks)
  if (reference !== undefined) {
    const decision = drift(reference.profiles, current.profiles, contract, policy)
    checks.push(...decision.checks)
    figures.push(...driftFigures(decision))
    outputs['drifted-columns'] = decision.drifted.join(',')
  }
  if (checks.length === 0) {
    checks.push({
      id: 'validate-data.nothing',
      status: 'error',
      observed: null,
      message: 'nothing was checked: give a `contract`, a `reference`, or both',
    })
  }
  const failed = checks.filter((c) => c.status === 'fail' || c.status === 'error').length
  return finish(
    failed === 0 ? `Data passed ${checks.length} check(s)` : `${failed} of ${checks.length} data check(s) failed`,
  )
}

function drift(
  reference: ColumnProfile[],
  current: ColumnProfile[],
  contract: Contract | undefined,
  policy: ValidateDataPolicy,
): ReturnType<typeof decideDrift> {
  const byName = new Map(current.map((p) => [p.name, p]))
  const measures: ColumnDriftMeasure[] = []
  const errors: { column: string; message: string }[] = []
  for (const ref of reference) {
    const override = policy.drift.columns[ref.name]
    // Identifiers (unique in the contract) are not distributions: comparing them only raises false alarms.
    if (override?.ignore === true || contract?.columns[ref.name]?.unique === true) continue
    const cur = byName.get(ref.name)
    if (cur === undefined) {
      errors.push({ column: ref.name, message: `column "${ref.name}" is in the reference but not in the current data` })
      continue
    }
    const kind = columnKindOf(ref, contract?.columns[ref.name]?.type)
    const method = driftMethodFor(
      kind,
      ref.rows - ref.missing,
      cur.rows - cur.missing,
      override?.method,
      policy.drift.largeSampleSize,
    )
    try {
      measures.push(measureColumnDrift(ref, cur, kind, method, policy.drift.psiBins))
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      errors.push({
        column: ref.name,
        message: `column "${ref.name}" cannot be compared: ${error.message.replace(/^measureColumnDrift: /, '')}`,
      })
    }
  }
  return decideDrift(measures, errors, policy)
}

function mergeColumnLists(lists: ColumnProfile[][]): ColumnProfile[] {
  const merged = new Map<string, ColumnProfile>()
  for (const list of lists)
    for (const p of list)
      merged.set(p.name, merged.has(p.name) ? mergeProfiles(merged.get(p.name) as ColumnProfile, p) : p)
  return [...merged.values()]
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
}
