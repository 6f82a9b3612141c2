#!/usr/bin/env node
// `npm run demo`: the whole modelgate chain on the churn example (examples/churn), locally, through the CLI bundle.
//
//   validate-data → train-on-runner → evaluate-vs-champion → fairness-gate → register-model → promote → canary-deploy
//   → monitoring: the champion on a drifted "production" day (drift against its stored profile, decay on labels)
//
// Everything stays on this machine: a file registry and local artifacts under the output folder, two fixture model
// servers on 127.0.0.1 (ephemeral ports) for the canary, a traffic "provider" that records the weight in a file, and a
// bounded load loop on loopback. The first run seeds the registry with the old champion (examples/churn/champion,
// v1, forced to `champion` with a reason); every run registers its candidate as the next version and promotes it.
//
// Usage: node scripts/demo.mjs [--out DIR] [--fresh] [--current CSV]
//   --out DIR      output folder (default demo-output/); a second run with the same folder continues its registry
//   --fresh        delete the output folder first
//   --current CSV  the new batch of labelled data to validate and evaluate on (default examples/churn/data/current.csv);
//                  try a broken copy to see a gate stop the chain
// Writes DIR/report.md (every gate's rendered report), DIR/report.json (every gate's JSON report) and DIR/report.html
// (the same reports as one self-contained HTML page).
// Exit code 0 when every gate passed (warnings allowed), 1 when a gate failed or a step broke, 2 on bad usage.
import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { delimiter, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const example = join(root, 'examples', 'churn')
const cli = join(root, 'dist', 'cli', 'index.js')
const modelServer = join(root, 'fixtures', 'canary', 'model-server.mjs')
const MODEL = 'churn'
const ICON = { pass: '✅', warn: '⚠️', fail: '❌', error: '❌', skipped: '⏭️' }

// ---------- arguments ----------
const args = process.argv.slice(2)
let out = join(root, 'demo-output')
let fresh = false
let currentData = join(example, 'data', 'current.csv')
const USAGE = 'usage: node scripts/demo.mjs [--out DIR] [--fresh] [--current CSV]\n'
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--out' && i + 1 < args.length) out = resolve(args[++i])
  else if (args[i] === '--fresh') fresh = true
  else if (args[i] === '--current' && i + 1 < args.length) currentData = resolve(args[++i])
  else if (args[i] === '--help' || args[i] === '-h') {
    process.stdout.write(USAGE)
    process.exit(0)
  } else {
    process.stderr.write(`demo: unknown argument ${JSON.stringify(args[i])}\n${USAGE}`)
    process.exit(2)
  }
}
if (!existsSync(cli)) {
  process.stderr.write(`demo: ${cli} is missing. Build it with: node scripts/build.mjs cli\n`)
  process.exit(1)
}
if (!existsSync(currentData)) {
  process.stderr.write(`demo: --current ${currentData} does not exist\n`)
  process.exit(2)
}
if (fresh) rmSync(out, { recursive: true, force: true })

// ---------- the run folder ----------
const registryDir = join(out, 'registry')
const registry = `file:${registryDir}`
const runsFile = join(out, 'runs.json')
const runNumber = (existsSync(runsFile) ? JSON.parse(readFileSync(runsFile, 'utf8')).runs : 0) + 1
const runDir = join(out, `run-${runNumber}`)
const reportsDir = join(runDir, 'reports')
const summariesDir = join(runDir, 'summaries')
const logsDir = join(runDir, 'logs')
for (const dir of [reportsDir, summariesDir, logsDir]) mkdirSync(dir, { recursive: true })
const policy = join(example, 'modelgate.yml')
const data = {
  train: join(example, 'data', 'train.csv'),
  reference: join(example, 'data', 'reference.csv'),
  current: currentData,
}

/**
 * Environment of every child: no GitHub runner variables (nothing reaches the network), plus the step's summary
 * file. The demo works in a temporary folder on the example's files in this repository: both are listed as roots
 * of input path containment (MODELGATE_PATH_ROOTS, README "Security").
 */
