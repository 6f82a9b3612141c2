/**
 * train-on-runner end to end.
 * - "bundle": runs dist/train-on-runner/index.js through runBundle exactly as a runner does (training with lineage
 *   and telemetry, the GPU preflight, timeout and cancellation with the post step).
 * - "main in process": main() over fakeContext for what the bundle tests do not repeat (missing nvidia-smi, failed
 *   uploads, bad commands, failure hints, the local cache, the post step, sweep mode).
 * nvidia-smi is the recorded-output stand-in in fixtures/nvidia-smi (no GPU machine in this environment).
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ServiceError } from '../../src/core/errors.js'
import type { LineageRecord } from '../../src/core/train/lineage.js'
import { trainMessages } from '../../src/core/train/messages.js'
import { processGroupAlive } from '../../src/io/run-command.js'
import { post } from '../../src/train-on-runner/cleanup.js'
import { main } from '../../src/train-on-runner/main.js'
import { State } from '../../src/train-on-runner/state.js'
import { cacheKey, cacheKeyFile, savePaths } from '../../src/train-on-runner/storage.js'
import { fakeContext, runInProcess, type FakeContext } from '../helpers/fake-context.js'
import { runBundle, runPostBundle } from '../helpers/run-bundle.js'

const root = resolve(import.meta.dirname, '../..')
const smiDir = join(root, 'fixtures/nvidia-smi')
const trainScript = join(root, 'fixtures/training/train.mjs')
const node = process.execPath

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

/**
 * A context for main() on "gpu-runner-7": the nvidia-smi stand-in on PATH with a GPU profile (`null`: no nvidia-smi
 * at all), a fresh workspace, no artifact or cache service.
 */
function trainContext(
  inputs: Record<string, string>,
  options: { gpus?: string | null; env?: Record<string, string>; workDir?: string } = {},
): FakeContext {
  const workspace = mkdtempSync(join(tmpdir(), 'train-work-'))
  const path =
    options.gpus === null
      ? (process.env.PATH ?? '')
          .split(delimiter)
          .filter((p) => !existsSync(join(p, 'nvidia-smi')))
          .join(delimiter)
      : `${smiDir}${delimiter}${process.env.PATH ?? ''}`
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )
  const env: Record<string, string> = {
    ...inherited,
    PATH: path,
    FAKE_NVIDIA_SMI_PROFILE: options.gpus ?? '2xA100',
    GITHUB_WORKSPACE: workspace,
    RUNNER_NAME: 'gpu-runner-7',
    ACTIONS_RUNTIME_TOKEN: '',
    ACTIONS_RESULTS_URL: '',
    ...options.env,
  }
  return fakeContext({
    inputs,
    env,
    workDir: options.workDir ?? workspace,
    github: { sha: 'a'.repeat(40), repository: 'octo/ml', runnerName: 'gpu-runner-7' },
  })
}

const train = (fake: FakeContext) => runInProcess('train-on-runner', main, fake.context)

const trainCommand = (extra: string[] = []): string =>
  JSON.stringify([node, trainScript, '--epochs', '4', '--out', 'model', '--metrics', 'metrics.json', ...extra])

