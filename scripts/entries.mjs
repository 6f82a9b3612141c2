// The one list of bundles: each action's main entry, its post entry where it has one, and the CLI.
export const ENTRIES = [
  { name: 'validate-data', source: 'src/validate-data/index.ts' },
  { name: 'train-on-runner', source: 'src/train-on-runner/index.ts' },
  { name: 'train-on-runner-post', source: 'src/train-on-runner/post.ts' },
  { name: 'evaluate-vs-champion', source: 'src/evaluate-vs-champion/index.ts' },
  { name: 'fairness-gate', source: 'src/fairness-gate/index.ts' },
  { name: 'register-model', source: 'src/register-model/index.ts' },
  { name: 'canary-deploy', source: 'src/canary-deploy/index.ts' },
  { name: 'canary-deploy-post', source: 'src/canary-deploy/post.ts' },
  { name: 'cli', source: 'src/cli/index.ts' },
  // The scan worker threads of validate-data (and of the CLI's validate-data): a small bundle each worker loads.
  { name: 'scan-worker', source: 'src/validate-data/scan-worker.ts' },
  // fairness-gate's fold worker threads (the action's and the CLI's): a small bundle each worker loads.
  { name: 'fairness-fold-worker', source: 'src/fairness-gate/fold-worker.ts' },
]