function childEnv(extra = {}) {
  const env = {}
  for (const [name, value] of Object.entries(process.env))
    if (!/^(GITHUB_|ACTIONS_|RUNNER_|INPUT_)/.test(name) && value !== undefined) env[name] = value
  const roots = [env.MODELGATE_PATH_ROOTS, root].filter((item) => item !== undefined && item !== '').join(delimiter)
  return { ...env, MODELGATE_PATH_ROOTS: roots, ...extra }
}

/** Runs a process without a shell; resolves { code, stdout, stderr }. */
function run(command, argv, { cwd = out, env = childEnv(), timeoutMs = 180_000 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, argv, { cwd, env, shell: false, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr })
    })
  })
}

/** The `  name: value` output lines the CLI prints after `  verdict:`. */
function parseOutputs(stdout) {
  const lines = stdout.split('\n')
  const start = lines.findIndex((line) => line.startsWith('  verdict: '))
  const outputs = {}
  if (start === -1) return outputs
  for (const line of lines.slice(start)) {
    const match = /^ {2}([a-z][a-z0-9-]*): ?(.*)$/.exec(line)
    if (match) outputs[match[1]] = match[2]
  }
  return outputs
}

const gates = [] // { step, gate, status, title, reportPath, summaryPath, report }
let stepNumber = 0

/** One modelgate CLI step: prints one verdict line; returns { outputs, report }; exits the demo when the gate fails. */
async function gate(step, action, inputs, { quiet = false } = {}) {
  stepNumber += 1
  const tag = `${String(stepNumber).padStart(2, '0')}-${step}`
  const reportPath = join(reportsDir, `${tag}.json`)
  const summaryPath = join(summariesDir, `${tag}.md`)
  const argv = [cli, action]
  for (const [name, value] of Object.entries({ policy, ...inputs, 'report-path': reportPath }))
    argv.push(`--${name}`, value)
  const started = Date.now()
  const result = await run(process.execPath, argv, { env: childEnv({ GITHUB_STEP_SUMMARY: summaryPath }) })
  writeFileSync(
    join(logsDir, `${tag}.log`),
    `$ node ${argv.map((a) => JSON.stringify(a)).join(' ')}\n\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
  )
  const report = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : undefined
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (report === undefined) {
    process.stdout.write(`❌ ${step.padEnd(22)} ${action} broke (exit ${result.code}) after ${seconds} s\n`)
    process.stdout.write(indent(result.stderr.trim() || result.stdout.trim()))
    return finish(1, `${step} did not produce a report (see ${join(logsDir, `${tag}.log`)})`)
  }
  const entry = { step, gate: action, status: report.status, title: report.title, reportPath, summaryPath, report }
  if (!quiet) gates.push(entry)
  process.stdout.write(
    `${ICON[report.status] ?? '•'} ${step.padEnd(22)} ${report.status.toUpperCase().padEnd(5)} ${report.title} (${seconds} s)\n`,
  )
  if (result.code !== 0 || report.status === 'fail' || report.status === 'error') {
    const failing = (report.checks ?? []).filter((check) => check.status === 'fail' || check.status === 'error')
    for (const check of failing.slice(0, 5)) process.stdout.write(`     ${check.id}: ${check.message}\n`)
    return finish(1, `the ${step} gate said ${report.status.toUpperCase()}: the chain stops here`)
  }
  return { outputs: parseOutputs(result.stdout), report }
}

const indent = (text) =>
  `${text
    .split('\n')
    .map((line) => `     ${line}`)
    .join('\n')}\n`

/** The champion's version in the registry, or undefined when there is none yet. */
async function championVersion() {
  const result = await run(process.execPath, [
    cli,
    'register-model',
    '--mode',
    'get',
    '--registry',
    registry,
    '--model-name',
    MODEL,
    '--alias',
    'champion',
    '--policy',
    policy,
    '--report-path',
    join(runDir, 'champion-lookup.json'),
  ])
  return result.code === 0 ? parseOutputs(result.stdout).version : undefined
}

// ---------- the combined report ----------
function writeCombinedReport(exitCode, message) {
  const overall = exitCode === 0 ? (gates.some((g) => g.status === 'warn') ? 'warn' : 'pass') : 'fail'
  const json = {
    schemaVersion: 1,
    kind: 'modelgate.demo-report',
    run: runNumber,
    status: overall,
    message,
    championBefore: state.championBefore ?? null,
    championAfter: state.championAfter ?? null,
    candidateVersion: state.candidateVersion ?? null,
    gates: gates.map(({ step, gate: action, status, title, reportPath, report }) => ({
      step,
      gate: action,
      status,
      title,
      reportPath,
      report,
    })),
    monitoring: monitoringRuns,
  }
  const lines = [
    `# modelgate demo — run ${runNumber}: ${ICON[overall]} ${overall.toUpperCase()}`,
    '',
    message,
    '',
    `Champion before: ${state.championBefore ? `v${state.championBefore}` : 'none'} · candidate: ${state.candidateVersion ? `v${state.candidateVersion}` : '–'} · champion after: ${state.championAfter ? `v${state.championAfter}` : 'unchanged'}`,
    '',
    '| step | gate | verdict | title |',
    '|---|---|---|---|',
    ...gates.map(
      (g) => `| ${g.step} | ${g.gate} | ${ICON[g.status] ?? ''} ${g.status} | ${g.title.replaceAll('|', '\\|')} |`,
    ),
    '',
  ]
  for (const g of gates) {
    lines.push(`---`, '', `<!-- step: ${g.step} -->`, '')
    lines.push(
      existsSync(g.summaryPath)
        ? readFileSync(g.summaryPath, 'utf8').trim()
        : `**${g.gate}: ${g.status}** — ${g.title}`,
      '',
    )
  }
  for (const dir of [out, runDir]) {
    writeFileSync(join(dir, 'report.md'), `${lines.join('\n')}\n`)
    writeFileSync(join(dir, 'report.json'), `${JSON.stringify(json, null, 2)}\n`)
  }
  // The same reports as one self-contained HTML page (charts drawn by the inlined Mermaid script).
  const reportArgs = gates
    .filter((g) => g.reportPath && existsSync(g.reportPath))
    .flatMap((g) => ['--report', g.reportPath])
  if (reportArgs.length > 0)
    spawnSync(process.execPath, [cli, 'report', 'html', ...reportArgs, '--out', join(out, 'report.html')], {
      stdio: 'ignore',
    })
}

