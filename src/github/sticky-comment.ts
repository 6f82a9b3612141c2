import { COMMENT_MARKER, parseCommentSections, upsertCommentSection } from '../core/report/sticky-comment-body.js'
import { errorMessage } from '../core/error-message.js'
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

/**
 * Who the token is, as GitHub names the author of the comments it writes: a user's login, `github-actions[bot]`
 * for the workflow token, `<app>[bot]` for a GitHub App token. `login: undefined` where it could not be resolved.
 */
export type ViewerIdentity = { readonly login: string } | { readonly login: undefined; readonly reason: string }

/**
 * The token's own login, through GraphQL `viewer { login }`: it answers user and installation tokens alike
 * (REST `GET /user` refuses installation tokens with 403). Never throws: a failure is an unresolved identity.
 */
export async function resolveViewerIdentity(client: GitHubClient): Promise<ViewerIdentity> {
  try {
    const answer = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }')
    const login = answer.viewer?.login
    if (typeof login === 'string' && login !== '') return { login }
    return { login: undefined, reason: 'the GraphQL viewer query answered without a login' }
  } catch (error) {
    return { login: undefined, reason: errorMessage(error) }
  }
}

/** Our comments holding the marker, oldest first: a comment by anyone else is never adopted, however it reads. */
async function findMarkedComments(
  client: GitHubClient,
  target: CommentTarget,
  login: string,
): Promise<MarkedComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  })
  return comments
    .filter((comment) => comment.user?.login.toLowerCase() === login.toLowerCase())
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
  login: string,
  section: string,
  commentId: number,
  ours: string | undefined,
  random: () => number,
): Promise<boolean> {
  for (const delay of VERIFY_DELAYS_MS) {
    await pause(delay + Math.floor(random() * 100))
    const after = await findMarkedComments(client, target, login)
    const oldest = after[0]
    if (
      oldest === undefined ||
      oldest.id !== commentId ||
      after.length !== 1 ||
      parseCommentSections(oldest.body).get(section) !== ours
    )
      return false
  }
  return true
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export interface StickyResult {
  readonly commentId: number
  readonly attempts: number
  /** Set where the token's identity could not be resolved: a fresh comment was created, nothing adopted. */
  readonly unresolvedIdentity?: string
}

/**
 * Puts section `section` (a gate, or `gate:key` for a keyed run: sectionId in core/report/report-key.ts) into the one modelgate comment of a PR, creating it if needed, without losing other
 * gates' sections when several gates update at once.
 *
 * Only comments written by the token's own identity (`options.identity`, resolved here when not given) are
 * adopted, updated or deleted: anyone can write the marker and a forged section into a PR comment. Where the
 * identity cannot be resolved, a new comment holds this section alone and the result says why.
 *
 * GitHub has no conditional update for comments, so this is optimistic concurrency by verification: write,
 * wait a little, re-read; if our section is not what we wrote (another gate's write replaced the body it read
 * before ours landed), merge again and retry. Two comments created at once are reconciled by keeping the
 * oldest and deleting the others after moving their sections into it.
 */
export async function upsertStickySection(
  client: GitHubClient,
  target: CommentTarget,
  section: string,
  markdown: string,
  options: { attempts?: number; random?: () => number; identity?: ViewerIdentity } = {},
): Promise<StickyResult> {
  const attempts = options.attempts ?? 8
  const random = options.random ?? Math.random
  const identity = options.identity ?? (await resolveViewerIdentity(client))
  if (identity.login === undefined) {
    const created = await createComment(client, target, upsertCommentSection(undefined, section, markdown))
    return { commentId: created, attempts: 1, unresolvedIdentity: identity.reason }
  }
  const login = identity.login
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const marked = await findMarkedComments(client, target, login)
    const [keeper, ...duplicates] = marked
    let commentId: number
    let written: string
    if (keeper === undefined) {
      written = upsertCommentSection(undefined, section, markdown)
      commentId = await createComment(client, target, written)
    } else {
      // Fold the sections of duplicates (a creation race) into the oldest comment.
      let body = keeper.body
      for (const duplicate of duplicates) {
        for (const [other, content] of parseCommentSections(duplicate.body)) {
          if (!parseCommentSections(body).has(other)) body = upsertCommentSection(body, other, content)
        }
      }
      written = upsertCommentSection(body, section, markdown)
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
    const ours = parseCommentSections(written).get(section)
    if (await staysWritten(client, target, login, section, commentId, ours, random))
      return { commentId, attempts: attempt }
  }
  throw new Error(
    `could not keep the section ${section} in the PR comment after ${attempts} attempts (other gates kept overwriting it)`,
  )
}

async function createComment(client: GitHubClient, target: CommentTarget, body: string): Promise<number> {
  const created = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  })
  return created.data.id
}
