import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ConfigurationError, inSurface } from '../../../../src/core/errors.js'
import { trainMessages } from '../../../../src/core/train/messages.js'
import { parseCommand } from '../../../../src/core/train/parse-command.js'
import { parseEnvLines } from '../../../../src/core/train/parse-env-lines.js'
import { parseMetricLine, readMetricsObject } from '../../../../src/core/train/parse-metric-line.js'
import { parseParams } from '../../../../src/core/train/parse-params.js'

describe('parseCommand', () => {
  it('reads a JSON/YAML flow list, a block list, one argument per line, and a script path', () => {
    expect(parseCommand('["python", "train.py", "--epochs", "3"]')).toEqual(['python', 'train.py', '--epochs', '3'])
    expect(parseCommand('[python, train.py, --epochs, 3]')).toEqual(['python', 'train.py', '--epochs', '3'])
    expect(parseCommand('- python\n- "train.py"\n- --lr\n- 0.1')).toEqual(['python', 'train.py', '--lr', '0.1'])
    expect(parseCommand('python\ntrain.py\n--name\nmy model')).toEqual(['python', 'train.py', '--name', 'my model'])
    expect(parseCommand('./scripts/train.sh')).toEqual(['./scripts/train.sh'])
  })
  it('refuses a single line with spaces (it would need a shell)', () => {
    expect(() => parseCommand('python train.py; rm -rf /')).toThrow(
      trainMessages.badCommand(
        '"python train.py; rm -rf /" is one line with spaces, and modelgate never runs a command through a shell',
      ),
    )
  })
  it('refuses empty lists and non-string elements', () => {
    expect(() => parseCommand('[]')).toThrow(ConfigurationError)
    expect(() => parseCommand('[python, {a: 1}]')).toThrow(trainMessages.badCommand('element 2 is not a string'))
    expect(() => parseCommand('   ')).toThrow(ConfigurationError)
  })
  it('round-trips any list of strings written as JSON', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1 }), (argv) => {
        expect(parseCommand(JSON.stringify(argv))).toEqual(argv)
      }),
    )
  })
})

describe('parseEnvLines', () => {
  it('reads KEY=VALUE lines, keeping = in values and skipping comments', () => {
    expect(parseEnvLines('# c\nEPOCHS=3\n\nMODE=a=b\nEMPTY=')).toEqual({ EPOCHS: '3', MODE: 'a=b', EMPTY: '' })
  })
  it('names the bad line', () => {
    expect(() => parseEnvLines('A=1\nnot a pair')).toThrow(
      inSurface(trainMessages.badEnvLine(2, 'not a pair'), 'action'),
    )
    expect(() => parseEnvLines('1X=2')).toThrow(ConfigurationError)
  })
})

describe('parseParams', () => {
  it('reads JSON and YAML maps', () => {
    expect(parseParams('{"lr": 0.01, "layers": [64, 32]}')).toEqual({ lr: 0.01, layers: [64, 32] })
    expect(parseParams('lr: 0.01\nepochs: 3')).toEqual({ lr: 0.01, epochs: 3 })
  })
  it('refuses lists and scalars', () => {
    expect(() => parseParams('[1, 2]')).toThrow(inSurface(trainMessages.badParams('got a list'), 'action'))
    expect(() => parseParams('3')).toThrow(ConfigurationError)
  })
})

describe('parseMetricLine', () => {
  it('reads name=value pairs after the marker', () => {
    expect(parseMetricLine('2026-01-01 INFO epoch 3 modelgate:metric accuracy=0.91 loss=2.3e-1 val/f1=-0.5')).toEqual([
      ['accuracy', 0.91],
      ['loss', 0.23],
      ['val/f1', -0.5],
    ])
  })
  it('ignores lines without the marker and malformed values', () => {
    expect(parseMetricLine('accuracy=0.9')).toEqual([])
    expect(parseMetricLine('modelgate:metric a=NaN b=1x c=2')).toEqual([['c', 2]])
  })
  it('round-trips any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseMetricLine(`modelgate:metric m=${String(value)}`)).toEqual([['m', value === 0 ? 0 : value]])
      }),
    )
  })
  it('readMetricsObject keeps numbers and lists what it ignored', () => {
    expect(readMetricsObject({ accuracy: 0.9, note: 'x', nested: { a: 1 } })).toEqual({
      metrics: { accuracy: 0.9 },
      ignored: ['note', 'nested'],
    })
    expect(readMetricsObject([1])).toBeNull()
  })
})
