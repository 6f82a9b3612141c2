/**
 * The seven things an action tells its log (codeql's Logger). The runner implementation writes workflow
 * commands; the CLI writes to the terminal; tests record.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string, location?: { file?: string; line?: number; column?: number }): void
  error(message: string, location?: { file?: string; line?: number; column?: number }): void
  startGroup(name: string): void
  endGroup(): void
  /** Registers a value that must never appear in logs (a token, a password). */
  setSecret(value: string): void
}
