// The six modes of register-model; main.ts picks one.
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { ActionContext } from '../github/action-context.js'
import { ConfigurationError } from '../core/errors.js'
import type { Check } from '../core/gate/check.js'
import type { Figure } from '../core/gate/figure.js'
import type { GateReport } from '../core/gate/gate-report.js'
import { aliasAt } from '../core/registry/alias-at.js'
import { buildModelCard } from '../core/registry/build-model-card.js'
import { checkAliasProtection } from '../core/registry/check-alias-protection.js'
import { decidePromotion } from '../core/registry/decide-promotion.js'
import {
  forceNeedsReason,
  nothingToRollBack,
  promotionRefused,
  promotionWithoutReports,
} from '../core/registry/messages.js'
import type { ModelLineage } from '../core/registry/model-card.js'
import { promotionCommand } from '../core/registry/promotion-command.js'
import type { RegisterPolicy } from '../core/registry/resolve-register-policy.js'
import { rollbackTarget } from '../core/registry/rollback-target.js'
import { sha256File } from '../io/hash-file.js'
import { defaultRegistryUrl } from '../registry/default-registry-url.js'
import type { ModelRegistry, ModelVersionRef } from '../registry/model-registry.js'
import { Inputs, type RegisterInputs } from './inputs.js'
import { numericLeaves, readJsonFile } from './read-json-file.js'
import { recordDeployment } from './record-deployment.js'

export interface Outcome {
  readonly title: string
  readonly checks: Check[]
  readonly figures?: Figure[]
  readonly summary?: string
  readonly outputs: Record<string, string>
  readonly version?: number
}

/** The registry URL: the input, the policy, ghcr.io of the repository owner on a runner, else the local default. */
export function registryUrl(context: ActionContext, inputs: RegisterInputs, policy: RegisterPolicy): string {
  if (inputs.registry !== undefined) return inputs.registry
  if (policy.registry !== undefined) return policy.registry
  return defaultRegistryUrl({ onRunner: context.onRunner, owner: context.github.owner })
}

export function registryToken(context: ActionContext, inputs: RegisterInputs, url: string): string | undefined {
  if (inputs.registryToken !== undefined) return inputs.registryToken
  // ghcr.io accepts the workflow token (permissions: packages: write).
  return url.startsWith('oci://ghcr.io')
    ? (context.inputs.optional('github-token') ?? context.env.GITHUB_TOKEN)
    : undefined
}

const actor = (context: ActionContext): string => context.github.actor ?? context.env.USER ?? 'modelgate'

function versionTable(refs: readonly ModelVersionRef[]): Figure {
  return {
    kind: 'table',
    title: 'Versions',
    columns: ['version', 'aliases', 'created', 'by', 'reports', 'digest'],
    rows: refs.map((ref) => [
      ref.version,
      ref.aliases.join(', '),
      ref.card.createdAt,
      ref.card.createdBy,
      ref.card.reports.map((report) => `${report.gate}: ${report.status}`).join(', '),
      ref.digest.slice(0, 19),
    ]),
  }
}

async function writeCard(context: ActionContext, ref: ModelVersionRef): Promise<string> {
  const dir = resolve(context.workDir)
  await mkdir(dir, { recursive: true })
  const path = join(dir, `model-card-${ref.name}-v${ref.version}.json`)
  await writeFile(path, `${JSON.stringify(ref.card, null, 2)}\n`)
  return path
}

