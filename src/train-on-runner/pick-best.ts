import type { GateOutcome } from '../core/gate/gate-outcome.js'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { ActionContext, ActionResult } from '../github/action-context.js'
import { DataError } from '../core/errors.js'
import { readMetricsObject } from '../core/train/parse-metric-line.js'
import { pickBestCandidate, type Candidate } from '../core/train/pick-best-candidate.js'

/**
 * Sweep mode (`pick-best-from`): after a matrix of training jobs has uploaded one artifact each and a later job
 * has downloaded them all (actions/download-artifact into one folder: one subfolder per artifact), pick the
 * candidate with the best `pick-metric`. Each subfolder must hold `pick-metrics-file` (default metrics.json).
 */
export async function pickBest(context: ActionContext): Promise<ActionResult> {
  const folder = resolve(context.env.GITHUB_WORKSPACE ?? process.cwd(), context.inputs.required('pick-best-from'))
  const metric = context.inputs.required('pick-metric')
  const direction = context.inputs.choice('pick-direction', ['max', 'min'] as const, 'max')
  const fileName = context.inputs.optional('pick-metrics-file') ?? 'metrics.json'
  if (!existsSync(folder))
    throw new DataError(
      `pick-best-from folder ${folder} does not exist`,
      { input: 'pick-best-from' },
      'download the matrix artifacts into it first (actions/download-artifact with path:)',
    )
  const candidates: Candidate[] = []
  for (const entry of readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(folder, entry.name, fileName)
    if (!existsSync(file)) {
      candidates.push({ id: entry.name, metrics: {} })
      continue
    }
    let parsed: ReturnType<typeof readMetricsObject>
    try {
      parsed = readMetricsObject(JSON.parse(readFileSync(file, 'utf8')))
    } catch (error) {
      throw new DataError(
        `${file} is not valid JSON: ${(error as Error).message}`,
        { file },
        'each matrix leg must write a JSON object of numbers',
      )
    }
    candidates.push({ id: entry.name, metrics: parsed?.metrics ?? {} })
  }
  const best = pickBestCandidate(candidates, metric, direction)
  const value = best.metrics[metric] as number
  context.logger.info(`best candidate by ${metric} (${direction}): ${best.id} = ${value}`)
  const outcome: GateOutcome = {
    title: `Best of ${candidates.length} candidates by ${metric}: ${best.id} (${value})`,
    checks: [
      {
        id: 'train.sweep.best',
        status: 'pass',
        observed: value,
        threshold: { rule: `${direction} ${metric}` },
        message: `${best.id} has the ${direction === 'max' ? 'highest' : 'lowest'} ${metric} of ${candidates.length} candidates`,
      },
    ],
    figures: [
      {
        kind: 'bar',
        title: `${metric} per candidate`,
        categories: candidates.map((c) => c.id),
        series: [{ name: metric, values: candidates.map((c) => c.metrics[metric] as number) }],
      },
      {
        kind: 'table',
        title: 'Candidates',
        columns: ['candidate', metric, 'best'],
        rows: candidates.map((c) => [c.id, c.metrics[metric] as number, c.id === best.id]),
      },
    ],
    outputs: { 'best-candidate': best.id, 'best-value': String(value), 'best-path': join(folder, best.id) },
  }
  return { outcome }
}
