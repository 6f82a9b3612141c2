/**
 * Consistency checks between this repository's workflows and its action.yml files: every use of one of our
 * actions names inputs that exist and passes the required ones; every action.yml points at a built bundle and
 * documents its inputs and outputs; third-party actions are pinned to a full commit SHA.
 * Pure over parsed documents (the test reads the files), so a bad in-memory workflow can prove it fails.
 */
import { parseDocument } from 'yaml'

export interface ActionInput {
  readonly description?: unknown
  readonly required?: unknown
  readonly default?: unknown
}

export interface ActionManifest {
  readonly name?: unknown
  readonly description?: unknown
  readonly inputs?: Record<string, ActionInput | null>
  readonly outputs?: Record<string, { readonly description?: unknown } | null>
  readonly runs?: { readonly using?: unknown; readonly main?: unknown; readonly post?: unknown }
}

/** Parses YAML text; throws with the file name and line of the first syntax error. */
export function parseYaml(text: string, file: string): unknown {
  const doc = parseDocument(text, { prettyErrors: true })
  const first = doc.errors[0]
  if (first) throw new Error(`${file}: ${first.message}`)
  return doc.toJS()
}

/** The name of our action a `uses:` refers to (`./actions/<name>` or `<owner>/modelgate/actions/<name>@<ref>`), else undefined. */
export function ownActionName(uses: string): string | undefined {
  const local = /^\.\/actions\/([a-z0-9-]+)\/?$/.exec(uses)
  if (local) return local[1]
  const released = /^[A-Za-z0-9_.-]+\/modelgate\/actions\/([a-z0-9-]+)@\S+$/.exec(uses)
  return released ? released[1] : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0
}

/**
 * Problems of one action.yml. `fileExists` answers for paths relative to the repository root.
 * @example checkActionManifest('x', { runs: { using: 'node20' } }, () => true) // => ['actions/x/action.yml: runs.using is node20, expected node24', …]
 */
export function checkActionManifest(name: string, manifest: unknown, fileExists: (path: string) => boolean): string[] {
  const where = `actions/${name}/action.yml`
  if (!isRecord(manifest)) return [`${where}: not a YAML mapping`]
  const problems: string[] = []
  if (!hasText(manifest.name)) problems.push(`${where}: missing name`)
  if (!hasText(manifest.description)) problems.push(`${where}: missing description`)
  const runs = manifest.runs
  if (!isRecord(runs)) problems.push(`${where}: missing runs`)
  else problems.push(...runsProblems(where, name, runs, fileExists))
  problems.push(...sectionProblems(where, 'inputs', manifest.inputs))
  problems.push(...sectionProblems(where, 'outputs', manifest.outputs))
  return problems
}

/** Problems of an action.yml's `runs:` mapping: node24, the bundle's main, and a post step that exists. */
function runsProblems(
  where: string,
  name: string,
  runs: Record<string, unknown>,
  fileExists: (path: string) => boolean,
): string[] {
  const problems: string[] = []
  if (runs.using !== 'node24') problems.push(`${where}: runs.using is ${String(runs.using)}, expected node24`)
  const main = `../../dist/${name}/index.js`
  if (runs.main !== main) problems.push(`${where}: runs.main is ${String(runs.main)}, expected ${main}`)
  else if (!fileExists(`dist/${name}/index.js`))
    problems.push(`${where}: runs.main ${main} does not exist (build it: node scripts/build.mjs ${name})`)
  if (runs.post !== undefined) problems.push(...postProblems(where, runs.post, fileExists))
  return problems
}

/** Problems of `runs.post`: a string `../../dist/<bundle>/index.js` naming a file that exists. */
function postProblems(where: string, post: unknown, fileExists: (path: string) => boolean): string[] {
  const text = typeof post === 'string' ? post : JSON.stringify(post)
  const bundle = typeof post === 'string' ? /^\.\.\/\.\.\/(dist\/[a-z0-9-]+\/index\.js)$/.exec(post)?.[1] : undefined
  if (bundle === undefined) return [`${where}: runs.post ${text} is not ../../dist/<bundle>/index.js`]
  return fileExists(bundle) ? [] : [`${where}: runs.post ${text} does not exist`]
}

