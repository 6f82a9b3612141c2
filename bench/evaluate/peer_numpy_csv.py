"""End-to-end peer for bench/evaluate/cli.ts: what `modelgate evaluate-vs-champion` does on two prediction CSVs
(id,label,score), written as vectorised pandas + numpy by someone who knows the trick: read both files
(pandas.read_csv), pair the rows by id (merge), group each model's scores by distinct value once (np.unique),
then per resample Poisson(1) weights per row (the scheme modelgate uses from 100,000 rows) and weighted bincounts
for the 8 binary metrics (accuracy, precision, recall, f1 at 0.5, ROC-AUC with ties as ½, average precision, log
loss with sklearn's clipping, Brier) of both models; the 95% percentile intervals of the differences and of the
candidate's own values. It does not do modelgate's DeLong and McNemar tests or its report.
Usage: /usr/bin/python3 bench/evaluate/peer_numpy_csv.py CANDIDATE.csv CHAMPION.csv RESAMPLES
"""
import json
import sys

import numpy as np
import pandas as pd

cand_path, champ_path, resamples = sys.argv[1], sys.argv[2], int(sys.argv[3])
cand = pd.read_csv(cand_path, dtype={"id": str})
champ = pd.read_csv(champ_path, dtype={"id": str})
if cand["id"].duplicated().any() or champ["id"].duplicated().any() or len(cand) != len(champ):
    sys.exit("ids do not pair")
both = cand.merge(champ[["id", "score"]], on="id", how="inner", suffixes=("", "_champion"), validate="one_to_one")
if len(both) != len(cand):
    sys.exit("ids do not pair")
y = both["label"].to_numpy(np.float64)
n = len(y)
eps = np.finfo(np.float64).eps


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


models = [prepare(both["score"].to_numpy(np.float64)), prepare(both["score_champion"].to_numpy(np.float64))]
ones = np.ones(n)
point = metrics(models[0], ones) - metrics(models[1], ones)
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
print(json.dumps({"rows": n, "resamples": resamples, "rocAucDifference": float(point[4]),
                  "rocAucInterval": [float(lo[4]), float(hi[4])]}))
