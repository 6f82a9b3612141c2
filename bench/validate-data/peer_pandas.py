#!/usr/bin/python3
"""pandas + scipy peer for bench/validate-data: exactly the work modelgate validate-data does, vectorised.

Usage:
  /usr/bin/python3 bench/validate-data/peer_pandas.py contract CURRENT.csv [--verbose]
  /usr/bin/python3 bench/validate-data/peer_pandas.py drift CURRENT.csv REFERENCE.csv [--verbose]
Prints one JSON line {"rows": N, "violations": {...}} (contract) or {"rows": N, "drifted": "a,b"} (drift).

Reading: the CSV as modelgate reads it: only modelgate's null values are missing (DEFAULT_NULL_VALUES in
src/io/dataset/types.ts), everything else is a value; pandas' C parser types the columns (numbers vectorised).

contract: the checks of fixtures/contracts/bench-churn.yml as src/core/contract/create-contract-checker.ts makes
them, and nothing else: rows, extra columns, per column type (int: a whole number; float: finite; bool:
true/false/1/0/yes/no, trimmed, any case; timestamp: an ISO 8601 date or date-time naming a real instant, judged
once per distinct text as modelgate judges each dictionary entry once; category: none), nulls, min/max on the cells
that have the type, allowed_values, unique (duplicates among present cells). Violation counts per check id.

drift: what modelgate computes by default (src/core/drift/, no contract): the column kind (numeric when every
present reference value is a number and it has more than 20 distinct values), then numeric → two-sample KS (D and
p, scipy), Wasserstein-1 ÷ the reference's population std, PSI over 10 reference-quantile bins (numpy's linear
quantiles, searchsorted right, empty bins 1e-4); categorical → chi-square test of the category counts (Yates when
2×2), total variation distance, the total variation chance alone gives (chanceTotalVariation), PSI of the category
shares; every column with missing cells → the 2×2 chi-square of missing/present. Benjamini–Hochberg over all those
p-values; a column drifts when (adjusted p < 0.05 and effect ≥ 0.05: KS D, or TVD less chance) or (missing adjusted
p < 0.05 and the missing shares 0.02 apart). No Jensen–Shannon: modelgate computes it only when the policy asks.
"""
import json
import math
import sys

import numpy as np
import pandas as pd
import scipy
from scipy import stats

VERBOSE = "--verbose" in sys.argv
NULL_VALUES = ["", "NA", "N/A", "null", "NULL", "NaN", "nan"]
# fixtures/contracts/bench-churn.yml
CONTRACT = {
    "customer_id": {"type": "int", "unique": True, "min": 1},
    "age": {"type": "int", "min": 18, "max": 100},
    "income": {"type": "float", "max_null_fraction": 0.05},
    "tenure_months": {"type": "float", "min": 0},
    "monthly_charges": {"type": "float", "min": 0, "max": 200},
    "total_charges": {"type": "float", "min": 0, "max_null_fraction": 0.02},
    "plan": {"type": "category", "allowed_values": ["basic", "pro", "enterprise"]},
    "region": {"type": "category", "allowed_values": ["eu", "us", "apac", "latam"], "max_null_fraction": 0.05},
    "contract": {"type": "category", "allowed_values": ["monthly", "annual", "two-year"]},
    "support_calls": {"type": "int", "min": 0},
    "churned": {"type": "bool"},
    "signup_date": {"type": "timestamp"},
}
BOOL_WORDS = {"true", "false", "1", "0", "yes", "no"}
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def read(path):
    if path.endswith(".parquet"):
        return pd.read_parquet(path)  # needs pyarrow or fastparquet, which Debian's python3 here lacks
    return pd.read_csv(path, keep_default_na=False, na_values=NULL_VALUES, low_memory=False)


def _digits(t, start, count):
    s = t[start : start + count]
    return int(s) if len(s) == count and s.isascii() and s.isdigit() else -1