export async function register(
  context: ActionContext,
  inputs: RegisterInputs,
  registry: ModelRegistry,
): Promise<Outcome> {
  if (inputs.modelPath === undefined)
    throw new ConfigurationError(
      'mode register needs model-path',
      { input: Inputs.modelPath },
      'set model-path to the directory train-on-runner wrote',
    )
  const reports: GateReport[] = []
  for (const path of inputs.reports) reports.push((await readJsonFile(path, Inputs.reports)) as GateReport)
  for (const [index, report] of reports.entries()) {
    if (
      typeof report !== 'object' ||
      report === null ||
      typeof report.gate !== 'string' ||
      typeof report.status !== 'string'
    ) {
      throw new ConfigurationError(
        `${inputs.reports[index] ?? ''} is not a modelgate gate report (no gate/status)`,
        { input: Inputs.reports, file: inputs.reports[index] ?? '' },
        'pass the report-path outputs of the gates',
      )
    }
  }
  const metrics = inputs.metrics === undefined ? {} : numericLeaves(await readJsonFile(inputs.metrics, Inputs.metrics))
  const lineageFile =
    inputs.lineage === undefined ? {} : ((await readJsonFile(inputs.lineage, Inputs.lineage)) as ModelLineage)
  const lineage: ModelLineage = {
    ...(context.github.repository === undefined ? {} : { repository: context.github.repository }),
    ...(context.github.sha === undefined ? {} : { commit: context.github.sha }),
    ...(context.github.runUrl === undefined ? {} : { runUrl: context.github.runUrl }),
    ...lineageFile,
  }
  if ((inputs.evaluationData === undefined) !== (inputs.predictions === undefined)) {
    throw new ConfigurationError(
      'evaluation-data and predictions go together',
      { input: inputs.predictions === undefined ? Inputs.predictions : Inputs.evaluationData },
      'set both (the predictions file inside model-path, and the data it scored) or neither',
    )
  }
  if (inputs.predictions !== undefined && !existsSync(join(inputs.modelPath, ...inputs.predictions.split('/')))) {
    throw new ConfigurationError(
      `predictions file ${inputs.predictions} is not inside model-path ${inputs.modelPath}`,
      { input: Inputs.predictions },
      'give its path relative to model-path, e.g. predictions.csv',
    )
  }
  const evaluation =
    inputs.evaluationData !== undefined && inputs.predictions !== undefined
      ? { dataSha256: await sha256File(inputs.evaluationData), predictionsFile: inputs.predictions }
      : undefined
  const card = buildModelCard({
    name: inputs.modelName,
    files: [],
    metrics,
    reports,
    lineage,
    ...(evaluation === undefined ? {} : { evaluation }),
    createdBy: actor(context),
    createdAt: context.now(),
  })
  const ref = await registry.register({
    name: inputs.modelName,
    modelDir: inputs.modelPath,
    card,
    ...(inputs.version === undefined ? {} : { version: inputs.version }),
  })
  const cardPath = await writeCard(context, ref)
  const command =
    context.github.repository === undefined
      ? undefined
      : promotionCommand({
          repository: context.github.repository,
          serverUrl: context.github.serverUrl,
          workflow: inputs.promoteWorkflow,
          model: ref.name,
          version: ref.version,
        })
  return {
    title: `Registered ${ref.name} v${ref.version} in ${registry.description}`,
    checks: [
      {
        id: 'register.version',
        status: 'pass',
        observed: ref.version,
        message: `${ref.name} v${ref.version} stored with ${ref.card.files.length} file(s), digest ${ref.digest}`,
      },
    ],
    figures: [
      {
        kind: 'table',
        title: 'Files',
        columns: ['path', 'bytes', 'sha256'],
        rows: ref.card.files.map((file) => [file.path, file.size, file.sha256]),
      },
    ],
    ...(command === undefined ? {} : { summary: command.markdown }),
    outputs: { version: String(ref.version), digest: ref.digest, 'model-card-path': cardPath },
    version: ref.version,
  }
}

