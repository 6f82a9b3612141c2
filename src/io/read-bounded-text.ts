import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { ConfigurationError, inWords, type Wording } from '../core/errors.js'

export const documentTooLarge =
  (what: Wording, limit: number): Wording =>
  (w) =>
    `${inWords(what, w)} is larger than ${limit} bytes (${limit / 1024 / 1024} MiB)`

export const documentNotFile =
  (what: Wording): Wording =>
  (w) =>
    `${inWords(what, w)} is not a regular file`

/**
 * The text of a file of at most `maxBytes` bytes. Opened without blocking (a FIFO is refused, not waited on),
 * checked to be a regular file, and read no further than the limit (a `/dev/zero` or a growing file stops there).
 */
export function readBoundedText(path: string, what: Wording, maxBytes: number): string {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new ConfigurationError(
      (w) => `cannot read ${inWords(what, w)}: ${code}`,
      { file: path },
      'check the path (relative paths start at the repository root)',
    )
  }
  try {
    if (!fstatSync(fd).isFile())
      throw new ConfigurationError(documentNotFile(what), { file: path }, 'give the path of a regular file')
    const buffer = Buffer.alloc(maxBytes + 1)
    let length = 0
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
      if (length > maxBytes)
        throw new ConfigurationError(
          documentTooLarge(what, maxBytes),
          { file: path },
          'split it, or remove what it does not need',
        )
    }
    return buffer.toString('utf8', 0, length)
  } finally {
    closeSync(fd)
  }
}
