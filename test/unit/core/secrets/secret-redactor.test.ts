import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  createSecretRedactor,
  MIN_SECRET_LENGTH,
  redactDeep,
  REDACTED,
} from '../../../../src/core/secrets/secret-redactor.js'
import { secretsFromEnvironment } from '../../../../src/core/secrets/secrets-from-environment.js'
import { TOKEN_PATTERNS } from '../../../../src/core/secrets/token-patterns.js'

// Token-shaped strings are built at run time so that no secret scanner flags this file.
const ghToken = 'ghp_' + 'A1b2C3d4E5'.repeat(4)
const samples: Record<string, string> = {
  'github-token': 'ghs_' + 'x'.repeat(36),
  'github-fine-grained-pat': 'github_pat_' + '11ABCDEFG0'.repeat(4),
  'aws-access-key-id': 'AKIA' + 'ABCDEFGHIJ234567',
  'google-api-key': 'AIza' + 'S'.repeat(35),
  'slack-token': 'xoxb-' + '1234567890-abcdef',
  'slack-webhook': 'https://hooks.slack.com/services/' + 'T000/B000/' + 'x'.repeat(24),
  'npm-token': 'npm_' + 'n'.repeat(36),
  'huggingface-token': 'hf_' + 'h'.repeat(34),
  'openai-key': 'sk-' + 'k'.repeat(40),
  jwt: 'eyJ' + 'hbGciOiJIUzI1NiJ9' + '.eyJ' + 'zdWIiOiIxMjM0In0x' + '.' + 's'.repeat(20),
  'private-key': '-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nabc\n-----END RSA PRIVATE KEY-----',
}

describe('createSecretRedactor', () => {
  it('redact(text) hides a registered value, its URL-encoded and its JSON-escaped forms', () => {
    const redactor = createSecretRedactor()
    redactor.add('p@ss "word"/1')
    expect(redactor.redact('a p@ss "word"/1 b')).toBe(`a ${REDACTED} b`)
    expect(redactor.redact(`u=${encodeURIComponent('p@ss "word"/1')}`)).toBe(`u=${REDACTED}`)
    expect(redactor.redact(JSON.stringify({ v: 'p@ss "word"/1' }))).toBe(`{"v":"${REDACTED}"}`)
  })

  it('redact(text) hides the longer of two overlapping secrets whole', () => {
    const redactor = createSecretRedactor()
    redactor.add('secret')
    redactor.add('secret-and-more')
    expect(redactor.redact('x secret-and-more y secret')).toBe(`x ${REDACTED} y ${REDACTED}`)
  })

  it('add(value) ignores values shorter than four characters and reports whether it registered something', () => {
    const redactor = createSecretRedactor()
    expect(redactor.add('ab')).toBe(false)
    expect(redactor.add('abcd')).toBe(true)
    expect(redactor.add('abcd')).toBe(false)
    expect(redactor.redact('ab abcd')).toBe(`ab ${REDACTED}`)
  })

  it('redact(text) hides every well-known token shape without registration', () => {
    const redactor = createSecretRedactor()
    expect(Object.keys(samples).sort()).toEqual(TOKEN_PATTERNS.map((p) => p.name).sort())
    for (const [name, token] of Object.entries(samples)) {
      expect(redactor.redact(`before ${token} after`), name).toBe(`before ${REDACTED} after`)
    }
  })

  it('redact(text) leaves ordinary report text alone', () => {
    const redactor = createSecretRedactor()
    const text = 'drift.income.psi 0.031 within limits; skip_columns: customer_id; sk-learn; ghp_short'
    expect(redactor.redact(text)).toBe(text)
  })

  it('redact(text) never leaves a registered secret in any surrounding text (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 30 }), fc.string(), fc.string(), (secret, before, after) => {
        // Values shorter than MIN_SECRET_LENGTH once trimmed are not registered (see the test above).
        fc.pre(secret.trim().length >= MIN_SECRET_LENGTH)
        const redactor = createSecretRedactor()
        redactor.add(secret)
        return !redactor.redact(before + secret + after).includes(secret.trim())
      }),
      { numRuns: 300 },
    )
  })
})

describe('redactDeep', () => {
  it('redactDeep(value) redacts strings in nested arrays, objects and keys and keeps other values', () => {
    const redactor = createSecretRedactor()
    redactor.add('hunter22')
    expect(redactDeep({ a: [1, 'x hunter22', { hunter22: true, n: null }], ghToken }, redactor)).toEqual({
      a: [1, `x ${REDACTED}`, { [REDACTED]: true, n: null }],
      ghToken: REDACTED,
    })
  })
})

describe('secretsFromEnvironment', () => {
  it('secretsFromEnvironment(env) returns the values of credential-named variables only', () => {
    expect(
      secretsFromEnvironment({
        'INPUT_GITHUB-TOKEN': 'ghs_one',
        'INPUT_REGISTRY-TOKEN': 'reg-two',
        ACTIONS_RUNTIME_TOKEN: 'rt-three',
        MY_API_KEY: 'key-four',
        DB_PASSWORD: 'pw-five',
        ACTIONS_RUNTIME_URL: 'https://pipelines.example/',
        HOME: '/home/runner',
        'INPUT_MODEL-NAME': 'churn',
        EMPTY_TOKEN: '',
      }),
    ).toEqual(['ghs_one', 'reg-two', 'rt-three', 'key-four', 'pw-five'])
  })
})
