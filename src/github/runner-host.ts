import * as core from '@actions/core'
import type { StateStore } from './action-context.js'
import type { GateHost } from './gate-host.js'
import { InputReader } from './input-reader.js'
import { publishReport } from './publish-report.js'
import { createRunnerLogger } from './runner-logger.js'

const runnerState: StateStore = {
  save: (name, value) => core.saveState(name, value),
  get: (name) => {
    const value = core.getState(name)
    return value === '' ? undefined : value
  },
}

/** Aborts on cancellation (the runner sends SIGINT, then SIGTERM) and exits if the step does not stop in time. */
function cancellationSignal(): AbortSignal {
  const controller = new AbortController()
  const onSignal = (name: string): void => {
    if (controller.signal.aborted) return
    core.warning(`received ${name}: the job is being cancelled; stopping`)
    controller.abort(new Error(`cancelled (${name})`))
    setTimeout(() => process.exit(1), 8000).unref()
  }
  process.once('SIGINT', () => onSignal('SIGINT'))
  process.once('SIGTERM', () => onSignal('SIGTERM'))
  return controller.signal
}

/**
 * The GitHub runner as a host: inputs from INPUT_* (as @actions/core reads them), outputs and state through the
 * runner's files, the report to the job summary, the PR comment and the check run. A failure is one `::error::`
 * line (with the file and line when the error has them) and exit code 1.
 */
export function createRunnerHost(options: { readonly cancellable: boolean } = { cancellable: true }): GateHost {
  const logger = createRunnerLogger()
  const env = { ...process.env }
  return {
    kind: 'runner',
    inputs: new InputReader((name) => core.getInput(name)),
    logger,
    env,
    state: runnerState,
    signal: options.cancellable ? cancellationSignal() : new AbortController().signal,
    now: () => new Date(),
    useGitHub: true,
    setOutput: (name, value) => core.setOutput(name, value),
    publish: async (run) =>
      publishReport(run.report, run.options, {
        client: run.client,
        github: run.github,
        env,
        logger,
        now: () => new Date(),
      }),
    fail: (message, location) => {
      logger.error(message, location)
      process.exitCode = 1
    },
  }
}
