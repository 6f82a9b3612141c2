import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  checkActionManifest,
  checkEnvironmentInputs,
  checkWorkflow,
  ownActionName,
  parseYaml,
  requiredInputs,
  type ActionManifest,
} from './check-workflows.js'

const root = join(import.meta.dirname, '..', '..', '..')
const workflowDir = join(root, '.github', 'workflows')
const workflowFiles = readdirSync(workflowDir)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort()
const actionNames = readdirSync(join(root, 'actions'))
  .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
  .sort()

function loadActions(): Map<string, ActionManifest> {
  const actions = new Map<string, ActionManifest>()
  for (const name of actionNames) {
    const file = `actions/${name}/action.yml`
    actions.set(name, parseYaml(readFileSync(join(root, file), 'utf8'), file) as ActionManifest)
  }
  return actions
}

const actions = loadActions()
const fileExists = (path: string): boolean => existsSync(join(root, path))

describe('action.yml files', () => {
  it('finds the six actions', () => {
    expect(actionNames).toEqual([
      'canary-deploy',
      'evaluate-vs-champion',
      'fairness-gate',
      'register-model',
      'train-on-runner',
      'validate-data',
    ])
  })

  it.each(actionNames)('%s: node24, bundles exist, every input and output described', (name) => {
    expect(checkActionManifest(name, actions.get(name), fileExists)).toEqual([])
  })
})

describe('workflows', () => {
  it('has the CI and the example pipelines', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining([
        'ci.yml',
        'pr-gate.yml',
        'promote.yml',
        'check-run-promote.yml',
        'gpu-sweep.yml',
        'sharded-validation.yml',
        'monitor.yml',
        'retrain.yml',
        'registry-site.yml',
      ]),
    )
  })

  it.each(workflowFiles)(
    '%s: uses of our actions name declared inputs and pass required ones; pinned; permissions',
    (file) => {
      const workflow = parseYaml(readFileSync(join(workflowDir, file), 'utf8'), `.github/workflows/${file}`)
      expect(checkWorkflow(file, workflow, actions)).toEqual([])
    },
  )

  it('every example pipeline uses at least one of our actions, and together they use all six', () => {
    const used = new Set<string>()
    // ci.yml tests modelgate itself; registry-site.yml runs the CLI (`registry site`), not an action.
    for (const file of workflowFiles.filter((f) => f !== 'ci.yml' && f !== 'registry-site.yml')) {
      const text = readFileSync(join(workflowDir, file), 'utf8')
      const names = [...text.matchAll(/uses:\s*(\S+)/g)]
        .map((m) => ownActionName(m[1] ?? ''))
        .filter((n) => n !== undefined)
      expect(names.length, `${file} uses none of ./actions/*`).toBeGreaterThan(0)
      for (const name of names) used.add(name)
    }
    expect([...used].sort()).toEqual(actionNames)
  })

  it('every SHA-pinned third-party action carries a version comment', () => {
    for (const file of workflowFiles) {
      const lines = readFileSync(join(workflowDir, file), 'utf8').split('\n')
      lines.forEach((line, index) => {
        if (/uses:\s*\S+@[0-9a-f]{40}/.test(line)) expect(line, `${file}:${index + 1}`).toMatch(/# v\d+/)
      })
    }
  })

  it('ci.yml runs lint, typecheck, tests and check-dist on Node 20 and 24 with read-only contents', () => {
    const ci = parseYaml(readFileSync(join(workflowDir, 'ci.yml'), 'utf8'), 'ci.yml') as {
      permissions: unknown
      jobs: Record<string, { strategy?: { matrix?: { node?: unknown } }; steps: { run?: string }[] }>
    }
    expect(ci.permissions).toEqual({ contents: 'read' })
    const job = Object.values(ci.jobs)[0]
    expect(job?.strategy?.matrix?.node).toEqual([20, 24])
    const runs = (job?.steps ?? []).map((step) => step.run ?? '').join('\n')
    for (const command of [
      'npm ci',
      'npm run lint',
      'npm run typecheck',
      'npm test',
      'npm run check-dist',
      'nginx-light',
      'prometheus docker-registry',
    ]) {
      expect(runs).toContain(command)
    }
  })
})

