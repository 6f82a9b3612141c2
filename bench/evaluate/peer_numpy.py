"""numpy peer of the evaluate benchmarks: the work of evaluate-vs-champion's default binary policy, no more, written as
vectorised numpy by someone who knows the trick (bench/evaluate/README.md says what each step matches in modelgate):

- the 9 default binary metrics of both models: accuracy, precision, recall, f1 (score >= 0.5), roc-auc (ties as 1/2),
  pr-auc (average precision, one point per distinct score), log-loss (scores clipped to [eps, 1 - eps], eps = float64
  epsilon, renormalised as sklearn does), brier, ece (10 equal-width bins, right-closed, the first also holding 0);
- each model's scores grouped by distinct value once (np.unique), each row's bucket 2 * group + label, and per bucket
  its log-loss and Brier terms, so that every metric is a function of weighted bucket counts;
- 1,000 paired resamples with Poisson(1) row weights (modelgate's scheme from 100,000 rows; numpy's own generator,
  not modelgate's stream), per resample and model one weighted np.bincount over the buckets and the metrics from it;
- per metric the 95% percentile intervals (numpy.quantile's linear = type 7) of candidate - champion and of the
  candidate's own value over the resamples where it is defined, the share of resamples in the better direction;
- McNemar's test on the accuracy (exact below 25 discordant pairs, else chi-square with continuity correction) and
  DeLong's test on the ROC-AUC difference (placements per distinct score).

Two inputs, the same computation:
  /usr/bin/python3 bench/evaluate/peer_numpy.py DIR RESAMPLES
      three float64 arrays DIR/{y,candidate,champion}.f64 (bench/evaluate/run.ts, in-process comparison)
  /usr/bin/python3 bench/evaluate/peer_numpy.py CANDIDATE.csv CHAMPION.csv RESAMPLES
      two prediction CSVs (id,label,score): pandas.read_csv both, pair the rows by id (merge), check that the labels
      agree by id, that labels are 0/1 and scores in [0, 1] (bench/evaluate/cli.ts)
Prints one JSON line.
"""
import json
import math
import resource
import sys
import time

import numpy as np

METRICS = ["accuracy", "precision", "recall", "f1", "roc-auc", "pr-auc", "log-loss", "brier", "ece"]
GREATER_IS_BETTER = [True, True, True, True, True, True, False, False, False]
THRESHOLD = 0.5
CONFIDENCE = 0.95
ECE_BINS = 10

start = time.perf_counter()
if len(sys.argv) == 4:
    import pandas as pd

    cand = pd.read_csv(sys.argv[1], dtype={"id": str})
    champ = pd.read_csv(sys.argv[2], dtype={"id": str})
    if cand["id"].duplicated().any() or champ["id"].duplicated().any() or len(cand) != len(champ):
        sys.exit("ids do not pair")
    both = cand.merge(champ, on="id", how="inner", suffixes=("", "_champion"), validate="one_to_one")
    if len(both) != len(cand):
        sys.exit("ids do not pair")
    if not (both["label"].to_numpy() == both["label_champion"].to_numpy()).all():
        sys.exit("labels differ by id")
    y = both["label"].to_numpy(np.float64)
    scores = [both["score"].to_numpy(np.float64), both["score_champion"].to_numpy(np.float64)]
    del cand, champ, both
    resamples = int(sys.argv[3])
    peer = f"pandas {pd.__version__} + numpy {np.__version__} vectorised (distinct-score buckets, Poisson weights)"
else:
    d, resamples = sys.argv[1], int(sys.argv[2])
    y = np.fromfile(f"{d}/y.f64")
    scores = [np.fromfile(f"{d}/candidate.f64"), np.fromfile(f"{d}/champion.f64")]
    peer = f"numpy {np.__version__} vectorised (distinct-score buckets, Poisson weights)"
if not np.isin(y, (0.0, 1.0)).all() or any(not ((s >= 0) & (s <= 1)).all() for s in scores):
    sys.exit("labels must be 0/1 and scores in [0, 1]")
n = len(y)
yi = y.astype(np.int64)
eps = np.finfo(np.float64).eps

t0 = time.perf_counter()


def prepare(s):
    uniq, inv = np.unique(s, return_inverse=True)  # ascending distinct scores
    g = len(uniq)
    group = g - 1 - inv  # 0 = highest score
    score = uniq[::-1]  # per group, its score
    p = np.clip(score, eps, 1 - eps)
    q = 1 - p
    bucket_ll = np.empty(2 * g)
    bucket_ll[0::2] = -np.log(q / (q + p))
    bucket_ll[1::2] = -np.log(p / (q + p))
    bucket_br = np.empty(2 * g)
    bucket_br[0::2] = score**2
    bucket_br[1::2] = (score - 1) ** 2
    positive_groups = int((score >= THRESHOLD).sum())
    edges = np.linspace(0, 1, ECE_BINS + 1)
    group_bin = np.digitize(score, edges[1:-1], right=True)  # (e_i, e_i+1], 0 in the first bin
    return {"bucket": 2 * group + yi, "g": g, "score": score, "ll": bucket_ll, "br": bucket_br,
            "pg": positive_groups, "bin": group_bin, "group": group}


