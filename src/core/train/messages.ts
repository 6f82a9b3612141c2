/** Every recurring train-on-runner message, so tests compare against the same text. */
import type { Wording } from '../errors.js'

export const trainMessages = {
  badGpuRequirement:
    (text: string, why: string, input = 'require-gpus'): Wording =>
    (w) =>
      `${w.name(input)} "${text}" is not valid: ${why}`,
  gpuShortageHint:
    (input = 'require-gpus'): Wording =>
    (w) =>
      `run this job on a runner that has them (runs-on labels), or lower ${w.name(input)}`,
  badCommand: (why: string): string => `the training command is not valid: ${why}`,
  badEnvLine:
    (line: number, text: string, input = 'env'): Wording =>
    (w) =>
      `${w.name(input)} line ${line} "${text}" is not KEY=VALUE`,
  badParams:
    (why: string, input = 'params'): Wording =>
    (w) =>
      `${w.name(input)} must be a JSON or YAML map: ${why}`,
  nvidiaSmiMissingRequired: (runner: string): string =>
    `GPUs are required but nvidia-smi was not found on runner ${runner}: this runner has no NVIDIA driver`,
  nvidiaSmiMissingNote: (): string => 'nvidia-smi was not found: no GPU information or GPU telemetry on this runner',
  nvidiaSmiFailed: (runner: string, detail: string): string => `nvidia-smi failed on runner ${runner}: ${detail}`,
  gpuShortage: (runner: string, wanted: string, has: string): string =>
    `runner ${runner} does not have the GPUs this job requires: wanted ${wanted}; it has ${has}`,
  gpuOk: (wanted: string, has: string): string => `GPUs as required (${wanted}): ${has}`,
  noGpuRequirement: (has: string): string => `no GPUs required; the runner has ${has}`,
  exitOk: (seconds: string): string => `the training command exited with 0 after ${seconds}`,
  exitFailed: (code: string, seconds: string): string => `the training command failed with ${code} after ${seconds}`,
  timedOut: (minutes: number): string =>
    `the training command ran past timeout-minutes (${minutes}) and its process group was killed`,
  cancelled: (): string => 'the job was cancelled; the training process group was killed',
  metricsFileMissing: (path: string): string => `metrics-file ${path} was not written by the training command`,
  metricsFileInvalid: (path: string, why: string): string =>
    `metrics-file ${path} is not a JSON object of numbers: ${why}`,
  metricsFound: (count: number): string => `${count} metric(s) recorded`,
  noMetrics: (): string =>
    'the training command recorded no metrics (no metrics-file, no "modelgate:metric" log lines)',
  modelDirMissing: (path: string): string => `model-dir ${path} was not written by the training command`,
  artifactUploaded: (name: string, id: number): string => `model uploaded as artifact "${name}" (id ${id})`,
  artifactLocal: (name: string, path: string): string =>
    `not on a GitHub runner: model artifact "${name}" copied to ${path} instead of being uploaded`,
  requiredMetricsMissing: (names: readonly string[]): string => `required metric(s) not recorded: ${names.join(', ')}`,
  artifactUploadFailed: (name: string, why: string): string => `uploading model artifact "${name}" failed: ${why}`,
  noCandidates: (): string => 'no candidates to choose from',
  noCandidatesHint:
    (input = 'pick-best-from'): Wording =>
    (w) =>
      `point ${w.name(input)} at the folder where the matrix jobs' metrics were downloaded`,
  candidateMissingMetric: (metric: string, ids: string): string =>
    `metric "${metric}" is missing or not a number for: ${ids}`,
  runner: (name: string | undefined, labels: readonly string[]): string =>
    `"${name ?? 'local'}"${labels.length > 0 ? ` (labels: ${labels.join(', ')})` : ''}`,
  nvidiaSmiFailing: (detail: string): string => `nvidia-smi failing (${detail})`,
  noNvidiaSmi: (): string => 'no nvidia-smi',
  finishedTitle: (duration: string, metrics: number): string =>
    `Training finished in ${duration}${metrics > 0 ? ` with ${metrics} metric(s)` : ''}`,
  finishedButTitle: (duration: string, reason: string): string =>
    `Training ran for ${duration}, but its result is not usable: ${reason}`,
  timedOutTitle: (minutes: number): string => `Training timed out after ${minutes} min`,
  cancelledTitle: (): string => 'Training was cancelled',
  failedTitle: (exit: string, cause: string | undefined): string =>
    `Training failed (${exit})${cause === undefined ? '' : `: ${cause}`}`,
  noRecognisableCause: (): string => 'No recognisable cause in the last log lines.',
  sweepTitle: (count: number, metric: string, best: string, value: number): string =>
    `Best of ${count} candidates by ${metric}: ${best} (${value})`,
  sweepBest: (best: string, direction: 'max' | 'min', metric: string, count: number): string =>
    `${best} has the ${direction === 'max' ? 'highest' : 'lowest'} ${metric} of ${count} candidates`,
  sweepFolderMissing:
    (folder: string, input = 'pick-best-from'): Wording =>
    (w) =>
      `${w.name(input)} folder ${folder} does not exist`,
  candidateNotJson: (file: string, why: string): string => `${file} is not valid JSON: ${why}`,
} as const