describe('train-on-runner bundle (runBundle harness)', () => {
  const quiet = { comment: 'false', 'check-run': 'false' }
  const smiEnv = (profile: string): Record<string, string> => ({
    PATH: `${smiDir}${delimiter}${process.env.PATH ?? ''}`,
    FAKE_NVIDIA_SMI_PROFILE: profile,
  })

  /** A workspace for a training that runs until it is stopped, leaving a grandchild whose pid goes to gc.pid. */
  const endless = () => {
    const cwd = mkdtempSync(join(tmpdir(), 'train-bundle-'))
    return { cwd, pidFile: join(cwd, 'gc.pid') }
  }
  const endlessArgs = (pidFile: string) => ['--epochs', '100000', '--sleep-ms', '100', '--spawn-grandchild', pidFile]

  it('trains through the runner harness in local-artifact mode, with metrics, lineage and telemetry', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'train-bundle-'))
    const run = await runBundle('train-on-runner', {
      cwd,
      inputs: {
        ...quiet,
        command: trainCommand(['--sleep-ms', '150']),
        'require-gpus': 'count=2,memory=40GiB,name=A100|H100',
        'metrics-file': 'metrics.json',
        'required-metrics': 'accuracy,loss',
        'model-dir': 'model',
        'artifact-name': 'clf',
        params: '{"lr": 0.5, "epochs": 4}',
        'data-files': trainScript,
        'runner-labels': 'self-hosted, gpu, a100',
        'telemetry-interval-seconds': '0.2',
      },
      env: smiEnv('2xA100'),
    })
    expect(run.exitCode, run.stdout + run.stderr).toBe(0)
    expect(run.outputs.verdict).toBe('pass')
    expect(run.report?.checks.map((c) => [c.id, c.status])).toEqual([
      ['train.preflight.gpus', 'pass'],
      ['train.exit', 'pass'],
      ['train.metrics', 'pass'],
      ['train.model', 'pass'],
    ])
    const metrics = JSON.parse(readFileSync(run.outputs['metrics-path'] as string, 'utf8')) as Record<string, number>
    expect(metrics.accuracy).toBeGreaterThan(0.9)
    const localCopy = run.outputs['local-artifact-path'] as string
    expect(existsSync(join(localCopy, 'model.json'))).toBe(true)
    expect(run.outputs['artifact-id']).toBe('')
    expect(run.stdout).toContain(`::warning::${trainMessages.artifactLocal('clf', localCopy)}`)
    // live log streamed inside a group, metric lines parsed
    expect(run.stdout).toContain('::group::training:')
    expect(run.stdout).toContain('modelgate:metric loss=')

    const lineage = JSON.parse(readFileSync(run.outputs['lineage-path'] as string, 'utf8')) as LineageRecord
    expect(lineage).toMatchObject({
      commit: 'ffac537e6cbbf934b08745a378932722df287a53',
      runner: { name: 'test-runner-1', os: 'Linux', labels: ['self-hosted', 'gpu', 'a100'] },
      cudaVersion: '12.2',
      driverVersion: '535.104.05',
      exitCode: 0,
    })
    expect(lineage.params).toEqual({ lr: 0.5, epochs: 4 })
    expect(lineage.command[1]).toBe(trainScript)
    expect(lineage.dataFiles[0]?.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(lineage.gpus.map((g) => g.name)).toEqual(['NVIDIA A100-SXM4-40GB', 'NVIDIA A100-SXM4-40GB'])
    expect(lineage.tools.node).toBe(process.version)
    expect(lineage.metrics.accuracy).toBe(metrics.accuracy)

    // telemetry from the stand-in's recorded samples
    const telemetry = JSON.parse(readFileSync(run.outputs['telemetry-path'] as string, 'utf8')) as {
      samples: unknown[]
    }
    expect(telemetry.samples.length).toBeGreaterThanOrEqual(2)
    expect([31245, 33812, 30117, 32008, 30002, 29950].map(String)).toContain(run.outputs['peak-gpu-memory-mib'])
    expect(Number(run.outputs['peak-gpu-memory-mib'])).toBeGreaterThan(29000)
    expect(Number(run.outputs['mean-gpu-utilization'])).toBeGreaterThan(60)
    expect(run.report?.figures.some((f) => f.kind === 'line' && f.title === 'GPU utilisation')).toBe(true)
    expect(run.summary).toContain('GPU utilisation')
  })

  it('fails the GPU preflight in seconds against a 1×T4 runner, before training', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'train-bundle-'))
    const started = Date.now()
    const run = await runBundle('train-on-runner', {
      cwd,
      inputs: { ...quiet, command: trainCommand(), 'require-gpus': 'count=2,memory=40GiB', 'runner-labels': 'gpu' },
      env: smiEnv('1xT4'),
    })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(run.exitCode).toBe(1)
    expect(run.stdout + run.stderr).toContain(
      trainMessages.gpuShortage('"test-runner-1" (labels: gpu)', '2 GPUs with ≥ 40960 MiB', '1× Tesla T4 (15360 MiB)'),
    )
    expect(existsSync(join(cwd, 'model'))).toBe(false) // training never started
  })

  it('timeout kills the tree (grandchild too) and keeps the partial log', async () => {
    const { cwd, pidFile } = endless()
    const run = await runBundle('train-on-runner', {
      cwd,
      inputs: { ...quiet, command: trainCommand(endlessArgs(pidFile)), 'timeout-minutes': '0.05' },
      env: smiEnv('2xA100'),
    })
    expect(run.exitCode).toBe(1)
    expect(run.report?.checks.find((c) => c.id === 'train.exit')).toMatchObject({
      status: 'fail',
      message: trainMessages.timedOut(0.05),
    })
    await new Promise((r) => setTimeout(r, 300))
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false)
    expect(processGroupAlive(Number(run.state[State.pgid]))).toBe(false)
    expect(readFileSync(run.outputs['log-path'] as string, 'utf8')).toMatch(/^epoch 1\/100000 modelgate:metric/)
  })

  it('cancellation (SIGTERM) kills the tree; the post step cleans up', async () => {
    const { cwd, pidFile } = endless()
    const run = await runBundle('train-on-runner', {
      cwd,
      inputs: { ...quiet, command: trainCommand(endlessArgs(pidFile)) },
      env: smiEnv('2xA100'),
      signalAfterMs: { signal: 'SIGTERM', afterMs: 2500 },
    })
    expect(run.state[State.pgid]).toMatch(/^\d+$/)
    expect(run.report?.title).toBe('Training was cancelled')
    const post = await runPostBundle('train-on-runner', { cwd, state: run.state, env: smiEnv('2xA100') })
    expect(post.exitCode, post.stdout + post.stderr).toBe(0)
    await new Promise((r) => setTimeout(r, 300))
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false)
    expect(processGroupAlive(Number(run.state[State.pgid]))).toBe(false)
  })
})