def metrics(m, w):
    """The 9 metrics from the weighted bucket counts (w None: every row once); NaN where undefined."""
    counts = np.bincount(m["bucket"], minlength=2 * m["g"]) if w is None else \
        np.bincount(m["bucket"], weights=w, minlength=2 * m["g"])
    counts = counts.astype(np.float64)
    gn, gp = counts[0::2], counts[1::2]
    pos, neg = gp.sum(), gn.sum()
    total = pos + neg
    tp, fp = gp[: m["pg"]].sum(), gn[: m["pg"]].sum()
    fn = pos - tp
    neg_above = np.cumsum(gn) - gn
    cp, cn = np.cumsum(gp), np.cumsum(gn)
    has = gp > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        roc = (pos * neg - (gp * (neg_above + 0.5 * gn)).sum()) / (pos * neg)
        ap = (gp[has] * (cp[has] / (cp[has] + cn[has]))).sum() / pos
        gaps = np.bincount(m["bin"], weights=gp - (gn + gp) * m["score"], minlength=ECE_BINS)
        return np.array([(total - fp - fn) / total, tp / (tp + fp), tp / (tp + fn), 2 * tp / (2 * tp + fp + fn),
                         roc, ap, (counts @ m["ll"]) / total, (counts @ m["br"]) / total, np.abs(gaps).sum() / total])


def mcnemar(c_pred, h_pred):
    c_right, h_right = c_pred == yi, h_pred == yi
    b, c = int((h_right & ~c_right).sum()), int((c_right & ~h_right).sum())
    k = b + c
    if k < 25:
        x = min(b, c)
        p = min(1.0, 2 * sum(math.comb(k, i) for i in range(x + 1)) / 2**k)
        return {"method": "exact", "statistic": x, "pValue": p}
    stat = (abs(b - c) - 1) ** 2 / k
    return {"method": "chi-square-corrected", "statistic": stat, "pValue": math.erfc(math.sqrt(stat / 2))}


def delong(a, b):
    """DeLong's test of AUC(b) - AUC(a) (b = candidate), structural components per distinct score."""
    is_pos = yi == 1
    m_pos, n_neg = int(is_pos.sum()), int((~is_pos).sum())

    def placements(model):
        cpos = np.bincount(model["group"][is_pos], minlength=model["g"]).astype(np.float64)
        cneg = np.bincount(model["group"][~is_pos], minlength=model["g"]).astype(np.float64)
        below_neg = np.cumsum(cneg[::-1])[::-1] - cneg  # negatives at lower scores (higher group index)
        below_pos = np.cumsum(cpos[::-1])[::-1] - cpos
        return 2 * below_neg + cneg, 2 * below_pos + cpos

    pa, na = placements(a)
    pb, nb = placements(b)
    x = pa[a["group"][is_pos]]
    z = pb[b["group"][is_pos]]
    auc_a, auc_b = x.sum() / (2 * n_neg * m_pos), z.sum() / (2 * n_neg * m_pos)
    pos_diff = x - z
    neg_diff = nb[b["group"][~is_pos]] - na[a["group"][~is_pos]]
    var = pos_diff.var(ddof=1) / (4 * n_neg * n_neg * m_pos) + neg_diff.var(ddof=1) / (4 * m_pos * m_pos * n_neg)
    zstat = (auc_b - auc_a) / math.sqrt(var)
    return {"statistic": zstat, "pValue": math.erfc(abs(zstat) / math.sqrt(2))}


models = [prepare(s) for s in scores]
point = [metrics(m, None) for m in models]
preds = [(s >= THRESHOLD).astype(np.int64) for s in scores]
tests = {"accuracy": mcnemar(preds[0], preds[1]), "roc-auc": delong(models[1], models[0])}
t1 = time.perf_counter()
rng = np.random.default_rng(20240601)
diffs = np.empty((resamples, len(METRICS)))
own = np.empty((resamples, len(METRICS)))
for r in range(resamples):
    w = rng.poisson(1.0, n).astype(np.float64)
    c = metrics(models[0], w)
    diffs[r] = c - metrics(models[1], w)
    own[r] = c
alpha = (1 - CONFIDENCE) / 2
summary = {}
for j, name in enumerate(METRICS):
    d = np.sort(diffs[:, j][~np.isnan(diffs[:, j])])
    o = np.sort(own[:, j][~np.isnan(own[:, j])])
    better = (d > 0).mean() if GREATER_IS_BETTER[j] else (d < 0).mean()
    summary[name] = {"candidate": float(point[0][j]), "champion": float(point[1][j]),
                     "difference": float(point[0][j] - point[1][j]),
                     "interval": [float(v) for v in np.quantile(d, [alpha, 1 - alpha])],
                     "candidateInterval": [float(v) for v in np.quantile(o, [alpha, 1 - alpha])],
                     "probabilityBetter": float(better), "undefinedResamples": int(resamples - len(d)),
                     **({"test": tests[name]} if name in tests else {})}
t2 = time.perf_counter()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({
    "peer": peer, "rows": n, "resamples": resamples, "readSeconds": t0 - start, "pointSeconds": t1 - t0,
    "bootstrapSeconds": t2 - t1, "totalSeconds": t2 - t0, "perResampleSeconds": (t2 - t1) / max(1, resamples),
    "peakRssMiB": usage.ru_maxrss / 1024, "cpuSeconds": usage.ru_utime + usage.ru_stime,
    "rocAucDifference": summary["roc-auc"]["difference"], "rocAucInterval": summary["roc-auc"]["interval"],
    "metrics": summary,
}))
