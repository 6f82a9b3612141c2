import type { GroupConfusion } from './group-confusion.js'

/**
 * The confusion counts of all groups together (the overall table).
 * @example sumConfusion([{ n: 1, tp: 1, fp: 0, tn: 0, fn: 0 }, { n: 1, tp: 0, fp: 0, tn: 1, fn: 0 }]) // => { n: 2, tp: 1, fp: 0, tn: 1, fn: 0 }
 */
export function sumConfusion(counts: readonly GroupConfusion[]): GroupConfusion {
  let n = 0,
    tp = 0,
    fp = 0,
    tn = 0,
    fn = 0
  for (const c of counts) {
    n += c.n
    tp += c.tp
    fp += c.fp
    tn += c.tn
    fn += c.fn
  }
  return { n, tp, fp, tn, fn }
}