describe('registry-site.yml', () => {
  const site = parseYaml(readFileSync(join(workflowDir, 'registry-site.yml'), 'utf8'), 'registry-site.yml') as {
    permissions: unknown
    jobs: Record<
      string,
      {
        needs?: string
        permissions?: Record<string, string>
        environment?: { name?: string; url?: string }
        steps: { uses?: string; run?: string; with?: Record<string, unknown> }[]
      }
    >
  }
  const { build, deploy } = site.jobs

  it('renders the site with the CLI and uploads exactly that folder as the Pages artifact', () => {
    expect(site.permissions).toEqual({})
    expect(build?.permissions).toEqual({ contents: 'read', packages: 'read' })
    const render = build?.steps.find((s) => s.run?.includes('registry site'))
    expect(render?.run).toMatch(
      /^node dist\/cli\/index\.js registry site --registry "\$REGISTRY" --model "\$MODELS" --out site$/,
    )
    const upload = build?.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))
    expect(upload?.with).toEqual({ path: 'site' })
    // The command it runs exists: the CLI dispatches `registry site`.
    expect(readFileSync(join(root, 'src', 'cli', 'registry-site.ts'), 'utf8')).toContain(
      "argv[0] === 'registry' && argv[1] === 'site'",
    )
  })

  it('deploys with deploy-pages in the github-pages environment, with pages and id-token write only there', () => {
    expect(deploy?.needs).toBe('build')
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' })
    expect(deploy?.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' })
    expect(deploy?.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages'])
  })
})

describe('the checker itself fails on bad input', () => {
  const manifest: ActionManifest = {
    name: 'x',
    description: 'x',
    inputs: {
      data: { description: 'the data', required: true },
      mode: { description: 'mode', required: true, default: 'validate' },
      seed: { description: 'seed', required: false },
    },
    outputs: { verdict: { description: 'verdict' } },
    runs: { using: 'node24', main: '../../dist/x/index.js' },
  }
  const known = new Map([['x', manifest]])

  it('reads our action names from both forms', () => {
    expect(ownActionName('./actions/validate-data')).toBe('validate-data')
    expect(ownActionName('acme/modelgate/actions/fairness-gate@v1')).toBe('fairness-gate')
    expect(ownActionName('actions/checkout@v5')).toBeUndefined()
    expect(requiredInputs(manifest)).toEqual(['data'])
  })

  it('reports an unknown input, a missing required input, a missing action, an unpinned action, missing permissions', () => {
    const bad = parseYaml(
      [
        'on: push',
        'jobs:',
        '  gate:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v5',
        '      - uses: ./actions/x',
        '        with: { seed: 1, threshold: 0.5 }',
        '      - uses: someone/modelgate/actions/missing@v1',
        '      - uses: actions/setup-node@a0853c24544627f65ddf259abe73b1d18a591444',
        '      - run: echo ok',
      ].join('\n'),
      'bad.yml',
    )
    expect(checkWorkflow('bad.yml', bad, known)).toEqual([
      'bad.yml: jobs.gate has no permissions (and the workflow sets none): the token would get the repository default',
      'bad.yml: jobs.gate.steps[0] uses actions/checkout@v5: pin third-party actions to a full 40-character commit SHA',
      'bad.yml: jobs.gate.steps[1] (x): input threshold is not declared in actions/x/action.yml',
      'bad.yml: jobs.gate.steps[1] (x): required input data is not passed',
      'bad.yml: jobs.gate.steps[2] uses someone/modelgate/actions/missing@v1, but actions/missing/action.yml does not exist',
    ])
  })

  it('reports a step output that the action does not declare', () => {
    const workflow = {
      permissions: {},
      jobs: {
        gate: {
          outputs: { drifted: '${{ steps.v.outputs.drifted-column }}' },
          steps: [
            { id: 'v', uses: './actions/x', with: { data: 'a.csv' } },
            { run: 'echo "${{ steps.v.outputs.verdict }}"' },
          ],
        },
      },
    }
    expect(checkWorkflow('outputs.yml', workflow, known)).toEqual([
      'outputs.yml: jobs.gate: steps.v.outputs.drifted-column is not an output of actions/x/action.yml',
    ])
  })

  it('accepts the same step once it is fixed', () => {
    const good = {
      permissions: {},
      jobs: { gate: { steps: [{ uses: './actions/x', with: { data: 'a.csv', seed: 1 } }] } },
    }
    expect(checkWorkflow('good.yml', good, known)).toEqual([])
  })

  it('reports a bad action.yml: runtime, missing bundle, bad post, undescribed input and output', () => {
    const problems = checkActionManifest(
      'x',
      {
        name: 'x',
        description: 'x',
        inputs: { data: { required: 'yes' } },
        outputs: { verdict: null },
        runs: { using: 'node20', main: '../../dist/x/index.js', post: 'post.js' },
      },
      () => false,
    )
    expect(problems).toEqual([
      'actions/x/action.yml: runs.using is node20, expected node24',
      'actions/x/action.yml: runs.main ../../dist/x/index.js does not exist (build it: node scripts/build.mjs x)',
      'actions/x/action.yml: runs.post post.js is not ../../dist/<bundle>/index.js',
      'actions/x/action.yml: inputs.data has no description',
      'actions/x/action.yml: inputs.data.required is "yes", expected true or false',
      'actions/x/action.yml: outputs.verdict has no description',
    ])
  })

  it('reports an environment input that is not the job environment', () => {
    const step = { uses: './actions/canary-deploy', with: { environment: 'production' } }
    expect(checkEnvironmentInputs('j', { steps: [step] })).toEqual([
      'j: steps[0] says environment: production, but the job declares none',
    ])
    expect(checkEnvironmentInputs('j', { environment: 'staging', steps: [step] })).toEqual([
      'j: steps[0] says environment: production, but the job declares staging',
    ])
    expect(checkEnvironmentInputs('j', { environment: { name: 'production' }, steps: [step] })).toEqual([])
    expect(checkEnvironmentInputs('j', { environment: 'production', steps: [step] })).toEqual([])
  })

  it('reports a YAML syntax error with the file name', () => {
    expect(() => parseYaml('jobs:\n  a: [unclosed\n', 'broken.yml')).toThrow(/^broken\.yml: /)
  })
})