export async function moveAlias(
  context: ActionContext,
  inputs: RegisterInputs,
  policy: RegisterPolicy,
  registry: ModelRegistry,
  mode: 'promote' | 'rollback',
): Promise<Outcome> {
  const refusal = checkAliasProtection(inputs.alias, policy.protectedAliases, context.github.environment)
  if (refusal !== undefined) {
    const environment = policy.protectedAliases[inputs.alias]?.environment ?? ''
    throw new ConfigurationError(
      refusal,
      { input: Inputs.alias, path: `register-model.protected_aliases.${inputs.alias}` },
      `run this job with \`environment: ${environment}\` (its required reviewers approve the move)`,
    )
  }
  if (inputs.force && inputs.reason === undefined)
    throw new ConfigurationError(
      forceNeedsReason(),
      { input: Inputs.reason },
      'say why the gates are overridden in reason',
    )
  const history = await registry.aliasHistory(inputs.modelName, inputs.alias)
  const previous = (await registry.aliases(inputs.modelName))[inputs.alias]
  let target: ModelVersionRef
  if (mode === 'rollback') {
    const version = inputs.version ?? rollbackTarget(history)
    if (version === undefined)
      throw new ConfigurationError(
        nothingToRollBack(inputs.modelName, inputs.alias),
        { input: Inputs.alias },
        'promote a version first, or give version explicitly',
      )
    target = await registry.get(inputs.modelName, { version })
  } else if (inputs.version !== undefined) target = await registry.get(inputs.modelName, { version: inputs.version })
  else if (inputs.fromAlias !== undefined) target = await registry.get(inputs.modelName, { alias: inputs.fromAlias })
  else
    throw new ConfigurationError(
      'mode promote needs version or from-alias',
      { input: Inputs.version },
      'set version: 7 or from-alias: challenger',
    )
  const checks: Check[] = []
  const outputs: Record<string, string> = {
    version: String(target.version),
    digest: target.digest,
    ...(previous === undefined ? {} : { 'previous-version': String(previous) }),
  }
  let forced = false
  if (mode === 'promote') {
    const decision = decidePromotion(target.card.reports, { force: inputs.force, allowWarn: policy.allowWarn })
    const why = decision.noReports
      ? promotionWithoutReports(target.name, target.version)
      : promotionRefused(target.name, target.version, decision.failing)
    forced = decision.forced
    checks.push({
      id: 'promotion.reports',
      status: decision.allowed ? (decision.forced ? 'warn' : 'pass') : 'fail',
      observed: decision.failing.length === 0 ? 'all passing' : decision.failing.join(', '),
      threshold: { rule: policy.allowWarn ? 'every stored report pass or warn' : 'every stored report pass' },
      message: decision.allowed
        ? decision.forced
          ? `forced past failing reports: ${inputs.reason ?? ''}`
          : 'every stored gate report passed'
        : why,
    })
    if (!decision.allowed) return { title: why, checks, outputs, version: target.version }
  }
  const reason = inputs.reason ?? (mode === 'rollback' ? `rollback from v${previous ?? '?'}` : undefined)
  await registry.setAlias(inputs.modelName, inputs.alias, target.version, {
    at: context.now().toISOString(),
    by: actor(context),
    ...(reason === undefined ? {} : { reason }),
    ...(context.github.runUrl === undefined ? {} : { runUrl: context.github.runUrl }),
    ...(forced ? { forced: true } : {}),
  })
  checks.push({
    id: `${mode}.alias`,
    status: 'pass',
    observed: target.version,
    message: `${inputs.alias} of ${target.name}: v${previous ?? '—'} → v${target.version}${reason === undefined ? '' : ` (${reason})`}`,
  })
  await recordDeployment(context, {
    model: target.name,
    version: target.version,
    alias: inputs.alias,
    registry: registry.description,
    ...(reason === undefined ? {} : { reason }),
  })
  const verb = mode === 'rollback' ? 'Rolled back' : 'Promoted'
  return {
    title: `${verb} ${target.name}: ${inputs.alias} is now v${target.version}`,
    checks,
    outputs,
    version: target.version,
  }
}

