import { ConfigurationError } from '../core/errors.js'
import { readBoundedText } from '../io/read-bounded-text.js'

export const SIGNING_KEY_INPUT = 'signing-key'
export const SIGNING_KEY_FILE_OPTION = 'signing-key-file'
export const SIGNING_KEY_ENV = 'MODELGATE_SIGNING_KEY'

/** A PEM or base64 Ed25519 key is well under a kilobyte; anything past this is not a key. */
const MAX_KEY_FILE_BYTES = 64 * 1024

export const signingKeyOnArgv = (): string =>
  '--signing-key takes no value on the command line: the argv shows in `ps` and the shell history'

export const signingKeyOnArgvHint = (): string =>
  `pass --${SIGNING_KEY_FILE_OPTION} <path> (a file only you can read), or set the ${SIGNING_KEY_ENV} environment variable`

/**
 * Where the CLI's signing key comes from: `--signing-key-file <path>` (read when the gate asks for the key, so a
 * missing file is the run's error report like any other input) or the MODELGATE_SIGNING_KEY variable; never the
 * argv. Returns the reader of the `signing-key` input.
 * @throws ConfigurationError (a usage error) when `--signing-key` itself was given
 */
export function signingKeySource(
  inputs: ReadonlyMap<string, string>,
  env: Readonly<Record<string, string | undefined>>,
): () => string | undefined {
  if (inputs.has(SIGNING_KEY_INPUT))
    throw new ConfigurationError(signingKeyOnArgv(), { input: SIGNING_KEY_INPUT }, signingKeyOnArgvHint())
  const file = inputs.get(SIGNING_KEY_FILE_OPTION)
  if (file !== undefined) return () => readBoundedText(file, `the signing key file ${file}`, MAX_KEY_FILE_BYTES)
  return () => env[SIGNING_KEY_ENV]
}
