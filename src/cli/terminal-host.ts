import type { StateStore } from '../github/action-context.js'
import type { GateHost } from '../github/gate-host.js'
import { InputReader } from '../github/input-reader.js'
import { appendJobSummary } from '../github/job-summary.js'
import { createConsoleLogger } from '../github/runner-logger.js'
import { renderMarkdown } from '../core/report/render-markdown.js'
import { renderText } from './render-text.js'

export interface TerminalHostOptions {
  readonly inputs: ReadonlyMap<string, string>
  readonly env: Readonly<Record<string, string | undefined>>
  /** Print the JSON report on stdout instead of the text rendering. */
  readonly json: boolean
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
 * the report printed as text or JSON on stdout (logs go to stderr), the Markdown appended to
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
    inputs: new InputReader((name) => options.inputs.get(name)),
    logger,
    env: options.env,
    state,
    signal: options.signal,
    now: () => new Date(),
    useGitHub: false,
    setOutput: (name, value) => void outputs.push([name, value]),
    publish: ({ report }) => {
      appendJobSummary(options.env, renderMarkdown(report))
      if (options.json) stdout(`${JSON.stringify(report, null, 2)}\n`)
      else {
        stdout(renderText(report))
        for (const [name, value] of outputs) stdout(`  ${name}: ${value}\n`)
      }
      return Promise.resolve()
    },
    fail: (message, location) => {
      logger.error(message, location)
      exitCode = 1
    },
    exitCode: () => exitCode,
  }
}
