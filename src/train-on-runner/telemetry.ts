import { readFile } from 'node:fs/promises'
import { writeFileSync } from 'node:fs'
import {
  parseGpuSamples,
  cpuPercentBetween,
  ramUsedFromMeminfo,
  TELEMETRY_FIELDS,
  type TelemetrySample,
} from '../core/train/telemetry.js'
import { runCommand } from '../io/run-command.js'

/**
 * Samples GPUs (one nvidia-smi query per tick) and CPU/RAM (/proc) every `intervalMs` until stopped, appending to
 * `samples` and rewriting `outFile` after each sample so that a killed job still leaves its telemetry behind.
 */
export class TelemetrySampler {
  readonly samples: TelemetrySample[] = []
  private timer: NodeJS.Timeout | undefined
  private previousCpu: string | null = null
  private running: Promise<void> | null = null
  private readonly started = Date.now()

  constructor(
    private readonly options: { intervalMs: number; gpus: boolean; env: NodeJS.ProcessEnv; outFile: string },
  ) {}

  start(): void {
    void this.tick()
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs)
  }

  async stop(): Promise<TelemetrySample[]> {
    clearInterval(this.timer)
    await this.running
    await this.tick()
    return this.samples
  }

  private async tick(): Promise<void> {
    if (this.running !== null) return
    this.running = this.sample().finally(() => {
      this.running = null
    })
    await this.running
  }

  private async sample(): Promise<void> {
    const t = (Date.now() - this.started) / 1000
    let gpus: TelemetrySample['gpus'] = []
    if (this.options.gpus) {
      try {
        const result = await runCommand(
          ['nvidia-smi', `--query-gpu=${TELEMETRY_FIELDS.join(',')}`, '--format=csv,noheader,nounits'],
          {
            env: this.options.env,
            timeoutMs: 10_000,
            killGraceMs: 1000,
            keepTailLines: 64,
          },
        )
        if (result.exitCode === 0) gpus = parseGpuSamples(result.stdoutTail.join('\n'))
      } catch {
        // nvidia-smi vanished: keep sampling CPU and RAM
      }
    }
    let cpuPercent: number | null = null
    let ramUsedMiB: number | null = null
    try {
      const stat = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? ''
      if (this.previousCpu !== null) cpuPercent = cpuPercentBetween(this.previousCpu, stat)
      this.previousCpu = stat
      ramUsedMiB = ramUsedFromMeminfo(await readFile('/proc/meminfo', 'utf8'))
    } catch {
      // not Linux
    }
    this.samples.push({ t, gpus, cpuPercent, ramUsedMiB })
    writeFileSync(this.options.outFile, JSON.stringify({ schemaVersion: 1, samples: this.samples }, null, 1))
  }
}
