#!/usr/bin/env node
// Extracts the part of GitHub's published OpenAPI description that modelgate calls, for the
// OpenAPI-validating fake GitHub API in test/helpers/github-api-server.ts.
//
// Input:  `generated/api.github.com.json` from the npm package `@octokit/openapi` (about 13 MB; the
//         whole package is about 400 MB, so it is NOT a dependency of this project).
// Output: fixtures/github-openapi/api.github.com.subset.json — the operations listed in OPERATIONS
//         below, their path items, and every component they `$ref` (walked transitively), with
//         `description`, `examples`/`example` and `externalDocs` removed to keep the file small.
//         `info.version` and `x-source` (package name and version) say where it came from.
//
// How to regenerate (after adding an operation to OPERATIONS, or to follow a newer spec):
//
//     mkdir -p /tmp/oa && cd /tmp/oa && npm init -y && npm install @octokit/openapi
//     cd -   # back to the repository root
//     node scripts/extract-github-openapi.mjs /tmp/oa/node_modules/@octokit/openapi/generated/api.github.com.json
//
// Without an argument the script looks for node_modules/@octokit/openapi/generated/api.github.com.json
// from the current directory upwards. It exits non-zero when an operation in OPERATIONS is missing
// from the description or when a `$ref` does not resolve.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The operationIds modelgate calls (src/github/*). Keep in sync with the fake server's handlers. */
export const OPERATIONS = [
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'issues/get-comment',
  'checks/create',
  'checks/update',
  'checks/get',
  'checks/list-for-ref',
  'repos/create-deployment',
  'repos/list-deployments',
  'repos/create-deployment-status',
  'repos/list-deployment-statuses',
  'repos/get-deployment',
  'pulls/get',
  'repos/get',
  'actions/create-workflow-dispatch',
  'issues/create',
  'issues/get',
  'issues/update',
  'issues/list-for-repo',
  'repos/create-dispatch-event',
]

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const DROPPED_KEYS = new Set(['description', 'examples', 'example', 'externalDocs'])

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outputPath = join(repositoryRoot, 'fixtures', 'github-openapi', 'api.github.com.subset.json')

function findSpec() {
  const given = process.argv[2]
  if (given !== undefined) return resolve(given)
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json')
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir) break
  }
  console.error(
    'extract-github-openapi: give the path of @octokit/openapi/generated/api.github.com.json as the first argument\n' +
      '  (install it outside the project: mkdir -p /tmp/oa && cd /tmp/oa && npm init -y && npm install @octokit/openapi)',
  )
  process.exit(2)
}

function sourceVersion(specPath) {
  // generated/api.github.com.json → the package.json one level up.
  const packageJson = join(dirname(dirname(specPath)), 'package.json')
  if (!existsSync(packageJson)) return { name: '@octokit/openapi', version: 'unknown' }
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8'))
  return { name: pkg.name, version: pkg.version }
}

/** Deep copy without documentation-only keys; `description` is kept where it is a property name. */
function strip(value, underProperties = false) {
  if (Array.isArray(value)) return value.map((item) => strip(item))
  if (value === null || typeof value !== 'object') return value
  const out = {}
  for (const [key, child] of Object.entries(value)) {
    if (!underProperties && DROPPED_KEYS.has(key)) continue
    out[key] = strip(child, key === 'properties' && !underProperties)
  }
  return out
}

function collectRefs(value, into) {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into)
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') into.push(child)
      else collectRefs(child, into)
    }
  }
}

function main() {
  const specPath = findSpec()
  const spec = JSON.parse(readFileSync(specPath, 'utf8'))
  const wanted = new Set(OPERATIONS)
  const paths = {}
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method]
      if (operation === undefined || !wanted.has(operation.operationId)) continue
      wanted.delete(operation.operationId)
      paths[path] ??= item.parameters === undefined ? {} : { parameters: strip(item.parameters) }
      paths[path][method] = strip(operation)
    }
  }
  if (wanted.size > 0) {
    console.error(`extract-github-openapi: not in ${specPath}: ${[...wanted].join(', ')}`)
    process.exit(1)
  }

  const components = {}
  const pending = []
  collectRefs(paths, pending)
  const seen = new Set()
  while (pending.length > 0) {
    const ref = pending.pop()
    if (seen.has(ref)) continue
    seen.add(ref)
    const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref)
    const target = match === null ? undefined : spec.components?.[match[1]]?.[match[2]]
    if (match === null || target === undefined) {
      console.error(`extract-github-openapi: cannot resolve $ref ${ref}`)
      process.exit(1)
    }
    const copy = strip(target)
    components[match[1]] ??= {}
    components[match[1]][match[2]] = copy
    collectRefs(copy, pending)
  }
  for (const kind of Object.keys(components)) {
    components[kind] = Object.fromEntries(Object.entries(components[kind]).sort(([a], [b]) => a.localeCompare(b)))
  }

  const source = sourceVersion(specPath)
  const subset = {
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version },
    'x-source': {
      package: source.name,
      version: source.version,
      file: 'generated/api.github.com.json',
      operations: OPERATIONS,
    },
    servers: spec.servers,
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components,
  }
  mkdirSync(dirname(outputPath), { recursive: true })
  const text = `${JSON.stringify(subset, null, 1)}\n`
  writeFileSync(outputPath, text)
  const counts = Object.entries(components).map(([kind, entries]) => `${Object.keys(entries).length} ${kind}`)
  console.log(
    `wrote ${outputPath}: ${OPERATIONS.length} operations, ${counts.join(', ')}, ${text.length} bytes (${source.name}@${source.version})`,
  )
}

main()
