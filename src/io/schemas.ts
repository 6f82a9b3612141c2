// Every JSON Schema modelgate validates against, imported so that ncc bundles them (no file reads at run time).
import policy from '../../schemas/policy.schema.json' with { type: 'json' }
import policyValidateData from '../../schemas/policy/validate-data.schema.json' with { type: 'json' }
import policyTrainOnRunner from '../../schemas/policy/train-on-runner.schema.json' with { type: 'json' }
import policyEvaluateVsChampion from '../../schemas/policy/evaluate-vs-champion.schema.json' with { type: 'json' }
import policyFairnessGate from '../../schemas/policy/fairness-gate.schema.json' with { type: 'json' }
import policyRegisterModel from '../../schemas/policy/register-model.schema.json' with { type: 'json' }
import policyCanaryDeploy from '../../schemas/policy/canary-deploy.schema.json' with { type: 'json' }
import gateReport from '../../schemas/gate-report.schema.json' with { type: 'json' }
import contract from '../../schemas/contract.schema.json' with { type: 'json' }
import modelCard from '../../schemas/model-card.schema.json' with { type: 'json' }
import profile from '../../schemas/profile.schema.json' with { type: 'json' }

/** Schemas by the short name callers use; `$id`s let `$ref`s between them resolve. */
export const SCHEMAS = {
  policy,
  'policy/validate-data': policyValidateData,
  'policy/train-on-runner': policyTrainOnRunner,
  'policy/evaluate-vs-champion': policyEvaluateVsChampion,
  'policy/fairness-gate': policyFairnessGate,
  'policy/register-model': policyRegisterModel,
  'policy/canary-deploy': policyCanaryDeploy,
  'gate-report': gateReport,
  contract,
  'model-card': modelCard,
  profile,
} as const

export type SchemaName = keyof typeof SCHEMAS
