import type { Check } from './check.js'
import type { Figure } from './figure.js'
import type { GateName } from './gate-name.js'
import { worstOf, type Status } from './status.js'

/**
 * What a report is about, by digest: the model files, the predictions and the data it judged, the commit and the
 * run. Each gate records what it had in hand; register-model accepts a report for a version only when this names
 * that version (src/core/registry/report-binding.ts).
 */
export interface ReportSubject {
  readonly model?: string
  /** The registry alias the model was found by (monitoring names the champion it compared with). */
  readonly alias?: string
  readonly version?: string
  /** The model digest (`sha256:…`, src/core/evidence/model-digest.ts) of the model files the gate judged. */
  readonly modelDigest?: string
  /** sha256 (hex) of each predictions file of the candidate the gate judged, keyed by its path as given. */
  readonly predictions?: Readonly<Record<string, string>>
  /** sha256 (hex) of each other input file (data, reference, the champion's predictions), keyed by its path. */
  readonly dataHashes?: Readonly<Record<string, string>>
  /** The commit the run judged (the PR head on pull_request). */
  readonly commit?: string
  /** The workflow run that wrote the report. */
  readonly runUrl?: string
}

export interface ReportLink {
  readonly label: string
  readonly url: string
}

/** The one report model every gate produces (DESIGN.md); validated against schemas/gate-report.schema.json. */
export interface GateReport {
  readonly schemaVersion: 1
  readonly gate: GateName
  readonly status: Status
  /** One sentence that says the verdict; the check run title and the first line of every rendering. */
  readonly title: string
  /** Optional Markdown paragraph under the title (the decision's reasons, the next step to run). */
  readonly summary?: string
  readonly checks: readonly Check[]
  readonly figures: readonly Figure[]
  readonly subject: ReportSubject
  readonly links?: readonly ReportLink[]
  /** ISO 8601. */
  readonly startedAt: string
  readonly durationMs: number
}

export interface GateReportInput {
  readonly gate: GateName
  readonly title: string
  readonly summary?: string
  readonly checks: readonly Check[]
  readonly figures?: readonly Figure[]
  readonly subject?: ReportSubject
  readonly links?: readonly ReportLink[]
  /** Overrides the status derived from the checks (e.g. an action that reports a fact, not a verdict). */
  readonly status?: Status
  readonly startedAt: Date
  readonly finishedAt: Date
}

/**
 * Builds a GateReport whose status is the worst of its checks ('error' when there are none: a gate that
 * checked nothing has not passed).
 * @example makeGateReport({ gate: 'fairness-gate', title: 't', checks: [], startedAt: new Date(0), finishedAt: new Date(0) }).status // => 'error'
 */
export function makeGateReport(input: GateReportInput): GateReport {
  return {
    schemaVersion: 1,
    gate: input.gate,
    status: input.status ?? worstOf(input.checks.map((check) => check.status)),
    title: input.title,
    ...(input.summary === undefined ? {} : { summary: input.summary }),
    checks: input.checks,
    figures: input.figures ?? [],
    subject: input.subject ?? {},
    ...(input.links === undefined ? {} : { links: input.links }),
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.max(0, input.finishedAt.getTime() - input.startedAt.getTime()),
  }
}
