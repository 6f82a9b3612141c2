/** A recognisable cause of a failed training run, with what to do about it. */
export interface FailureHint {
  readonly cause: 'cuda-out-of-memory' | 'oom-killer' | 'no-gpu' | 'timeout' | 'cancelled' | 'missing-module'
  readonly hint: string
}

export interface FailureFacts {
  readonly exitCode: number | null
  readonly signal: string | null
  readonly timedOut: boolean
  readonly cancelled: boolean
  /** The last lines of stdout and stderr. */
  readonly lines: readonly string[]
}

const CUDA_OOM =
  /CUDA out of memory|CUDA_ERROR_OUT_OF_MEMORY|cudaErrorMemoryAllocation|OutOfMemoryError|RESOURCE_EXHAUSTED: OOM/i
const NO_GPU =
  /no CUDA[- ]capable device|CUDA driver version is insufficient|Found no NVIDIA driver|torch\.cuda\.is_available\(\) is False|NVIDIA-SMI has failed|CUDA_ERROR_NO_DEVICE|no kernel image is available/i
const HOST_OOM = /\bKilled\b$|Out of memory: Killed process|oom-kill/i
const MISSING_MODULE = /ModuleNotFoundError: No module named '([^']+)'/

/**
 * Names the likely causes of a failed run from its exit status and last log lines; [] when nothing is
 * recognisable (or the run succeeded). Exit 137 / SIGKILL without a timeout is the kernel OOM killer's signature.
 *
 * @example classifyFailure({ exitCode: 1, signal: null, timedOut: false, cancelled: false, lines: ['RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB'] })[0].cause // => 'cuda-out-of-memory'
 */
export function classifyFailure(facts: FailureFacts): FailureHint[] {
  const hints: FailureHint[] = []
  if (facts.cancelled) {
    hints.push({
      cause: 'cancelled',
      hint: 'the job was cancelled; partial logs and telemetry are kept by the post step',
    })
    return hints
  }
  if (facts.timedOut) {
    hints.push({ cause: 'timeout', hint: 'raise timeout-minutes, train fewer epochs, or checkpoint and resume' })
    return hints
  }
  if (facts.exitCode === 0) return hints
  if (facts.lines.some((line) => CUDA_OOM.test(line))) {
    hints.push({
      cause: 'cuda-out-of-memory',
      hint: 'the GPU ran out of memory: lower the batch size, use mixed precision or gradient checkpointing, or require a GPU with more memory (require-gpus memory=…)',
    })
  }
  if (facts.exitCode === 137 || facts.signal === 'SIGKILL' || facts.lines.some((line) => HOST_OOM.test(line.trim()))) {
    hints.push({
      cause: 'oom-killer',
      hint: 'the process was killed with SIGKILL (exit 137), usually by the kernel OOM killer: the runner ran out of RAM; load data in chunks, lower DataLoader workers, or use a larger runner',
    })
  }
  if (facts.lines.some((line) => NO_GPU.test(line))) {
    hints.push({
      cause: 'no-gpu',
      hint: 'the script found no usable CUDA device: run on a GPU runner (runs-on labels) and set require-gpus so a wrong runner fails in seconds',
    })
  }
  const missing = facts.lines.map((line) => MISSING_MODULE.exec(line)?.[1]).find((name) => name !== undefined)
  if (missing !== undefined) {
    hints.push({
      cause: 'missing-module',
      hint: `Python module "${missing}" is not installed: install the dependencies in an earlier step (and cache them with cache-paths)`,
    })
  }
  return hints
}
