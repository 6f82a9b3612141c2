// Regenerates the samples described in fixtures/golden/drift.scipy.json bit-for-bit (see drift.py).
export type SampleSpec =
  | readonly number[]
  | { kind: 'uniform' | 'bell'; seed: number; n: number; scale: number; shift: number }
  | { kind: 'int'; seed: number; n: number; k: number }
  | { kind: 'constant'; n: number; value: number }

export function lcgSample(desc: SampleSpec): Float64Array {
  if (Array.isArray(desc)) return Float64Array.from(desc as readonly number[])
  const spec = desc as Exclude<SampleSpec, readonly number[]>
  const out = new Float64Array(spec.n)
  let state = ('seed' in spec ? spec.seed : 0) >>> 0
  const next = (): number => {
    state = (Math.imul(1664525, state) + 1013904223) >>> 0
    return state / 4294967296
  }
  for (let i = 0; i < spec.n; i++) {
    switch (spec.kind) {
      case 'uniform':
        out[i] = spec.shift + spec.scale * next()
        break
      case 'bell': {
        let s = 0
        for (let k = 0; k < 3; k++) s = s + next()
        out[i] = spec.shift + spec.scale * s
        break
      }
      case 'int':
        out[i] = Math.floor(next() * spec.k)
        break
      case 'constant':
        out[i] = spec.value
        break
    }
  }
  return out
}
