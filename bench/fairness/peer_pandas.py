#!/usr/bin/python3
"""Peer of `modelgate fairness-gate` for bench/fairness/run.ts: what the gate computes with its default policy, with
vectorised pandas/numpy (Debian's python3-pandas, numpy; the normal quantile from the standard library), and nothing it does not.

Usage: /usr/bin/python3 bench/fairness/peer_pandas.py FILE COLUMN...   -> one JSON line on stdout

For the sensitive COLUMNs, each alone and their intersection (the gate's --intersectional true):
- sha256 of the file (the gate's report names the predictions by digest);
- read label, prediction and the sensitive columns (the gate's null spellings), labels and predictions checked 0/1;
- per group (first-appearance order, a missing value its own group) the confusion counts tp/fp/tn/fn, and the six
  rates (selection, TPR, FPR, FNR, precision, accuracy; undefined where the denominator is 0);
- groups below min_group_size 30 excluded; the ten disparities between the judged groups (max - min, min / max);
- simultaneous 95% intervals of all ten: per pair of judged groups, Newcombe's hybrid score interval of the difference
  and Katz's log interval (0.5 added) of the ratio, for the five rates, at z = Phi^-1(1 - 0.05 / (2m)) with m the
  comparisons behind the enabled checks of all groupings (Bonferroni); each disparity's interval is the same extreme
  of its comparisons' bounds (src/core/fairness/disparity-intervals.ts);
- the checks: groups (>= 2 judged), small groups, undefined rates, and the five enabled disparities (demographic
  parity difference <= 0.1, equalized odds difference <= 0.1, equal opportunity difference <= 0.1, disparate impact
  ratio >= 0.8, predictive parity difference <= 0.1), three-way as src/core/fairness/fairness-checks.ts; the status
  is the worst check.
No bootstrap (the gate has none), no report rendering (the gate's markdown/JSON report is its own extra work).
"""
import hashlib
import json
import sys

import numpy as np
import pandas as pd
from statistics import NormalDist

MIN_GROUP_SIZE = 30
CONFIDENCE = 0.95
ENABLED = {  # metric -> (threshold, direction, rates it rests on)
    "demographic_parity_difference": (0.1, "max", ["sel"]),
    "equalized_odds_difference": (0.1, "max", ["tpr", "fpr"]),
    "equal_opportunity_difference": (0.1, "max", ["tpr"]),
    "disparate_impact_ratio": (0.8, "min", ["sel"]),
    "predictive_parity_difference": (0.1, "max", ["precision"]),
}
NULLS = ["", "NA", "N/A", "null", "NULL", "NaN", "nan"]
ORDER = ["pass", "skipped", "warn", "error", "fail"]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def ratio(a, b):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(b == 0, np.nan, a / np.where(b == 0, 1, b))


def wilson(x, n, z):
    p = x / n
    z2 = z * z
    center = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * np.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return np.where(x == 0, 0, np.maximum(0, center - half)), np.where(x == n, 1, np.minimum(1, center + half))


def pair_intervals(x, n, z):
    """Per pair i < j of groups: point, Newcombe [l, u] of p_i - p_j, Katz [a, b] of p_i / p_j."""
    i, j = np.triu_indices(len(x), 1)
    l, u = wilson(x, n, z)
    p = x / n
    d = p[i] - p[j]
    dl = d - np.hypot(p[i] - l[i], u[j] - p[j])
    du = d + np.hypot(u[i] - p[i], p[j] - l[j])
    a, m, b, k = x[i] + 0.5, n[i] + 0.5, x[j] + 0.5, n[j] + 0.5
    log = np.log(a / m / (b / k))
    half = z * np.sqrt(1 / a - 1 / m + 1 / b - 1 / k)
    return {"key": list(zip(i, j)), "point": d, "dl": dl, "du": du, "ra": np.exp(log - half), "rb": np.exp(log + half)}


def difference_interval(c):
    if len(c["dl"]) == 0:
        return None
    l, u = c["dl"], c["du"]
    low = np.where(l > 0, l, np.where(u < 0, -u, 0)).max()
    return float(max(low, 0)), float(max(np.abs(l).max(), np.abs(u).max(), 0))