describe('example pipelines have the shape their header promises', () => {
  type Step = { uses?: string; with?: Record<string, unknown> }
  type Job = {
    'runs-on'?: unknown
    environment?: unknown
    permissions?: unknown
    needs?: unknown
    strategy?: { matrix?: Record<string, unknown> }
    steps?: Step[]
  }
  type Workflow = { on: Record<string, unknown>; permissions?: unknown; jobs: Record<string, Job> }
  const load = (file: string): Workflow => parseYaml(readFileSync(join(workflowDir, file), 'utf8'), file) as Workflow
  const stepsOf = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])
  const usesOf = (workflow: Workflow, name: string): Step[] =>
    stepsOf(workflow).filter((step) => ownActionName(step.uses ?? '') === name)

  it('every example job states its own permissions, and no workflow grants more by default than read', () => {
    for (const file of workflowFiles.filter((f) => f !== 'ci.yml')) {
      const workflow = load(file)
      expect(workflow.permissions, file).toEqual({})
      for (const [id, job] of Object.entries(workflow.jobs)) expect(job.permissions, `${file} jobs.${id}`).toBeDefined()
    }
  })

  it('pr-gate runs the four gates on pull_request with checks and pull-requests write, then registers the candidate in ghcr.io', () => {
    const workflow = load('pr-gate.yml')
    expect(Object.keys(workflow.on)).toEqual(['pull_request'])
    for (const name of ['train-on-runner', 'evaluate-vs-champion', 'fairness-gate', 'register-model'])
      expect(usesOf(workflow, name), name).toHaveLength(1)
    // validate-data gates once; its other steps only profile the reference monitoring needs (monitor.yml).
    const validations = usesOf(workflow, 'validate-data')
    expect(validations.filter((step) => step.with?.mode !== 'profile')).toHaveLength(1)
    const profiles = validations.filter((step) => step.with?.mode === 'profile').map((step) => step.with?.output)
    expect(profiles).toEqual(['reference/train.profile.json', 'reference/scores.profile.json'])
    expect(usesOf(workflow, 'register-model')[0]?.with).toMatchObject({
      'reference-profile': profiles.join(','),
      metrics: 'reports/evaluation-metrics.json',
    })
    for (const job of Object.values(workflow.jobs))
      expect(job.permissions).toMatchObject({ checks: 'write', 'pull-requests': 'write' })
    const register = workflow.jobs.register
    expect(register?.needs).toEqual(['validate-data', 'train', 'evaluate'])
    expect(register?.permissions).toMatchObject({ packages: 'write' })
    expect(usesOf(workflow, 'register-model')[0]?.with).toMatchObject({
      mode: 'register',
      registry: 'oci://ghcr.io/${{ github.repository_owner }}/models',
    })
    // Every gate's report reaches the register step.
    const reports = String(usesOf(workflow, 'register-model')[0]?.with?.reports).split(',')
    for (const name of ['validate-data', 'train-on-runner', 'evaluate-vs-champion', 'fairness-gate']) {
      expect(usesOf(workflow, name)[0]?.with?.['report-path']).toBe(`reports/${name}.json`)
      expect(reports).toContain(`reports/${name}.json`)
    }
  })

  it('promote takes typed inputs, waits for the production environment and moves champion only through the canary', () => {
    const workflow = load('promote.yml')
    const inputs = (workflow.on.workflow_dispatch as { inputs: Record<string, { type?: string }> }).inputs
    expect(Object.keys(inputs).sort()).toEqual(['model', 'reason', 'version'])
    for (const input of Object.values(inputs)) expect(input.type).toBeDefined()
    const job = Object.values(workflow.jobs)[0]
    expect(job?.environment).toBe('production')
    expect(job?.permissions).toMatchObject({ deployments: 'write', packages: 'write' })
    const names = (job?.steps ?? []).map((step) => ownActionName(step.uses ?? '')).filter(Boolean)
    expect(names).toEqual(['canary-deploy'])
    expect(usesOf(workflow, 'canary-deploy')[0]?.with).toMatchObject({
      registry: 'oci://ghcr.io/${{ github.repository_owner }}/models',
      environment: 'production',
      version: '${{ inputs.version }}',
    })
  })

  it('check-run-promote handles check_run requested_action, champion through the canary, and says it needs a GitHub App token', () => {
    const workflow = load('check-run-promote.yml')
    expect(workflow.on.check_run).toEqual({ types: ['requested_action'] })
    expect(workflow.jobs.champion?.environment).toBe('production')
    expect(workflow.jobs['other-alias']?.environment).toBe('production')
    const champion = (workflow.jobs.champion?.steps ?? []).map((step) => ownActionName(step.uses ?? '')).filter(Boolean)
    expect(champion).toEqual(['canary-deploy'])
    expect(usesOf(workflow, 'register-model')[0]?.with?.mode).toBe('promote')
    expect(readFileSync(join(workflowDir, 'check-run-promote.yml'), 'utf8')).toMatch(/GitHub App[\s\S]*GITHUB_TOKEN/)
  })

  it('no shipped workflow uses a file: registry (empty on a fresh runner)', () => {
    for (const file of workflowFiles)
      for (const step of stepsOf(load(file)))
        expect(JSON.stringify(step.with?.registry ?? ''), `${file} ${step.uses ?? ''}`).not.toMatch(/^"file:/)
  })

  it('gpu-sweep trains a matrix on self-hosted GPU runners and picks the best leg', () => {
    const workflow = load('gpu-sweep.yml')
    const train = Object.values(workflow.jobs).find((job) => job.strategy?.matrix)
    expect(train?.['runs-on']).toEqual(['self-hosted', 'linux', 'gpu'])
    const [leg, pick] = usesOf(workflow, 'train-on-runner')
    expect(leg?.with).toMatchObject({ 'require-gpus': '1' })
    expect(String(leg?.with?.['artifact-name'])).toContain('${{ matrix.')
    expect(pick?.with).toMatchObject({
      'pick-best-from': 'candidates',
      'pick-metric': 'holdout_log_loss',
      'pick-direction': 'min',
    })
  })

  it('sharded-validation profiles each shard in a matrix and merges every shard profile', () => {
    const workflow = load('sharded-validation.yml')
    const [profile, merge] = usesOf(workflow, 'validate-data')
    expect(profile?.with?.mode).toBe('profile')
    expect(merge?.with?.mode).toBe('merge')
    const shards = Object.values(workflow.jobs).find((job) => job.strategy?.matrix)?.strategy?.matrix
      ?.shard as unknown[]
    const merged = String(merge?.with?.data).split(',')
    expect(merged).toHaveLength(shards.length)
    shards.forEach((shard, index) => expect(merged[index]).toContain(`shard-${String(shard)}.profile.json`))
  })
})