/** Problems of an `inputs:` or `outputs:` section: a mapping whose entries have a description (and boolean `required`). */
function sectionProblems(where: string, section: 'inputs' | 'outputs', entries: unknown): string[] {
  if (entries === undefined) return []
  if (!isRecord(entries)) return [`${where}: ${section} is not a mapping`]
  const problems: string[] = []
  for (const [key, entry] of Object.entries(entries)) {
    if (!isRecord(entry) || !hasText(entry.description)) problems.push(`${where}: ${section}.${key} has no description`)
    if (section === 'inputs' && isRecord(entry) && entry.required !== undefined && typeof entry.required !== 'boolean')
      problems.push(`${where}: inputs.${key}.required is ${JSON.stringify(entry.required)}, expected true or false`)
  }
  return problems
}

/** Input names an action requires: `required: true` and no default. */
export function requiredInputs(manifest: ActionManifest): string[] {
  return Object.entries(manifest.inputs ?? {})
    .filter(
      ([, input]) =>
        input?.required === true && (input.default === undefined || input.default === null || input.default === ''),
    )
    .map(([key]) => key)
}

const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^@]+)?@[0-9a-f]{40}$/

/**
 * Problems of one workflow: each step that uses one of our actions must name an existing action, only declared
 * inputs, and every required input; other actions must be pinned to a 40-hex commit SHA; the workflow must say
 * its `permissions:` (top level or on every job).
 * @example checkWorkflow('w.yml', { jobs: { a: { permissions: {}, steps: [{ uses: './actions/nope' }] } } }, new Map()) // => ['w.yml: jobs.a.steps[0] uses ./actions/nope, but actions/nope/action.yml does not exist']
 */
export function checkWorkflow(file: string, workflow: unknown, actions: ReadonlyMap<string, ActionManifest>): string[] {
  if (!isRecord(workflow)) return [`${file}: not a YAML mapping`]
  const problems: string[] = []
  const jobs = workflow.jobs
  if (!isRecord(jobs) || Object.keys(jobs).length === 0) return [`${file}: no jobs`]
  const topPermissions = workflow.permissions
  if (topPermissions === 'write-all') problems.push(`${file}: permissions: write-all; grant only what each job needs`)
  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isRecord(job)) {
      problems.push(`${file}: jobs.${jobId} is not a mapping`)
      continue
    }
    if (topPermissions === undefined && job.permissions === undefined) {
      problems.push(
        `${file}: jobs.${jobId} has no permissions (and the workflow sets none): the token would get the repository default`,
      )
    }
    if (job.permissions === 'write-all') problems.push(`${file}: jobs.${jobId} has permissions: write-all`)
    const steps = job.steps
    if (steps === undefined) continue
    if (!Array.isArray(steps)) {
      problems.push(`${file}: jobs.${jobId}.steps is not a list`)
      continue
    }
    steps.forEach((step: unknown, index) => {
      problems.push(...checkStep(`${file}: jobs.${jobId}.steps[${index}]`, step, actions, { pinned: true }))
    })
    problems.push(...checkStepOutputs(`${file}: jobs.${jobId}`, job, actions))
    problems.push(...checkEnvironmentInputs(`${file}: jobs.${jobId}`, job))
  }
  return problems
}

/**
 * Problems of `environment` inputs inside one job: a step of our actions that says `environment: X` must run in a
 * job that declares `environment: X` (or `environment: { name: X }`). The actions verify the claim against the
 * deployment GitHub creates for the job, so a mismatch would fail every run.
 * @example checkEnvironmentInputs('j', { steps: [{ uses: './actions/x', with: { environment: 'production' } }] }) // => ['j: steps[0] says environment: production, but the job declares none']
 */
