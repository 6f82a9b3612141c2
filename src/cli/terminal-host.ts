import type { StateStore } from '../github/action-context.js'
import type { GateHost } from '../github/gate-host.js'
import { InputReader } from '../github/input-reader.js'
import { appendJobSummary } from '../github/job-summary.js'
import { createConsoleLogger } from '../github/runner-logger.js'
import { renderMarkdown } from '../core/report/render-markdown.js'
import { REPORT_FORMATS, type ReportFormat } from './report-formats.js'
import { SIGNING_KEY_INPUT } from './signing-key.js'

export interface TerminalHostOptions {
  readonly inputs: ReadonlyMap<string, string>
  readonly env: Readonly<Record<string, string | undefined>>
  /** How the report is printed on stdout (REPORT_FORMATS); text when absent. */
  readonly format?: ReportFormat
  /** The `signing-key` input, which never comes from the flags (src/cli/signing-key.ts). */
  readonly signingKey?: () => string | undefined
  readonly verbose: boolean
  readonly signal: AbortSignal
  readonly stdout?: (text: string) => void
  readonly stderr?: (text: string) => void
}

/** A terminal host also reports the exit code it decided (0 pass or warn, 1 fail or error). */
export interface TerminalHost extends GateHost {
  readonly exitCode: () => number
}

/**
 * A terminal as a host: inputs from flags, state in memory (the post hooks read it when the command ends),
 * the report printed on stdout in the chosen format (logs go to stderr), the Markdown appended to
 * GITHUB_STEP_SUMMARY when that variable names a file, and the failure as exit code 1.
 */
export function createTerminalHost(options: TerminalHostOptions): TerminalHost {
  const stdout = options.stdout ?? ((text: string) => void process.stdout.write(text))
  const logger = createConsoleLogger({ verbose: options.verbose })
  const saved = new Map<string, string>()
  const state: StateStore = { save: (name, value) => void saved.set(name, value), get: (name) => saved.get(name) }
  const outputs: [string, string][] = []
  let exitCode = 0
  return {
    kind: 'terminal',
    inputs: new InputReader((name) => (name === SIGNING_KEY_INPUT ? options.signingKey?.() : options.inputs.get(name))),
    logger,
    env: options.env,
    state,
    signal: options.signal,
    now: () => new Date(),
    useGitHub: false,
    setOutput: (name, value) => void outputs.push([name, value]),
    publish: ({ report }) => {
      appendJobSummary(options.env, renderMarkdown(report))
      const format = options.format ?? 'text'
      stdout(REPORT_FORMATS[format](report))
      // The outputs follow the text rendering; the other formats print the report alone, to be piped or saved.
      if (format === 'text') for (const [name, value] of outputs) stdout(`  ${name}: ${value}\n`)
      return Promise.resolve()
    },
    fail: (message, location) => {
      logger.error(message, location)
      exitCode = 1
    },
    exitCode: () => exitCode,
  }
}
