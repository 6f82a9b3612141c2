import type { Check } from '../gate/check.js'
import type { TableFigure } from '../gate/figure.js'
import type { Status } from '../gate/status.js'
import { spearmanCorrelation } from '../stats/spearman-correlation.js'
import { explainMessages as m } from './explain-messages.js'
import type { ExplainabilityPolicy, ExplainMetric } from './explain-policy.js'
import type { FeatureImportance } from './explanation.js'

/** One model's importances: from a permutation run through its serve command or endpoint, or from its model card. */
export interface ImportanceSet {
  readonly source: 'permutation' | 'card'
  /** Permutation: the metric whose drop is the importance, its value on the unshuffled sample, and the run's size. */
  readonly metric?: ExplainMetric
  readonly baseline?: number
  readonly rows?: number
  readonly repeats?: number
  /** Requests answered (a permuted row equal to one already answered is not sent again). */
  readonly requests?: number
  /** Card: how the stored importances were made (`method`), and the version whose card it is. */
  readonly method?: string
  readonly version?: number
  /** Highest first. */
  readonly features: readonly FeatureImportance[]
}

/** Not computed: what is missing (inputs to set, a card without an explanation). */
export interface ImportanceMissing {
  readonly missing: readonly string[]
}

/** What the explainability checks judge; `champion` is absent when there is no champion. */
export interface ExplainabilityEvidence {
  readonly candidate: ImportanceSet | ImportanceMissing
  readonly champion?: ImportanceSet | ImportanceMissing
}

const computed = (x: ImportanceSet | ImportanceMissing | undefined): x is ImportanceSet =>
  x !== undefined && !('missing' in x)

/**
 * The top-k overlap |top-k(candidate) ∩ top-k(champion)| / k, with k = min(topK, features of each); ties at the
 * k-th place go by feature name (the sets are sorted so).
 * @example topKOverlap([{ feature: 'a', importance: 3 }, { feature: 'b', importance: 2 }, { feature: 'c', importance: 1 }], [{ feature: 'a', importance: 3 }, { feature: 'c', importance: 2 }, { feature: 'b', importance: 1 }], 2) // => { k: 2, overlap: 0.5 }
 */
export function topKOverlap(
  candidate: readonly FeatureImportance[],
  champion: readonly FeatureImportance[],
  topK: number,
): { k: number; overlap: number } {
  const k = Math.min(topK, candidate.length, champion.length)
  const top = new Set(candidate.slice(0, k).map((f) => f.feature))
  const shared = champion.slice(0, k).filter((f) => top.has(f.feature)).length
  return { k, overlap: k === 0 ? 0 : shared / k }
}

/** Spearman's ρ of the two importance vectors over the features both name (in the candidate's order). */
function rankCorrelation(
  candidate: readonly FeatureImportance[],
  champion: readonly FeatureImportance[],
): { rho: number | undefined; features: number } {
  const champ = new Map(champion.map((f) => [f.feature, f.importance]))
  const common = candidate.filter((f) => champ.has(f.feature))
  return {
    rho: spearmanCorrelation(
      common.map((f) => f.importance),
      common.map((f) => champ.get(f.feature) as number),
    ),
    features: common.length,
  }
}

function missingWhy(set: ImportanceSet | ImportanceMissing | undefined, which: string): string[] {
  if (set === undefined) return [`the ${which} has no importances`]
  return 'missing' in set ? [...set.missing] : []
}

/**
 * The explainability checks of evaluate-vs-champion:
 * - `evaluate.explainability.importance`: the candidate's importances were computed (pass, listing its top k);
 * - `evaluate.explainability.top-k` (with `min_top_k_overlap`): the share of the champion's top k features that are
 *   in the candidate's top k, below the minimum → `warn` (holds the decision) or `fail` with `on_change: reject`;
 * - `evaluate.explainability.rank-correlation` (with `min_rank_correlation`): Spearman's ρ over the common
 *   features, below the minimum → the same.
 * The comparisons are not judged without a champion (like every change rule). Importances that could not be
 * computed (no serve command, a champion card without an explanation…) are `error` checks naming what is missing:
 * a configured explainability check is never skipped.
 * @example explainabilityChecks({ sampleRows: 10, repeats: 1, seed: 1, metric: 'roc-auc', greaterIsBetter: true, responseField: 'score', topK: 5, championSource: 'permutation', onChange: 'hold' }, { candidate: { missing: ['set input latency-command'] } }, true)[0]?.status // => 'error'
 */
