import * as core from '@actions/core'
import type { Logger } from '../core/logger.js'

/** The Logger over workflow commands: annotations for warnings and errors, groups, masking. */
export function createRunnerLogger(): Logger {
  const properties = (location?: { file?: string; line?: number; column?: number }): core.AnnotationProperties => ({
    ...(location?.file === undefined ? {} : { file: location.file }),
    ...(location?.line === undefined ? {} : { startLine: location.line }),
    ...(location?.column === undefined ? {} : { startColumn: location.column }),
  })
  return {
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    warning: (message, location) => core.warning(message, properties(location)),
    error: (message, location) => core.error(message, properties(location)),
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
    setSecret: (value) => core.setSecret(value),
  }
}

/** A Logger for terminals (the CLI): plain lines on stderr so that stdout can carry --json. */
export function createConsoleLogger(options: { verbose?: boolean } = {}): Logger {
  const secrets: string[] = []
  const mask = (text: string): string => secrets.reduce((masked, secret) => masked.split(secret).join('***'), text)
  const where = (location?: { file?: string; line?: number }): string =>
    location?.file === undefined ? '' : ` (${location.file}${location.line === undefined ? '' : `:${location.line}`})`
  return {
    debug: (message) => {
      if (options.verbose === true) process.stderr.write(`debug: ${mask(message)}\n`)
    },
    info: (message) => process.stderr.write(`${mask(message)}\n`),
    warning: (message, location) => process.stderr.write(`warning: ${mask(message)}${where(location)}\n`),
    error: (message, location) => process.stderr.write(`error: ${mask(message)}${where(location)}\n`),
    startGroup: (name) => process.stderr.write(`▸ ${mask(name)}\n`),
    endGroup: () => undefined,
    setSecret: (value) => {
      if (value !== '') secrets.push(value)
    },
  }
}
