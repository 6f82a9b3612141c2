#!/usr/bin/python3
"""pandas + scipy peer for bench/validate-data: the same work as modelgate validate-data.

Usage: /usr/bin/python3 bench/validate-data/peer_pandas.py CURRENT.csv REFERENCE.csv [--verbose]
Prints one JSON line {"rows": N, "drifted": "a,b,c"}; --verbose adds per-column statistics on stderr.
Contract checks of fixtures/contracts/bench-churn.yml (types, nulls, ranges, allowed values, uniqueness,
timestamps) on CURRENT, then per-column drift against REFERENCE: KS (numeric) or chi-square (categorical),
plus Wasserstein / Jensen-Shannon and PSI, with Benjamini-Hochberg over the p-values.
"""
import json
import sys

import numpy as np
import scipy
import pandas as pd
from scipy import stats
from scipy.spatial.distance import jensenshannon

NUMERIC = ["age", "income", "tenure_months", "monthly_charges", "total_charges", "support_calls"]
VERBOSE = "--verbose" in sys.argv
CATEGORICAL = ["plan", "region", "contract", "churned", "signup_date"]


def contract(df):
    out = {}
    n = len(df)
    out["rows"] = n
    out["id_unique"] = int(df["customer_id"].duplicated().sum())
    for col, lo, hi in [("age", 18, 100), ("monthly_charges", 0, 200)]:
        v = pd.to_numeric(df[col], errors="coerce")
        out[col + "_range"] = int(((v < lo) | (v > hi)).sum())
    for col in ["tenure_months", "total_charges", "support_calls"]:
        v = pd.to_numeric(df[col], errors="coerce")
        out[col + "_min"] = int((v < 0).sum())
    for col, m in [("income", 0.05), ("total_charges", 0.02), ("region", 0.05)]:
        out[col + "_nulls"] = float(df[col].isna().mean()) <= m
    for col, allowed in [("plan", {"basic", "pro", "enterprise"}), ("region", {"eu", "us", "apac", "latam"}), ("contract", {"monthly", "annual", "two-year"})]:
        out[col + "_allowed"] = int((~df[col].dropna().isin(allowed)).sum())
    out["churned_bool"] = int((~df["churned"].astype(str).str.lower().isin(["true", "false"])).sum())
    out["signup_ts"] = int(pd.to_datetime(df["signup_date"], errors="coerce").isna().sum())
    return out


def drift(cur, ref):
    rows = []
    for col in NUMERIC:
        a = pd.to_numeric(ref[col], errors="coerce").dropna().to_numpy()
        b = pd.to_numeric(cur[col], errors="coerce").dropna().to_numpy()
        ks = stats.ks_2samp(a, b)
        w = stats.wasserstein_distance(a, b) / (a.std() or 1)
        edges = np.unique(np.quantile(a, np.arange(1, 10) / 10))
        ea = np.bincount(np.searchsorted(edges, a, side="right"), minlength=len(edges) + 1) / len(a)
        eb = np.bincount(np.searchsorted(edges, b, side="right"), minlength=len(edges) + 1) / len(b)
        ea, eb = np.where(ea > 0, ea, 1e-4), np.where(eb > 0, eb, 1e-4)
        rows.append((col, ks.pvalue, w, float(np.sum((eb - ea) * np.log(eb / ea))), ks.statistic))
    for col in CATEGORICAL:
        ca = ref[col].dropna().astype(str).value_counts()
        cb = cur[col].dropna().astype(str).value_counts()
        keys = sorted(set(ca.index) | set(cb.index))
        t = np.array([[ca.get(k, 0) for k in keys], [cb.get(k, 0) for k in keys]], dtype=float)
        chi = stats.chi2_contingency(t)
        js = jensenshannon(t[0], t[1], base=2)
        rows.append((col, chi[1], js, 0.0, chi[0]))
    if VERBOSE:
        for r in rows:
            print(f"{r[0]}\tstat {r[4]:.6g}\tp {r[1]:.6g}\tdistance {r[2]:.6g}\tpsi {r[3]:.6g}", file=sys.stderr)
    p = np.array([r[1] for r in rows])
    order = np.argsort(p)
    adj = np.minimum.accumulate((p[order] * len(p) / np.arange(1, len(p) + 1))[::-1])[::-1]
    return [r[0] for r, a in zip([rows[i] for i in order], adj) if a < 0.05 or r[2] >= 0.1]


def main():
    args = [a for a in sys.argv[1:] if a != "--verbose"]
    read = lambda path: pd.read_parquet(path) if path.endswith(".parquet") else pd.read_csv(path, keep_default_na=True)
    cur = read(args[0])  # Parquet needs pyarrow or fastparquet, which Debian's python3 here lacks
    ref = read(args[1])
    c = contract(cur)
    d = drift(cur, ref)
    if VERBOSE:
        print(f"pandas {pd.__version__}, scipy {scipy.__version__}, numpy {np.__version__}", file=sys.stderr)
        print(c, file=sys.stderr)
    print(json.dumps({"rows": c["rows"], "drifted": ",".join(sorted(d))}))


if __name__ == "__main__":
    main()
