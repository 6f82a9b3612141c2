import { describe, expect, it } from 'vitest'
import { worst, worstOf, STATUS_ORDER } from '../../../../src/core/gate/status.js'

describe('status', () => {
  it('worst(a, b) follows STATUS_ORDER: fail outranks error outranks warn', () => {
    expect(STATUS_ORDER).toEqual(['pass', 'skipped', 'warn', 'error', 'fail'])
    expect(worst('error', 'fail')).toBe('fail')
    expect(worst('warn', 'error')).toBe('error')
    expect(worst('pass', 'warn')).toBe('warn')
  })
  it('worstOf([]) is error: a gate that checked nothing does not pass', () => {
    expect(worstOf([])).toBe('error')
  })
  it('worstOf ignores skipped checks unless nothing else ran', () => {
    expect(worstOf(['pass', 'skipped'])).toBe('pass')
    expect(worstOf(['skipped', 'skipped'])).toBe('skipped')
    expect(worstOf(['skipped', 'warn', 'pass'])).toBe('warn')
  })
})
