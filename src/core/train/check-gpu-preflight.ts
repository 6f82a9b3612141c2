import { ServiceError } from '../errors.js'
import type { Check } from '../gate/check.js'
import { describeGpus, describeRequirement, matchingGpus, type GpuInfo, type GpuRequirement } from './gpu.js'
import { trainMessages } from './messages.js'

/** What nvidia-smi said about this machine's GPUs. */
export interface GpuInventory {
  /** False when nvidia-smi is not on PATH. */
  readonly available: boolean
  readonly gpus: readonly GpuInfo[]
  readonly driverVersion: string | null
  readonly cudaVersion: string | null
  /** Set when nvidia-smi exists but failed (driver not loaded). */
  readonly failure?: string
}

/**
 * The GPU preflight check, before training. Throws (so the job fails in seconds, not after a long setup) when GPUs
 * are required and the runner lacks them; returns a `pass` check when they are there, and a `skipped` note when
 * nothing is required.
 * @throws ServiceError naming the runner (`trainMessages.runner`) and what it has.
 * @example checkGpuPreflight({ available: false, gpus: [], driverVersion: null, cudaVersion: null }, undefined, '"local"').status // => 'skipped'
 */
export function checkGpuPreflight(
  inventory: GpuInventory,
  requirement: GpuRequirement | undefined,
  runner: string,
): Check {
  const has = inventory.available
    ? inventory.failure !== undefined
      ? trainMessages.nvidiaSmiFailing(inventory.failure)
      : describeGpus(inventory.gpus)
    : trainMessages.noNvidiaSmi()
  if (requirement === undefined) {
    return {
      id: 'train.preflight.gpus',
      status: 'skipped',
      observed: inventory.gpus.length,
      message: inventory.available ? trainMessages.noGpuRequirement(has) : trainMessages.nvidiaSmiMissingNote(),
    }
  }
  const wanted = describeRequirement(requirement)
  const hint = trainMessages.gpuShortageHint()
  if (!inventory.available)
    throw new ServiceError(trainMessages.nvidiaSmiMissingRequired(runner), { input: 'require-gpus' }, hint)
  if (inventory.failure !== undefined)
    throw new ServiceError(trainMessages.nvidiaSmiFailed(runner, inventory.failure), { input: 'require-gpus' }, hint)
  const matching = matchingGpus(inventory.gpus, requirement)
  if (matching.length < requirement.count)
    throw new ServiceError(trainMessages.gpuShortage(runner, wanted, has), { input: 'require-gpus' }, hint)
  return {
    id: 'train.preflight.gpus',
    status: 'pass',
    observed: matching.length,
    threshold: { min: requirement.count, rule: wanted },
    message: trainMessages.gpuOk(wanted, has),
  }
}
