import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { arch, platform } from 'node:os'
import { join, resolve } from 'node:path'
import type { ActionContext, ActionResult } from '../github/action-context.js'
import type { Check } from '../core/gate/check.js'
import { buildTrainReport } from '../core/train/build-train-report.js'
import type { LineageRecord } from '../core/train/lineage.js'
import { trainMessages } from '../core/train/messages.js'
import { checkMetrics, type MetricsFileState } from '../core/train/check-metrics.js'
import { parseMetricLine } from '../core/train/parse-metric-line.js'
import { summarizeTelemetry } from '../core/train/telemetry.js'
import { sha256File } from '../io/hash-file.js'
import { runCommand } from '../io/run-command.js'
import { readInputs } from './inputs.js'
import { pickBest } from './pick-best.js'
import { checkGpus, describeRunner, readGpuInventory } from './preflight.js'
import { cacheKey, restorePaths, uploadDirectory } from './storage.js'
import { State } from './state.js'
import { TelemetrySampler } from './telemetry.js'

async function toolVersion(argv: string[], env: NodeJS.ProcessEnv): Promise<string | null> {
  try {
    const r = await runCommand(argv, { env, timeoutMs: 10_000, killGraceMs: 500, keepTailLines: 5 })
    return r.exitCode === 0 ? ([...r.stdoutTail, ...r.stderrTail][0] ?? null) : null
  } catch {
    return null
  }
}

function readMetricsFile(name: string | undefined, path: string): MetricsFileState {
  if (name === undefined) return { kind: 'not-declared' }
  if (!existsSync(path)) return { kind: 'missing', name }
  try {
    return { kind: 'parsed', name, value: JSON.parse(readFileSync(path, 'utf8')) as unknown }
  } catch (error) {
    return { kind: 'unparsable', name, why: (error as Error).message }
  }
}

