import { Outputs } from '../gate/action-outputs.js'
import type { Check } from '../gate/check.js'
import type { Figure } from '../gate/figure.js'
import type { GateOutcome } from '../gate/gate-outcome.js'
import type { ReportSubject } from '../gate/gate-report.js'
import { checkModel, type ModelArtifact } from './check-model.js'
import { classifyFailure } from './classify-failure.js'
import type { LineageRecord } from './lineage.js'
import { trainMessages } from './messages.js'
import { runSucceeded } from './run-succeeded.js'
import { summarizeTelemetry, telemetryFigures, type TelemetrySample } from './telemetry.js'

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
  const exitCheck: Check = {
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
  if (!ok) {
    const hintText = hints.map((h) => `- **${h.cause}**: ${h.hint}`).join('\n')
    figures.push({
      kind: 'text',
      title: 'Why it failed',
      markdown: `${hintText === '' ? trainMessages.noRecognisableCause() : hintText}\n\nLast ${facts.lastLines.length} log lines:\n\n${fence(facts.lastLines)}`,
    })
  }
  const metricRows = Object.entries(l.metrics).map(([name, value]) => [name, value] as const)
  if (metricRows.length > 0)
    figures.push({ kind: 'table', title: 'Metrics', columns: ['metric', 'value'], rows: metricRows })
  figures.push({
    kind: 'table',
    title: 'Run',
    columns: ['item', 'value'],
    rows: [
      ['command', l.command.join(' ')],
      [
        'runner',
        `${l.runner.name ?? 'local'} (${l.runner.os ?? '?'}/${l.runner.arch ?? '?'})${l.runner.labels.length > 0 ? ` labels: ${l.runner.labels.join(', ')}` : ''}`,
      ],
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
      [
        'model',
        l.model.artifactId !== null
          ? `artifact ${l.model.artifactName ?? ''} (id ${l.model.artifactId})`
          : l.model.localCopy !== null
            ? `local copy ${l.model.localCopy} (not on a runner: not uploaded)`
            : '—',
      ],
      ['peak GPU memory', summary.peakGpuMemoryMiB === null ? '—' : `${summary.peakGpuMemoryMiB} MiB`],
      [
        'mean GPU utilisation',
        summary.meanGpuUtilization === null ? '—' : `${summary.meanGpuUtilization.toFixed(1)} %`,
      ],
      ['telemetry samples', summary.samples],
    ],
  })
  figures.push(...telemetryFigures(facts.samples))
  const title = ok
    ? trainMessages.finishedTitle(seconds(l.durationMs), metricRows.length)
    : l.timedOut
      ? trainMessages.timedOutTitle(facts.timeoutMinutes)
      : l.cancelled
        ? trainMessages.cancelledTitle()
        : trainMessages.failedTitle(exitText, hints[0]?.cause)
  const outputs: Record<string, string> = {
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
  const subject: ReportSubject = {
    ...(l.commit === null ? {} : { commit: l.commit }),
    ...(l.dataFiles.length === 0 ? {} : { dataHashes: Object.fromEntries(l.dataFiles.map((f) => [f.path, f.sha256])) }),
  }
  return { outcome: { title, checks, figures, outputs }, subject }
}
