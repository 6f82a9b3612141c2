import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { ConfigurationError } from '../core/errors.js'

/** sha256 (hex) of a file, streamed so that memory stays flat whatever its size. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256')
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
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