export async function main(context: ActionContext): Promise<ActionResult> {
  if (context.inputs.optional('pick-best-from') !== undefined) return await pickBest(context)
  const inputs = readInputs(context.inputs, context.policy)
  const { logger } = context
  const startedAt = context.now()
  const env: NodeJS.ProcessEnv = { ...context.env }
  const cwd = resolve(context.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory ?? '.')
  const runDir = join(context.workDir, 'train', `run-${startedAt.getTime()}`)
  mkdirSync(runDir, { recursive: true })
  context.state.save(State.runDir, runDir)
  context.state.save(State.artifactName, inputs.artifactName)
  if (inputs.retentionDays !== undefined) context.state.save(State.retentionDays, String(inputs.retentionDays))
  const runnerName = context.github.runnerName ?? context.env.RUNNER_NAME
  const runner = describeRunner(runnerName, inputs.runnerLabels)

  // 1. GPU preflight: fails in seconds on the wrong runner.
  const inventory = await readGpuInventory(env, context.signal)
  const preflight = checkGpus(inventory, inputs.requireGpus, runner)
  logger.info(preflight.message)

  // 2. Lineage inputs and caches, before training.
  const dataFiles = []
  for (const path of inputs.dataFiles) {
    const full = resolve(cwd, path)
    dataFiles.push({ path, sha256: await sha256File(full), bytes: statSync(full).size })
  }
  let cache: { key: string; hit: boolean; backend: string } | null = null
  if (inputs.cachePaths.length > 0) {
    const key = await cacheKey(
      inputs.cacheKeyPrefix,
      inputs.cacheKeyFiles.map((f) => resolve(cwd, f)),
    )
    let restored: { hit: boolean; backend: 'actions-cache' | 'local' }
    try {
      restored = await restorePaths(
        inputs.cachePaths.map((p) => resolve(cwd, p)),
        key,
        { env: context.env, workDir: context.workDir },
      )
    } catch (error) {
      // a cache is an optimisation: an unreachable cache service must not stop training
      logger.warning(`cache restore failed, continuing without it: ${(error as Error).message}`)
      restored = { hit: false, backend: 'actions-cache' }
    }
    cache = { key, ...restored }
    logger.info(
      `cache ${restored.hit ? 'hit' : 'miss'} for ${key} (${restored.backend === 'local' ? `local cache folder under ${context.workDir}/cache: not on a GitHub runner` : '@actions/cache'})`,
    )
    context.state.save(State.cacheKey, key)
    context.state.save(State.cachePaths, JSON.stringify(inputs.cachePaths.map((p) => resolve(cwd, p))))
    context.state.save(State.cacheHit, String(restored.hit))
  }
  const paramsFile = join(runDir, 'params.json')
  writeFileSync(paramsFile, JSON.stringify(inputs.params, null, 2))
  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    ...inputs.env,
    MODELGATE_PARAMS_FILE: paramsFile,
    MODELGATE_PARAMS: JSON.stringify(inputs.params),
    MODELGATE_RUN_DIR: runDir,
  }

  // 3. Train, streaming the log, sampling telemetry.
  const log = createWriteStream(join(runDir, 'train.log'))
  const lineMetrics: Record<string, number> = {}
  const sampler = new TelemetrySampler({
    intervalMs: inputs.telemetryIntervalSeconds * 1000,
    gpus: inventory.available && inventory.gpus.length > 0,
    env,
    outFile: join(runDir, 'telemetry.json'),
  })
  sampler.start()
  logger.startGroup(`training: ${inputs.command.join(' ')}`)
  const trainStart = context.now()
  let result
  try {
    result = await runCommand(inputs.command, {
      cwd,
      env: childEnv,
      timeoutMs: inputs.timeoutMinutes * 60_000,
      signal: context.signal,
      keepTailLines: inputs.logTailLines,
      onSpawn: (pid) => context.state.save(State.pgid, String(pid)),
      onLine: (stream, line) => {
        log.write(`${line}\n`)
        logger.info(stream === 'stderr' ? `[stderr] ${line}` : line)
        for (const [name, value] of parseMetricLine(line)) lineMetrics[name] = value
      },
    })
  } catch (error) {
    await sampler.stop() // a program that does not exist: stop sampling before reporting it
    throw error
  } finally {
    logger.endGroup()
    await new Promise<void>((done) => log.end(done))
  }
  const samples = await sampler.stop()
  const trainEnd = context.now()
  context.state.save(State.finished, 'true')

  // 4. Metrics and model.
  const metricsPath = inputs.metricsFile === undefined ? join(runDir, 'metrics.json') : resolve(cwd, inputs.metricsFile)
  const { metrics, check: metricsCheck } = checkMetrics(
    readMetricsFile(inputs.metricsFile, metricsPath),
    lineMetrics,
    inputs.requiredMetrics,
  )
  if (inputs.metricsFile === undefined) writeFileSync(metricsPath, JSON.stringify(metrics, null, 2))

  const ok = result.exitCode === 0 && !result.timedOut && !result.cancelled
  let modelCheck: Check | null = null
  let upload: { id: number | null; localCopy: string | null } = { id: null, localCopy: null }
  const modelPath = inputs.modelDir === undefined ? null : resolve(cwd, inputs.modelDir)
  if (ok && modelPath !== null) {
    if (!existsSync(modelPath)) {
      modelCheck = {
        id: 'train.model',
        status: 'error',
        observed: null,
        message: trainMessages.modelDirMissing(inputs.modelDir ?? ''),
      }
    } else {
      try {
        upload = await uploadDirectory(inputs.artifactName, modelPath, {
          env: context.env,
          workDir: context.workDir,
          retentionDays: inputs.retentionDays,
          logger,
        })
        const message =
          upload.id !== null
            ? trainMessages.artifactUploaded(inputs.artifactName, upload.id)
            : trainMessages.artifactLocal(inputs.artifactName, upload.localCopy ?? '')
        if (upload.id === null) logger.warning(message)
        else logger.info(message)
        modelCheck = { id: 'train.model', status: 'pass', observed: inputs.artifactName, message }
      } catch (error) {
        // the run itself succeeded: report the failed upload as an error check and still write the lineage
        const message = trainMessages.artifactUploadFailed(inputs.artifactName, (error as Error).message)
        logger.error(message)
        modelCheck = { id: 'train.model', status: 'error', observed: null, message }
      }
    }
  }

  // 5. Lineage and report.
  const python = (await toolVersion(['python3', '--version'], env)) ?? (await toolVersion(['python', '--version'], env))
  const lineage: LineageRecord = {
    schemaVersion: 1,
    kind: 'modelgate.train-lineage',
    commit: context.github.sha ?? null,
    repository: context.github.repository ?? null,
    runUrl: context.github.runUrl ?? null,
    command: inputs.command,
    workingDirectory: cwd,
    params: inputs.params,
    dataFiles,
    runner: {
      name: runnerName ?? null,
      os: context.env.RUNNER_OS ?? platform(),
      arch: context.env.RUNNER_ARCH ?? arch(),
      labels: inputs.runnerLabels,
    },
    gpus: inventory.gpus.map((g) => ({ index: g.index, name: g.name, memoryTotalMiB: g.memoryTotalMiB })),
    driverVersion: inventory.driverVersion,
    cudaVersion: inventory.cudaVersion,
    tools: { node: process.version, ...(python === null ? {} : { python }) },
    startedAt: trainStart.toISOString(),
    finishedAt: trainEnd.toISOString(),
    durationMs: result.durationMs,
    exitCode: result.exitCode,
    signal: result.signal,
    timedOut: result.timedOut,
    cancelled: result.cancelled,
    metrics,
    model: {
      path: modelPath,
      artifactName: modelPath === null ? null : inputs.artifactName,
      artifactId: upload.id,
      localCopy: upload.localCopy,
    },
    cache: { key: cache?.key ?? null, hit: cache?.hit ?? null },
  }
  const lineagePath = join(runDir, 'lineage.json')
  writeFileSync(lineagePath, JSON.stringify(lineage, null, 2))
  const summary = summarizeTelemetry(samples)
  const report = buildTrainReport({
    lineage,
    preflight,
    timeoutMinutes: inputs.timeoutMinutes,
    lastLines: [...result.stdoutTail, ...result.stderrTail].slice(-inputs.logTailLines),
    metricsCheck,
    modelCheck,
    cache,
    samples,
    summary,
    startedAt,
    finishedAt: context.now(),
  })
  return {
    // buildTrainReport still builds a whole report; its parts are the outcome (decideTraining is next).
    subject: report.subject,
    outcome: {
      title: report.title,
      checks: report.checks,
      figures: report.figures,
      outputs: {
        'exit-code': result.exitCode === null ? '' : String(result.exitCode),
        'metrics-path': metricsPath,
        'model-path': modelPath ?? '',
        'artifact-id': upload.id === null ? '' : String(upload.id),
        'local-artifact-path': upload.localCopy ?? '',
        'lineage-path': lineagePath,
        'telemetry-path': join(runDir, 'telemetry.json'),
        'log-path': join(runDir, 'train.log'),
        'cache-hit': cache === null ? '' : String(cache.hit),
        'peak-gpu-memory-mib': summary.peakGpuMemoryMiB === null ? '' : String(summary.peakGpuMemoryMiB),
        'mean-gpu-utilization': summary.meanGpuUtilization === null ? '' : summary.meanGpuUtilization.toFixed(2),
      },
    },
  }
}
