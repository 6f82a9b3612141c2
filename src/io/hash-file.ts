import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { ConfigurationError } from '../core/errors.js'

/**
 * Bytes per read: the stream's 64 KiB default costs about twice the CPU of 1 MiB reads over a large file (measured:
 * 180 vs 100 ms for 76 MB), and the hash runs beside the scan workers on the same cores.
 */
const READ_SIZE = 1 << 20

/** sha256 (hex) of a file, streamed so that memory stays flat whatever its size. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: READ_SIZE })) hash.update(chunk as Buffer)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
    throw new ConfigurationError(
      `cannot read ${path} to hash it: ${code}`,
      { file: path },
      'check the path exists and is readable',
    )
  }
  return hash.digest('hex')
}
