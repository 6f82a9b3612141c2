import { ConfigurationError, DataError, ServiceError, type Location } from '../core/errors.js'
import { versionExists } from '../core/registry/messages.js'

/** Registering a version that already exists: versions are immutable. */
export class VersionExistsError extends ConfigurationError {
  constructor(message: string, location: Location = {}, hint?: string) {
    super(message, location, hint)
  }
}

/** The error every backend raises for a version number that is taken. */
export const versionTaken = (name: string, version: number): VersionExistsError =>
  new VersionExistsError(
    versionExists(name, version),
    { input: 'version' },
    'leave version empty to get the next free one',
  )

/** A model, version or alias that is not in the registry. */
export class NotFoundError extends ConfigurationError {
  constructor(message: string, location: Location = {}, hint?: string) {
    super(message, location, hint)
  }
}

/** A downloaded file whose sha256 or size differs from the model card: tampering or corruption. */
export class DigestMismatchError extends DataError {
  constructor(message: string, location: Location = {}, hint?: string) {
    super(message, location, hint)
  }
}

export { ServiceError }

/** A stored card or alias event that cannot be read (truncated, edited, re-pointed): named, never guessed at. */
export class CorruptRecordError extends DataError {
  constructor(message: string, location: Location = {}, hint?: string) {
    super(message, location, hint)
  }
}
