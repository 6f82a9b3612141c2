"""numpy peer of the evaluate benchmarks: the paired bootstrap modelgate runs, written as vectorised numpy by someone
who knows the trick: group each model's scores by distinct value once (np.unique), then per resample Poisson(1)
weights per row (the scheme modelgate uses from 100,000 rows) and weighted bincounts over the distinct-score buckets
for the 8 default binary metrics (accuracy, precision, recall, f1 at 0.5, ROC-AUC with ties as ½, average precision,
log loss with sklearn's clipping, Brier) of both models; the 95% percentile intervals of the differences and of the
candidate's own values. It does not do modelgate's DeLong and McNemar tests or its report.

Two inputs, the same computation:
  /usr/bin/python3 bench/evaluate/peer_numpy.py DIR RESAMPLES
      three float64 arrays DIR/{y,candidate,champion}.f64 (bench/evaluate/run.ts, in-process comparison)
  /usr/bin/python3 bench/evaluate/peer_numpy.py CANDIDATE.csv CHAMPION.csv RESAMPLES
      two prediction CSVs (id,label,score): pandas.read_csv both, pair the rows by id (merge) (bench/evaluate/cli.ts)
Prints one JSON line.
"""
import json
import resource
import sys
import time

import numpy as np

start = time.perf_counter()
if len(sys.argv) == 4:
    import pandas as pd

    cand = pd.read_csv(sys.argv[1], dtype={"id": str})
    champ = pd.read_csv(sys.argv[2], dtype={"id": str})
    if cand["id"].duplicated().any() or champ["id"].duplicated().any() or len(cand) != len(champ):
        sys.exit("ids do not pair")
    both = cand.merge(champ[["id", "score"]], on="id", how="inner", suffixes=("", "_champion"), validate="one_to_one")
    if len(both) != len(cand):
        sys.exit("ids do not pair")
    y = both["label"].to_numpy(np.float64)
    scores = [both["score"].to_numpy(np.float64), both["score_champion"].to_numpy(np.float64)]
    resamples = int(sys.argv[3])
    peer = f"pandas {pd.__version__} + numpy {np.__version__} vectorised (sorted once, Poisson weights)"
else:
    d, resamples = sys.argv[1], int(sys.argv[2])
    y = np.fromfile(f"{d}/y.f64")
    scores = [np.fromfile(f"{d}/candidate.f64"), np.fromfile(f"{d}/champion.f64")]
    peer = f"numpy {np.__version__} vectorised (sorted once, Poisson weights)"
n = len(y)
eps = np.finfo(np.float64).eps

t0 = time.perf_counter()


def prepare(s):
    uniq, inv = np.unique(s, return_inverse=True)  # ascending distinct scores
    group = len(uniq) - 1 - inv  # 0 = highest score
    p = np.clip(s, eps, 1 - eps)
    ll = -np.where(y == 1, np.log(p), np.log(1 - p))
    br = (s - y) ** 2
    pred = (s >= 0.5).astype(np.float64)
    return group, len(uniq), ll, br, pred


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


models = [prepare(s) for s in scores]
ones = np.ones(n)
point = metrics(models[0], ones) - metrics(models[1], ones)
t1 = time.perf_counter()
rng = np.random.default_rng(20240601)
diffs = np.empty((resamples, 8))
own = np.empty((resamples, 8))
for r in range(resamples):
    w = rng.poisson(1.0, n).astype(np.float64)
    c = metrics(models[0], w)
    diffs[r] = c - metrics(models[1], w)
    own[r] = c
lo, hi = np.quantile(diffs, [0.025, 0.975], axis=0)
own_lo, own_hi = np.quantile(own, [0.025, 0.975], axis=0)
t2 = time.perf_counter()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({
    "peer": peer, "rows": n, "resamples": resamples, "readSeconds": t0 - start, "pointSeconds": t1 - t0,
    "bootstrapSeconds": t2 - t1, "totalSeconds": t2 - t0, "perResampleSeconds": (t2 - t1) / max(1, resamples),
    "peakRssMiB": usage.ru_maxrss / 1024, "cpuSeconds": usage.ru_utime + usage.ru_stime,
    "rocAucDifference": float(point[4]), "rocAucInterval": [float(lo[4]), float(hi[4])],
}))