def is_iso_timestamp(t):
    """src/core/contract/classify-cell.ts isIsoTimestamp, character by character."""
    if not isinstance(t, str):
        return False
    t = t.strip()
    n = len(t)
    if n < 10 or t[4] != "-" or t[7] != "-":
        return False
    y, m, d = _digits(t, 0, 4), _digits(t, 5, 2), _digits(t, 8, 2)
    if y < 0 or m < 1 or m > 12 or d < 1:
        return False
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    if d > (29 if m == 2 and leap else DAYS[m - 1]):
        return False
    if n == 10:
        return True
    if t[10] not in "T " or n < 16 or t[13] != ":":
        return False
    hh, mm = _digits(t, 11, 2), _digits(t, 14, 2)
    if hh < 0 or hh > 23 or mm < 0 or mm > 59:
        return False
    i = 16
    if n > 16 and t[16] == ":":
        ss = _digits(t, 17, 2)
        if ss < 0 or ss > 59:
            return False
        i = 19
        if n > 19 and t[19] == ".":
            j = 20
            while j < n and t[j].isdigit():
                j += 1
            if j - 20 < 1 or j - 20 > 9:
                return False
            i = j
    if i == n:
        return True
    if t[i] == "Z":
        return i + 1 == n
    if t[i] not in "+-":
        return False
    oh = _digits(t, i + 1, 2)
    colon = 1 if t[i + 3 : i + 4] == ":" else 0
    om = _digits(t, i + 3 + colon, 2)
    return 0 <= oh <= 23 and 0 <= om <= 59 and i + 5 + colon == n


def per_distinct_bad(col, judge):
    """Cells whose text fails `judge`, judged once per distinct value (as modelgate judges dictionary entries)."""
    present = col.dropna()
    bad = [u for u in present.unique() if not judge(u)]
    return present.isin(bad).to_numpy() if bad else np.zeros(len(present), dtype=bool), present


def numbers_of(col):
    """Each present cell's number (NaN when it is none), as cellNumberOrNaN."""
    if pd.api.types.is_bool_dtype(col):
        return pd.Series(np.full(len(col), np.nan), index=col.index)
    if pd.api.types.is_numeric_dtype(col):
        return col.astype("float64")
    return pd.to_numeric(col.astype(str).str.strip(), errors="coerce")


def contract(df):
    n = len(df)
    out = {"rows": n, "columns.extra": len([c for c in df.columns if c not in CONTRACT])}
    for name, rule in CONTRACT.items():
        if name not in df.columns:
            out[f"{name}.present"] = 1
            continue
        col = df[name]
        missing = col.isna().to_numpy()
        present = ~missing
        kind = rule["type"]
        v = numbers_of(col).to_numpy() if kind in ("int", "float") or "min" in rule or "max" in rule else None
        if kind in ("int", "float"):
            typed = np.isfinite(v) & (np.floor(v) == v) if kind == "int" else np.isfinite(v)
            bad_type = present & ~typed
        else:
            typed = present
            if kind == "bool" and not pd.api.types.is_bool_dtype(col):
                bad, _ = per_distinct_bad(col, lambda u: str(u).strip().lower() in BOOL_WORDS)
                bad_type = np.zeros(n, dtype=bool)
                bad_type[present] = bad
            elif kind == "timestamp":
                bad, _ = per_distinct_bad(col, is_iso_timestamp)
                bad_type = np.zeros(n, dtype=bool)
                bad_type[present] = bad
            else:
                bad_type = np.zeros(n, dtype=bool)
            typed = present & ~bad_type
        out[f"{name}.type"] = int(bad_type.sum())
        out[f"{name}.nulls"] = int(missing.sum())
        if v is not None and ("min" in rule or "max" in rule):
            ok = typed & ~np.isnan(v)
            if "min" in rule:
                out[f"{name}.min"] = int((ok & (v < rule["min"])).sum())
            if "max" in rule:
                out[f"{name}.max"] = int((ok & (v > rule["max"])).sum())
        if "allowed_values" in rule:
            text = col[typed]
            out[f"{name}.allowed-values"] = int((~text.astype(str).isin(rule["allowed_values"])).sum())
        if rule.get("unique"):
            out[f"{name}.unique"] = int(col[typed].duplicated().sum())
    return out


def chance_total_variation(a, b):
    """src/core/drift/chance-total-variation.ts: E[TVD] of these margins under the permutation null."""
    n1, n2 = a.sum(), b.sum()
    if n1 == 0 or n2 == 0:
        return 0.0
    total = 0.0
    for k in (a + b).astype(np.int64):
        if k <= 0:
            continue
        if k <= 64:
            lo, hi = max(0, k - n2), min(k, n1)
            w, tw, mean = 1.0, 0.0, 0.0
            for c in range(int(lo), int(hi) + 1):
                tw += w
                mean += w * abs(c / n1 - (k - c) / n2)
                w *= ((k - c) * (n1 - c)) / ((c + 1) * (n2 - k + c + 1))
            total += mean / tw
        else:
            n = n1 + n2
            var = (k * (n1 / n) * (n2 / n) * (n - k)) / (n - 1)
            total += math.sqrt((2 / math.pi) * var) * (n / (n1 * n2))
    return total / 2