def ratio_interval(c):
    if len(c["ra"]) == 0:
        return None
    a, b = c["ra"], c["rb"]
    sa, sb = np.minimum(a, 1 / a), np.minimum(b, 1 / b)
    lo = np.minimum(sa, sb)
    hi = np.where((a <= 1) & (b >= 1), 1, np.maximum(sa, sb))
    return float(min(lo.min(), np.inf)), float(min(hi.min(), np.inf))


def two_sided_interval(c):
    if len(c["ra"]) == 0:
        return None
    a, b = c["ra"], c["rb"]
    lo = np.where(a > 1, a - 1, np.where(b < 1, 1 / b - 1, 0))
    hi = np.maximum(b - 1, 1 / a - 1)
    return float(max(lo.max(), 0)), float(max(hi.max(), 0))


def average_odds(t, f):
    keys = {k: q for q, k in enumerate(f["key"])}
    rows = [(q, keys[k]) for q, k in enumerate(t["key"]) if k in keys]
    if not rows:
        return None
    qt, qf = np.array([r[0] for r in rows]), np.array([r[1] for r in rows])
    d = t["point"][qt] + f["point"][qf]
    lower = d - np.hypot(t["point"][qt] - t["dl"][qt], f["point"][qf] - f["dl"][qf])
    upper = d + np.hypot(t["du"][qt] - t["point"][qt], f["du"][qf] - f["point"][qf])
    return difference_interval({"dl": lower / 2, "du": upper / 2})


def worst(intervals, pick):
    if any(i is None for i in intervals):
        return None
    return pick(i[0] for i in intervals), pick(i[1] for i in intervals)


def disparity(values, kind):
    v = values[~np.isnan(values)]
    if len(v) < 2:
        return None
    lo, hi = v.min(), v.max()
    if kind == "difference":
        return float(hi - lo)
    return None if hi == 0 else float(lo / hi)


def verdict(value, interval, threshold, direction):
    if value is None:
        return "error"
    within = (lambda v: v <= threshold) if direction == "max" else (lambda v: v >= threshold)
    if interval is not None:
        low, high = interval
        confident = not within(low if direction == "max" else high)
        significant = low > 0 if direction == "max" else high < 1
        if confident or (significant and not within(value)):
            return "fail"
    return "pass" if within(value) else "warn"