const state = {}
const cleanups = []
async function finish(exitCode, message) {
  for (const cleanup of cleanups.reverse()) await cleanup()
  writeCombinedReport(exitCode, message)
  process.stdout.write(`\n${exitCode === 0 ? '✅' : '❌'} ${message}\n`)
  process.stdout.write(
    `   report: ${join(out, 'report.md')} (Markdown), ${join(out, 'report.json')} (JSON), ${join(out, 'report.html')} (HTML)\n`,
  )
  process.exit(exitCode)
}

// ---------- canary helpers ----------
/** Starts the fixture model server; resolves { port, stop }. */
function startModelServer(name) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [modelServer, '--name', name, '--port', '0'], {
      shell: false,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let buffer = ''
    const timer = setTimeout(() => reject(new Error(`model server ${name} did not start in 15 s`)), 15_000)
    child.on('error', reject)
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      buffer += chunk
      const newline = buffer.indexOf('\n')
      if (newline === -1) return
      clearTimeout(timer)
      const { port } = JSON.parse(buffer.slice(0, newline))
      const stop = () =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done()
          child.once('exit', () => done())
          child.kill('SIGTERM')
        })
      resolvePromise({ port, stop })
    })
  })
}

function get(port, path) {
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', timeout: 2000 }, (res) => {
      res.resume()
      res.on('end', () => done(res.statusCode))
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => done(0))
    req.end()
  })
}