export function checkEnvironmentInputs(at: string, job: unknown): string[] {
  if (!isRecord(job) || !Array.isArray(job.steps)) return []
  const declared = isRecord(job.environment) ? job.environment.name : job.environment
  const problems: string[] = []
  ;(job.steps as unknown[]).forEach((step, index) => {
    if (!isRecord(step) || typeof step.uses !== 'string' || ownActionName(step.uses) === undefined) return
    const claimed = isRecord(step.with) ? step.with.environment : undefined
    if (claimed === undefined || claimed === declared) return
    const said = JSON.stringify(claimed).replace(/^"|"$/g, '')
    const job = declared === undefined ? 'none' : JSON.stringify(declared).replace(/^"|"$/g, '')
    problems.push(`${at}: steps[${index}] says environment: ${said}, but the job declares ${job}`)
  })
  return problems
}

/**
 * Problems of one step: if it uses one of our actions, the action must exist, every `with:` key must be a declared
 * input and every required input must be passed; with `pinned`, any other action must be pinned to a commit SHA.
 * @example checkStep('s', { uses: './actions/x', with: { nope: 1 } }, new Map([['x', { inputs: {} }]]), { pinned: false }) // => ['s (x): input nope is not declared in actions/x/action.yml']
 */
export function checkStep(
  at: string,
  step: unknown,
  actions: ReadonlyMap<string, ActionManifest>,
  options: { pinned: boolean },
): string[] {
  if (!isRecord(step) || typeof step.uses !== 'string') return []
  const uses = step.uses
  const name = ownActionName(uses)
  if (name === undefined) {
    if (options.pinned && !uses.startsWith('./') && !uses.startsWith('docker://') && !PINNED.test(uses)) {
      return [`${at} uses ${uses}: pin third-party actions to a full 40-character commit SHA`]
    }
    return []
  }
  const manifest = actions.get(name)
  if (!manifest) return [`${at} uses ${uses}, but actions/${name}/action.yml does not exist`]
  const given = step.with === undefined || step.with === null ? {} : step.with
  if (!isRecord(given)) return [`${at} (${name}): with is not a mapping`]
  const problems: string[] = []
  const declared = new Set(Object.keys(manifest.inputs ?? {}))
  for (const key of Object.keys(given)) {
    if (!declared.has(key)) problems.push(`${at} (${name}): input ${key} is not declared in actions/${name}/action.yml`)
  }
  for (const key of requiredInputs(manifest)) {
    if (!(key in given)) problems.push(`${at} (${name}): required input ${key} is not passed`)
  }
  return problems
}

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) strings(item, out)
  else if (isRecord(value)) for (const item of Object.values(value)) strings(item, out)
  return out
}

/**
 * Problems of `steps.<id>.outputs.<name>` references inside one job: when step `<id>` uses one of our actions,
 * `<name>` must be an output of its action.yml (a typo would otherwise silently read an empty string).
 * @example checkStepOutputs('j', { steps: [{ id: 'v', uses: './actions/x' }], outputs: { d: '${{ steps.v.outputs.nope }}' } }, new Map([['x', { outputs: {} }]])) // => ['j: steps.v.outputs.nope is not an output of actions/x/action.yml']
 */
export function checkStepOutputs(at: string, job: unknown, actions: ReadonlyMap<string, ActionManifest>): string[] {
  if (!isRecord(job) || !Array.isArray(job.steps)) return []
  const actionOfStep = new Map<string, string>()
  for (const step of job.steps as unknown[]) {
    if (isRecord(step) && typeof step.id === 'string' && typeof step.uses === 'string') {
      const name = ownActionName(step.uses)
      if (name !== undefined) actionOfStep.set(step.id, name)
    }
  }
  const problems = new Set<string>()
  for (const text of strings(job, [])) {
    for (const match of text.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
      const [, id = '', output = ''] = match
      const name = actionOfStep.get(id)
      const manifest = name === undefined ? undefined : actions.get(name)
      if (name !== undefined && manifest && !Object.hasOwn(manifest.outputs ?? {}, output)) {
        problems.add(`${at}: steps.${id}.outputs.${output} is not an output of actions/${name}/action.yml`)
      }
    }
  }
  return [...problems]
}
