import { Outputs } from '../gate/action-outputs.js'
import type { Check } from '../gate/check.js'
import type { Figure } from '../gate/figure.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import type { ReportSubject } from '../gate/gate-report.js'
import { checkModel, type ModelArtifact } from './check-model.js'
import { classifyFailure, type FailureHint } from './classify-failure.js'
import type { LineageRecord } from './lineage.js'
import { trainMessages } from './messages.js'
import { runSucceeded } from './run-succeeded.js'
import { summarizeTelemetry, telemetryFigures, type TelemetrySample, type TelemetrySummary } from './telemetry.js'

const Out = Outputs['train-on-runner']

/** Everything train-on-runner gathered about one run: the lineage it wrote, the checks before and after, paths. */
export interface TrainFacts {
  /** The lineage record as written (exit status, duration, metrics, model, runner, GPUs). */
  readonly lineage: LineageRecord
  /** The GPU preflight (`checkGpuPreflight`); a `skipped` one is a note, not a check. */
  readonly preflight: Check
  readonly timeoutMinutes: number
  /** The last lines of stdout and stderr, for the failure hints and the "Why it failed" figure. */
  readonly lastLines: readonly string[]
  /** The metrics check (`checkMetrics`), judged only when the run succeeded. */
  readonly metricsCheck: Check
  readonly model: ModelArtifact
  readonly cache: { readonly key: string; readonly hit: boolean; readonly backend: string } | null
  readonly samples: readonly TelemetrySample[]
  /** The files the run left, for the outputs. */
  readonly paths: {
    readonly metrics: string
    readonly lineage: string
    readonly telemetry: string
    readonly log: string
  }
}

function seconds(ms: number): string {
  return ms < 120_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 60_000).toFixed(1)} min`
}

/** Markdown code fence that the text cannot break out of. */
function fence(lines: readonly string[]): string {
  const text = lines.join('\n')
  let ticks = '```'
  while (text.includes(ticks)) ticks += '`'
  return `${ticks}text\n${text}\n${ticks}`
}

/**
 * The train-on-runner decision: the GPU preflight, the exit status (with hints for recognisable failures and the
 * last log lines), and — for a run that succeeded — its metrics and model artifact; figures for the metrics, the
 * run, the cache and the telemetry; the outputs; and the subject (the commit and the data files' digests).
 * @example (illustrative) decideTraining(facts).outcome.checks[1]?.id // => 'train.exit'
 */
export function decideTraining(facts: TrainFacts): { outcome: GateOutcome; subject: ReportSubject } {
  const l = facts.lineage
  const hints = classifyFailure({
    exitCode: l.exitCode,
    signal: l.signal,
    timedOut: l.timedOut,
    cancelled: l.cancelled,
    lines: facts.lastLines,
  })
  const exitText = l.exitCode !== null ? `exit code ${l.exitCode}` : `signal ${l.signal ?? 'unknown'}`
  const ok = runSucceeded(l)
  const exitCheck = trainExitCheck(facts, hints, ok, exitText)
  // A preflight without a GPU requirement is a note (status skipped), not a check: a skipped check would make the
  // whole report read "skipped" (STATUS_ORDER ranks it above pass).
  const checks: Check[] = facts.preflight.status === 'skipped' ? [exitCheck] : [facts.preflight, exitCheck]
  const modelCheck = checkModel(facts.model)
  if (ok) {
    checks.push(facts.metricsCheck)
    if (modelCheck !== null) checks.push(modelCheck)
  }
  const summary = summarizeTelemetry(facts.samples)
  const figures: Figure[] = []
  if (!ok) figures.push(failureFigure(hints, facts.lastLines))
  const metricRows = Object.entries(l.metrics).map(([name, value]) => [name, value] as const)
  if (metricRows.length > 0)
    figures.push({ kind: 'table', title: 'Metrics', columns: ['metric', 'value'], rows: metricRows })
  figures.push(runFigure(facts, summary))
  figures.push(...telemetryFigures(facts.samples))
  figures.push(...provenanceFigures(l))
  // A run that exited 0 but left a failing check (metrics missing, no model) must not be titled "finished".
  const broken = checks.find((c) => c.status === 'fail' || c.status === 'error')
  const title = !ok
    ? failureTitle(facts, exitText, hints)
    : broken === undefined
      ? trainMessages.finishedTitle(seconds(l.durationMs), metricRows.length)
      : trainMessages.finishedButTitle(seconds(l.durationMs), broken.message)
  const subject: ReportSubject = {
    ...(l.model.digest === null ? {} : { modelDigest: l.model.digest }),
    ...(l.commit === null ? {} : { commit: l.commit }),
    ...(l.dataFiles.length === 0 ? {} : { dataHashes: Object.fromEntries(l.dataFiles.map((f) => [f.path, f.sha256])) }),
  }
  return { outcome: { title, checks, figures, outputs: trainOutputs(facts, summary) }, subject }
}

/** `train.exit`: whether the command succeeded, worded for a timeout, a cancellation, success or failure. */
function trainExitCheck(facts: TrainFacts, hints: readonly FailureHint[], ok: boolean, exitText: string): Check {
  const l = facts.lineage
  return {
    id: 'train.exit',
    status: ok ? 'pass' : 'fail',
    observed: l.exitCode ?? l.signal,
    message: l.timedOut
      ? trainMessages.timedOut(facts.timeoutMinutes)
      : l.cancelled
        ? trainMessages.cancelled()
        : ok
          ? trainMessages.exitOk(seconds(l.durationMs))
          : trainMessages.exitFailed(exitText, seconds(l.durationMs)),
    ...(hints.length === 0 ? {} : { details: { hints } }),
  }
}

