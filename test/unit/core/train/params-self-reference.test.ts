// Issue #15 item 12: self-referencing params are a user error naming the input, not "this is a bug".
import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../../../src/core/errors.js'
import { parseParams } from '../../../../src/core/train/parse-params.js'
import { expectThrow } from '../../../helpers/expect-rejection.js'

describe('parseParams', () => {
  it.each(['a: &x [*x]', 'a: &x\n  b: *x'])('%j refers to itself: a ConfigurationError naming params', (text) => {
    expect(expectThrow(() => parseParams(text), ConfigurationError).describe()).toBe(
      'params must be a JSON or YAML map: it refers to itself (a YAML alias inside its own anchor) (input "params"). write the values out instead of the alias',
    )
  })
  it('an alias used beside its anchor is fine', () => {
    expect(parseParams('a: &x 3\nb: *x')).toEqual({ a: 3, b: 3 })
  })
})