describe('train-on-runner main (in process, nvidia-smi stand-in)', () => {
  it('explains a missing nvidia-smi when GPUs are required, and only notes it otherwise', async () => {
    const missing = trainContext({ command: trainCommand(), 'require-gpus': '1' }, { gpus: null })
    await expect(main(missing.context)).rejects.toBeInstanceOf(ServiceError)
    await expect(main(missing.context)).rejects.toThrow(trainMessages.nvidiaSmiMissingRequired('"gpu-runner-7"'))
    const noted = trainContext({ command: trainCommand(), 'telemetry-interval-seconds': '0.2' }, { gpus: null })
    const { report } = await train(noted)
    expect(noted.log).toContain(trainMessages.nvidiaSmiMissingNote())
    expect(report.checks.map((c) => c.id)).not.toContain('train.preflight.gpus')
    expect(report.status).toBe('pass') // metrics from the modelgate:metric log lines
    expect(report.checks.find((c) => c.id === 'train.metrics')?.status).toBe('pass')
    const driverless = trainContext({ command: trainCommand(), 'require-gpus': '1' }, { gpus: 'none' })
    await expect(main(driverless.context)).rejects.toThrow(
      /nvidia-smi failed on runner "gpu-runner-7": exit 9: NVIDIA-SMI has failed/,
    )
  })

  it('reports a failed artifact upload as an error check and still writes the lineage', async () => {
    // runtime variables present, but the results service is a closed local port
    const saved = { token: process.env.ACTIONS_RUNTIME_TOKEN, url: process.env.ACTIONS_RESULTS_URL }
    const env = { ACTIONS_RUNTIME_TOKEN: 'not-a-jwt', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' }
    Object.assign(process.env, env) // @actions/artifact reads process.env itself
    try {
      const { report, outputs } = await train(
        trainContext({ command: trainCommand(), 'model-dir': 'model', 'artifact-name': 'clf' }, { env }),
      )
      const check = report.checks.find((c) => c.id === 'train.model')
      expect(check?.status).toBe('error')
      expect(check?.message.startsWith(trainMessages.artifactUploadFailed('clf', ''))).toBe(true)
      expect(report.status).toBe('error')
      expect(existsSync(outputs['lineage-path'] as string)).toBe(true)
    } finally {
      if (saved.token === undefined) delete process.env.ACTIONS_RUNTIME_TOKEN
      else process.env.ACTIONS_RUNTIME_TOKEN = saved.token
      if (saved.url === undefined) delete process.env.ACTIONS_RESULTS_URL
      else process.env.ACTIONS_RESULTS_URL = saved.url
    }
  })

  it('names a training program that does not exist', async () => {
    const { context } = trainContext({ command: '["no-such-trainer-xyz", "--epochs", "3"]' })
    await expect(main(context)).rejects.toThrow('the program "no-such-trainer-xyz" was not found')
  })

  it('refuses a one-line shell command before running anything', async () => {
    const { context } = trainContext({ command: 'python train.py && curl evil' })
    await expect(main(context)).rejects.toThrow(
      trainMessages.badCommand(
        '"python train.py && curl evil" is one line with spaces, and modelgate never runs a command through a shell',
      ),
    )
  })

  it('explains a CUDA out-of-memory failure with the last log lines and a hint', async () => {
    const { report, outputs } = await train(trainContext({ command: trainCommand(['--fail', 'cuda-oom']) }))
    expect(report.status).toBe('fail')
    expect(report.title).toBe('Training failed (exit code 1): cuda-out-of-memory')
    const why = report.figures.find((f) => f.title === 'Why it failed')
    expect(why?.kind === 'text' && why.markdown).toContain('CUDA out of memory. Tried to allocate 2.00 GiB')
    expect(outputs['exit-code']).toBe('1')
  })

  it('restores a local cache on the second run (miss, then hit after the post step saves)', async () => {
    const inputs = { command: trainCommand(), 'cache-paths': 'model', 'cache-key-files': trainScript }
    const first = trainContext(inputs)
    expect((await train(first)).outputs['cache-hit']).toBe('false')
    expect(first.state.get(State.succeeded)).toBe('true') // the post step may save
    const failed = trainContext({ ...inputs, command: trainCommand(['--fail', 'cuda-oom']) })
    await train(failed)
    expect(failed.state.get(State.succeeded)).toBeUndefined() // it may not
    expect(first.log.some((l) => l.includes('cache miss') && l.includes('not on a GitHub runner'))).toBe(true)
    // the post step saves on a miss; call its storage directly (the post bundle is tested through runPostBundle)
    await savePaths(
      JSON.parse(first.state.get(State.cachePaths) as string) as string[],
      first.state.get(State.cacheKey) as string,
      { env: first.context.env, workDir: first.context.workDir },
    )
    const second = trainContext(inputs, { workDir: first.context.workDir })
    expect((await train(second)).outputs['cache-hit']).toBe('true')
  })
})

describe('cache key', () => {
  it('is the prefix plus a sha256 over workspace-relative paths and contents: order-free, the same in another workspace', async () => {
    const workspaces = [mkdtempSync(join(tmpdir(), 'key-')), mkdtempSync(join(tmpdir(), 'key-other-'))]
    for (const w of workspaces) {
      mkdirSync(join(w, 'sub'))
      writeFileSync(join(w, 'a'), 'torch==2.3')
      writeFileSync(join(w, 'b'), 'rows')
      writeFileSync(join(w, 'c'), 'torch==2.3')
    }
    const [w1, w2] = workspaces as [string, string]
    const key = (w: string, cwd: string, names: string[]) =>
      cacheKey(
        'p-',
        names.map((n) => cacheKeyFile(w, cwd, n)),
      )
    const k1 = await key(w1, w1, ['a', 'b'])
    expect(k1).toMatch(/^p-[0-9a-f]{64}$/)
    expect(await key(w1, w1, ['b', 'a'])).toBe(k1)
    // Another workspace folder (another runner) with the same checkout: the same key; so from a working directory.
    expect(await key(w2, w2, ['a', 'b'])).toBe(k1)
    expect(await key(w1, join(w1, 'sub'), ['../a', '../b'])).toBe(k1)
    // Another file with the same contents is another key (paths are part of it), and so is a changed file.
    expect(await key(w1, w1, ['c', 'b'])).not.toBe(k1)
    writeFileSync(join(w1, 'a'), 'torch==2.4')
    expect(await key(w1, w1, ['a', 'b'])).not.toBe(k1)
    await expect(key(w1, w1, ['missing'])).rejects.toThrow(/cannot read/)
  })
})

describe('train-on-runner post step (in process)', () => {
  it('kills a training tree the main step left behind, keeps partial logs, and saves no cache for a training that never succeeded', async () => {
    // What a main step killed mid-training leaves: a live detached training group, its run folder, saved state.
    const { context, state, logger } = trainContext({})
    const pidFile = join(context.workDir, 'gc.pid')
    const child = spawn(node, [trainScript, '--epochs', '100000', '--sleep-ms', '100', '--spawn-grandchild', pidFile], {
      detached: true,
      stdio: 'ignore',
      cwd: context.workDir,
    })
    const runDir = join(context.workDir, 'train', 'run-1')
    mkdirSync(runDir, { recursive: true })
    writeFileSync(join(runDir, 'train.log'), 'epoch 1/100000 modelgate:metric loss=0.69\n')
    writeFileSync(join(context.workDir, 'data.bin'), 'dataset')
    state.set(State.pgid, String(child.pid))
    state.set(State.runDir, runDir)
    state.set(State.artifactName, 'clf')
    state.set(State.cacheKey, 'modelgate-train-abc')
    state.set(State.cachePaths, JSON.stringify([join(context.workDir, 'data.bin')]))
    state.set(State.cacheHit, 'false')
    const deadline = Date.now() + 10_000
    while (!existsSync(pidFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    const grandchild = Number(readFileSync(pidFile, 'utf8'))

    await post(context)

    expect(processGroupAlive(child.pid as number)).toBe(false)
    expect(alive(grandchild)).toBe(false)
    expect(
      logger.warnings.some((l) => l.startsWith(`the training process group ${String(child.pid)} is still running`)),
    ).toBe(true)
    expect(readFileSync(join(context.workDir, 'artifacts', 'clf-partial-logs', 'train.log'), 'utf8')).toContain(
      'epoch 1/',
    )
    // As actions/cache: only a successful training saves (a killed one may have left the folders half-written).
    expect(existsSync(join(context.workDir, 'cache', 'modelgate-train-abc'))).toBe(false)
    expect(logger.lines).toContain('cache not saved as modelgate-train-abc: the training did not succeed')
    // The same state after a training that succeeded: saved.
    state.set(State.succeeded, 'true')
    await post(context)
    expect(existsSync(join(context.workDir, 'cache', 'modelgate-train-abc', '0'))).toBe(true)
  })

  it('does nothing harmful after a main step that finished', async () => {
    const { context, state, log } = trainContext({})
    state.set(State.pgid, '999999')
    state.set(State.finished, 'true')
    await post(context)
    expect(log).toEqual([])
  })
})

describe('train-on-runner sweep mode (pick-best-from)', () => {
  it('trains a three-leg sweep, then picks the best leg by a metric', async () => {
    const sweep = mkdtempSync(join(tmpdir(), 'sweep-'))
    const values: Record<string, number> = {}
    for (const lr of ['0.01', '0.5', '2']) {
      const leg = trainContext({
        command: JSON.stringify([
          node,
          trainScript,
          '--epochs',
          '5',
          '--lr',
          lr,
          '--out',
          'model',
          '--metrics',
          'metrics.json',
        ]),
        'metrics-file': 'metrics.json',
        'model-dir': 'model',
        'artifact-name': `model-lr-${lr}`,
      })
      const { report, outputs } = await train(leg)
      expect(report.status).toBe('pass')
      // what actions/download-artifact produces: one folder per artifact, holding the leg's model and metrics
      cpSync(outputs['local-artifact-path'] as string, join(sweep, `model-lr-${lr}`), { recursive: true })
      cpSync(outputs['metrics-path'] as string, join(sweep, `model-lr-${lr}`, 'metrics.json'))
      values[`model-lr-${lr}`] = (
        JSON.parse(readFileSync(outputs['metrics-path'] as string, 'utf8')) as { loss: number }
      ).loss
    }
    const expected = Object.entries(values).sort((a, b) => a[1] - b[1])[0]?.[0]
    const pick = trainContext({ 'pick-best-from': sweep, 'pick-metric': 'loss', 'pick-direction': 'min' })
    const { report, outputs } = await train(pick)
    expect(report.status).toBe('pass')
    expect(outputs['best-candidate']).toBe(expected)
    expect(Number(outputs['best-value'])).toBe(values[expected as string])
    expect(outputs['best-path']).toBe(join(sweep, expected as string))
  })

  it('refuses a sweep where a leg has no metrics, naming the leg', async () => {
    const sweep = mkdtempSync(join(tmpdir(), 'sweep-'))
    mkdirSync(join(sweep, 'a'))
    mkdirSync(join(sweep, 'b'))
    writeFileSync(join(sweep, 'a', 'metrics.json'), '{"auc": 0.8}')
    const pick = trainContext({ 'pick-best-from': sweep, 'pick-metric': 'auc' })
    await expect(main(pick.context)).rejects.toThrow(trainMessages.candidateMissingMetric('auc', 'b'))
  })
})
