import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { stepFails, verdictOutput } from '../core/gate/fail-on.js'
import { isGateName, GATE_NAMES } from '../core/gate/gate-name.js'
import { isUserError } from '../core/errors.js'
import { unexpectedFailure } from '../core/messages.js'
import type { StateStore } from '../github/action-context.js'
import { assertValidReport, createActionContext, readFailOn, SharedInputs } from '../github/action-session.js'
import { InputReader } from '../github/input-reader.js'
import { appendJobSummary } from '../github/job-summary.js'
import { renderMarkdown } from '../core/report/render-markdown.js'
import { createConsoleLogger } from '../github/runner-logger.js'
import { COMMANDS, FLAG_ALIASES } from './commands.js'
import { parseArguments } from './parse-arguments.js'
import { renderText } from './render-text.js'

export const USAGE = `modelgate — gates for machine-learning models (the GitHub actions, from a terminal)

usage: modelgate <action> [--input-name value ...] [--json] [--verbose]

actions:
${GATE_NAMES.map((name) => `  ${name.padEnd(22)} ${COMMANDS[name].summary}`).join('\n')}

Inputs are the action.yml inputs of the same name (see README.md). Shared: --policy, --fail-on fail|warn|never,
--report-path. --json prints the JSON report on stdout. Exit code: 0 pass (or warn), 1 fail or error, 2 usage.
`

/** Runs one CLI invocation; returns the exit code. */
export async function runCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<number> {
  const logger = createConsoleLogger()
  let parsed
  try {
    parsed = parseArguments(argv, FLAG_ALIASES[argv[0] ?? ''] ?? {})
  } catch (error) {
    process.stderr.write(`error: ${isUserError(error) ? error.describe() : String(error)}\n\n${USAGE}`)
    return 2
  }
  if (parsed.command === undefined || parsed.help) {
    process.stdout.write(USAGE)
    return parsed.command === undefined && !parsed.help ? 2 : 0
  }
  if (!isGateName(parsed.command)) {
    process.stderr.write(`error: unknown action "${parsed.command}"\n\n${USAGE}`)
    return 2
  }
  const gate = parsed.command
  const inputs = new InputReader((name) => parsed.inputs.get(name))
  const saved = new Map<string, string>()
  const state: StateStore = { save: (name, value) => void saved.set(name, value), get: (name) => saved.get(name) }
  const controller = new AbortController()
  process.once('SIGINT', () => controller.abort(new Error('interrupted (SIGINT)')))
  try {
    const failOn = readFailOn(inputs)
    const context = createActionContext({
      inputs,
      logger: createConsoleLogger({ verbose: parsed.verbose }),
      env,
      state,
      signal: controller.signal,
      onRunner: false,
      useGitHub: false,
    })
    const { report, outputs = {} } = await COMMANDS[gate].main(context)
    assertValidReport(report)
    const reportPath = resolve(inputs.optional(SharedInputs.ReportPath) ?? join(context.workDir, `${gate}-report.json`))
    mkdirSync(dirname(reportPath), { recursive: true })
    writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`)
    appendJobSummary(env, renderMarkdown(report))
    if (parsed.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    else {
      process.stdout.write(renderText(report))
      for (const [name, value] of Object.entries({
        verdict: verdictOutput(report.status),
        'report-path': reportPath,
        ...outputs,
      }))
        process.stdout.write(`  ${name}: ${value}\n`)
    }
    return stepFails(report.status, failOn) ? 1 : 0
  } catch (error) {
    if (isUserError(error)) logger.error(error.describe())
    else {
      logger.error(unexpectedFailure(gate, error instanceof Error ? error.message : String(error)))
      if (parsed.verbose && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`)
    }
    return 1
  }
}
