import type { Check } from './check.js'
import type { Figure } from './figure.js'
import { nothingJudged } from '../messages.js'
import { makeGateReport, type GateReport, type ReportLink, type ReportSubject } from './gate-report.js'
import type { GateName } from './gate-name.js'
import type { Status } from './status.js'

/**
 * What every `decide<Gate>` in core returns: the checks with their reasons, the sentence that says the verdict,
 * the figures, and the outputs the next workflow step reads. Actions gather evidence (I/O), call decide and
 * return this; the session (`runGate`) turns it into the one GateReport with the subject and the timing.
 */
export interface GateOutcome {
  readonly checks: readonly Check[]
  /** One sentence that says the verdict: the check run title and the first line of every rendering. */
  readonly title: string
  /** Markdown paragraph under the title (the decision's reasons, the next step to run). */
  readonly summary?: string
  readonly figures: readonly Figure[]
  /** Action outputs besides the shared `verdict` and `report-path`, by their action.yml names. */
  readonly outputs: Readonly<Record<string, string>>
  readonly links?: readonly ReportLink[]
  /** Overrides the status derived from the checks (an action that reports a fact, not a verdict). */
  readonly status?: Status
}

/** The timing and the subject the session adds to an outcome. */
export interface ReportFrame {
  readonly subject?: ReportSubject
  readonly startedAt: Date
  readonly finishedAt: Date
}

/**
 * The GateReport for an outcome: its status is the worst of the checks (`error` when there are none, and when
 * every check was skipped: a gate that judged nothing must not read as green to branch protection).
 * @example toGateReport('fairness-gate', { checks: [], title: 't', figures: [], outputs: {} }, { startedAt: new Date(0), finishedAt: new Date(5) }).status // => 'error'
 */
export function toGateReport(gate: GateName, outcome: GateOutcome, frame: ReportFrame): GateReport {
  // A gate whose checks were all skipped judged nothing. Its status would be `skipped`, which GitHub treats as a
  // passing required check: it becomes an error, with the reason as a check of its own, so the status stays the
  // worst of the checks.
  const judgedNothing =
    outcome.status === undefined && outcome.checks.length > 0 && outcome.checks.every((c) => c.status === 'skipped')
  const checks: readonly Check[] = judgedNothing
    ? [
        ...outcome.checks,
        {
          id: `${gate}.nothing-judged`,
          status: 'error',
          observed: null,
          message: nothingJudged(gate, outcome.checks.length),
        },
      ]
    : outcome.checks
  return makeGateReport({
    gate,
    title: outcome.title,
    ...(outcome.summary === undefined ? {} : { summary: outcome.summary }),
    checks,
    figures: outcome.figures,
    ...(frame.subject === undefined ? {} : { subject: frame.subject }),
    ...(outcome.links === undefined ? {} : { links: outcome.links }),
    ...(outcome.status === undefined ? {} : { status: outcome.status }),
    startedAt: frame.startedAt,
    finishedAt: frame.finishedAt,
  })
}

/**
 * The outcome of a run that could not decide: one `error` check with the reason, so nothing reads as green.
 * @example errorOutcome('validate-data', 'no such file').checks[0]?.id // => 'validate-data.run'
 */
export function errorOutcome(gate: GateName, message: string): GateOutcome {
  return {
    title: `could not decide: ${message.split('\n')[0]?.slice(0, 200) ?? 'error'}`,
    checks: [{ id: `${gate}.run`, status: 'error', observed: null, message }],
    figures: [],
    outputs: {},
  }
}