def shares(counts):
    s = counts.sum()
    return np.where(counts > 0, counts / s, 1e-4)


def psi(ra, rb):
    ea, eb = shares(ra), shares(rb)
    return float(np.sum((eb - ea) * np.log(eb / ea)))


def as_text(col):
    """A column's present cells as the text modelgate compares (pandas turns true/false columns into bools)."""
    col = col.dropna()
    if pd.api.types.is_bool_dtype(col):
        return col.map({True: "true", False: "false"})
    return col.astype(str)


def is_numeric(col):
    return pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col) and col.nunique() > 20


def drift(cur, ref):
    tests = []  # (column, aspect, p, effect, min effect)
    rows = []
    for name in ref.columns:
        r, c = ref[name], cur[name]
        rm, cm = int(r.isna().sum()), int(c.isna().sum())
        if is_numeric(r) and pd.api.types.is_numeric_dtype(c):
            a = np.sort(r.dropna().to_numpy(dtype="float64"))
            b = np.sort(c.dropna().to_numpy(dtype="float64"))
            ks = stats.ks_2samp(a, b)
            w = stats.wasserstein_distance(a, b) / (a.std() or 1)
            edges = np.unique(np.quantile(a, np.arange(1, 10) / 10))
            ra = np.bincount(np.searchsorted(edges, a, side="right"), minlength=len(edges) + 1)
            rb = np.bincount(np.searchsorted(edges, b, side="right"), minlength=len(edges) + 1)
            tests.append((name, "distribution", ks.pvalue, ks.statistic, 0.05))
            rows.append((name, "ks", ks.statistic, ks.pvalue, w, psi(ra, rb)))
        else:
            ca = as_text(r).value_counts()
            cb = as_text(c).value_counts()
            both = pd.concat([ca.rename("r"), cb.rename("c")], axis=1).fillna(0)
            t = both.to_numpy(dtype="float64").T
            chi = stats.chi2_contingency(t)
            tvd = 0.5 * float(np.abs(t[0] / t[0].sum() - t[1] / t[1].sum()).sum())
            excess = max(0.0, tvd - chance_total_variation(t[0], t[1]))
            tests.append((name, "distribution", chi[1], excess, 0.05))
            rows.append((name, "chi-square", chi[0], chi[1], tvd, psi(t[0], t[1])))
        if rm + cm > 0:
            table = [[rm, len(r) - rm], [cm, len(c) - cm]]
            p = stats.chi2_contingency(table)[1]
            tests.append((name, "missing", p, abs(cm / len(c) - rm / len(r)), 0.02))
    p = np.array([t[2] for t in tests])
    order = np.argsort(p, kind="stable")
    m = len(p)
    adj_sorted = np.minimum.accumulate((p[order] * m / np.arange(1, m + 1))[::-1])[::-1]
    adj = np.empty(m)
    adj[order] = np.minimum(adj_sorted, 1)
    drifted = sorted({t[0] for t, a in zip(tests, adj) if a < 0.05 and t[3] >= t[4]})
    if VERBOSE:
        for row in rows:
            print("\t".join(str(x) for x in row), file=sys.stderr)
    return drifted


def main():
    args = [a for a in sys.argv[1:] if a != "--verbose"]
    mode = args[0]
    cur = read(args[1])
    if mode == "contract":
        c = contract(cur)
        rows = c.pop("rows")
        print(json.dumps({"rows": rows, "violations": c}))
    elif mode == "drift":
        ref = read(args[2])
        print(json.dumps({"rows": len(cur), "drifted": ",".join(drift(cur, ref))}))
    else:
        raise SystemExit(f"unknown mode {mode!r}: contract or drift")
    if VERBOSE:
        print(f"pandas {pd.__version__}, scipy {scipy.__version__}, numpy {np.__version__}", file=sys.stderr)


if __name__ == "__main__":
    main()
