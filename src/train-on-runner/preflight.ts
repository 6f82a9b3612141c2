import { ConfigurationError, ServiceError } from '../core/errors.js'
import type { Check } from '../core/gate/check.js'
import {
  describeGpus,
  describeRequirement,
  matchingGpus,
  parseCudaVersion,
  parseGpuInventory,
  PREFLIGHT_FIELDS,
  type GpuInfo,
  type GpuRequirement,
} from '../core/train/gpu.js'
import { trainMessages } from '../core/train/messages.js'
import { runCommand } from '../io/run-command.js'

export interface GpuInventory {
  /** False when nvidia-smi is not on PATH. */
  readonly available: boolean
  readonly gpus: readonly GpuInfo[]
  readonly driverVersion: string | null
  readonly cudaVersion: string | null
  /** Set when nvidia-smi exists but failed (driver not loaded). */
  readonly failure?: string
}

/** Asks nvidia-smi what GPUs this machine has; never throws for a missing nvidia-smi. */
export async function readGpuInventory(env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<GpuInventory> {
  const run = async (argv: string[]): Promise<{ code: number | null; out: string } | null> => {
    try {
      const result = await runCommand(argv, {
        env,
        timeoutMs: 30_000,
        keepTailLines: 1000,
        killGraceMs: 1000,
        ...(signal === undefined ? {} : { signal }),
      })
      return { code: result.exitCode, out: [...result.stdoutTail, ...result.stderrTail].join('\n') }
    } catch (error) {
      if (error instanceof ConfigurationError) return null
      throw error
    }
  }
  const query = await run(['nvidia-smi', `--query-gpu=${PREFLIGHT_FIELDS.join(',')}`, '--format=csv,noheader,nounits'])
  if (query === null) return { available: false, gpus: [], driverVersion: null, cudaVersion: null }
  if (query.code !== 0) {
    return {
      available: true,
      gpus: [],
      driverVersion: null,
      cudaVersion: null,
      failure: `exit ${String(query.code)}: ${query.out.trim().split('\n')[0] ?? ''}`,
    }
  }
  let gpus: GpuInfo[]
  try {
    gpus = parseGpuInventory(query.out)
  } catch (error) {
    return {
      available: true,
      gpus: [],
      driverVersion: null,
      cudaVersion: null,
      failure: `unexpected output: ${(error as Error).message}`,
    }
  }
  const banner = await run(['nvidia-smi'])
  return {
    available: true,
    gpus,
    driverVersion: gpus[0]?.driverVersion ?? null,
    cudaVersion: banner === null ? null : parseCudaVersion(banner.out),
  }
}

/** `runner-name (labels: a, b)` for messages. */
export function describeRunner(name: string | undefined, labels: readonly string[]): string {
  return `"${name ?? 'local'}"${labels.length > 0 ? ` (labels: ${labels.join(', ')})` : ''}`
}

/**
 * The preflight check. Throws (so the job fails in seconds, before training) when GPUs are required and the
 * runner lacks them; returns a pass/skipped check otherwise.
 * @throws ServiceError naming the runner and what it has.
 */
export function checkGpus(inventory: GpuInventory, requirement: GpuRequirement | undefined, runner: string): Check {
  const has = inventory.available
    ? inventory.failure !== undefined
      ? `nvidia-smi failing (${inventory.failure})`
      : describeGpus(inventory.gpus)
    : 'no nvidia-smi'
  if (requirement === undefined) {
    return {
      id: 'train.preflight.gpus',
      status: 'skipped',
      observed: inventory.gpus.length,
      message: inventory.available ? trainMessages.noGpuRequirement(has) : trainMessages.nvidiaSmiMissingNote(),
    }
  }
  const wanted = describeRequirement(requirement)
  const hint = 'run this job on a runner that has them (runs-on labels), or lower require-gpus'
  if (!inventory.available)
    throw new ServiceError(trainMessages.nvidiaSmiMissingRequired(runner), { input: 'require-gpus' }, hint)
  if (inventory.failure !== undefined)
    throw new ServiceError(trainMessages.nvidiaSmiFailed(runner, inventory.failure), { input: 'require-gpus' }, hint)
  const matching = matchingGpus(inventory.gpus, requirement)
  if (matching.length < requirement.count) {
    throw new ServiceError(trainMessages.gpuShortage(runner, wanted, has), { input: 'require-gpus' }, hint)
  }
  return {
    id: 'train.preflight.gpus',
    status: 'pass',
    observed: matching.length,
    threshold: { min: requirement.count, rule: wanted },
    message: trainMessages.gpuOk(wanted, has),
  }
}
