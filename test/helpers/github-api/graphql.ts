// POST /graphql, which the REST OpenAPI description does not cover: the fake serves the one query modelgate
// sends, `viewer { login }` (the token's own identity), and checks the request body shape itself.
import { errorBody, type HandlerResponse } from './rules.js'

const KEYS = new Set(['query', 'variables', 'operationName'])
/** `{ viewer { login } }`, optionally as a named `query`, any whitespace. */
const VIEWER_LOGIN = /^\s*(query(\s+[A-Za-z_]\w*)?\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/

/** GitHub's answer to a GraphQL request from `login`; `violation` where the fake cannot serve it. */
export function answerGraphql(text: string, login: string): HandlerResponse {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return {
      status: 400,
      body: errorBody('Problems parsing JSON', 400),
      violation: 'graphql body: not JSON',
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return graphqlError('graphql body: not a JSON object', 'A query attribute must be specified and must be a string.')
  const body = parsed as Record<string, unknown>
  const extra = Object.keys(body).filter((key) => !KEYS.has(key))
  if (extra.length > 0)
    return graphqlError(`graphql body: unknown key(s) ${extra.join(', ')}`, `Unknown key(s): ${extra.join(', ')}`)
  if (typeof body.query !== 'string')
    return graphqlError(
      'graphql body: "query" must be a string',
      'A query attribute must be specified and must be a string.',
    )
  const variables = body.variables
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables)))
    return graphqlError('graphql body: "variables" must be an object', 'Variables are invalid JSON.')
  if (!VIEWER_LOGIN.test(body.query))
    return graphqlError(
      `graphql: the fake serves only "{ viewer { login } }", not ${JSON.stringify(body.query.slice(0, 200))}`,
      'Field is not served by the fake GitHub API',
    )
  return { status: 200, body: { data: { viewer: { login } } } }
}

function graphqlError(violation: string, message: string): HandlerResponse {
  return { status: 200, body: { errors: [{ message }] }, violation }
}
