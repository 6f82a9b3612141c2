import { errorMessage } from '../core/error-message.js'
import { ConfigurationError } from '../core/errors.js'
import type { Check } from '../core/gate/check.js'
import { checkGpuPreflight, type GpuInventory } from '../core/train/check-gpu-preflight.js'
import {
  parseCudaVersion,
  parseGpuInventory,
  PREFLIGHT_FIELDS,
  type GpuInfo,
  type GpuRequirement,
} from '../core/train/gpu.js'
import type { ActionContext } from '../github/action-context.js'
import { runCommand } from '../io/run-command.js'

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
      failure: `unexpected output: ${errorMessage(error)}`,
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

/**
 * The GPU preflight: asks nvidia-smi what the runner has and checks it against `require-gpus`, so the job fails in
 * seconds on the wrong runner (checkGpuPreflight throws); logs the verdict.
 */
export async function gpuPreflight(
  context: ActionContext,
  requirement: GpuRequirement | undefined,
  runner: string,
): Promise<{ inventory: GpuInventory; check: Check }> {
  const inventory = await readGpuInventory({ ...context.env }, context.signal)
  const check = checkGpuPreflight(inventory, requirement, runner)
  context.logger.info(check.message)
  return { inventory, check }
}