export function explainabilityChecks(
  policy: ExplainabilityPolicy,
  evidence: ExplainabilityEvidence | undefined,
  noChampion: boolean,
): Check[] {
  const candidate = evidence?.candidate
  if (!computed(candidate)) {
    const missing = missingWhy(candidate, 'candidate')
    const ids = ['importance', ...configured(policy)]
    return ids.map((what) => ({
      id: `evaluate.explainability.${what}`,
      status: 'error',
      observed: null,
      message: m.notComputed(what, missing),
      details: { missing },
    }))
  }
  const top = candidate.features.slice(0, policy.topK).map((f) => f.feature)
  const checks: Check[] = [
    {
      id: 'evaluate.explainability.importance',
      status: 'pass',
      observed: top[0] ?? null,
      message: `candidate's top ${top.length} features (${describeSet(candidate)}): ${top.join(', ')}`,
      details: { candidate },
    },
  ]
  if (noChampion) return checks
  const champion = evidence?.champion
  const changed: Status = policy.onChange === 'reject' ? 'fail' : 'warn'
  for (const what of configured(policy)) {
    const id = `evaluate.explainability.${what}`
    if (!computed(champion)) {
      const missing = missingWhy(champion, 'champion')
      checks.push({ id, status: 'error', observed: null, message: m.notComputed(what, missing), details: { missing } })
      continue
    }
    if (what === 'top-k') {
      const min = policy.minTopKOverlap as number
      const { k, overlap } = topKOverlap(candidate.features, champion.features, policy.topK)
      const low = overlap < min
      checks.push({
        id,
        status: low ? changed : 'pass',
        observed: overlap,
        threshold: { min },
        message: m.topK(overlap, k, min, low),
        details: { k, candidate: top, champion: champion.features.slice(0, k).map((f) => f.feature) },
      })
    } else {
      const min = policy.minRankCorrelation as number
      const { rho, features } = rankCorrelation(candidate.features, champion.features)
      if (rho === undefined) {
        checks.push({ id, status: 'error', observed: null, message: m.rankCorrelationUndefined(features) })
        continue
      }
      const low = rho < min
      checks.push({
        id,
        status: low ? changed : 'pass',
        observed: rho,
        threshold: { min },
        message: m.rankCorrelation(rho, features, min, low),
        details: { features },
      })
    }
  }
  return checks
}

function configured(policy: ExplainabilityPolicy): ('top-k' | 'rank-correlation')[] {
  return [
    ...(policy.minTopKOverlap === undefined ? [] : (['top-k'] as const)),
    ...(policy.minRankCorrelation === undefined ? [] : (['rank-correlation'] as const)),
  ]
}

function describeSet(set: ImportanceSet): string {
  if (set.source === 'card')
    return `${set.method ?? 'importances'} from the model card${set.version === undefined ? '' : ` of v${set.version}`}`
  return `permutation importance, ${set.metric ?? 'metric'} drop over ${set.repeats ?? 0} repeats on ${set.rows ?? 0} rows`
}

/**
 * The report's importance table: per feature (the candidate's order, then features only the champion names), the
 * candidate's importance and std, the champion's, both ranks (1 = most important) and the rank change (positive:
 * the feature moved up in the candidate).
 * @example explainabilityFigure({ candidate: { source: 'permutation', features: [{ feature: 'a', importance: 0.2, std: 0.01 }] } })?.rows // => [['a', 0.2, 0.01, null, 1, null, null]]
 */
export function explainabilityFigure(evidence: ExplainabilityEvidence | undefined): TableFigure | undefined {
  const candidate = evidence?.candidate
  if (!computed(candidate)) return undefined
  const champion = computed(evidence?.champion) ? evidence?.champion : undefined
  const champRank = new Map(champion?.features.map((f, i) => [f.feature, { f, rank: i + 1 }]) ?? [])
  const rows: (string | number | null)[][] = candidate.features.map((f, i) => {
    const c = champRank.get(f.feature)
    return [
      f.feature,
      f.importance,
      f.std ?? null,
      c?.f.importance ?? null,
      i + 1,
      c?.rank ?? null,
      c === undefined ? null : c.rank - (i + 1),
    ]
  })
  const named = new Set(candidate.features.map((f) => f.feature))
  for (const [feature, c] of champRank)
    if (!named.has(feature)) rows.push([feature, null, null, c.f.importance, null, c.rank, null])
  return {
    kind: 'table',
    title: `Feature importance (${describeSet(candidate)}${champion === undefined ? '' : `; champion: ${describeSet(champion)}`})`,
    columns: [
      'feature',
      'candidate importance',
      '± std',
      'champion importance',
      'candidate rank',
      'champion rank',
      'rank change',
    ],
    rows,
  }
}

/** The importance table as the report's figures: none when explainability is not configured or not computed. */
export function explainabilityFigures(
  configured: boolean,
  evidence: ExplainabilityEvidence | undefined,
): TableFigure[] {
  const figure = configured ? explainabilityFigure(evidence) : undefined
  return figure === undefined ? [] : [figure]
}
