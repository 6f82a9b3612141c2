#!/usr/bin/python3
"""Peer for bench/fairness/run.ts: the same per-group rates and disparities with pandas groupby (Debian's pandas).

Usage: /usr/bin/python3 bench/fairness/peer_pandas.py FILE   -> one JSON line (seconds, maxRssMiB, rows, ...)
Computes, for gender, region and gender x region: confusion counts, selection rate, TPR, FPR, FNR, precision,
accuracy per group, then max-min / min/max disparities -- what modelgate computes without the bootstrap.
"""
import json
import resource
import sys
import time

import pandas as pd

start = time.perf_counter()
df = pd.read_csv(sys.argv[1], usecols=["label", "prediction", "gender", "region"], dtype={"gender": "category", "region": "category"})
read = time.perf_counter()
df["tp"] = (df.label == 1) & (df.prediction == 1)
df["fp"] = (df.label == 0) & (df.prediction == 1)
df["tn"] = (df.label == 0) & (df.prediction == 0)
df["fn"] = (df.label == 1) & (df.prediction == 0)
dpd = []
for cols in (["gender"], ["region"], ["gender", "region"]):
    g = df.groupby(cols if len(cols) > 1 else cols[0], observed=True, dropna=False)[["tp", "fp", "tn", "fn"]].sum()
    n = g.sum(axis=1)
    rates = pd.DataFrame({
        "selection": (g.tp + g.fp) / n, "tpr": g.tp / (g.tp + g.fn), "fpr": g.fp / (g.fp + g.tn),
        "fnr": g.fn / (g.tp + g.fn), "precision": g.tp / (g.tp + g.fp), "accuracy": (g.tp + g.tn) / n,
    })
    disparities = {
        "dpd": rates.selection.max() - rates.selection.min(),
        "dpr": rates.selection.min() / rates.selection.max(),
        "eod": max(rates.tpr.max() - rates.tpr.min(), rates.fpr.max() - rates.fpr.min()),
        "eor": min(rates.tpr.min() / rates.tpr.max(), rates.fpr.min() / rates.fpr.max()),
        "ppd": rates.precision.max() - rates.precision.min(),
    }
    dpd.append(float(disparities["dpd"]))
end = time.perf_counter()
print(json.dumps({
    "rows": len(df), "readSeconds": read - start, "computeSeconds": end - read, "seconds": end - start,
    "maxRssMiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "cpuSeconds": resource.getrusage(resource.RUSAGE_SELF).ru_utime + resource.getrusage(resource.RUSAGE_SELF).ru_stime, "demographicParityDifference": dpd,
    "pandas": pd.__version__,
}))
