/** Whether an octokit error is GitHub saying the token may not do this (a fork PR's read-only token). */
export function isPermissionError(error: unknown): error is { status: number; message: string } {
  const status = (error as { status?: unknown } | null)?.status
  return status === 403 || status === 404
}
