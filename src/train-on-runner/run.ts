import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseMetricLine } from '../core/train/parse-metric-line.js'
import type { TelemetrySample } from '../core/train/telemetry.js'
import type { ActionContext } from '../github/action-context.js'
import { runCommand, type RunCommandResult } from '../io/run-command.js'
import type { TrainInputs } from './inputs.js'
import type { TrainSettings } from './settings.js'
import { State } from './state.js'
import { TelemetrySampler } from './telemetry.js'

/** Where a run happens: the training command's working directory, and the folder for its log, telemetry, lineage. */
export interface RunFolder {
  readonly cwd: string
  readonly runDir: string
  readonly log: string
  readonly telemetry: string
}

/** What the training command did: its result, the metrics of its log lines, the telemetry samples, when. */
export interface TrainingRun {
  readonly result: RunCommandResult
  readonly lineMetrics: Readonly<Record<string, number>>
  readonly samples: readonly TelemetrySample[]
  /** The last `log-tail-lines` of stdout and stderr. */
  readonly lastLines: readonly string[]
  readonly startedAt: Date
  readonly finishedAt: Date
}

/** Creates the run folder and tells the post step about it (so a cancelled job still keeps its partial logs). */
export function openRunFolder(context: ActionContext, inputs: TrainInputs): RunFolder {
  const cwd = resolve(context.env.GITHUB_WORKSPACE ?? process.cwd(), inputs.workingDirectory ?? '.')
  const runDir = join(context.workDir, 'train', `run-${context.now().getTime()}`)
  mkdirSync(runDir, { recursive: true })
  context.state.save(State.runDir, runDir)
  context.state.save(State.artifactName, inputs.artifactName)
  if (inputs.retentionDays !== undefined) context.state.save(State.retentionDays, String(inputs.retentionDays))
  return { cwd, runDir, log: join(runDir, 'train.log'), telemetry: join(runDir, 'telemetry.json') }
}

/**
 * Runs the training command (an argument list, never a shell) in its own process group with the params in its
 * environment, streaming its log into a group, parsing `modelgate:metric` lines and sampling telemetry; the
 * timeout and a cancelled job kill the whole group.
 */
export async function runTraining(
  context: ActionContext,
  inputs: TrainInputs,
  settings: TrainSettings,
  folder: RunFolder,
  gpus: boolean,
): Promise<TrainingRun> {
  const { logger } = context
  const redact = context.redact ?? ((text: string): string => text)
  const env: NodeJS.ProcessEnv = { ...context.env }
  const paramsFile = join(folder.runDir, 'params.json')
  writeFileSync(paramsFile, JSON.stringify(inputs.params, null, 2))
  // The `env` input is the one way to hand the training a variable on purpose (runCommand scrubs the rest).
  const explicitEnv: Record<string, string> = {
    ...inputs.env,
    MODELGATE_PARAMS_FILE: paramsFile,
    MODELGATE_PARAMS: JSON.stringify(inputs.params),
    MODELGATE_RUN_DIR: folder.runDir,
  }
  const log = createWriteStream(folder.log)
  const lineMetrics: Record<string, number> = {}
  const sampler = new TelemetrySampler({
    intervalMs: settings.telemetryIntervalSeconds * 1000,
    gpus,
    env,
    outFile: folder.telemetry,
  })
  sampler.start()
  logger.startGroup(`training: ${inputs.command.join(' ')}`)
  const startedAt = context.now()
  let result: RunCommandResult
  try {
    result = await runCommand(inputs.command, {
      cwd: folder.cwd,
      env,
      explicitEnv,
      timeoutMs: settings.timeoutMinutes * 60_000,
      signal: context.signal,
      keepTailLines: inputs.logTailLines,
      onSpawn: (pid) => context.state.save(State.pgid, String(pid)),
      onLine: (stream, line) => {
        // The log is uploaded with the model: it gets what the job log gets, secrets redacted.
        log.write(`${redact(line)}\n`)
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
  const finishedAt = context.now()
  context.state.save(State.finished, 'true')
  const lastLines = [...result.stdoutTail, ...result.stderrTail].slice(-inputs.logTailLines)
  return { result, lineMetrics, samples, lastLines, startedAt, finishedAt }
}