/** Bounded loopback load: ~50 requests/s split by the weight in weightFile; at most maxRequests or maxMs. */
// Enough traffic that every 3 s analysis interval sees canary-deploy's default minimum of 100 canary requests even
// at the 10% step (about 350 requests a second in all): a few concurrent clients, each one request at a time.
function startLoad(stablePort, canaryPort, weightFile, { clients = 8, maxRequests = 120_000, maxMs = 120_000 } = {}) {
  let stopped = false
  const sent = { stable: 0, canary: 0 }
  let counter = 0
  const started = Date.now()
  const client = async () => {
    while (!stopped && counter < maxRequests && Date.now() - started < maxMs) {
      let weight = 0
      try {
        weight = Number(JSON.parse(readFileSync(weightFile, 'utf8')).weight) || 0
      } catch {
        weight = 0
      }
      counter += 1
      // Deterministic split: of every 100 requests, `weight` go to the canary.
      const toCanary = counter % 100 < weight
      await get(toCanary ? canaryPort : stablePort, '/predict')
      sent[toCanary ? 'canary' : 'stable'] += 1
    }
  }
  const loop = Promise.all(Array.from({ length: clients }, client))
  return async () => {
    stopped = true
    await loop
    return sent
  }
}

// ---------- production monitoring ----------
const production = join(example, 'production', '2026-11-02.csv')
const monitoringRuns = [] // { step, gate, status, title, reportPath, report }

/** A monitoring step: runs the CLI like gate() and prints its line, but a finding is what it is for, not a stop. */
async function watch(step, action, inputs) {
  const tag = `${String((stepNumber += 1)).padStart(2, '0')}-${step}`
  const reportPath = join(reportsDir, `${tag}.json`)
  const argv = [cli, action]
  for (const [name, value] of Object.entries({ ...inputs, 'report-path': reportPath })) argv.push(`--${name}`, value)
  const started = Date.now()
  const result = await run(process.execPath, argv, {
    env: childEnv({ GITHUB_STEP_SUMMARY: join(summariesDir, `${tag}.md`) }),
  })
  writeFileSync(
    join(logsDir, `${tag}.log`),
    `$ node ${argv.map((a) => JSON.stringify(a)).join(' ')}\n\n${result.stdout}\n${result.stderr}`,
  )
  if (!existsSync(reportPath)) return finish(1, `${step} did not produce a report (see ${join(logsDir, `${tag}.log`)})`)
  const report = JSON.parse(readFileSync(reportPath, 'utf8'))
  monitoringRuns.push({ step, gate: action, status: report.status, title: report.title, reportPath, report })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  process.stdout.write(
    `${ICON[report.status] ?? '•'} ${step.padEnd(22)} ${report.status.toUpperCase().padEnd(5)} ${report.title} (${seconds} s)\n`,
  )
  for (const check of (report.checks ?? []).filter((c) => c.status === 'fail').slice(0, 3))
    process.stdout.write(`     ${check.id}: ${check.message}\n`)
  return report
}

/**
 * The champion in production: its logged scores on a drifted day (examples/churn/production/2026-11-02.csv) against
 * the training profile its card stores, and its performance on the labels that came in since (after a competitor's
 * launch, churn follows the region, which no model here uses) against the metrics its card stores.
 */
async function monitorChampion(version) {
  process.stdout.write(
    `\nmonitoring churn v${version} in production (examples/churn/production/2026-11-02.csv, a drifted day)\n`,
  )
  const logged = join(runDir, 'production-predictions.csv')
  const labels = join(runDir, 'production-labels.csv')
  // The serving layer's log: the champion's scores on the day (the file registry keeps each version's files here).
  const championDir = join(registryDir, MODEL, 'versions', String(version), 'files')
  const steps = [
    [join(example, 'predict.mjs'), '--model', championDir, '--in', production, '--out', logged],
    [join(example, 'delayed-labels.mjs'), '--in', production, '--out', labels, '--concept', 'shifted', '--seed', '7'],
  ]
  for (const argv of steps) {
    const done = await run(process.execPath, argv)
    if (done.code !== 0) await finish(1, `monitoring: ${argv[1]} failed: ${(done.stderr || done.stdout).trim()}`)
  }
  await watch('monitor-drift', 'validate-data', {
    data: production,
    'reference-registry': registry,
    'reference-model': MODEL,
    policy: join(example, 'production', 'monitoring.yml'),
  })
  await watch('monitor-decay', 'evaluate-vs-champion', {
    mode: 'monitor',
    predictions: logged,
    labels,
    'model-name': MODEL,
    registry,
    'id-column': 'customer_id',
    'label-column': 'churned',
    'score-column': 'score',
    metrics: 'roc-auc',
    seed: '7',
    policy,
  })
  const found = monitoringRuns.filter((r) => r.status === 'fail').map((r) => r.step)
  process.stdout.write(
    found.length === 0
      ? '   production is healthy: nothing to alert on\n'
      : `   on a runner (monitor.yml) ${found.join(' and ')} would open alert issues and dispatch retrain.yml\n`,
  )
}

