import type { GateName } from './gate-name.js'

/** The outputs every gate sets (the session writes them): its verdict and the path of its JSON report. */
export const SharedOutputs = { Verdict: 'verdict', ReportPath: 'report-path' } as const

/**
 * Each action's own outputs, by their action.yml names, written once (R9). A GateOutcome's `outputs` use these
 * keys; a test checks the maps against every action.yml so a renamed output cannot drift.
 */
export const Outputs = {
  'validate-data': { DriftedColumns: 'drifted-columns' },
  'train-on-runner': {
    ExitCode: 'exit-code',
    MetricsPath: 'metrics-path',
    ModelPath: 'model-path',
    ArtifactId: 'artifact-id',
    LocalArtifactPath: 'local-artifact-path',
    LineagePath: 'lineage-path',
    TelemetryPath: 'telemetry-path',
    LogPath: 'log-path',
    CacheHit: 'cache-hit',
    PeakGpuMemoryMib: 'peak-gpu-memory-mib',
    MeanGpuUtilization: 'mean-gpu-utilization',
    BestCandidate: 'best-candidate',
    BestValue: 'best-value',
    BestPath: 'best-path',
  },
  'evaluate-vs-champion': { Decision: 'decision', MetricsPath: 'metrics-path' },
  'fairness-gate': {},
  'register-model': {
    Version: 'version',
    Digest: 'digest',
    ModelCardPath: 'model-card-path',
    PreviousVersion: 'previous-version',
  },
  'canary-deploy': { Decision: 'decision', FinalWeight: 'final-weight', Reason: 'reason', Intervals: 'intervals' },
} as const satisfies Record<GateName, Readonly<Record<string, string>>>

/** The output names of one gate. */
export type OutputName<G extends GateName> = (typeof Outputs)[G][keyof (typeof Outputs)[G]]
