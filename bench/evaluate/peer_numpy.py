"""Second peer for bench/evaluate/run.ts: the same computation written as vectorised numpy by someone who knows
the trick (sort once, group ids by distinct score, Poisson(1) weights per resample, weighted bincounts) — the
fastest plain-Python-stack version, to compare against fairly (sklearn re-sorts for every weighted AUC).
Usage: /usr/bin/python3 bench/evaluate/peer_numpy.py DIR RESAMPLES
"""
import json
import resource
import sys
import time

import numpy as np

d, resamples = sys.argv[1], int(sys.argv[2])
y = np.fromfile(f"{d}/y.f64")
models = [np.fromfile(f"{d}/candidate.f64"), np.fromfile(f"{d}/champion.f64")]
n = len(y)
eps = np.finfo(np.float64).eps

t0 = time.perf_counter()
prepared = []
for s in models:
    uniq, inv = np.unique(s, return_inverse=True)  # ascending distinct scores
    group = len(uniq) - 1 - inv  # 0 = highest score
    p = np.clip(s, eps, 1 - eps)
    ll = -np.where(y == 1, np.log(p), np.log(1 - p))
    br = (s - y) ** 2
    pred = (s >= 0.5).astype(np.float64)
    prepared.append((group, len(uniq), ll, br, pred))


def metrics(prep, w):
    group, g, ll, br, pred = prep
    total = w.sum()
    wy = w * y
    tp = (wy * pred).sum()
    fp = (w * pred).sum() - tp
    pos = wy.sum()
    fn = pos - tp
    neg = total - pos
    gp = np.bincount(group, weights=wy, minlength=g)
    gn = np.bincount(group, weights=w - wy, minlength=g)
    cum_neg_before = np.cumsum(gn) - gn
    auc = (gp * (neg - cum_neg_before - 0.5 * gn)).sum() / (pos * neg)
    cp = np.cumsum(gp)
    cn = np.cumsum(gn)
    ap = (gp[gp > 0] * (cp[gp > 0] / (cp[gp > 0] + cn[gp > 0]))).sum() / pos
    return np.array([(total - fp - fn) / total, tp / (tp + fp), tp / (tp + fn), 2 * tp / (2 * tp + fp + fn), auc, ap,
                     (w * ll).sum() / total, (w * br).sum() / total])


ones = np.ones(n)
point = metrics(prepared[0], ones) - metrics(prepared[1], ones)
t1 = time.perf_counter()
rng = np.random.default_rng(1)
diffs = np.empty((resamples, 8))
for r in range(resamples):
    w = rng.poisson(1.0, n).astype(np.float64)
    diffs[r] = metrics(prepared[0], w) - metrics(prepared[1], w)
lo, hi = np.quantile(diffs, [0.025, 0.975], axis=0)
t2 = time.perf_counter()
print(json.dumps({
    "peer": f"numpy {np.__version__} vectorised (sorted once, Poisson weights)",
    "rows": n, "resamples": resamples, "pointSeconds": t1 - t0, "bootstrapSeconds": t2 - t1, "totalSeconds": t2 - t0,
    "perResampleSeconds": (t2 - t1) / max(1, resamples),
    "peakRssMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "cpuSeconds": resource.getrusage(resource.RUSAGE_SELF).ru_utime + resource.getrusage(resource.RUSAGE_SELF).ru_stime,
    "rocAucDifference": float(point[4]), "rocAucInterval": [float(lo[4]), float(hi[4])],
}))