// ---------- the chain ----------
process.stdout.write(`modelgate demo, run ${runNumber} → ${out}\n\n`)
writeFileSync(runsFile, `${JSON.stringify({ runs: runNumber }, null, 2)}\n`)

state.championBefore = await championVersion()
if (state.championBefore === undefined) {
  // Seed: the model in production before modelgate arrived, with its predictions on the evaluation data, so that
  // evaluate-vs-champion finds them through the model card instead of re-running it.
  const seedDir = join(out, 'seed', 'champion')
  mkdirSync(seedDir, { recursive: true })
  for (const file of ['model.json', 'metrics.json']) copyFileSync(join(example, 'champion', file), join(seedDir, file))
  const predicted = await run(process.execPath, [
    join(example, 'predict.mjs'),
    '--model',
    seedDir,
    '--in',
    data.current,
    '--out',
    join(seedDir, 'predictions.csv'),
  ])
  if (predicted.code !== 0) await finish(1, `seeding: predict.mjs failed: ${predicted.stderr.trim()}`)
  const seeded = await gate(
    'seed-register',
    'register-model',
    {
      registry,
      'model-name': MODEL,
      'model-path': seedDir,
      metrics: join(seedDir, 'metrics.json'),
      'evaluation-data': data.current,
      predictions: 'predictions.csv',
    },
    { quiet: true },
  )
  await gate(
    'seed-promote',
    'register-model',
    {
      registry,
      mode: 'promote',
      'model-name': MODEL,
      version: seeded.outputs.version,
      alias: 'champion',
      force: 'true',
      reason: 'seed: the churn model in production before modelgate (no gate reports)',
    },
    { quiet: true },
  )
  state.championBefore = await championVersion()
  process.stdout.write(`   seeded the registry: ${MODEL} v${state.championBefore} is the champion\n`)
}
process.stdout.write(`\nchampion before: ${MODEL} v${state.championBefore}\n\n`)

// 1. validate-data: the new batch against the contract and against the reference (drift).
const validated = await gate('validate-data', 'validate-data', {
  data: data.current,
  reference: data.reference,
  contract: join(example, 'contract.yml'),
})

// 2. train-on-runner: the training script, its model copied as a local artifact.
const modelDir = join(runDir, 'model')
const trained = await gate('train-on-runner', 'train-on-runner', {
  command: JSON.stringify([process.execPath, 'train.mjs', '--data', 'data/train.csv', '--out', modelDir]),
  'working-directory': example,
  'model-dir': modelDir,
  'metrics-file': join(modelDir, 'metrics.json'),
  params: JSON.stringify({
    features: 'tenure_months,monthly_charges,support_calls,age',
    plan: true,
    epochs: 300,
    lr: 0.5,
  }),
  'data-files': 'data/train.csv',
})

// The candidate's predictions on the current (labelled) data, stored inside the model so the card references them.
const candidatePredictions = join(modelDir, 'predictions.csv')
const predicted = await run(process.execPath, [
  join(example, 'predict.mjs'),
  '--model',
  modelDir,
  '--in',
  data.current,
  '--out',
  candidatePredictions,
])
if (predicted.code !== 0) await finish(1, `predict.mjs failed for the candidate: ${predicted.stderr.trim()}`)

