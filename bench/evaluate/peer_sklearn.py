"""Peer for bench/evaluate/run.ts: the same work with numpy + scikit-learn (Debian /usr/bin/python3).

Reads the float64 files the TS bench wrote (y, candidate, champion), computes every binary metric for both
models, then R paired bootstrap resamples (multinomial counts via numpy, metrics with sklearn's
sample_weight, as a user of sklearn would write it). Prints one JSON line: seconds and peak RSS.
Usage: /usr/bin/python3 bench/evaluate/peer_sklearn.py DIR RESAMPLES
"""
import json
import resource
import sys
import time

import numpy as np
import sklearn
from sklearn import metrics as m

d, resamples = sys.argv[1], int(sys.argv[2])
y = np.fromfile(f"{d}/y.f64").astype(np.int64)
cand = np.fromfile(f"{d}/candidate.f64")
champ = np.fromfile(f"{d}/champion.f64")
n = len(y)


def all_metrics(s, w=None):
    p = (s >= 0.5).astype(np.int64)
    return [
        m.accuracy_score(y, p, sample_weight=w),
        m.precision_score(y, p, sample_weight=w, zero_division=0),
        m.recall_score(y, p, sample_weight=w, zero_division=0),
        m.f1_score(y, p, sample_weight=w, zero_division=0),
        m.roc_auc_score(y, s, sample_weight=w),
        m.average_precision_score(y, s, sample_weight=w),
        m.log_loss(y, s, sample_weight=w, labels=[0, 1]),
        m.brier_score_loss(y, s, sample_weight=w),
    ]


t0 = time.perf_counter()
point = np.array(all_metrics(cand)) - np.array(all_metrics(champ))
t1 = time.perf_counter()
rng = np.random.default_rng(1)
diffs = np.empty((resamples, 8))
for r in range(resamples):
    w = np.bincount(rng.integers(0, n, n), minlength=n).astype(np.float64)
    diffs[r] = np.array(all_metrics(cand, w)) - np.array(all_metrics(champ, w))
lo, hi = np.quantile(diffs, [0.025, 0.975], axis=0)
t2 = time.perf_counter()
print(json.dumps({
    "peer": f"numpy {np.__version__} + scikit-learn {sklearn.__version__}",
    "rows": n, "resamples": resamples,
    "pointSeconds": t1 - t0, "bootstrapSeconds": t2 - t1, "totalSeconds": t2 - t0,
    "perResampleSeconds": (t2 - t1) / max(1, resamples),
    "peakRssMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "cpuSeconds": resource.getrusage(resource.RUSAGE_SELF).ru_utime + resource.getrusage(resource.RUSAGE_SELF).ru_stime,
    "rocAucDifference": float(point[4]), "rocAucInterval": [float(lo[4]), float(hi[4])],
}))
