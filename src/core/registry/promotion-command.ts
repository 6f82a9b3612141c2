export interface PromotionCommandInput {
  /** `owner/name`. */
  readonly repository: string
  readonly serverUrl?: string
  /** Workflow file name under .github/workflows. Default `promote.yml`. */
  readonly workflow?: string
  readonly model: string
  readonly version: number | string
  readonly alias?: string
  readonly ref?: string
}

export interface PromotionCommand {
  /** A `gh workflow run` line with the inputs filled in, safe to paste into a POSIX shell. */
  readonly command: string
  /** Link to the workflow's page, where "Run workflow" asks for the same inputs. */
  readonly workflowUrl: string
  /** Markdown: the link and the command in a code block. */
  readonly markdown: string
}

/** Single-quotes a value for a POSIX shell unless it is plainly safe. */
function shellQuote(value: string): string {
  return /^[A-Za-z0-9._/:=@+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}

/**
 * The exact promotion to run, for reports and PR comments: the `gh workflow run` line and the workflow link.
 * @example promotionCommand({ repository: 'acme/churn', model: 'churn', version: 7 }).command // => 'gh workflow run promote.yml --repo acme/churn -f model=churn -f version=7 -f alias=champion'
 */
export function promotionCommand(input: PromotionCommandInput): PromotionCommand {
  const workflow = input.workflow ?? 'promote.yml'
  const alias = input.alias ?? 'champion'
  const server = (input.serverUrl ?? 'https://github.com').replace(/\/$/, '')
  const parts = ['gh', 'workflow', 'run', shellQuote(workflow), '--repo', shellQuote(input.repository)]
  if (input.ref !== undefined) parts.push('--ref', shellQuote(input.ref))
  parts.push(
    '-f',
    shellQuote(`model=${input.model}`),
    '-f',
    shellQuote(`version=${String(input.version)}`),
    '-f',
    shellQuote(`alias=${alias}`),
  )
  const command = parts.join(' ')
  const workflowUrl = `${server}/${input.repository}/actions/workflows/${encodeURIComponent(workflow)}`
  const markdown = `To promote, run [${workflow}](${workflowUrl}) with model \`${input.model}\`, version \`${String(input.version)}\`, alias \`${alias}\`, or:\n\n\`\`\`sh\n${command}\n\`\`\``
  return { command, workflowUrl, markdown }
}
