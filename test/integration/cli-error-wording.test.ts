import { mkdirSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from '../../src/cli/commands.js'
import { isUserError, type UserError } from '../../src/core/errors.js'
import type { GateName } from '../../src/core/gate/gate-name.js'
import { fakeContext } from '../helpers/fake-context.js'
import { runCli } from '../helpers/run-bundle.js'
import { makeTempDir } from '../helpers/tmp-dir.js'

/**
 * Every user error an action raises from a bad input names that input as its surface does (issue #18, item 1:
 * "error hints name the flag in the CLI and the input in actions"). Each case runs the action's own main() in
 * process (the code path `modelgate <action>` and the runner share) with inputs that are wrong in one way, and reads
 * the one error it throws on both surfaces, as `UserError.describe(surface)` prints it (runGate: the runner's
 * annotation, the terminal's `error:` line). Then each runs as a terminal user runs it: `modelgate <action> --flag …`
 * through the CLI bundle (dist/cli/index.js), whose `error:` line must name the flags, exit 1 (docs/cli.md: a bad
 * input value is an error report) and print no stack trace.
 */

const fixture = (path: string): string => fileURLToPath(new URL(`../../fixtures/datasets/${path}`, import.meta.url))

const work = makeTempDir('modelgate-wording-')
const file = (name: string, text: string): string => {
  const path = join(work, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
  return path
}
const threeLabels = file('three-labels.csv', 'id,label,score\na,0,0.1\nb,1,0.9\nc,2,0.5\nd,1,0.7\n')
const textScores = file('text-scores.csv', 'id,gender,label,score\n1,F,1,high\n2,M,0,low\n')
const notProfile = file('not-a-profile.profile.json', '{"rows": 3}\n')
const modelDir = join(work, 'model')
file('model/model.bin', 'weights\n')
const registry = `file:${join(work, 'registry')}`
const emptyDir = join(work, 'empty')
mkdirSync(emptyDir)
const sweep = join(work, 'sweep')
file('sweep/leg-1/metrics.json', '{"loss": 1}\n')
const tooLarge = file('too-large.json', '')
truncateSync(tooLarge, 17 * 1024 * 1024)
const currentData = fixture('validate-data/current-clean.csv')

interface Case {
  readonly name: string
  readonly gate: GateName
  readonly inputs: Readonly<Record<string, string>>
  readonly policy?: Readonly<Record<string, unknown>>
  /** The inputs the message or its hint names: each must read `--x` in the CLI and `input "x"`/`x:` in an action. */
  readonly names: readonly string[]
  /** Text the CLI's error line must hold: the converted wording itself, beyond the location's `(--x)`. */
  readonly shows?: readonly string[]
  /** False for errors runGate raises around main (alerts, retraining): they are checked through the CLI only. */
  readonly inProcess?: false
}

const evaluate = { predictions: fixture('evaluate/better.csv') }
const multiclass = { predictions: fixture('evaluate/multiclass-proba-better.csv'), task: 'multiclass' }
const fairness = { predictions: fixture('fairness/unfair.csv'), 'sensitive-columns': 'gender,region' }
const canary = { traffic: 'command', 'traffic-command': 'true', 'metrics-command': 'true', metrics: 'command' }
const abQueries = { strategy: 'ab', 'ab-duration': '1h', 'ab-success-query': 'q', 'ab-trials-query': 'q' }
const longEvent = 'e'.repeat(101)

const CASES: readonly Case[] = [
  // evaluate-vs-champion
  {
    name: 'unknown metric',
    gate: 'evaluate-vs-champion',
    inputs: { ...evaluate, metrics: 'nope' },
    names: ['metrics'],
  },
  {
    name: 'a metric of another task',
    gate: 'evaluate-vs-champion',
    inputs: { ...evaluate, 'champion-predictions': fixture('evaluate/champion.csv'), metrics: 'mae' },
    names: ['metrics'],
  },
  {
    name: 'probability columns for a binary task',
    gate: 'evaluate-vs-champion',
    inputs: { ...evaluate, task: 'binary', 'probability-columns': 'proba_*' },
    names: ['probability-columns', 'score-column'],
  },
  {
    name: 'a probability metric without probability columns',
    gate: 'evaluate-vs-champion',
    inputs: {
      ...multiclass,
      metrics: 'log-loss',
      'champion-predictions': fixture('evaluate/multiclass-proba-champion.csv'),
    },
    names: ['probability-columns', 'metrics'],
  },
  {
    name: 'a probability pattern without a prefix',
    gate: 'evaluate-vs-champion',
    inputs: { ...multiclass, 'probability-columns': '*' },
    names: ['probability-columns'],
  },
  {
    name: 'a probability item that is not class=column',
    gate: 'evaluate-vs-champion',
    inputs: { ...multiclass, 'probability-columns': 'basic=proba_basic,plus' },
    names: ['probability-columns'],
  },
  {
    name: 'a class named twice',
    gate: 'evaluate-vs-champion',
    inputs: { ...multiclass, 'probability-columns': 'basic=proba_basic,basic=proba_plus' },
    names: ['probability-columns'],
  },
  {
    name: 'one probability class',
    gate: 'evaluate-vs-champion',
    inputs: { ...multiclass, 'probability-columns': 'basic=proba_basic' },
    names: ['probability-columns'],
  },
  {
    name: 'a probability prefix no column has',
    gate: 'evaluate-vs-champion',
    inputs: {
      ...multiclass,
      'champion-predictions': fixture('evaluate/multiclass-proba-champion.csv'),
      'probability-columns': 'zz_*',
    },
    names: ['probability-columns'],
  },
  {
    name: 'a class without a probability column',
    gate: 'evaluate-vs-champion',
    inputs: {
      predictions: fixture('evaluate/multiclass-proba-unknown-class.csv'),
      'champion-predictions': fixture('evaluate/multiclass-proba-champion.csv'),
      task: 'multiclass',
      'probability-columns': 'proba_*',
    },
    names: ['probability-columns'],
  },
  {
    name: 'a predict command that is not a JSON array',
    gate: 'evaluate-vs-champion',
    inputs: { ...evaluate, 'predict-command': '["python", 3]' },
    names: ['predict-command'],
  },
  {
    name: 'a latency URL that is not http(s)',
    gate: 'evaluate-vs-champion',
    inputs: { ...evaluate, 'latency-url-candidate': 'ftp://127.0.0.1/predict' },
    names: ['latency-url-candidate'],
  },
  {
    name: 'mode monitor without labels',
    gate: 'evaluate-vs-champion',
    inputs: { ...evaluate, mode: 'monitor', 'model-name': 'churn', registry },
    names: ['labels'],
  },
  {
    name: 'no champion and no floor',
    gate: 'evaluate-vs-champion',
    inputs: { ...evaluate, registry },
    names: ['champion-predictions', 'model-name', 'champion-alias'],
  },
  {
    name: 'labels that are not binary',
    gate: 'evaluate-vs-champion',
    inputs: { predictions: threeLabels, 'champion-predictions': threeLabels },
    names: ['task'],
  },
  // validate-data
  {
    name: 'several datasets outside mode merge',
    gate: 'validate-data',
    inputs: {
      data: `${fixture('validate-data/current-clean.csv')}\n${fixture('validate-data/reference.csv')}`,
      contract: fixture('../contracts/churn.yml'),
    },
    names: ['data', 'mode'],
  },
  {
    name: 'a reference registry without a model',
    gate: 'validate-data',
    inputs: { data: fixture('validate-data/current-clean.csv'), 'reference-registry': registry },
    names: ['reference-registry', 'reference-model'],
  },
  {
    name: 'two references',
    gate: 'validate-data',
    inputs: {
      data: fixture('validate-data/current-clean.csv'),
      reference: fixture('validate-data/reference.csv'),
      'reference-registry': registry,
      'reference-model': 'churn',
    },
    names: ['reference', 'reference-registry'],
  },
  {
    name: 'merge of a file that is not a profile',
    gate: 'validate-data',
    inputs: { data: notProfile, mode: 'merge', output: join(work, 'merged.json') },
    names: ['mode'],
  },
  // fairness-gate
  {
    name: 'both a prediction and a score column',
    gate: 'fairness-gate',
    inputs: { ...fairness, 'prediction-column': 'prediction', 'score-column': 'score' },
    names: ['prediction-column', 'score-column'],
  },
  {
    name: 'a reference group that is not column=value',
    gate: 'fairness-gate',
    inputs: { ...fairness, 'reference-groups': 'gender' },
    names: ['reference-groups'],
  },
  {
    name: 'a reference group of a column that is not sensitive',
    gate: 'fairness-gate',
    inputs: { ...fairness, 'reference-groups': 'label=1' },
    names: ['reference-groups'],
  },
  {
    name: 'a prediction column the file lacks',
    gate: 'fairness-gate',
    inputs: { ...fairness, 'prediction-column': 'nope' },
    names: ['prediction-column'],
  },
  {
    name: 'scores that are not numbers',
    gate: 'fairness-gate',
    inputs: { predictions: textScores, 'sensitive-columns': 'gender', 'score-column': 'score' },
    names: ['prediction-column'],
  },
  // register-model
  {
    name: 'promote with no version',
    gate: 'register-model',
    inputs: { registry, mode: 'promote', 'model-name': 'churn', alias: 'champion' },
    names: ['version', 'from-alias'],
  },
  {
    name: 'rollback with nothing to roll back to',
    gate: 'register-model',
    inputs: { registry, mode: 'rollback', 'model-name': 'churn', alias: 'champion' },
    names: ['version'],
  },
  {
    name: 'a required scan without results',
    gate: 'register-model',
    inputs: { registry, mode: 'register', 'model-name': 'churn', 'model-path': modelDir },
    policy: { 'register-model': { scan: { required: true } } },
    names: ['scan-results'],
  },
  {
    name: 'predictions outside the model',
    gate: 'register-model',
    inputs: {
      registry,
      mode: 'register',
      'model-name': 'churn',
      'model-path': modelDir,
      predictions: 'nope.csv',
      'evaluation-data': threeLabels,
    },
    names: ['model-path'],
  },
  // canary-deploy
  { name: 'no traffic router', gate: 'canary-deploy', inputs: {}, names: ['traffic'] },
  {
    name: 'kubernetes without a kind',
    gate: 'canary-deploy',
    inputs: { traffic: 'kubernetes' },
    names: ['kubernetes-kind', 'traffic'],
  },
  {
    name: 'a traffic command without a command',
    gate: 'canary-deploy',
    inputs: { traffic: 'command' },
    names: ['traffic-command', 'traffic'],
  },
  {
    name: 'a traffic command that is not a JSON array',
    gate: 'canary-deploy',
    inputs: { traffic: 'command', 'traffic-command': '["./set-weight.sh", 3]' },
    names: ['traffic-command'],
  },
  {
    name: 'prometheus queries that are not JSON',
    gate: 'canary-deploy',
    inputs: { traffic: 'command', 'traffic-command': 'true', 'prometheus-queries': '{nope' },
    names: ['prometheus-queries'],
  },
  {
    name: 'prometheus queries that are not a map',
    gate: 'canary-deploy',
    inputs: { traffic: 'command', 'traffic-command': 'true', 'prometheus-queries': '{"error-rate": 3}' },
    names: ['prometheus-queries'],
  },
  {
    name: 'a registry without a version',
    gate: 'canary-deploy',
    inputs: { ...canary, registry, 'model-name': 'churn' },
    names: ['version', 'registry'],
  },
  {
    name: 'strategy shadow with a bake',
    gate: 'canary-deploy',
    inputs: { ...canary, strategy: 'shadow', bake: '5m' },
    names: ['bake', 'shadow-promote'],
    shows: ['--bake is set, but strategy shadow'],
  },
  {
    name: 'shadow-promote with another strategy',
    gate: 'canary-deploy',
    inputs: { ...canary, strategy: 'blue-green', 'shadow-promote': 'true' },
    names: ['shadow-promote', 'strategy'],
    shows: ['--shadow-promote is true', 'set --strategy shadow'],
  },
  {
    name: 'an A/B option without strategy ab',
    gate: 'canary-deploy',
    inputs: { ...canary, 'ab-duration': '1m' },
    names: ['ab-duration', 'strategy'],
    shows: ['--ab-duration is set', 'set --strategy ab'],
  },
  {
    name: 'strategy ab without Prometheus metrics',
    gate: 'canary-deploy',
    inputs: { ...canary, ...abQueries },
    names: ['metrics', 'prometheus-url'],
    shows: ['but --metrics is command', 'set --metrics prometheus and --prometheus-url'],
  },
  {
    name: 'strategy ab without a duration',
    gate: 'canary-deploy',
    inputs: { ...canary, strategy: 'ab' },
    names: ['ab-duration'],
    shows: ['write e.g. --ab-duration 2h'],
  },
  {
    name: 'strategy ab without a success query',
    gate: 'canary-deploy',
    inputs: { ...canary, strategy: 'ab', 'ab-duration': '1h' },
    names: ['ab-success-query'],
    shows: ['write e.g. --ab-success-query sum('],
  },
  // evaluate-vs-champion, mode monitor
  {
    name: 'mode monitor with no champion behind the alias',
    gate: 'evaluate-vs-champion',
    inputs: { ...evaluate, mode: 'monitor', labels: evaluate.predictions, 'model-name': 'churn', registry },
    names: ['champion-alias'],
    shows: ['name the alias production serves (--champion-alias)'],
  },
  // register-model
  {
    name: 'force without a reason',
    gate: 'register-model',
    inputs: { registry, mode: 'promote', 'model-name': 'churn', alias: 'champion', version: '1', force: 'true' },
    names: ['force', 'reason'],
    shows: ['--force true needs a --reason'],
  },
  {
    name: 'a model path that does not exist',
    gate: 'register-model',
    inputs: { registry, mode: 'register', 'model-name': 'churn', 'model-path': join(work, 'no-model') },
    names: ['model-path'],
    shows: ['point --model-path at the directory'],
  },
  {
    name: 'a model path that holds no files',
    gate: 'register-model',
    inputs: { registry, mode: 'register', 'model-name': 'churn', 'model-path': emptyDir },
    names: ['model-path'],
    shows: ['point --model-path at the right directory'],
  },
  {
    name: 'a required explanation not given',
    gate: 'register-model',
    inputs: { registry, mode: 'register', 'model-name': 'churn', 'model-path': modelDir },
    policy: { 'register-model': { explanation: { required: true } } },
    names: ['explanation'],
    shows: ['but --explanation names no file', 'in --explanation'],
  },
  {
    name: 'a protected alias with no token to verify the environment',
    gate: 'register-model',
    inputs: { registry, mode: 'promote', 'model-name': 'churn', alias: 'champion', version: '1', environment: 'prod' },
    policy: { 'register-model': { protected_aliases: { champion: { environment: 'prod' } } } },
    names: ['github-token', 'environment'],
    shows: ['no GitHub token (--github-token is empty)'],
  },
  {
    name: 'a reports file over the size limit',
    gate: 'register-model',
    inputs: { registry, mode: 'register', 'model-name': 'churn', 'model-path': modelDir, reports: tooLarge },
    names: ['reports'],
    shows: ['--reports file'],
  },
  // train-on-runner
  {
    name: 'a GPU requirement that does not parse',
    gate: 'train-on-runner',
    inputs: { command: 'true', 'require-gpus': 'gpus=2' },
    names: ['require-gpus'],
    shows: ['--require-gpus "gpus=2" is not valid'],
  },
  {
    name: 'params that are not a map',
    gate: 'train-on-runner',
    inputs: { command: 'true', params: '[1, 2]' },
    names: ['params'],
    shows: ['--params must be a JSON or YAML map'],
  },
  {
    name: 'an env line that is not KEY=VALUE',
    gate: 'train-on-runner',
    inputs: { command: 'true', env: 'not a pair' },
    names: ['env'],
    shows: ['--env line 1'],
  },
  {
    name: 'GPUs required on a runner without nvidia-smi',
    gate: 'train-on-runner',
    inputs: { command: 'true', 'require-gpus': '1' },
    names: ['require-gpus'],
    shows: ['or lower --require-gpus'],
    inProcess: false,
  },
  {
    name: 'a sweep folder that does not exist',
    gate: 'train-on-runner',
    inputs: { 'pick-best-from': join(work, 'no-sweep'), 'pick-metric': 'auc' },
    names: ['pick-best-from'],
    shows: ['--pick-best-from folder'],
  },
  {
    name: 'a sweep folder without candidates',
    gate: 'train-on-runner',
    inputs: { 'pick-best-from': emptyDir, 'pick-metric': 'auc' },
    names: ['pick-best-from'],
    shows: ['point --pick-best-from at the folder'],
  },
  {
    name: 'a sweep candidate without the pick metric',
    gate: 'train-on-runner',
    inputs: { 'pick-best-from': sweep, 'pick-metric': 'auc' },
    names: ['pick-metric'],
  },
  // alerts and retraining (runGate reads them around every gate's main)
  {
    name: 'retrain-workflow and retrain-event together',
    gate: 'validate-data',
    inputs: { data: currentData, 'retrain-workflow': 'retrain.yml', 'retrain-event': 'retrain' },
    names: ['retrain-workflow', 'retrain-event'],
    shows: ['--retrain-workflow and --retrain-event are both set'],
    inProcess: false,
  },
  {
    name: 'a retrain event type over 100 characters',
    gate: 'validate-data',
    inputs: { data: currentData, 'alert-subject': 'churn@champion', 'retrain-event': longEvent },
    names: ['retrain-event'],
    shows: ['--retrain-event is 101 characters long'],
    inProcess: false,
  },
  {
    name: 'a retrain workflow that is not a file name',
    gate: 'validate-data',
    inputs: { data: currentData, 'alert-subject': 'churn@champion', 'retrain-workflow': 'a/b.yml' },
    names: ['retrain-workflow'],
    shows: ['--retrain-workflow "a/b.yml" is not a workflow file name'],
    inProcess: false,
  },
  {
    name: 'retraining that names no model',
    gate: 'validate-data',
    inputs: { data: currentData, 'retrain-event': 'retrain' },
    names: ['alert-subject', 'model-name', 'reference-model'],
    shows: ['set --alert-subject (model@alias)'],
    inProcess: false,
  },
  {
    name: 'a retrain workflow with no ref to dispatch on',
    gate: 'validate-data',
    inputs: { data: currentData, 'alert-subject': 'churn@champion', 'retrain-workflow': 'retrain.yml' },
    names: ['retrain-workflow', 'retrain-ref'],
    shows: ['--retrain-workflow is set but', 'set --retrain-ref to the branch'],
    inProcess: false,
  },
  {
    name: 'an alert subject without a model',
    gate: 'validate-data',
    inputs: { data: currentData, 'alert-subject': '@champion' },
    names: ['alert-subject'],
    shows: ['--alert-subject "@champion" names no model'],
    inProcess: false,
  },
  {
    name: 'an alert webhook that is not http(s)',
    gate: 'validate-data',
    inputs: { data: currentData, 'alert-subject': 'churn@champion', 'alert-webhook': 'ftp://127.0.0.1/hook' },
    names: ['alert-webhook'],
    shows: ['--alert-webhook is not an http(s) URL'],
    inProcess: false,
  },
]

/** The one user error main() throws for these inputs. */
async function userError(c: Case): Promise<UserError> {
  const { context } = fakeContext({ inputs: c.inputs, ...(c.policy === undefined ? {} : { policy: c.policy }) })
  try {
    const result = await COMMANDS[c.gate].main(context)
    throw new Error(`${c.gate} did not fail (${result.outcome.status})`)
  } catch (error) {
    if (!isUserError(error)) throw error
    return error
  }
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('user errors name inputs as the surface does (issue #18: --flag in the CLI, input in an action)', () => {
  it.each(CASES.filter((c) => c.inProcess !== false))('$gate: $name', async (c) => {
    const error = await userError(c)
    const cli = error.describe('cli')
    const action = error.describe('action')
    // No action wording reaches a terminal: no `input "x"`, no `with:`, no `x:` set as YAML.
    expect(cli, cli).not.toMatch(/\binputs? "|with:|`[a-z][a-z0-9-]*:`/)
    for (const name of c.names) {
      expect(cli, cli).toContain(`--${name}`)
      expect(cli, cli).not.toMatch(new RegExp(`(^|[\\s(\`"])${escape(name)}:( |$)`))
      expect(action, action).not.toContain(`--${name}`)
      expect(action, action).toMatch(
        new RegExp(
          `inputs? "${escape(name)}"|\`${escape(name)}:?\`|(^|[\\s(\`])${escape(name)}(:? |[),.;]|$)|"${escape(name)}"`,
        ),
      )
    }
  })
})

/** The argv of a case: `<action> --name value …`, and `--policy <file>` for its policy (written as JSON, a YAML subset). */
function argv(c: Case, index: number): string[] {
  const args = [c.gate, ...Object.entries(c.inputs).flatMap(([name, value]) => [`--${name}`, value])]
  if (c.policy !== undefined)
    args.push('--policy', file(`policies/${index}.yml`, JSON.stringify({ version: 1, ...c.policy })))
  return [...args, '--report-path', join(work, 'reports', `${index}.json`)]
}

describe('modelgate <action> prints the error naming the flags, exit 1, no stack trace (issue #18)', () => {
  it.concurrent.each(CASES.map((c, index) => ({ ...c, index })))('$gate: $name', async (c) => {
    const run = await runCli(argv(c, c.index), { cwd: work })
    const line = run.stderr.split('\n').find((text) => text.startsWith('error: ')) ?? ''
    const context = `${run.stderr}\n${run.stdout}`
    expect(run.exitCode, context).toBe(1)
    expect(line, context).not.toBe('')
    expect(context, context).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
    expect(line, line).not.toMatch(/\binputs? "|with:|`[a-z][a-z0-9-]*:`/)
    for (const name of c.names) {
      expect(line, line).toContain(`--${name}`)
      expect(line, line).not.toMatch(new RegExp(`(^|[\\s(\`"])${escape(name)}:( |$)`))
    }
    for (const text of c.shows ?? []) expect(line, line).toContain(text)
  })
})
