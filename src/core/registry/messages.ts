// Messages of the registry and register-model; tests compare against these functions.

export const invalidModelName = (name: string): string =>
  `model name "${name}" is not allowed: use lowercase letters, digits and . _ - (start with a letter or digit, at most 128 characters)`

export const invalidAlias = (alias: string): string =>
  `alias "${alias}" is not allowed: use letters, digits, _ and - (start with a letter, at most 64 characters, not of the form v<number>)`

export const versionExists = (name: string, version: number): string =>
  `${name} version ${version} already exists and versions are immutable`

export const versionNotFound = (name: string, version: number): string => `${name} has no version ${version}`

export const aliasNotFound = (name: string, alias: string): string => `${name} has no alias "${alias}"`

export const modelNotFound = (name: string): string => `model "${name}" is not in the registry`

export const digestMismatch = (file: string, expected: string, actual: string): string =>
  `downloaded file ${file} has sha256 ${actual} but the model card says ${expected}: the stored model was altered or corrupted`

export const sizeMismatch = (file: string, expected: number, actual: number): string =>
  `downloaded file ${file} has ${actual} bytes but the model card says ${expected}: the stored model was altered or corrupted`

export const promotionRefused = (name: string, version: number, failing: readonly string[]): string =>
  `refusing to promote ${name} version ${version}: its stored gate reports are not all passing (${failing.join(', ')})`

export const promotionWithoutReports = (name: string, version: number): string =>
  `refusing to promote ${name} version ${version}: it has no stored gate reports, so nothing shows it passed`

export const forceNeedsReason = (): string => `force: true needs a reason: it is recorded in the alias history`

export const protectedAlias = (alias: string, environment: string, actual: string | undefined): string =>
  `alias "${alias}" is protected: it only moves from a job that runs in the GitHub environment "${environment}"` +
  (actual === undefined ? ', and this job runs in none' : `, and this job runs in "${actual}"`)

export const nothingToRollBack = (name: string, alias: string): string =>
  `cannot roll back ${name} alias "${alias}": its history has no earlier version`

export const unknownRegistryScheme = (url: string): string =>
  `registry "${url}" is not a supported URL: use file:./path, oci://host/namespace or mlflow+https://host`

export const insecureRegistry = (url: string): string =>
  `registry "${url}" uses plain http, which is only allowed for 127.0.0.1 and localhost`

export const registryUnreachable = (registry: string, detail: string): string =>
  `cannot reach the registry ${registry}: ${detail}`

export const registryDenied = (registry: string, status: number): string =>
  `the registry ${registry} refused the credentials (HTTP ${status})`

export const registryFailed = (registry: string, what: string, status: number, detail: string): string =>
  `the registry ${registry} failed to ${what}: HTTP ${status}${detail === '' ? '' : ` ${detail}`}`

export const overwriteDetected = (name: string, version: number): string =>
  `${name} version ${version} was written by another client at the same time: its tag no longer points at this upload`
