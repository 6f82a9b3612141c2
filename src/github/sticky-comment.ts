import type { GateName } from '../core/gate/gate-name.js'
import { COMMENT_MARKER, parseCommentSections, upsertCommentSection } from '../core/report/sticky-comment-body.js'
import type { GitHubClient } from './client.js'

export interface CommentTarget {
  readonly owner: string
  readonly repo: string
  readonly issueNumber: number
}

interface MarkedComment {
  readonly id: number
  readonly body: string
}

async function findMarkedComments(client: GitHubClient, target: CommentTarget): Promise<MarkedComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })
  return comments
    .filter((comment) => (comment.body ?? '').includes(COMMENT_MARKER))
    .map((comment) => ({ id: comment.id, body: comment.body ?? '' }))
    .sort((a, b) => a.id - b.id)
}

/**
 * Another gate may have read the comment before our write and write its stale copy after it. Checking over a
 * window longer than a request round trip catches that (each check re-merges on loss); a write delayed longer
 * than the window could still drop a section, and the job summary keeps every report regardless.
 */
const VERIFY_DELAYS_MS = [100, 600, 1500]

async function staysWritten(
  client: GitHubClient,
  target: CommentTarget,
  gate: GateName,
  commentId: number,
  ours: string | undefined,
  random: () => number,
): Promise<boolean> {
  for (const delay of VERIFY_DELAYS_MS) {
    await pause(delay + Math.floor(random() * 100))
    const after = await findMarkedComments(client, target)
    const oldest = after[0]
    if (
      oldest === undefined ||
      oldest.id !== commentId ||
      after.length !== 1 ||
      parseCommentSections(oldest.body).get(gate) !== ours
    )
      return false
  }
  return true
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Puts `gate`'s section into the one modelgate comment of a PR, creating it if needed, without losing other
 * gates' sections when several gates update at once.
 *
 * GitHub has no conditional update for comments, so this is optimistic concurrency by verification: write,
 * wait a little, re-read; if our section is not what we wrote (another gate's write replaced the body it read
 * before ours landed), merge again and retry. Two comments created at once are reconciled by keeping the
 * oldest and deleting the others after moving their sections into it.
 */
export async function upsertStickySection(
  client: GitHubClient,
  target: CommentTarget,
  gate: GateName,
  markdown: string,
  options: { attempts?: number; random?: () => number } = {},
): Promise<{ commentId: number; attempts: number }> {
  const attempts = options.attempts ?? 8
  const random = options.random ?? Math.random
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const marked = await findMarkedComments(client, target)
    const [keeper, ...duplicates] = marked
    let commentId: number
    let written: string
    if (keeper === undefined) {
      written = upsertCommentSection(undefined, gate, markdown)
      const created = await client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        body: written,
      })
      commentId = created.data.id
    } else {
      // Fold the sections of duplicates (a creation race) into the oldest comment.
      let body = keeper.body
      for (const duplicate of duplicates) {
        for (const [other, content] of parseCommentSections(duplicate.body)) {
          if (!parseCommentSections(body).has(other)) body = upsertCommentSection(body, other, content)
        }
      }
      written = upsertCommentSection(body, gate, markdown)
      commentId = keeper.id
      await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: keeper.id,
        body: written,
      })
      for (const duplicate of duplicates) {
        await client.rest.issues
          .deleteComment({ owner: target.owner, repo: target.repo, comment_id: duplicate.id })
          .catch(() => undefined)
      }
    }
    const ours = parseCommentSections(written).get(gate)
    if (await staysWritten(client, target, gate, commentId, ours, random)) return { commentId, attempts: attempt }
  }
  throw new Error(
    `could not keep modelgate/${gate}'s section in the PR comment after ${attempts} attempts (other gates kept overwriting it)`,
  )
}