/** The title of a run that did not succeed: timed out, cancelled, or failed with its first recognised cause. */
function failureTitle(facts: TrainFacts, exitText: string, hints: readonly FailureHint[]): string {
  if (facts.lineage.timedOut) return trainMessages.timedOutTitle(facts.timeoutMinutes)
  if (facts.lineage.cancelled) return trainMessages.cancelledTitle()
  return trainMessages.failedTitle(exitText, hints[0]?.cause)
}

/** "Why it failed": the recognised causes with their hints, and the last log lines. */
function failureFigure(hints: readonly FailureHint[], lastLines: readonly string[]): Figure {
  const hintText = hints.map((h) => `- **${h.cause}**: ${h.hint}`).join('\n')
  return {
    kind: 'text',
    title: 'Why it failed',
    markdown: `${hintText === '' ? trainMessages.noRecognisableCause() : hintText}\n\nLast ${lastLines.length} log lines:\n\n${fence(lastLines)}`,
  }
}

/** "Params" (as given, secret-named values masked) and "Data" (each declared file's sha256 and size). */
function provenanceFigures(l: LineageRecord): Figure[] {
  const figures: Figure[] = []
  const params = Object.entries(l.params)
  if (params.length > 0)
    figures.push({
      kind: 'table',
      title: 'Params',
      columns: ['param', 'value'],
      rows: params.map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
    })
  if (l.dataFiles.length > 0)
    figures.push({
      kind: 'table',
      title: 'Data',
      columns: ['file', 'sha256', 'bytes'],
      rows: l.dataFiles.map((f) => [f.path, f.sha256, f.bytes]),
    })
  return figures
}

/** The commit as `abc1234` plus "(uncommitted changes)" when the checkout was dirty; — when unknown. */
function commitText(l: LineageRecord): string {
  if (l.commit === null) return '—'
  return l.commitDirty === true ? `${l.commit} (with uncommitted changes)` : l.commit
}

/** The "Run" table: command, runner, GPUs, duration, cache, model and telemetry summary. */
function runFigure(facts: TrainFacts, summary: TelemetrySummary): Figure {
  const l = facts.lineage
  return {
    kind: 'table',
    title: 'Run',
    columns: ['item', 'value'],
    rows: [
      ['command', l.command.join(' ')],
      [
        'interpreter',
        l.interpreter.path === null
          ? `${l.interpreter.argv0} (not found on PATH)`
          : `${l.interpreter.path}${l.interpreter.version === null ? '' : ` (${l.interpreter.version})`}`,
      ],
      ['commit', commitText(l)],
      ['runner', runnerText(l.runner)],
      ['GPU preflight', facts.preflight.message],
      [
        'GPUs',
        l.gpus.length === 0 ? 'none' : l.gpus.map((g) => `${g.index}: ${g.name} ${g.memoryTotalMiB} MiB`).join('; '),
      ],
      ['driver / CUDA', `${l.driverVersion ?? '—'} / ${l.cudaVersion ?? '—'}`],
      ['duration', seconds(l.durationMs)],
      [
        'cache',
        facts.cache === null
          ? 'not configured'
          : `${facts.cache.hit ? 'hit' : 'miss'} (${facts.cache.backend}) ${facts.cache.key}`,
      ],
      ['model', modelText(l.model)],
      ['model digest', l.model.digest ?? '—'],
      [
        'packages',
        `${l.packages.lockfiles.map((f) => `${f.path} ${f.sha256.slice(0, 12)}`).join(', ') || 'no lockfile'}` +
          (l.packages.python === null
            ? ''
            : `; ${Object.keys(l.packages.python).length} Python packages (lineage.json)`),
      ],
      ['peak GPU memory', summary.peakGpuMemoryMiB === null ? '—' : `${summary.peakGpuMemoryMiB} MiB`],
      [
        'mean GPU utilisation',
        summary.meanGpuUtilization === null ? '—' : `${summary.meanGpuUtilization.toFixed(1)} %`,
      ],
      ['telemetry samples', summary.samples],
    ],
  }
}

/** The runner as `name (os/arch) labels: …`. */
function runnerText(runner: LineageRecord['runner']): string {
  const labels = runner.labels.length > 0 ? ` labels: ${runner.labels.join(', ')}` : ''
  return `${runner.name ?? 'local'} (${runner.os ?? '?'}/${runner.arch ?? '?'})${labels}`
}

/** Where the model went: the uploaded artifact, a local copy, or nowhere. */
function modelText(model: LineageRecord['model']): string {
  if (model.artifactId !== null) return `artifact ${model.artifactName ?? ''} (id ${model.artifactId})`
  if (model.localCopy !== null) return `local copy ${model.localCopy} (not on a runner: not uploaded)`
  return '—'
}

/** The action's outputs ('' for what the run did not produce). */
function trainOutputs(facts: TrainFacts, summary: TelemetrySummary): Record<string, string> {
  const l = facts.lineage
  return {
    [Out.ExitCode]: l.exitCode === null ? '' : String(l.exitCode),
    [Out.MetricsPath]: facts.paths.metrics,
    [Out.ModelPath]: l.model.path ?? '',
    [Out.ArtifactId]: l.model.artifactId === null ? '' : String(l.model.artifactId),
    [Out.LocalArtifactPath]: l.model.localCopy ?? '',
    [Out.LineagePath]: facts.paths.lineage,
    [Out.TelemetryPath]: facts.paths.telemetry,
    [Out.LogPath]: facts.paths.log,
    [Out.CacheHit]: facts.cache === null ? '' : String(facts.cache.hit),
    [Out.PeakGpuMemoryMib]: summary.peakGpuMemoryMiB === null ? '' : String(summary.peakGpuMemoryMiB),
    [Out.MeanGpuUtilization]: summary.meanGpuUtilization === null ? '' : summary.meanGpuUtilization.toFixed(2),
  }
}
