// Issue #15 item 6: a child's output is split into lines linearly, `\r` progress output (tqdm) included, with a
// memory cap that keeps each line's end.
import { describe, expect, it } from 'vitest'
import { createLineSplitter, cutLinePrefix } from '../../../src/io/run-command.js'

function split(chunks: readonly string[], cap?: number): string[] {
  const lines: string[] = []
  const splitter = createLineSplitter((line) => lines.push(line), cap)
  for (const chunk of chunks) splitter.write(chunk)
  splitter.end()
  return lines
}

describe('createLineSplitter', () => {
  it('splits on \\n and \\r\\n, across chunk boundaries, and emits a last line without a newline', () => {
    expect(split(['a\nb', 'c\r', '\nd\r\ne'])).toEqual(['a', 'bc', 'd', 'e'])
    expect(split(['\n\n'])).toEqual(['', ''])
  })

  it('a \\r-only progress bar is one line holding its last state, as a terminal shows it', () => {
    expect(split(['  0%|\r', ' 50%|#####\r', '100%|##########\r', '\nloss=0.1\n'])).toEqual([
      '100%|##########',
      'loss=0.1',
    ])
    expect(split(['10%\r20%\r30%'])).toEqual(['30%'])
    expect(split(['10%\r20%\r'])).toEqual(['20%'])
    expect(split(['50%\rdone\n'])).toEqual(['done'])
  })

  it('a line longer than the cap keeps its end after a note of how much was cut', () => {
    expect(split(['x'.repeat(30) + 'END\n'], 10)).toEqual([cutLinePrefix(23) + 'xxxxxxxEND'])
    expect(split(['y'.repeat(25), 'z'.repeat(5)], 10)).toEqual([cutLinePrefix(20) + 'yyyyyzzzzz'])
  })

  it('holds at most about twice the cap whatever arrives: 20 MB of \\r-only output, 8 MB without any break', () => {
    const lines: string[] = []
    const splitter = createLineSplitter((line) => lines.push(line), 1000)
    let most = 0
    const bar = (i: number): string => `${i}%|${'#'.repeat(i % 80)}\r`
    for (let c = 0; c < 400; c++) {
      let chunk = ''
      for (let i = 0; i < 600; i++) chunk += bar(c * 600 + i)
      splitter.write(chunk)
      most = Math.max(most, splitter.buffered)
    }
    for (let c = 0; c < 128; c++) {
      splitter.write('n'.repeat(65_536))
      most = Math.max(most, splitter.buffered)
    }
    splitter.end()
    expect(most).toBeLessThanOrEqual(2 * 1000 + 1000)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toBe(cutLinePrefix(128 * 65_536 - 1000) + 'n'.repeat(1000))
  })
})
