import { statSync, writeFileSync } from 'node:fs'
import { arch, platform } from 'node:os'
import { basename, join, resolve } from 'node:path'
import type { GpuInventory } from '../core/train/check-gpu-preflight.js'
import type { ModelArtifact } from '../core/train/check-model.js'
import { isPythonInterpreter } from '../core/train/environment-facts.js'
import type { LineageRecord } from '../core/train/lineage.js'
import { maskSecretArguments } from '../core/secrets/secret-arguments.js'
import type { ActionContext } from '../github/action-context.js'
import { sha256File } from '../io/hash-file.js'
import type { TrainInputs } from './inputs.js'
import { describeInterpreter, describePackages, gitCommit, resolveProgram } from './environment-facts.js'
import type { CacheState } from './restore-cache.js'
import type { RunFolder, TrainingRun } from './run.js'

type DataFile = LineageRecord['dataFiles'][number]

/** sha256 and size of each declared data file (relative to the working directory), streamed. */
export async function hashDataFiles(paths: readonly string[], cwd: string): Promise<DataFile[]> {
  const files: DataFile[] = []
  for (const path of paths) {
    const full = resolve(cwd, path)
    files.push({ path, sha256: await sha256File(full), bytes: statSync(full).size })
  }
  return files
}

/** What ran, from what code, with what installed: the interpreter, Python's version, the commit, the packages. */
async function describeCode(context: ActionContext, argv0: string, cwd: string) {
  const env: NodeJS.ProcessEnv = { ...context.env }
  const interpreter = await describeInterpreter(argv0, cwd, env)
  // tools.python: the Python the command ran when it ran one; otherwise the one its scripts get from PATH.
  const python =
    interpreter.version !== null && isPythonInterpreter(basename(interpreter.argv0))
      ? interpreter.version
      : resolveProgram('python3', cwd, env) !== null
        ? (await describeInterpreter('python3', cwd, env)).version
        : null
  const git = context.github.sha === undefined ? await gitCommit(cwd, env) : { commit: context.github.sha, dirty: null }
  return { interpreter, python, git, packages: await describePackages(interpreter, cwd, env) }
}

/** What the lineage record is made of, gathered by main. */
export interface LineageParts {
  readonly inputs: TrainInputs
  readonly folder: RunFolder
  readonly runnerName: string | undefined
  readonly inventory: GpuInventory
  readonly dataFiles: readonly DataFile[]
  readonly run: TrainingRun
  readonly metrics: Readonly<Record<string, number>>
  readonly modelPath: string | null
  readonly model: ModelArtifact
  readonly cache: CacheState | null
}

/** Writes lineage.json into the run folder (the `lineage-path` output): what ran, where, on what, with what result. */
export async function writeLineage(
  context: ActionContext,
  parts: LineageParts,
): Promise<{ lineage: LineageRecord; path: string }> {
  const { inputs, run, model, inventory } = parts
  const { interpreter, python, git, packages } = await describeCode(context, inputs.command[0] ?? '', parts.folder.cwd)
  // The record (and the model card made from it) keeps no secret-named param or argv value.
  const masked = maskSecretArguments(inputs.params, inputs.command)
  const lineage: LineageRecord = {
    schemaVersion: 1,
    kind: 'modelgate.train-lineage',
    commit: git.commit,
    commitDirty: git.dirty,
    repository: context.github.repository ?? null,
    runUrl: context.github.runUrl ?? null,
    command: masked.argv,
    workingDirectory: parts.folder.cwd,
    params: masked.params,
    dataFiles: parts.dataFiles,
    runner: {
      name: parts.runnerName ?? null,
      os: context.env.RUNNER_OS ?? platform(),
      arch: context.env.RUNNER_ARCH ?? arch(),
      labels: inputs.runnerLabels,
    },
    gpus: inventory.gpus.map((g) => ({ index: g.index, name: g.name, memoryTotalMiB: g.memoryTotalMiB })),
    driverVersion: inventory.driverVersion,
    cudaVersion: inventory.cudaVersion,
    interpreter,
    tools: { node: process.version, ...(python === null ? {} : { python }) },
    packages,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt.toISOString(),
    durationMs: run.result.durationMs,
    exitCode: run.result.exitCode,
    signal: run.result.signal,
    timedOut: run.result.timedOut,
    cancelled: run.result.cancelled,
    metrics: parts.metrics,
    model: {
      path: parts.modelPath,
      digest: model.kind === 'uploaded' || model.kind === 'copied' ? model.digest : null,
      artifactName: parts.modelPath === null ? null : inputs.artifactName,
      artifactId: model.kind === 'uploaded' ? model.id : null,
      localCopy: model.kind === 'copied' ? model.path : null,
    },
    cache: { key: parts.cache?.key ?? null, hit: parts.cache?.hit ?? null },
  }
  const path = join(parts.folder.runDir, 'lineage.json')
  writeFileSync(path, JSON.stringify(lineage, null, 2))
  return { lineage, path }
}
