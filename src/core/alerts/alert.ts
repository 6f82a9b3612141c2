/** Where an alert comes from: a monitoring run, a gate that failed, a canary that rolled back. */
export type AlertSource = 'monitoring' | 'gate' | 'canary'

/** The model version line an alert is about: one open alert at most per model and alias. */
export interface AlertSubject {
  readonly model: string
  readonly alias: string
}

/**
 * One run's verdict, as every notifier sees it. `firing` is true while something is wrong; a later run of the
 * same subject with `firing: false` resolves it. `headline` and `details` are plain text and may quote data
 * (column names, group values): every renderer escapes them for its own format.
 */
export interface Alert {
  readonly subject: AlertSubject
  readonly source: AlertSource
  readonly firing: boolean
  readonly headline: string
  readonly details: readonly string[]
  /** When the run judged, ISO 8601. */
  readonly at: string
  readonly reportUrl?: string
  readonly runUrl?: string
}