export async function getVersion(
  context: ActionContext,
  inputs: RegisterInputs,
  registry: ModelRegistry,
): Promise<Outcome> {
  const selector =
    inputs.version !== undefined ? { version: inputs.version } : { alias: inputs.fromAlias ?? inputs.alias }
  const ref = await registry.get(inputs.modelName, selector)
  if (inputs.modelPath !== undefined) await registry.download(ref, inputs.modelPath)
  const cardPath = await writeCard(context, ref)
  return {
    title: `${ref.name} v${ref.version}${ref.aliases.length === 0 ? '' : ` (${ref.aliases.join(', ')})`}`,
    checks: [
      {
        id: 'get.version',
        status: 'pass',
        observed: ref.version,
        message:
          inputs.modelPath === undefined
            ? `found ${ref.name} v${ref.version}`
            : `downloaded ${ref.name} v${ref.version} to ${inputs.modelPath}; every file's sha256 verified`,
      },
    ],
    figures: [versionTable([ref])],
    outputs: { version: String(ref.version), digest: ref.digest, 'model-card-path': cardPath },
    version: ref.version,
  }
}

export async function listVersions(inputs: RegisterInputs, registry: ModelRegistry): Promise<Outcome> {
  const refs = await registry.list(inputs.modelName)
  const latest = refs[refs.length - 1]
  return {
    title: `${inputs.modelName}: ${refs.length} version(s) in ${registry.description}`,
    checks: [
      {
        id: 'list.count',
        status: refs.length === 0 ? 'warn' : 'pass',
        observed: refs.length,
        message:
          refs.length === 0
            ? `${inputs.modelName} has no versions`
            : `${refs.length} version(s), latest v${latest?.version ?? ''}`,
      },
    ],
    figures: [versionTable(refs)],
    outputs: latest === undefined ? {} : { version: String(latest.version), digest: latest.digest },
  }
}

export async function aliasHistory(inputs: RegisterInputs, registry: ModelRegistry): Promise<Outcome> {
  const history = await registry.aliasHistory(inputs.modelName, inputs.alias)
  const figures: Figure[] = [
    {
      kind: 'table',
      title: `History of ${inputs.alias}`,
      columns: ['at', 'from', 'to', 'by', 'reason', 'forced', 'run'],
      rows: history.map((e) => [
        e.at,
        e.from ?? null,
        e.to ?? null,
        e.by,
        e.reason ?? '',
        e.forced === true,
        e.runUrl ?? '',
      ]),
    },
  ]
  if (inputs.at === undefined) {
    const current = history[history.length - 1]?.to
    return {
      title: `${inputs.modelName} ${inputs.alias}: ${history.length} move(s)`,
      checks: [
        {
          id: 'history.moves',
          status: history.length === 0 ? 'warn' : 'pass',
          observed: history.length,
          message: `${history.length} recorded move(s) of ${inputs.alias}`,
        },
      ],
      figures,
      outputs: current === undefined ? {} : { version: String(current) },
    }
  }
  // A bare date means the end of that day (UTC): "champion on 2026-03-01" includes that day's moves.
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(inputs.at) ? `${inputs.at}T23:59:59.999Z` : inputs.at)
  if (Number.isNaN(at.getTime()))
    throw new ConfigurationError(
      `at "${inputs.at}" is not a date`,
      { input: Inputs.at },
      'write an ISO 8601 date, e.g. 2026-03-01 or 2026-03-01T12:00:00Z',
    )
  const version = aliasAt(history, at)
  return {
    title:
      version === undefined
        ? `${inputs.alias} of ${inputs.modelName} pointed at no version on ${inputs.at}`
        : `${inputs.alias} of ${inputs.modelName} was v${version} on ${inputs.at}`,
    checks: [
      {
        id: 'history.at',
        status: version === undefined ? 'warn' : 'pass',
        observed: version ?? null,
        message:
          version === undefined ? `no ${inputs.alias} at ${at.toISOString()}` : `v${version} at ${at.toISOString()}`,
      },
    ],
    figures,
    outputs: version === undefined ? {} : { version: String(version) },
  }
}
