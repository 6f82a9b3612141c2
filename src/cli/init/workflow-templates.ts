/** What the workflows of `modelgate init` are written for: the user's files and the actions' released form. */
export interface WorkflowPaths {
  /** The dataset validate-data checks (the path given to `--data`), or a placeholder. */
  readonly data: string
  readonly contract: string
  readonly policy: string
  /** `OWNER/modelgate/actions` at a ref: where the actions are used from. */
  readonly actions: string
}

const CHECKOUT = `      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0
        with:
          persist-credentials: false`

/**
 * The pull-request gate (derived from .github/workflows/pr-gate.yml): validate-data on every PR that touches the
 * data, the contract or the policy, with the minimum permissions of each job. The train / evaluate / fairness /
 * register jobs of the shipped pr-gate.yml need the user's own training and predict commands, so they are named in
 * the header as the next step instead of being written with placeholders that would fail.
 */
export function prGateWorkflow(p: WorkflowPaths): string {
  return `# Written by \`modelgate init\` (from modelgate's .github/workflows/pr-gate.yml): gate every pull request that
# changes the data, its contract or the policy. Make the check run modelgate/validate-data required in the branch
# protection rule so a failing gate blocks the merge. Next: add train-on-runner, evaluate-vs-champion, fairness-gate
# and register-model jobs (see modelgate's pr-gate.yml) once your training and predict commands exist.
name: modelgate-pr-gate

on:
  pull_request:
    paths:
      - '${p.data}'
      - '${p.contract}'
      - '${p.policy}'
      - '.github/workflows/modelgate-pr-gate.yml'

# Nothing by default; each job asks for what it needs.
permissions: {}

concurrency:
  group: modelgate-pr-gate-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  validate-data:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    permissions:
      contents: read       # checkout
      checks: write        # check run modelgate/validate-data
      pull-requests: write # sticky PR comment
    steps:
${CHECKOUT}
      - uses: ${p.actions}/validate-data@v1
        with:
          data: ${p.data}
          contract: ${p.contract}
          policy: ${p.policy}
`
}

/** Promotion by hand (derived from .github/workflows/promote.yml): move champion to a registered version. */
export function promoteWorkflow(p: WorkflowPaths): string {
  return `# Written by \`modelgate init\` (from modelgate's .github/workflows/promote.yml): promote a registered version to
# champion behind the \`production\` environment's approval. For a canary rollout instead, use canary-deploy as
# modelgate's promote.yml does.
name: modelgate-promote

on:
  workflow_dispatch:
    inputs:
      model:
        description: Registered model name
        type: string
        required: true
      version:
        description: Version to promote to champion
        type: string
        required: true
      reason:
        description: Why (recorded in the alias history)
        type: string
        required: true

permissions: {}

concurrency:
  group: modelgate-promote-\${{ inputs.model }}
  cancel-in-progress: false

jobs:
  promote:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    environment: production
    permissions:
      contents: read      # checkout
      packages: write     # move champion in ghcr.io/<owner>/models
      deployments: write  # verify the job's environment
      checks: write       # check run modelgate/register-model
    steps:
${CHECKOUT}
      - uses: ${p.actions}/register-model@v1
        with:
          mode: promote
          model-name: \${{ inputs.model }}
          version: \${{ inputs.version }}
          reason: \${{ inputs.reason }}
          registry: oci://ghcr.io/\${{ github.repository_owner }}/models
          environment: production
          policy: ${p.policy}
`
}

/** A scheduled check of the data (the drift monitor): validate-data every day, alerting through an issue. */
export function monitorWorkflow(p: WorkflowPaths): string {
  return `# Written by \`modelgate init\`: check the data every day against its contract; a failing run opens (and a later
# passing run closes) one GitHub issue labelled modelgate-alert. Add \`reference:\` to measure drift as well.
name: modelgate-monitor

on:
  schedule:
    - cron: '17 6 * * *'
  workflow_dispatch:

permissions: {}

concurrency:
  group: modelgate-monitor
  cancel-in-progress: false

jobs:
  validate-data:
    runs-on: ubuntu-latest
    timeout-minutes: 15
    permissions:
      contents: read  # checkout
      checks: write   # check run modelgate/validate-data
      issues: write   # the alert issue
    steps:
${CHECKOUT}
      - uses: ${p.actions}/validate-data@v1
        with:
          data: ${p.data}
          contract: ${p.contract}
          policy: ${p.policy}
          comment: 'false'
          alert-subject: data@production
`
}
