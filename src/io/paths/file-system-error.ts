import { writeFileSync } from 'node:fs'
import { ConfigurationError } from '../../core/errors.js'

/** What each errno a user can cause means, and how to fix it. */
const USER_ERRNO: Readonly<Record<string, readonly [meaning: string, hint: string]>> = {
  ENOSPC: ['no space left on device', 'free space on that disk, or point the path at another one'],
  EDQUOT: ['disk quota exceeded', 'free space within the quota, or point the path at another disk'],
  EROFS: ['read-only file system', 'point the path at a writable folder'],
  EACCES: ['permission denied', 'make the path readable (or writable) by the runner user, or choose another'],
  EPERM: ['operation not permitted', 'make the path readable (or writable) by the runner user, or choose another'],
  EISDIR: ['it is a directory', 'give the path of a file, not a directory'],
  ENOTDIR: ['a part of the path is not a directory', 'fix the path'],
  ENAMETOOLONG: ['the name is too long', 'use a shorter path'],
  ELOOP: ['too many symbolic links', 'fix the symbolic link loop, or give the real path'],
  ENOENT: ['no such file or directory', 'check the path (relative paths start at the repository root)'],
  EMFILE: ['too many open files', 'raise the open-file limit (ulimit -n) of the runner'],
}

/** The text of a file-system failure a user can fix. */
export const fileSystemFailure = (verb: string, path: string | undefined, code: string, meaning: string): string =>
  `cannot ${verb} ${path ?? 'a file'}: ${code} (${meaning})`

/**
 * A Node file-system error a user can fix (a full disk, a read-only folder, a directory where a file was
 * expected) as a ConfigurationError naming the file, instead of a bug report; undefined for anything else.
 * `path` names the file where the error itself does not (a failed write on an open descriptor carries none).
 */
export function fileSystemUserError(
  error: unknown,
  context: { readonly path?: string; readonly input?: string; readonly verb?: string } = {},
): ConfigurationError | undefined {
  if (!(error instanceof Error)) return undefined
  const errno = error as NodeJS.ErrnoException
  const known = errno.code === undefined ? undefined : USER_ERRNO[errno.code]
  if (known === undefined || errno.code === undefined) return undefined
  const path = context.path ?? errno.path
  const verb = context.verb ?? (errno.syscall === 'open' || errno.syscall === 'read' ? 'read' : 'write')
  return new ConfigurationError(
    fileSystemFailure(verb, path, errno.code, known[0]),
    { ...(path === undefined ? {} : { file: path }), ...(context.input === undefined ? {} : { input: context.input }) },
    known[1],
  )
}

/** writeFileSync whose user-fixable failures (ENOSPC, EISDIR, EACCES…) are ConfigurationErrors naming `path`. */
export function writeTextFile(path: string, text: string, input?: string): void {
  try {
    writeFileSync(path, text)
  } catch (error) {
    throw fileSystemUserError(error, { path, verb: 'write', ...(input === undefined ? {} : { input }) }) ?? error
  }
}
