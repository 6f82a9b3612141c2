import { open, type FileHandle } from 'node:fs/promises'
import { createGunzip } from 'node:zlib'
import type { Readable } from 'node:stream'
import { dataMessages } from '../../core/data/messages.js'
import { errorMessage } from '../../core/error-message.js'
import { ConfigurationError, DataError } from '../../core/errors.js'

/**
 * Opens a dataset file for reading; a missing, unreadable or directory path is a ConfigurationError naming it.
 * @throws {ConfigurationError} on ENOENT, EACCES, EPERM, EISDIR and other open errors
 */
export async function openDataset(path: string): Promise<FileHandle> {
  let handle: FileHandle | undefined
  try {
    handle = await open(path, 'r')
    const stat = await handle.stat()
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
    return handle
  } catch (error) {
    await handle?.close()
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    throw new ConfigurationError(
      dataMessages.unreadablePath(path, code),
      { file: path },
      dataMessages.unreadablePathHint(),
    )
  }
}

/** Bytes per read from disk. */
const READ_SIZE = 1 << 20

/**
 * The bytes of an open dataset as a stream of chunks of about `chunkSize` bytes, gunzipped when `gzip`.
 * Errors of the gzip decoder become a DataError naming the file.
 */
export async function* datasetChunks(
  handle: FileHandle,
  path: string,
  options: { gzip: boolean; chunkSize: number; signal?: AbortSignal | undefined; start?: number },
): AsyncGenerator<Buffer> {
  // Disk reads are large (few thread-pool round trips, so the parser does not wait on I/O); the parser
  // is fed `chunkSize` slices (small slices keep fewer rows alive per GC, and tests make them tiny).
  const raw = handle.createReadStream({ highWaterMark: READ_SIZE, autoClose: false, start: options.start ?? 0 })
  const stream: Readable = options.gzip ? raw.pipe(createGunzip({ chunkSize: 1 << 16 })) : raw
  if (options.gzip) raw.on('error', (error) => stream.destroy(error))
  const size = options.chunkSize
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      options.signal?.throwIfAborted()
      if (chunk.length <= size) {
        yield chunk
        continue
      }
      for (let at = 0; at < chunk.length; at += size) yield chunk.subarray(at, at + size)
    }
  } catch (error) {
    if (
      options.gzip &&
      typeof (error as NodeJS.ErrnoException).code === 'string' &&
      (error as NodeJS.ErrnoException).code!.startsWith('Z_')
    ) {
      throw new DataError(
        dataMessages.corruptGzip(path, errorMessage(error)),
        { file: path },
        dataMessages.corruptGzipHint(),
      )
    }
    throw error
  } finally {
    stream.destroy()
    raw.destroy()
  }
}