// 3. evaluate-vs-champion: paired comparison with the registry's champion on the same rows.
const evaluated = await gate('evaluate-vs-champion', 'evaluate-vs-champion', {
  predictions: candidatePredictions,
  'model-name': MODEL,
  registry,
  data: data.current,
  'id-column': 'customer_id',
  'label-column': 'churned',
  'score-column': 'score',
  'segment-columns': 'region,plan',
})
// A hold is the gate doing its job (a second run retrains the same model, which is not better than the champion it
// already is): the demo ends there, successfully, with the champion unchanged. A reject stops it as a failure.
if (evaluated.outputs.decision === 'hold') {
  state.championAfter = state.championBefore
  await monitorChampion(state.championBefore)
  await finish(
    0,
    `evaluate-vs-champion held: the candidate is not better than the champion, so ${MODEL} v${state.championBefore} stays the champion`,
  )
}
if (evaluated.outputs.decision !== 'promote')
  await finish(1, `evaluate-vs-champion decided "${evaluated.outputs.decision}", not promote: the chain stops here`)

// 4. fairness-gate: disparities between genders and regions.
const fairness = await gate('fairness-gate', 'fairness-gate', {
  predictions: candidatePredictions,
  'label-column': 'churned',
  'score-column': 'score',
  'sensitive-columns': 'gender,region',
})

// The reference monitoring measures production against: the training data's profile and the candidate's scores'.
const profiles = [join(runDir, 'train.profile.json'), join(runDir, 'scores.profile.json')]
for (const [input, output] of [
  [data.train, profiles[0]],
  [candidatePredictions, profiles[1]],
]) {
  const argv = [cli, 'validate-data', '--mode', 'profile', '--data', input, '--output', output, '--policy', policy]
  const profiled = await run(process.execPath, [...argv, '--report-path', `${output}.report.json`])
  if (profiled.code !== 0) await finish(1, `profiling ${input} failed: ${profiled.stderr.trim()}`)
}

// 5. register-model: the candidate with its gate reports, metrics, lineage and reference profile.
const registered = await gate('register-model', 'register-model', {
  registry,
  'model-name': MODEL,
  'model-path': modelDir,
  reports: [
    validated.outputs['report-path'],
    trained.outputs['report-path'],
    evaluated.outputs['report-path'],
    fairness.outputs['report-path'],
  ].join('\n'),
  metrics: evaluated.outputs['metrics-path'] || join(modelDir, 'metrics.json'),
  lineage: trained.outputs['lineage-path'],
  'evaluation-data': data.current,
  predictions: 'predictions.csv',
  'reference-profile': profiles.join('\n'),
})
state.candidateVersion = registered.outputs.version

// 6. promote: move `champion` to the candidate (refused unless its stored reports passed).
await gate('promote', 'register-model', {
  registry,
  mode: 'promote',
  'model-name': MODEL,
  version: state.candidateVersion,
  alias: 'champion',
  reason: `demo run ${runNumber}: every gate passed`,
})

// 7. canary-deploy: stable and canary fixture servers on loopback, the weight recorded by a command provider.
const stable = await startModelServer('stable')
cleanups.push(stable.stop)
const canary = await startModelServer('canary')
cleanups.push(canary.stop)
const weightFile = join(runDir, 'canary-weight.json')
writeFileSync(weightFile, `${JSON.stringify({ weight: 0 })}\n`)
const stopLoad = startLoad(stable.port, canary.port, weightFile)
cleanups.push(async () => void (await stopLoad()))
await gate('canary-deploy', 'canary-deploy', {
  traffic: 'command',
  'traffic-command': JSON.stringify([process.execPath, join(example, 'set-weight.mjs'), weightFile, '{weight}']),
  metrics: 'scrape',
  'canary-metrics-url': `http://127.0.0.1:${canary.port}/metrics`,
  'stable-metrics-url': `http://127.0.0.1:${stable.port}/metrics`,
  'model-name': MODEL,
  version: state.candidateVersion,
})
const sent = await stopLoad()
process.stdout.write(
  `   load on 127.0.0.1: ${sent.stable + sent.canary} requests (stable ${sent.stable}, canary ${sent.canary})\n`,
)

state.championAfter = await championVersion()
process.stdout.write(`\nchampion after: ${MODEL} v${state.championAfter} (was v${state.championBefore})\n`)
await monitorChampion(state.championAfter)
await finish(0, `every gate passed: ${MODEL} v${state.candidateVersion} is the champion and took 100% of the traffic`)
