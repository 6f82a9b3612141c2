import type { Logger } from '../core/logger.js'
import type { SecretRedactor } from '../core/secrets/secret-redactor.js'

/**
 * A Logger whose every line passes the session's redactor, and whose setSecret registers the value with both the
 * redactor (for what is published through the API, which the runner's log mask never sees) and the host.
 */
export function redactingLogger(inner: Logger, redactor: SecretRedactor): Logger {
  const r = (text: string): string => redactor.redact(text)
  return {
    debug: (message) => inner.debug(r(message)),
    info: (message) => inner.info(r(message)),
    warning: (message, location) => inner.warning(r(message), location),
    error: (message, location) => inner.error(r(message), location),
    startGroup: (name) => inner.startGroup(r(name)),
    endGroup: () => inner.endGroup(),
    // Registered once: the runner's mask needs one ::add-mask:: line per value, not one per caller.
    setSecret: (value) => {
      if (redactor.add(value)) inner.setSecret(value)
    },
  }
}
