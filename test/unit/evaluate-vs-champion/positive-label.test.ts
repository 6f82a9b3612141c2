// Issue #18 item 8: text labels (benign / malignant) with a positive-label input, on evaluate-vs-champion.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { textLabelMessages } from '../../../src/core/metrics/messages.js'
import { main } from '../../../src/evaluate-vs-champion/main.js'
import { loadPredictions } from '../../../src/evaluate-vs-champion/load-predictions.js'
import { fixturePath } from '../../helpers/fixture-path.js'
import { fakeContext, runInProcess } from '../../helpers/fake-context.js'

/** The fixture with its 0/1 labels written as text: 1 → malignant, 0 → benign. */
async function asText(name: string, dir: string): Promise<string> {
  const lines = (await readFile(fixturePath('datasets', 'evaluate', name), 'utf8')).trimEnd().split('\n')
  const text = lines.map((line, i) => {
    if (i === 0) return line
    const cells = line.split(',')
    cells[1] = cells[1] === '1' ? 'malignant' : 'benign'
    return cells.join(',')
  })
  const path = join(dir, name)
  await writeFile(path, `${text.join('\n')}\n`)
  return path
}

describe('evaluate-vs-champion positive-label', () => {
  it('text labels with positive-label give exactly the comparisons the 0/1 labels give', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'positive-label-'))
    const common = { 'id-column': 'id', 'label-column': 'label', 'score-column': 'score', seed: '7' }
    const numeric = await runInProcess(
      'evaluate-vs-champion',
      main,
      fakeContext({
        inputs: {
          ...common,
          predictions: fixturePath('datasets', 'evaluate', 'better.csv'),
          'champion-predictions': fixturePath('datasets', 'evaluate', 'champion.csv'),
        },
      }).context,
    )
    const text = await runInProcess(
      'evaluate-vs-champion',
      main,
      fakeContext({
        inputs: {
          ...common,
          'positive-label': 'malignant',
          predictions: await asText('better.csv', dir),
          'champion-predictions': await asText('champion.csv', dir),
        },
      }).context,
    )
    expect(text.report.status).toBe(numeric.report.status)
    expect(text.report.checks.map((c) => [c.id, c.status, c.observed])).toEqual(
      numeric.report.checks.map((c) => [c.id, c.status, c.observed]),
    )
  })

  it('two text labels without positive-label name the input and the labels; a positive label no row has is refused', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'positive-label-'))
    const path = await asText('better.csv', dir)
    const columns = { id: 'id', value: 'score', label: 'label' }
    await expect(loadPredictions(path, columns)).rejects.toThrow(
      textLabelMessages.needsPositiveLabel('label', ['malignant', 'benign']),
    )
    await expect(loadPredictions(path, { ...columns, positiveLabel: 'Malignant' })).rejects.toThrow(
      textLabelMessages.notTwoLabels('label', 'Malignant', ['malignant', 'benign']),
    )
    const coded = await loadPredictions(path, { ...columns, positiveLabel: 'benign' })
    const numeric = await loadPredictions(fixturePath('datasets', 'evaluate', 'better.csv'), columns)
    expect(Array.from(coded.labels ?? [], (y) => 1 - y)).toEqual(Array.from(numeric.labels ?? []))
  })
})
