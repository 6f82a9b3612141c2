import type { Check } from '../gate/check.js'
import type { Figure } from '../gate/figure.js'
import { makeGateReport, type GateReport } from '../gate/gate-report.js'
import { classifyFailure } from './classify-failure.js'
import type { LineageRecord } from './lineage.js'
import { trainMessages } from './messages.js'
import { telemetryFigures, type TelemetrySample, type TelemetrySummary } from './telemetry.js'

export interface TrainFacts {
  readonly lineage: LineageRecord
  readonly preflight: Check
  readonly timeoutMinutes: number
  readonly lastLines: readonly string[]
  readonly metricsCheck: Check
  readonly modelCheck: Check | null
  readonly cache: { readonly key: string; readonly hit: boolean; readonly backend: string } | null
  readonly samples: readonly TelemetrySample[]
  readonly summary: TelemetrySummary
  readonly startedAt: Date
  readonly finishedAt: Date
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
 * The train-on-runner report: preflight, exit status (with hints for recognisable failures and the last log
 * lines), metrics, model artifact, cache, telemetry charts.
 * @example (illustrative) buildTrainReport(facts).checks[1].id // => 'train.exit'
 */
export function buildTrainReport(facts: TrainFacts): GateReport {
  const l = facts.lineage
  const hints = classifyFailure({
    exitCode: l.exitCode,
    signal: l.signal,
    timedOut: l.timedOut,
    cancelled: l.cancelled,
    lines: facts.lastLines,
  })
  const exitText = l.exitCode !== null ? `exit code ${l.exitCode}` : `signal ${l.signal ?? 'unknown'}`
  const ok = l.exitCode === 0 && !l.timedOut && !l.cancelled
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
  if (ok) {
    checks.push(facts.metricsCheck)
    if (facts.modelCheck !== null) checks.push(facts.modelCheck)
  }
  const figures: Figure[] = []
  if (!ok) {
    const hintText = hints.map((h) => `- **${h.cause}**: ${h.hint}`).join('\n')
    figures.push({
      kind: 'text',
      title: 'Why it failed',
      markdown: `${hintText === '' ? 'No recognisable cause in the last log lines.' : hintText}\n\nLast ${facts.lastLines.length} log lines:\n\n${fence(facts.lastLines)}`,
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
      ['peak GPU memory', facts.summary.peakGpuMemoryMiB === null ? '—' : `${facts.summary.peakGpuMemoryMiB} MiB`],
      [
        'mean GPU utilisation',
        facts.summary.meanGpuUtilization === null ? '—' : `${facts.summary.meanGpuUtilization.toFixed(1)} %`,
      ],
      ['telemetry samples', facts.summary.samples],
    ],
  })
  figures.push(...telemetryFigures(facts.samples))
  const title = ok
    ? `Training finished in ${seconds(l.durationMs)}${metricRows.length > 0 ? ` with ${metricRows.length} metric(s)` : ''}`
    : l.timedOut
      ? `Training timed out after ${facts.timeoutMinutes} min`
      : l.cancelled
        ? 'Training was cancelled'
        : `Training failed (${exitText})${hints[0] !== undefined ? `: ${hints[0].cause}` : ''}`
  return makeGateReport({
    gate: 'train-on-runner',
    title,
    checks,
    figures,
    subject: {
      ...(l.commit === null ? {} : { commit: l.commit }),
      ...(l.dataFiles.length === 0
        ? {}
        : { dataHashes: Object.fromEntries(l.dataFiles.map((f) => [f.path, f.sha256])) }),
    },
    startedAt: facts.startedAt,
    finishedAt: facts.finishedAt,
  })
}
