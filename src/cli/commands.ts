import type { GateName } from '../core/gate/gate-name.js'
import type { ActionMain, ActionPost } from '../github/action-context.js'
import { SharedInputs } from '../github/action-session.js'
import { AlertInputs } from '../github/gate-alert.js'
import { RetrainInputs } from '../github/retrain-from-gate.js'
import { Inputs as validateDataInputs } from '../validate-data/inputs.js'
import { Inputs as trainOnRunnerInputs } from '../train-on-runner/inputs.js'
import { Inputs as evaluateVsChampionInputs } from '../evaluate-vs-champion/inputs.js'
import { Inputs as fairnessGateInputs } from '../fairness-gate/inputs.js'
import { Inputs as registerModelInputs } from '../register-model/inputs.js'
import { Inputs as canaryDeployInputs } from '../canary-deploy/inputs.js'

// Each action's code is imported when its command runs, not when the CLI starts: the bundle's start-up was paid by
// every command for all six actions (ncc emits each dynamic import as a chunk next to dist/cli/index.js).
function lazyMain(load: () => Promise<ActionMain>): ActionMain {
  return async (context) => (await load())(context)
}
function lazyPost(load: () => Promise<ActionPost>): ActionPost {
  return async (context) => (await load())(context)
}
const validateData = lazyMain(async () => (await import('../validate-data/main.js')).main)
const trainOnRunner = lazyMain(async () => (await import('../train-on-runner/main.js')).main)
const evaluateVsChampion = lazyMain(async () => (await import('../evaluate-vs-champion/main.js')).main)
const fairnessGate = lazyMain(async () => (await import('../fairness-gate/main.js')).main)
const registerModel = lazyMain(async () => (await import('../register-model/main.js')).main)
const canaryDeploy = lazyMain(async () => (await import('../canary-deploy/main.js')).main)
const canaryDeployPost = lazyPost(async () => (await import('../canary-deploy/rollback-from-state.js')).post)
const trainOnRunnerPost = lazyPost(async () => (await import('../train-on-runner/cleanup.js')).post)

/** A subcommand: the action's own main() and, where the action has one, its post step. */
export interface Command {
  readonly main: ActionMain
  readonly post?: ActionPost
  readonly summary: string
  /** The flags it takes: its action.yml inputs (the `Inputs` map) and the shared ones runGate reads. */
  readonly inputs: readonly string[]
}

const withShared = (own: Readonly<Record<string, string>>): readonly string[] => [
  ...Object.values(own),
  ...Object.values(SharedInputs),
  ...Object.values(AlertInputs),
]

/** Every subcommand is an action's own main(): the CLI and the runner share one code path. */
export const COMMANDS: Readonly<Record<GateName, Command>> = {
  'validate-data': {
    main: validateData,
    summary: 'data contract, quality checks and drift against a reference',
    inputs: [...withShared(validateDataInputs), ...Object.values(RetrainInputs)],
  },
  'train-on-runner': {
    main: trainOnRunner,
    post: trainOnRunnerPost,
    summary: 'run a training command with GPU preflight, telemetry, artifacts and lineage',
    inputs: withShared(trainOnRunnerInputs),
  },
  'evaluate-vs-champion': {
    main: evaluateVsChampion,
    summary: 'compare a candidate with the production champion, with statistical tests',
    inputs: [...withShared(evaluateVsChampionInputs), ...Object.values(RetrainInputs)],
  },
  'fairness-gate': {
    main: fairnessGate,
    summary: 'group fairness metrics over sensitive and intersectional groups',
    inputs: withShared(fairnessGateInputs),
  },
  'register-model': {
    main: registerModel,
    summary: 'register, promote, roll back and list model versions',
    inputs: withShared(registerModelInputs),
  },
  'canary-deploy': {
    main: canaryDeploy,
    post: canaryDeployPost,
    summary: 'shift traffic step by step, analyse live metrics, promote or roll back',
    inputs: withShared(canaryDeployInputs),
  },
}

/** Flags that are shorthands for an input value. */
export const FLAG_ALIASES: Readonly<Record<string, Readonly<Record<string, [string, string]>>>> = {
  'validate-data': { infer: ['mode', 'infer'], profile: ['mode', 'profile'], merge: ['mode', 'merge'] },
}