def main():
    path, columns = sys.argv[1], sys.argv[2:]
    digest = sha256(path)
    df = pd.read_csv(path, usecols=["label", "prediction", *columns], dtype={c: "category" for c in columns},
                     na_values=NULLS, keep_default_na=False)
    for name in ("label", "prediction"):
        if not df[name].isin([0, 1]).all():
            raise SystemExit(f"{name} is not 0/1")
    y, p = df["label"].to_numpy(np.int8), df["prediction"].to_numpy(np.int8)
    cells = pd.DataFrame({"tn": (y == 0) & (p == 0), "fp": (y == 0) & (p == 1), "fn": (y == 1) & (p == 0),
                          "tp": (y == 1) & (p == 1)})
    groupings = [[c] for c in columns] + ([columns] if len(columns) >= 2 else [])
    tables = []
    for cols in groupings:
        keys = [df[c] for c in cols]
        # sort=False: groups in first-appearance order, as the gate lists them; a missing value its own group
        t = cells.groupby(keys, observed=True, dropna=False, sort=False).sum()
        tn, fp, fn, tp = (t[q].to_numpy(np.float64) for q in ("tn", "fp", "fn", "tp"))
        names = [", ".join(f"{c}={'(missing)' if pd.isna(v) else v}" for c, v in zip(cols, k if isinstance(k, tuple) else (k,))) for k in t.index]
        n = tn + fp + fn + tp
        tables.append((cols, names, {"n": n, "tp": tp, "fp": fp, "tn": tn, "fn": fn}))
    judged_count = [int((c["n"] >= MIN_GROUP_SIZE).sum()) for _, _, c in tables]
    m = sum(k * (k - 1) // 2 * sum(len(r) for _, _, r in ENABLED.values()) for k in judged_count if k >= 2)
    z = NormalDist().inv_cdf(1 - (1 - CONFIDENCE) / (2 * max(1, m)))
    checks, groups_out = {}, {}
    for (cols, names, c), judged in zip(tables, judged_count):
        gid = "fairness." + "-x-".join(cols)  # the gate's check id slug of "a × b"
        included = c["n"] >= MIN_GROUP_SIZE
        n, tp, fp, tn, fn = c["n"], c["tp"], c["fp"], c["tn"], c["fn"]
        cells = {"sel": (tp + fp, n), "tpr": (tp, tp + fn), "fpr": (fp, fp + tn), "precision": (tp, tp + fp),
                 "accuracy": (tp + tn, n)}
        rates = {r: ratio(x, d) for r, (x, d) in cells.items()}
        rates["fnr"] = ratio(fn, tp + fn)
        groups_out[" × ".join(cols)] = {k: [int(n[g]), int(tp[g]), int(fp[g]), int(tn[g]), int(fn[g])] for g, k in enumerate(names)}
        small = int((~included).sum())
        if small > 0:
            checks[gid + ".small-groups"] = {"status": "warn", "observed": small}
        if judged < 2:
            checks[gid + ".groups"] = {"status": "fail", "observed": judged}
            continue
        checks[gid + ".groups"] = {"status": "pass", "observed": judged}
        und = sum(1 for g in range(len(n)) if included[g] and any(np.isnan(rates[r][g]) for r in ("tpr", "fpr", "precision")))
        if und > 0:
            checks[gid + ".undefined-rates"] = {"status": "warn", "observed": und}
        inc = lambda r: rates[r][included]
        comps = {}
        for r, (x, d) in cells.items():
            keep = included & (d > 0)
            comps[r] = pair_intervals(x[keep], d[keep], z)
        sel_ratio = disparity(inc("sel"), "ratio")
        diff = lambda r: disparity(inc(r), "difference")
        both = lambda a, b, pick: None if a is None or b is None else pick(a, b)
        values = {
            "demographic_parity_difference": diff("sel"),
            "demographic_parity_ratio": sel_ratio,
            "equalized_odds_difference": both(diff("tpr"), diff("fpr"), max),
            "equalized_odds_ratio": both(disparity(inc("tpr"), "ratio"), disparity(inc("fpr"), "ratio"), min),
            "equal_opportunity_difference": diff("tpr"),
            "disparate_impact_ratio": sel_ratio,
            "predictive_parity_difference": diff("precision"),
            "accuracy_parity_difference": diff("accuracy"),
            "average_odds_difference": disparity((rates["tpr"] + rates["fpr"])[included] / 2, "difference"),
            "disparate_impact_two_sided": None if not sel_ratio else 1 / sel_ratio - 1,
        }
        intervals = {
            "demographic_parity_difference": difference_interval(comps["sel"]),
            "demographic_parity_ratio": ratio_interval(comps["sel"]),
            "equalized_odds_difference": worst([difference_interval(comps["tpr"]), difference_interval(comps["fpr"])], max),
            "equalized_odds_ratio": worst([ratio_interval(comps["tpr"]), ratio_interval(comps["fpr"])], min),
            "equal_opportunity_difference": difference_interval(comps["tpr"]),
            "disparate_impact_ratio": ratio_interval(comps["sel"]),
            "predictive_parity_difference": difference_interval(comps["precision"]),
            "accuracy_parity_difference": difference_interval(comps["accuracy"]),
            "average_odds_difference": average_odds(comps["tpr"], comps["fpr"]),
            "disparate_impact_two_sided": two_sided_interval(comps["sel"]),
        }
        for metric, (threshold, direction, _) in ENABLED.items():
            checks[f"{gid}.{metric}"] = {"status": verdict(values[metric], intervals[metric], threshold, direction),
                                         "observed": values[metric], "interval": intervals[metric]}
    status = max((c["status"] for c in checks.values()), key=ORDER.index, default="error")
    print(json.dumps({"rows": len(df), "sha256": digest, "status": status, "checks": checks, "groups": groups_out,
                      "pandas": pd.__version__}))


main()
