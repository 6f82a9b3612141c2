export const id = 776;
export const ids = [776];
export const modules = {

/***/ 90794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ policySection)
/* harmony export */ });
/* unused harmony export POLICY_SECTION_KEYS */
/**
 * The top-level keys of each gate's section, at runtime. The compiler holds each list to its section type (a key
 * missing or extra is a type error); test/unit/architecture holds it to schemas/policy/<gate>.schema.json. While a
 * section is still typed as a record (train-on-runner, register-model) only the schema side binds its list.
 */
const POLICY_SECTION_KEYS = {
    'validate-data': {
        severity: true,
        max_examples: true,
        limits: true,
        drift: true,
        monitoring: true,
    },
    'train-on-runner': {
        require_gpus: true,
        timeout_minutes: true,
        telemetry_interval_seconds: true,
        required_metrics: true,
    },
    'evaluate-vs-champion': {
        task: true,
        metrics: true,
        rule_mode: true,
        evidence: true,
        confidence: true,
        resamples: true,
        seed: true,
        decision_threshold: true,
        sample: true,
        slices: true,
        max_latency_ms: true,
        monitoring: true,
        latency: true,
        max_model_bytes: true,
        max_peak_memory_mb: true,
        explainability: true,
        // Deprecated spellings, still accepted (with a warning) for one release.
        'rule-mode': true,
        'decision-threshold': true,
        'max-latency-ms': true,
    },
    'fairness-gate': {
        thresholds: true,
        method: true,
        min_group_size: true,
        use_interval: true,
        confidence: true,
        bootstrap_resamples: true,
        seed: true,
        too_few_groups: true,
        champion_tolerance: true,
        intersectional: true,
        reference_groups: true,
        fail_when: true,
    },
    'register-model': {
        registry: true,
        protected_aliases: true,
        allow_warn: true,
        promotion: true,
        scan: true,
        explanation: true,
    },
    'canary-deploy': {
        steps: true,
        interval: true,
        intervals_per_step: true,
        failure_limit: true,
        inconclusive_limit: true,
        no_traffic: true,
        no_traffic_max_intervals: true,
        bake: true,
        checks: true,
        min_requests: true,
        health_url: true,
        health_timeout: true,
        health_successes: true,
        health_interval: true,
        strategy: true,
        mirror: true,
        ab: true,
        shadow: true,
    },
};
/**
 * The section of one gate, `undefined` when the file has none (the resolver applies its defaults).
 * @example policySection({ 'fairness-gate': { min_group_size: 30 } }, 'fairness-gate') // => { min_group_size: 30 }
 * @example policySection({}, 'canary-deploy') // => undefined
 */
function policySection(document, gate) {
    return document[gate];
}


/***/ }),

/***/ 27269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ mergeProfileLists)
/* harmony export */ });
/* harmony import */ var _merge_profiles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84064);

/**
 * Merges the column profiles of several shards (mode: merge): profiles of the same column name merge with
 * mergeProfiles, in shard order; columns keep the order in which they first appear. A column that only some
 * shards have is the merge of those shards' profiles.
 * @throws never
 * @example
 * mergeProfileLists([[createColumnProfile('a')], [createColumnProfile('a'), createColumnProfile('b')]]).map((p) => p.name) // => ['a', 'b']
 */
function mergeProfileLists(lists) {
    const merged = new Map();
    for (const list of lists)
        for (const p of list) {
            const seen = merged.get(p.name);
            merged.set(p.name, seen === undefined ? p : (0,_merge_profiles_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeProfiles */ .N)(seen, p));
        }
    return [...merged.values()];
}


/***/ }),

/***/ 75772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ chiSquareSurvival)
/* harmony export */ });
/* harmony import */ var _regularized_gamma_q_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1519);

/**
 * Survival function of the chi-square distribution with `dof` degrees of freedom: P(X > x) = Q(dof/2, x/2)
 * (scipy.stats.chi2.sf). Returns 1 for x ≤ 0.
 * @see https://en.wikipedia.org/wiki/Chi-squared_distribution
 * @throws {RangeError} if dof ≤ 0
 * @example
 * chiSquareSurvival(3.841458820694124, 1) // => 0.05000000000000013 (scipy.stats.chi2.sf: 0.04999999999999989)
 */
function chiSquareSurvival(x, dof) {
    if (!(dof > 0))
        throw new RangeError(`chiSquareSurvival: dof must be > 0, got ${dof}`);
    if (!(x > 0))
        return 1;
    return (0,_regularized_gamma_q_js__WEBPACK_IMPORTED_MODULE_0__/* .regularizedGammaQ */ .j)(dof / 2, x / 2);
}


/***/ }),

/***/ 43489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ logGamma)
/* harmony export */ });
// Lanczos approximation, g = 7, n = 9 (the coefficients published by Numerical Recipes 3rd ed. / Boost).
const G = 7;
const COEFFICIENTS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046727;
/**
 * Natural logarithm of the gamma function, ln Γ(x), for x > 0 (Lanczos approximation, g = 7; relative error
 * about 1e-15 over the positive reals).
 * @see https://en.wikipedia.org/wiki/Lanczos_approximation
 * @throws {RangeError} if x is not a positive finite number
 * @example
 * logGamma(5) // => 3.178053830347944 (ln 24 = 3.1780538303479458)
 */
function logGamma(x) {
    if (!(x > 0) || !Number.isFinite(x))
        throw new RangeError(`logGamma: x must be a positive finite number, got ${x}`);
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let sum = COEFFICIENTS[0];
    for (let i = 1; i < G + 2; i++)
        sum += COEFFICIENTS[i] / (z + i);
    const t = z + G + 0.5;
    return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}


/***/ }),

/***/ 22067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ statsMessages)
/* harmony export */ });
// Recurring messages of the statistics in src/core/stats; tests compare against these functions.
const statsMessages = {
    emptySample: (fn, what) => `${fn}: ${what} must not be empty`,
    notFinite: (fn, what) => `${fn}: ${what} must contain only finite numbers`,
    probabilityOutOfRange: (fn, p) => `${fn}: p must be in [0, 1], got ${p}`,
    tableShape: (fn) => `${fn}: the contingency table must have at least one row and all rows the same length`,
    negativeCount: (fn) => `${fn}: counts must be finite and >= 0`,
    zeroExpected: (fn) => `${fn}: an expected frequency is zero (a row or column of the table sums to 0); drop empty categories first`,
    lengthMismatch: (fn, a, b) => `${fn}: lengths differ (${a} vs ${b})`,
    nonPositiveShare: (fn, index) => `${fn}: share ${index} is <= 0; smooth empty bins first`,
    deLongTooFew: (positives, negatives) => `DeLong's variance is undefined with ${positives} positive${positives === 1 ? '' : 's'} and ${negatives} negative${negatives === 1 ? '' : 's'}: the covariance of the placement values divides by (count − 1), so it needs at least 2 of each class`,
    deLongZeroVariance: (aucA, aucB) => `DeLong's variance of the AUC difference is 0 while the AUCs differ (${aucA} vs ${aucB}): every placement value differs by the same amount, so no z or p-value exists`,
};


/***/ }),

/***/ 28170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ quantileSorted)
/* harmony export */ });
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22067);

/**
 * Quantile `p` of an ascending-sorted sample with linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of numpy.quantile and R): h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
 * The caller guarantees the order (the name says so); unsorted input gives a meaningless value.
 * @see https://en.wikipedia.org/wiki/Quantile#Estimating_quantiles_from_a_sample
 * @throws {RangeError} if `sorted` is empty or `p` is outside [0, 1]
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5) // => 2.5
 */
function quantileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        throw new RangeError(_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .statsMessages */ .Q.emptySample('quantileSorted', 'sorted'));
    if (!(p >= 0 && p <= 1))
        throw new RangeError(_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .statsMessages */ .Q.probabilityOutOfRange('quantileSorted', p));
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const a = sorted[lo];
    if (lo + 1 >= n)
        return a;
    const b = sorted[lo + 1];
    return a + (h - lo) * (b - a);
}


/***/ }),

/***/ 1519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ regularizedGammaQ)
/* harmony export */ });
/* harmony import */ var _log_gamma_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43489);

const EPSILON = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 10_000;
/**
 * Regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and x ≥ 0: the series of
 * P(a, x) when x < a + 1, else the Lentz continued fraction of Q (Numerical Recipes §6.2). Relative accuracy
 * about 1e-14; enough for p-values compared at 1e-6 absolute.
 * @see https://en.wikipedia.org/wiki/Incomplete_gamma_function#Regularized_gamma_functions_and_Poisson_random_variables
 * @throws {RangeError} if a ≤ 0 or x < 0
 * @example
 * regularizedGammaQ(1, 2) // => 0.1353352832366128 (e^-2 = 0.1353352832366127)
 */
function regularizedGammaQ(a, x) {
    if (!(a > 0) || !(x >= 0))
        throw new RangeError(`regularizedGammaQ: needs a > 0 and x >= 0, got a=${a}, x=${x}`);
    if (x === 0)
        return 1;
    if (x === Infinity)
        return 0;
    const logPrefix = -x + a * Math.log(x) - (0,_log_gamma_js__WEBPACK_IMPORTED_MODULE_0__/* .logGamma */ .S)(a);
    if (x < a + 1) {
        let term = 1 / a;
        let sum = term;
        for (let n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON)
                break;
        }
        return Math.max(0, 1 - sum * Math.exp(logPrefix));
    }
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITERATIONS; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            break;
    }
    return Math.min(1, Math.exp(logPrefix) * h);
}


/***/ }),

/***/ 15588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ validateMessages)
/* harmony export */ });
// Recurring messages of the validate-data gate (src/core/validate, src/validate-data); tests compare against these.
const validateMessages = {
    passedTitle: (checks) => `Data passed ${checks} check(s)`,
    failedTitle: (failed, checks) => `${failed} of ${checks} data check(s) failed`,
    shardsWithoutContract: (sources) => `${sources.length} shard profile(s) were written without the contract (${sources.slice(0, 5).join(', ')}${sources.length > 5 ? ', …' : ''}), so merge cannot check it: run mode profile with the same contract on every shard`,
    shardRows: (rows, min) => `${rows} row(s) in this shard; the contract's minimum of ${min} is judged over all shards when they are merged`,
    shardMostly: (message) => `${message} in this shard; mostly is judged over all shards when they are merged`,
    inferredTitle: (source) => `Inferred a data contract from ${source}`,
    inferred: (columns, source, output) => `inferred a contract of ${columns} column(s) from ${source} into ${output}`,
    inferredHeader: (source) => `# Inferred by modelgate validate-data from ${source}; review before committing.\n`,
    merged: (shards, rows) => `merged ${shards} profile(s): ${rows} rows`,
    profiled: (columns, source, output) => `profiled ${columns} column(s) of ${source} into ${output}`,
    nothingChecked: () => 'nothing was checked: give a `contract`, a `reference`, or both',
};


/***/ }),

/***/ 84924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zz: () => (/* binding */ isProfilePath),
  FX: () => (/* binding */ mergeProfileFiles),
  L0: () => (/* binding */ parseProfileFile),
  aZ: () => (/* binding */ profileColumnsToJson),
  CI: () => (/* binding */ readProfileFile),
  z_: () => (/* binding */ writeProfileFile)
});

// UNUSED EXPORTS: PROFILE_UNIQUE_CAP

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/io/paths/index.ts + 3 modules
var paths = __webpack_require__(67347);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/error-message.ts
var error_message = __webpack_require__(90007);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/contract/hash64-set.ts
var hash64_set = __webpack_require__(21055);
// EXTERNAL MODULE: ./src/core/contract/messages.ts
var messages = __webpack_require__(95696);
;// CONCATENATED MODULE: ./src/core/contract/unique-across-shards.ts


/**
 * Re-judges the combined `contract.<column>.unique` checks of mode: merge across the shards: a value in two shards
 * is a duplicate as surely as one repeated within a shard. The shards' hash sets are unioned (64-bit hashes, so a
 * false duplicate has probability about n²/2⁶⁵ — 3·10⁻⁶ at ten million values, as in one pass). A shard without the
 * column's hashes (a profile from an older modelgate, or more distinct values than a profile carries) makes the
 * check an `error` that says uniqueness could not be checked: never a pass.
 * @throws never
 * @example
 * checkUniqueAcrossShards([], []) // => []
 */
function checkUniqueAcrossShards(checks, shards) {
    return checks.map((check) => {
        if (!check.id.startsWith('contract.') || !check.id.endsWith('.unique') || check.status === 'error')
            return check;
        return acrossShards(check, check.id.slice('contract.'.length, -'.unique'.length), shards);
    });
}
function acrossShards(check, column, shards) {
    const union = new hash64_set/* Hash64Set */.H();
    let across = 0;
    for (const [index, shard] of shards.entries()) {
        const hashes = shard.uniqueHashes?.get(column);
        if (hashes === undefined || hashes === null) {
            return {
                id: check.id,
                status: 'error',
                observed: null,
                threshold: { max: 0, rule: 'unique' },
                message: messages/* contractMessages */.x.uniqueAcrossShardsUnknown(column, shards.length, index + 1, shard.source, hashes),
            };
        }
        for (let i = 0; i < hashes.length; i += 2)
            if (!union.add(hashes[i], hashes[i + 1]))
                across++;
    }
    const within = typeof check.details?.count === 'number' ? check.details.count : 0;
    const count = within + across;
    if (count === 0)
        return {
            ...check,
            status: 'pass',
            observed: 0,
            message: messages/* contractMessages */.x.uniqueAcrossShards(column, shards.length),
        };
    const warning = check.details?.severity === 'warning';
    const message = messages/* contractMessages */.x.duplicatesAcrossShards(column, count, across, shards.length);
    return {
        ...check,
        status: warning ? 'warn' : 'fail',
        observed: count,
        message: warning ? messages/* contractMessages */.x.asWarning(message) : message,
        details: { ...check.details, count, acrossShards: across, shards: shards.length },
    };
}

// EXTERNAL MODULE: ./src/io/schema-validator.ts
var schema_validator = __webpack_require__(70114);
// EXTERNAL MODULE: ./src/core/gate/status.ts
var gate_status = __webpack_require__(5013);
// EXTERNAL MODULE: ./src/core/contract/row-rule-check.ts
var row_rule_check = __webpack_require__(6280);
;// CONCATENATED MODULE: ./src/core/contract/combine-shard-checks.ts


/**
 * Combines the contract checks of several shards (mode: merge) into the checks one pass over all rows gives:
 * counts add (`contract.rows` observed, every rule's `details.count`), null fractions are recomputed from the
 * summed counts and rows, row bounds are re-applied, example locations are kept up to `maxExamples`.
 * Checks that are not count-based keep the worst status.
 * @throws never
 * @example
 * combineShardChecks([[], []]) // => []
 */
function combineShardChecks(shards, maxExamples = 5) {
    const order = [];
    const byId = new Map();
    for (const shard of shards) {
        for (const check of shard) {
            if (!byId.has(check.id)) {
                byId.set(check.id, []);
                order.push(check.id);
            }
            byId.get(check.id)?.push(check);
        }
    }
    const totalRows = (byId.get('contract.rows') ?? []).reduce((sum, c) => sum + (typeof c.observed === 'number' ? c.observed : 0), 0);
    return order.map((id) => combineGroup(id, byId.get(id), totalRows, maxExamples));
}
/** One check combined over the shards that reported it. */
function combineGroup(id, group, totalRows, maxExamples) {
    const first = group[0];
    if (id === 'contract.rows')
        return combineRows(first, group.length, totalRows);
    const count = group.map(shardCount).reduce((a, b) => a + b, 0);
    if (id.endsWith('.nulls'))
        return combineNulls(id, group, count, totalRows);
    if (typeof first.details?.mostly === 'number')
        return combineMostly(id, group, totalRows, maxExamples);
    const status = group.map((c) => c.status).reduce(gate_status/* worst */.QZ);
    if (typeof first.observed === 'number' && first.threshold?.max === 0) {
        const locations = group.flatMap((c) => c.locations ?? []).slice(0, maxExamples);
        const failing = group.find((c) => c.status !== 'pass');
        return {
            ...(failing ?? first),
            status: count > 0 ? (failing?.status ?? 'fail') : status,
            observed: count,
            ...(count > 0
                ? { locations, details: { count, fraction: totalRows > 0 ? count / totalRows : 0, shards: group.length } }
                : {}),
        };
    }
    return { ...first, status };
}
/** `contract.rows` over all shards: the summed rows against the contract's bounds (none at all is an error). */
function combineRows(first, shards, totalRows) {
    const t = first.threshold ?? {};
    const bad = totalRows === 0 || (t.min !== undefined && totalRows < t.min) || (t.max !== undefined && totalRows > t.max);
    return {
        ...first,
        status: totalRows === 0 ? 'error' : bad ? 'fail' : 'pass',
        observed: totalRows,
        message: `${totalRows} row(s) over ${shards} shard(s); the contract allows ${t.min ?? 0} … ${t.max ?? '∞'}`,
    };
}
/** A shard's count of offending rows: `details.count`, else the observed number of a check that did not pass. */
function shardCount(c) {
    if (typeof c.details?.count === 'number')
        return c.details.count;
    return typeof c.observed === 'number' && c.status !== 'pass' ? c.observed : 0;
}
/** A `.nulls` check over all shards: the fraction recomputed from the summed missing values and rows. */
function combineNulls(id, group, count, totalRows) {
    const first = group[0];
    const fraction = totalRows > 0 ? count / totalRows : 0;
    const max = first.threshold?.max ?? 0;
    const failing = group.find((c) => c.status !== 'pass');
    return {
        ...first,
        status: fraction > max ? (failing?.status ?? (0,row_rule_check/* brokenStatus */.K)(severityOf(first))) : 'pass',
        observed: fraction,
        message: `${id.slice('contract.'.length, -'.nulls'.length)}: ${count} missing value(s) over ${group.length} shard(s) (fraction ${fraction.toPrecision(3)}, max ${max})`,
        details: { count, fraction, ...(severityOf(first) === 'warning' ? { severity: 'warning' } : {}) },
    };
}
/** The severity a shard's check carries in `details.severity` (error when absent). */
function severityOf(c) {
    return c.details?.severity === 'warning' ? 'warning' : 'error';
}
/**
 * A row-level rule with `mostly` over all shards: the violating and the considered (non-null) cells summed, then
 * judged by the same {@link mostlyCheck} one scan uses.
 */
function combineMostly(id, group, totalRows, maxExamples) {
    const first = group[0];
    const sum = (key) => group.reduce((total, c) => total + (typeof c.details?.[key] === 'number' ? c.details[key] : 0), 0);
    const details = first.details ?? {};
    return (0,row_rule_check/* mostlyCheck */.l)({
        id,
        column: typeof details.column === 'string' ? details.column : id,
        rule: typeof details.rule === 'string' ? details.rule : (first.threshold?.rule ?? ''),
        count: sum('count'),
        considered: sum('considered'),
        rows: totalRows,
        mostly: details.mostly,
        severity: severityOf(first),
        examples: group.flatMap((c) => c.examples ?? []).slice(0, maxExamples),
        locations: group.flatMap((c) => c.locations ?? []).slice(0, maxExamples),
    });
}

// EXTERNAL MODULE: ./src/core/profile/column-profile.ts + 2 modules
var column_profile = __webpack_require__(57960);
// EXTERNAL MODULE: ./src/core/validate/messages.ts
var validate_messages = __webpack_require__(15588);
// EXTERNAL MODULE: ./src/core/profile/merge-profile-lists.ts
var merge_profile_lists = __webpack_require__(27269);
;// CONCATENATED MODULE: ./src/io/profile-file.ts











/**
 * Distinct-value hashes a profile carries per `unique` column (8 bytes each, ~11 bytes in base64: 22 MB at the
 * cap). A shard with more writes `overflow`, and merge reports that uniqueness could not be checked.
 */
const PROFILE_UNIQUE_CAP = 2_000_000;
/** (high, low) pairs as base64 of big-endian 32-bit words. */
function encodeHashes(pairs) {
    const bytes = Buffer.alloc(pairs.length * 4);
    for (let i = 0; i < pairs.length; i++)
        bytes.writeUInt32BE(pairs[i], i * 4);
    return bytes.toString('base64');
}
function decodeHashes(text) {
    const bytes = Buffer.from(text, 'base64');
    const out = new Uint32Array(Math.floor(bytes.length / 8) * 2);
    for (let i = 0; i < out.length; i++)
        out[i] = bytes.readUInt32BE(i * 4);
    return out;
}
function writtenHashes(hashes) {
    const out = {};
    for (const [column, pairs] of hashes)
        out[column] =
            pairs === null || pairs.length / 2 > PROFILE_UNIQUE_CAP
                ? { overflow: true }
                : { count: pairs.length / 2, hashes: encodeHashes(pairs) };
    return out;
}
const isProfilePath = (path) => /\.profile\.json$/i.test(path);
/** Writes what `mode: profile` saw of `source` (its profiles and contract checks) for a later `mode: merge`. */
function writeProfileFile(path, source, side) {
    const profile = {
        kind: 'modelgate-profile',
        schemaVersion: 1,
        source,
        columns: side.profiles,
        ...(side.contractChecks ? { contractChecks: side.contractChecks } : {}),
        ...(side.uniqueHashes ? { uniqueHashes: writtenHashes(side.uniqueHashes) } : {}),
    };
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,paths/* writeTextFile */.Tl)(path, JSON.stringify({ ...profile, columns: profileColumnsToJson(profile.columns) }), 'output');
}
/** Column profiles as plain JSON values (Maps as objects, typed arrays as arrays), as profile files hold them. */
function profileColumnsToJson(columns) {
    return columns.map((c) => ({
        ...c,
        values: ((values) => (values === null ? null : Array.from(values)))((0,column_profile/* exactValues */.IY)(c)),
        categories: Object.fromEntries(c.categories),
        sampled: c.sampled === null ? null : Object.fromEntries(c.sampled),
    }));
}
function readProfileFile(path) {
    let value;
    try {
        value = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigurationError */.j1(`cannot read profile file: ${code ?? (0,error_message/* errorMessage */.g)(error)}`, { file: path }, (w) => `give the .profile.json files written by \`${w.setting('mode', 'profile')}\` (download the shard artifacts first)`);
    }
    return parseProfileFile(value, path);
}
/**
 * A profile file's parsed JSON checked (schemas/profile.schema.json, counts that agree) and decoded; `file` is
 * where it came from, for the messages (a path, or a model card's `reference`).
 * @throws ConfigurationError when it is not a profile file; DataError when it is malformed
 */
function parseProfileFile(value, path) {
    const p = (typeof value === 'object' && value !== null ? value : {});
    if (p.kind !== 'modelgate-profile' || p.schemaVersion !== 1 || !Array.isArray(p.columns)) {
        throw new errors/* ConfigurationError */.j1('not a modelgate profile file (kind "modelgate-profile", schemaVersion 1)', { file: path }, (w) => `give the .profile.json files written by \`${w.setting('mode', 'profile')}\``);
    }
    const problem = profileProblem(value);
    if (problem !== undefined)
        throw new errors/* DataError */.fL(`profile file is malformed: ${problem.path} ${problem.message}`, { file: path, path: problem.path }, (w) => `give the .profile.json files \`${w.setting('mode', 'profile')}\` wrote, unmodified (profile the shard again if it was edited or truncated)`);
    const columns = p.columns.map((c) => ({
        ...c,
        categories: new Map(Object.entries(c.categories ?? {})),
        categoriesFrozen: c.categoriesFrozen ?? false,
        hashed: c.hashed ?? null,
        sampled: c.sampled === undefined || c.sampled === null ? null : new Map(Object.entries(c.sampled)),
        sampleLevel: c.sampleLevel ?? 0,
    }));
    const written = value.uniqueHashes;
    const uniqueHashes = written === undefined
        ? undefined
        : new Map(Object.entries(written).map(([k, w]) => [k, 'overflow' in w ? null : decodeHashes(w.hashes)]));
    return { ...p, columns, ...(uniqueHashes === undefined ? {} : { uniqueHashes }) };
}
/** The first thing wrong with a parsed profile file: a schema problem, or counts that contradict each other. */
function profileProblem(file) {
    const first = (0,schema_validator/* schemaProblems */.Ic)('profile', file)[0];
    if (first !== undefined) {
        const offending = first.path.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), file);
        const shown = offending === undefined || typeof offending === 'object' ? '' : ` (value: ${JSON.stringify(offending)})`;
        return { path: (0,schema_validator/* formatPath */.jV)(first.path), message: `${first.message}${shown}` };
    }
    for (const [i, c] of file.columns.entries()) {
        if (c.missing > c.rows)
            return { path: `columns[${i}].missing`, message: `${c.missing} is more than rows ${c.rows}` };
        if (c.numbers > c.rows - c.missing)
            return {
                path: `columns[${i}].numbers`,
                message: `${c.numbers} is more than the ${c.rows - c.missing} present cells`,
            };
    }
    return undefined;
}
/**
 * The shards of `mode: merge` as one DataSide: profiles merged per column, contract checks combined as one pass,
 * `unique` checked across the shards (checkUniqueAcrossShards: a value in two shards is a duplicate).
 */
function mergeProfileFiles(shards, contractGiven = false) {
    const unchecked = shards.filter((s) => s.contractChecks === undefined).map((s) => s.source);
    const combined = shards.some((s) => s.contractChecks)
        ? checkUniqueAcrossShards(combineShardChecks(shards.map((s) => s.contractChecks ?? [])), shards.map((s) => ({ source: s.source, uniqueHashes: s.uniqueHashes })))
        : undefined;
    // A contract at merge cannot be checked on shards profiled without it (their rows are gone): an error, never a
    // pass with nothing checked.
    const missing = (contractGiven || combined !== undefined) && unchecked.length > 0
        ? [
            {
                id: 'contract.shards',
                status: 'error',
                observed: unchecked.length,
                message: validate_messages/* validateMessages */.Z.shardsWithoutContract(unchecked),
            },
        ]
        : [];
    return {
        profiles: (0,merge_profile_lists/* mergeProfileLists */.P)(shards.map((s) => s.columns)),
        contractChecks: combined === undefined && missing.length === 0 ? undefined : [...missing, ...(combined ?? [])],
    };
}


/***/ }),

/***/ 37115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ createRegistry)
/* harmony export */ });
/* harmony import */ var _open_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28623);

/**
 * Opens the registry named by a URL:
 * - `file:./path` or `file:/abs/path` — a directory (the CLI/demo default `file:.modelgate/registry`);
 * - `oci://host[:port]/namespace` — any OCI distribution registry (https; plain http only for 127.0.0.1/localhost);
 *   in Actions the default is `oci://ghcr.io/<owner>` with the workflow token;
 * - `mlflow+https://host[/prefix]` or `mlflow+http://127.0.0.1:port` — an MLflow tracking server's Model Registry.
 * The token (if any) is masked with `options.logger.setSecret` before anything is logged.
 * @throws ConfigurationError for an unknown scheme, a malformed URL, or plain http to a host other than 127.0.0.1/localhost.
 * @example createRegistry('file:.modelgate/registry', { logger })
 */
function createRegistry(url, options) {
    // A promise (a bad URL rejects rather than throws) so that a backend may connect before it answers.
    return Promise.resolve().then(() => (0,_open_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .openRegistry */ .M)(url, options));
}


/***/ }),

/***/ 4776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/io/hash-file.ts
var hash_file = __webpack_require__(12145);
// EXTERNAL MODULE: ./src/core/policy/policy-document.ts
var policy_document = __webpack_require__(90794);
// EXTERNAL MODULE: ./src/core/profile/column-profile.ts + 2 modules
var column_profile = __webpack_require__(57960);
// EXTERNAL MODULE: ./src/core/report/format-number.ts
var format_number = __webpack_require__(75597);
;// CONCATENATED MODULE: ./src/core/drift/messages.ts


// Recurring messages of src/core/drift; tests compare against these functions.
const driftMessages = {
    lengthMismatch: (fn, a, b) => `${fn}: the two distributions have different lengths (${a} vs ${b})`,
    nonPositiveShare: (fn, index) => `${fn}: share ${index} is <= 0; smooth empty bins first (see binShares)`,
    emptySample: (fn, what) => `${fn}: ${what} must not be empty`,
    zeroMass: (fn, what) => `${fn}: ${what} sums to 0`,
    // Why a column's two profiles cannot be compared (measureColumnDrift's `not-comparable` reasons).
    noValues: (column, side) => `column "${column}" has no values in the ${side} data`,
    noNumericValues: (column) => `column "${column}" has no numeric values`,
    tooManyCategories: (column, cap, side) => `column "${column}" has more than ${cap} distinct numbers in the ${side} data, too many to compare as categories; give it type int or float in the contract, or ignore it in drift`,
    // The `error` checks of columns that were not measured (measureDatasetDrift).
    notComparable: (column, reason) => `column "${column}" cannot be compared: ${reason}`,
    missingInCurrent: (column) => `column "${column}" is in the reference but not in the current data`,
    // The rule each drift check states (decideDrift).
    pValueRule: (method, adjusted, p, alpha, effect, chance, minEffect, drifted) => {
        const excess = Math.max(0, effect - (chance ?? 0));
        const shown = chance === undefined
            ? (0,format_number/* formatNumber */.Z)(effect)
            : `${(0,format_number/* formatNumber */.Z)(effect)} − ${(0,format_number/* formatNumber */.Z)(chance)} by chance = ${(0,format_number/* formatNumber */.Z)(excess)}`;
        return `${method} p${adjusted ? ' (BH-adjusted)' : ''} ${(0,format_number/* formatNumber */.Z)(p)} ${p < alpha ? '<' : '≥'} ${(0,format_number/* formatNumber */.Z)(alpha)}, effect size ${shown} ${excess >= minEffect ? '≥' : '<'} ${(0,format_number/* formatNumber */.Z)(minEffect)}${drifted ? '' : p < alpha ? ' (significant but below the minimum effect)' : ''}`;
    },
    distanceRule: (method, value, threshold, warnAt, drifted, warned) => drifted || warnAt === undefined
        ? `${method} ${(0,format_number/* formatNumber */.Z)(value)} ${drifted ? '≥' : '<'} ${(0,format_number/* formatNumber */.Z)(threshold)}`
        : `${method} ${(0,format_number/* formatNumber */.Z)(value)} ${warned ? '≥' : '<'} ${(0,format_number/* formatNumber */.Z)(warnAt)} (warn) and < ${(0,format_number/* formatNumber */.Z)(threshold)} (fail)`,
    missingShare: (reference, current, p, drifted) => `; missing ${(0,format_number/* formatNumber */.Z)(reference * 100)}% → ${(0,format_number/* formatNumber */.Z)(current * 100)}%${p === undefined ? '' : ` (p ${(0,format_number/* formatNumber */.Z)(p)}${drifted ? ', drifted' : ''})`}`,
    hashedComparison: (unseen, sampled) => sampled === undefined
        ? `; more than ${column_profile/* CATEGORY_CAP */.cc} categories: compared on ${column_profile/* HASH_BUCKETS */.ft} hash buckets of every value (collisions can only hide a change); about ${(0,format_number/* formatNumber */.Z)(unseen * 100)}% of current values are in categories the reference's first ${column_profile/* CATEGORY_CAP */.cc} lack`
        : `; more than ${column_profile/* CATEGORY_CAP */.cc} categories: compared on a hash sample of ${sampled} values one by one and ${column_profile/* HASH_BUCKETS */.ft} hash buckets of the rest (collisions can only hide a change); about ${(0,format_number/* formatNumber */.Z)(unseen * 100)}% of current values (estimated on the sample) are in categories the reference lacks`,
    constantReference: () => '; the reference is constant: compared by the share of current values below, at and above it',
    largeSampleSizeDeprecated: () => 'policy validate-data.drift.large_sample_size is deprecated and ignored: drift is decided the same way at every sample size (significance after Benjamini–Hochberg and a minimum effect, drift.min_effect); remove the key',
};

// EXTERNAL MODULE: ./src/core/data/limits.ts
var limits = __webpack_require__(75710);
;// CONCATENATED MODULE: ./src/core/drift/resolve-validate-data-policy.ts


const DEFAULT_VALIDATE_DATA_POLICY = {
    severity: 'fail',
    maxExamples: 5,
    drift: {
        enabled: true,
        method: undefined,
        fdr: true,
        alpha: 0.05,
        thresholds: { wasserstein: 0.1, jensenShannon: 0.1, psi: 0.2 },
        warnThresholds: {},
        minEffect: { numeric: 0.05, categorical: 0.05, missing: 0.02 },
        psiBins: 10,
        datasetShare: 0.5,
        columns: {},
    },
    limits: { maxFieldBytes: limits/* DEFAULT_MAX_FIELD_BYTES */.K },
    deprecations: [],
};
/**
 * The effective policy: defaults ⊕ the policy file's section (already schema-validated) ⊕ overrides from inputs.
 * Pure merge, later wins.
 * @throws never
 * @example
 * resolveValidateDataPolicy({ drift: { alpha: 0.01 } }).drift.alpha // => 0.01
 */
function resolveValidateDataPolicy(section, overrides = {}) {
    const d = DEFAULT_VALIDATE_DATA_POLICY;
    const s = section ?? {};
    const drift = s.drift ?? {};
    return {
        severity: overrides.severity ?? s.severity ?? d.severity,
        maxExamples: s.max_examples ?? d.maxExamples,
        drift: resolveDrift(drift),
        limits: { maxFieldBytes: s.limits?.max_field_bytes ?? d.limits.maxFieldBytes },
        deprecations: drift.large_sample_size === undefined ? [] : [driftMessages.largeSampleSizeDeprecated()],
    };
}
/** The drift part: the section's keys over the defaults. */
function resolveDrift(drift) {
    const d = DEFAULT_VALIDATE_DATA_POLICY.drift;
    return {
        enabled: drift.enabled ?? d.enabled,
        method: drift.method ?? d.method,
        fdr: drift.fdr ?? d.fdr,
        alpha: drift.alpha ?? d.alpha,
        thresholds: resolveThresholds(drift.thresholds ?? {}),
        warnThresholds: resolveWarnThresholds(drift.warn_thresholds ?? {}),
        minEffect: resolveMinEffect(drift.min_effect ?? {}),
        psiBins: drift.psi_bins ?? d.psiBins,
        datasetShare: drift.dataset_share ?? d.datasetShare,
        columns: drift.columns ?? {},
    };
}
/** The distance thresholds: each written one over its default. */
function resolveThresholds(t) {
    const d = DEFAULT_VALIDATE_DATA_POLICY.drift.thresholds;
    return {
        wasserstein: t.wasserstein ?? d.wasserstein,
        jensenShannon: t.jensen_shannon ?? d.jensenShannon,
        psi: t.psi ?? d.psi,
    };
}
/** The warn bands: only those written (no default band). */
function resolveWarnThresholds(w) {
    return {
        ...(w.wasserstein === undefined ? {} : { wasserstein: w.wasserstein }),
        ...(w.jensen_shannon === undefined ? {} : { jensenShannon: w.jensen_shannon }),
        ...(w.psi === undefined ? {} : { psi: w.psi }),
    };
}
/** The minimum effects: each written one over its default. */
function resolveMinEffect(m) {
    const d = DEFAULT_VALIDATE_DATA_POLICY.drift.minEffect;
    return {
        numeric: m.numeric ?? d.numeric,
        categorical: m.categorical ?? d.categorical,
        missing: m.missing ?? d.missing,
    };
}

;// CONCATENATED MODULE: ./src/core/monitor/reference-for-current.ts
/**
 * The reference columns drift compares with `currentColumns`: every reference column, except prediction columns
 * (scores, predicted labels) the current data does not have — production inputs are often monitored before they
 * are scored, so an absent score column is not missing data. An absent input column stays, and drift reports it.
 * @throws never
 * @example
 * referenceForCurrent([{ name: 'age' }, { name: 'score' }], ['age'], ['score']).map((p) => p.name) // => ['age']
 */
function referenceForCurrent(reference, currentColumns, predictionColumns) {
    const current = new Set(currentColumns);
    const predictions = new Set(predictionColumns);
    return reference.filter((p) => current.has(p.name) || !predictions.has(p.name));
}

// EXTERNAL MODULE: ./src/core/profile/quantile-sketch.ts
var quantile_sketch = __webpack_require__(92533);
// EXTERNAL MODULE: ./src/core/stats/is-sorted-ascending.ts
var is_sorted_ascending = __webpack_require__(98626);
// EXTERNAL MODULE: ./src/core/contract/messages.ts
var messages = __webpack_require__(95696);
// EXTERNAL MODULE: ./src/core/contract/row-rule-check.ts
var row_rule_check = __webpack_require__(6280);
// EXTERNAL MODULE: ./src/core/contract/rule-options.ts
var rule_options = __webpack_require__(52073);
;// CONCATENATED MODULE: ./src/core/contract/aggregate-checks.ts






/** Whether `value` lies within `bounds` (inclusive, or exclusive where strict_min/strict_max say so). */
function withinBounds(value, b) {
    if (b.min !== undefined && (value < b.min || (value === b.min && b.strict_min === true)))
        return false;
    if (b.max !== undefined && (value > b.max || (value === b.max && b.strict_max === true)))
        return false;
    return true;
}
/** The bounds in the contract's words: `min: 1, max: 2 (strict_max)`. */
function boundsText(b) {
    const parts = [];
    if (b.min !== undefined)
        parts.push(`min: ${b.min}${b.strict_min === true ? ' (strict_min)' : ''}`);
    if (b.max !== undefined)
        parts.push(`max: ${b.max}${b.strict_max === true ? ' (strict_max)' : ''}`);
    return parts.join(', ');
}
/** Round half to even, as numpy's `around` (which its `nearest` quantile method uses). */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/**
 * Quantile `q` of a column's numbers as pandas' `Series.quantile(q, interpolation="nearest")` gives it (Great
 * Expectations' pandas quantile metric): the order statistic at rank round(q·(n − 1)), ties to even. Exact from the
 * profile's values; from its sketch past the exact limit, with the sketch's rank error bound ε (the estimate is an
 * exact quantile of some q′ with |q′ − q| ≤ ε).
 * @throws never
 * @example
 * profileQuantile({ numbers: 4, values: [1, 2, 3, 4], sketch: null }, 0.5) // => { value: 3, epsilon: 0 }
 */
function profileQuantile(p, q) {
    const exact = (0,column_profile/* exactValues */.IY)(p);
    if (exact !== null) {
        const values = (0,is_sorted_ascending/* isSortedAscending */.M)(exact) ? exact : new Float64Array(exact).sort();
        if (values.length === 0)
            return undefined;
        return { value: values[roundHalfEven(q * (values.length - 1))], epsilon: 0 };
    }
    if (p.sketch === null || p.sketch.n === 0)
        return undefined;
    const { values, weights } = (0,quantile_sketch/* sketchWeightedSorted */.HZ)(p.sketch);
    const rank = roundHalfEven(q * (p.sketch.n - 1));
    let cumulative = 0;
    for (let i = 0; i < values.length; i++) {
        cumulative += weights[i];
        if (cumulative > rank)
            return { value: values[i], epsilon: (0,quantile_sketch/* sketchRankErrorBound */.BC)(p.sketch) };
    }
    return { value: values[values.length - 1], epsilon: (0,quantile_sketch/* sketchRankErrorBound */.BC)(p.sketch) };
}
/** One aggregate check: `value` against `bounds`, or an error when it could not be computed. */
function aggregateCheck(id, column, what, rule, key, bounds, measured, unmeasurable) {
    const threshold = {
        ...(bounds.min === undefined ? {} : { min: bounds.min }),
        ...(bounds.max === undefined ? {} : { max: bounds.max }),
        rule: `${what}: ${boundsText(bounds)}`,
    };
    if (measured === undefined || !Number.isFinite(measured.value))
        return { id, status: 'error', observed: null, measure: what, threshold, message: unmeasurable };
    const ok = withinBounds(measured.value, bounds);
    const severity = (0,rule_options/* ruleSeverity */.u)(rule, key);
    const approximate = measured.epsilon > 0 ? messages/* contractMessages */.x.sketchQuantile(measured.epsilon) : undefined;
    const message = messages/* contractMessages */.x.aggregate(column, what, measured.value, boundsText(bounds), ok, approximate);
    return {
        id,
        status: ok ? 'pass' : (0,row_rule_check/* brokenStatus */.K)(severity),
        observed: measured.value,
        measure: what,
        threshold,
        message: !ok && severity === 'warning' ? messages/* contractMessages */.x.asWarning(message) : message,
        ...(measured.epsilon > 0 || severity === 'warning'
            ? {
                details: {
                    ...(measured.epsilon > 0 ? { approximate: true, rankErrorBound: measured.epsilon } : {}),
                    ...(severity === 'warning' ? { severity } : {}),
                },
            }
            : {}),
    };
}
/**
 * The contract's aggregate expectations judged on the column profiles of the whole dataset (after any merge):
 * `contract.<column>.mean`, `.stdev` (sample, n − 1) and `.quantile-<q>`, nulls and non-numeric cells ignored.
 * Mean and standard deviation are exact (Welford, merged with Chan et al.); a quantile is exact while the profile
 * keeps every value (≤ EXACT_VALUES_LIMIT) and says its rank error bound when it comes from the sketch. A column
 * without enough numbers (none for a mean or quantile, fewer than two for a standard deviation) gives an `error`.
 * Columns absent from the data are skipped (their `.present` check reports them).
 * @throws never
 * @example
 * contractAggregateChecks({ columns: { a: { type: 'int' } } }, []) // => []
 */
function contractAggregateChecks(contract, profiles) {
    const checks = [];
    for (const [name, rule] of Object.entries(contract.columns)) {
        const p = profiles.find((c) => c.name === name);
        if (p === undefined)
            continue;
        if (rule.mean !== undefined) {
            const measured = p.numbers > 0 ? { value: p.mean, epsilon: 0 } : undefined;
            const unmeasurable = messages/* contractMessages */.x.aggregateUnmeasurable(name, 'mean', p.numbers, 1);
            checks.push(aggregateCheck(`contract.${name}.mean`, name, 'mean', rule, 'mean', rule.mean, measured, unmeasurable));
        }
        if (rule.stdev !== undefined) {
            const measured = p.numbers > 1 ? { value: Math.sqrt(p.m2 / (p.numbers - 1)), epsilon: 0 } : undefined;
            const unmeasurable = messages/* contractMessages */.x.aggregateUnmeasurable(name, 'stdev', p.numbers, 2);
            checks.push(aggregateCheck(`contract.${name}.stdev`, name, 'stdev', rule, 'stdev', rule.stdev, measured, unmeasurable));
        }
        for (const bounds of rule.quantiles ?? []) {
            const what = `quantile ${bounds.q}`;
            const unmeasurable = messages/* contractMessages */.x.aggregateUnmeasurable(name, what, p.numbers, 1);
            const measured = profileQuantile(p, bounds.q);
            const id = `contract.${name}.quantile-${bounds.q}`;
            checks.push(aggregateCheck(id, name, what, rule, 'quantiles', bounds, measured, unmeasurable));
        }
    }
    return checks;
}
/**
 * The columns whose profiles aggregate rules (mean, stdev, quantiles) read: a contract run without drift profiles
 * only these in full.
 * @throws never
 * @example
 * aggregateRuleColumns({ version: 1, columns: { a: { type: 'float', mean: { min: 0 } }, b: { type: 'int' } } }) // => ['a']
 */
function aggregateRuleColumns(contract) {
    return Object.entries(contract.columns)
        .filter(([, rule]) => rule.mean !== undefined || rule.stdev !== undefined || rule.quantiles !== undefined)
        .map(([name]) => name);
}

// EXTERNAL MODULE: ./src/core/stats/messages.ts
var stats_messages = __webpack_require__(22067);
;// CONCATENATED MODULE: ./src/core/stats/benjamini-hochberg.ts

/**
 * Benjamini–Hochberg adjusted p-values (false-discovery-rate control over independent or positively dependent
 * tests), equal to scipy.stats.false_discovery_control(ps, method='bh'): sort ascending, pᵢ·m/i, cumulative
 * minimum from the largest down, clipped to 1; returned in the input order. Reject where adjusted ≤ q.
 * @see Benjamini, Y. & Hochberg, Y. (1995) J. R. Statist. Soc. B 57(1)
 * @throws {RangeError} if a p-value is outside [0, 1]
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03]) // => [0.03, 0.04, 0.04]
 */
function benjaminiHochberg(pValues) {
    const m = pValues.length;
    for (const p of pValues)
        if (!(p >= 0 && p <= 1))
            throw new RangeError(stats_messages/* statsMessages */.Q.probabilityOutOfRange('benjaminiHochberg', p));
    const order = pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b]);
    const adjusted = new Array(m);
    let running = 1;
    for (let rank = m; rank >= 1; rank--) {
        const index = order[rank - 1];
        running = Math.min(running, (pValues[index] * m) / rank);
        adjusted[index] = Math.min(1, running);
    }
    return adjusted;
}

;// CONCATENATED MODULE: ./src/core/drift/drift-method-for.ts
/**
 * The drift method for a column, the same at every sample size: numeric → two-sample Kolmogorov–Smirnov ('ks'),
 * categorical → chi-square test of the category counts ('chi-square'). decideDrift then asks for significance after
 * Benjamini–Hochberg AND a minimum effect, so that large samples do not flag negligible shifts; no distance takes
 * over above a sample size. An override (policy `drift.method`, or `drift.columns.<name>.method`) wins.
 * @throws never
 * @example
 * driftMethodFor('numeric') // => 'ks'
 */
function driftMethodFor(kind, override) {
    if (override !== undefined)
        return override;
    return kind === 'numeric' ? 'ks' : 'chi-square';
}
/** Whether a method yields a p-value (and so takes part in the Benjamini–Hochberg correction). */
const isPValueMethod = (method) => method === 'ks' || method === 'chi-square';

;// CONCATENATED MODULE: ./src/core/drift/decide-drift.ts




const distanceKey = (method) => method === 'wasserstein' ? 'wasserstein' : method === 'jensen-shannon' ? 'jensenShannon' : 'psi';
/**
 * Decides drift per column and for the dataset, by one rule at every sample size.
 * - p-value methods (ks, chi-square; the defaults): the distribution drifted when its p, Benjamini–Hochberg-adjusted
 *   across every test of every column (distribution and missing-share tests, when `drift.fdr`, the default), is
 *   below alpha (or the column's threshold) AND its effect (KS D, or the total variation distance less what
 *   chance alone gives its counts, `chanceEffect`) is at least the minimum effect for its kind (`drift.min_effect`, or the column's `min_effect`). Significance keeps false alarms
 *   at alpha per gate on small samples; the minimum effect keeps negligible shifts from flagging on large ones.
 * - distance methods (psi, jensen-shannon, wasserstein, by override or `drift.method`): drifted when the distance is
 *   ≥ its threshold; `warn` when ≥ its warn threshold (`drift.warn_thresholds`) only.
 * - missing share (every method, when either side has missing cells): drifted when the 2×2 chi-square p (adjusted
 *   with the rest) is below alpha AND the shares differ by at least `min_effect.missing`.
 * Columns that could not be measured come in as `errors` and give `error` checks (never a pass). Dataset drift:
 * share of drifted among measured columns ≥ datasetShare.
 * @throws never
 * @example
 * decideDrift([], [], DEFAULT_VALIDATE_DATA_POLICY).checks[0]?.status // => 'error'
 */
function decideDrift(measures, errors, policy) {
    const adjusted = adjustFamily(measures, policy.drift.fdr);
    const checks = [];
    const drifted = [];
    const rows = [];
    measures.forEach((m, i) => {
        const distribution = judgeDistribution(m, i, adjusted, policy.drift);
        const missing = judgeMissingShare(m, i, adjusted, policy.drift);
        const reasons = [
            ...(distribution.drifted ? ['distribution'] : []),
            ...(missing.drifted ? ['missing-share'] : []),
        ];
        if (reasons.length > 0)
            drifted.push(m.column);
        rows.push(driftRow(m, distribution, missing, reasons));
        checks.push(driftCheck(m, distribution, missing, reasons, policy));
    });
    for (const e of errors)
        checks.push({ id: `drift.${e.column}`, status: 'error', observed: null, message: e.message });
    checks.unshift(datasetCheck(drifted, measures.length, policy));
    return { checks, drifted, rows };
}
/** BH-adjusted p per test (`distribution:<i>`, `missing:<i>`) over the family of every column's tests, when fdr. */
function adjustFamily(measures, fdr) {
    // The family of tests: each column's distribution test (p-value methods) and missing-share test.
    const family = [];
    measures.forEach((m, index) => {
        if (m.pValue !== undefined && isPValueMethod(m.method))
            family.push({ index, aspect: 'distribution', p: m.pValue });
        if (m.missing?.pValue !== undefined)
            family.push({ index, aspect: 'missing', p: m.missing.pValue });
    });
    const adjusted = new Map();
    if (fdr && family.length > 0) {
        const adj = benjaminiHochberg(family.map((t) => t.p));
        family.forEach((t, k) => adjusted.set(`${t.aspect}:${t.index}`, adj[k]));
    }
    return adjusted;
}
/** The distribution rule of one column: significance and minimum effect, or a distance against its threshold. */
function judgeDistribution(m, i, adjusted, p) {
    const override = p.columns[m.column];
    const isP = m.pValue !== undefined && isPValueMethod(m.method);
    const key = distanceKey(m.method);
    const threshold = override?.threshold ?? (isP ? p.alpha : p.thresholds[key]);
    const minEffect = override?.min_effect ?? (m.kind === 'numeric' ? p.minEffect.numeric : p.minEffect.categorical);
    const adjustedP = adjusted.get(`distribution:${i}`);
    const pValue = isP ? (adjustedP ?? m.pValue) : undefined;
    const warnAt = isP ? undefined : p.warnThresholds[key];
    const drifted = pValue !== undefined ? pValue < threshold && excessEffect(m) >= minEffect : m.statistic >= threshold;
    const warned = !drifted && warnAt !== undefined && m.statistic >= warnAt;
    return { isP, threshold, minEffect, pValue, adjustedP, warnAt, drifted, warned };
}
/** The effect the minimum-effect rule reads: the observed effect less what chance alone gives (chi-square). */
function excessEffect(m) {
    return Math.max(0, m.effectSize - (m.chanceEffect ?? 0));
}
/** The missing-share rule of one column: significant and at least `min_effect.missing` apart. */
function judgeMissingShare(m, i, adjusted, p) {
    const adjustedP = adjusted.get(`missing:${i}`);
    const pValue = m.missing?.pValue === undefined ? undefined : (adjustedP ?? m.missing.pValue);
    const gap = m.missing === undefined ? 0 : Math.abs(m.missing.current - m.missing.reference);
    return { pValue, adjustedP, drifted: pValue !== undefined && pValue < p.alpha && gap >= p.minEffect.missing };
}
/** The column's row of the drift table. */
function driftRow(m, d, missing, reasons) {
    return {
        measure: m,
        ...(d.pValue !== undefined && d.adjustedP !== undefined ? { adjustedPValue: d.pValue } : {}),
        ...(missing.pValue !== undefined && missing.adjustedP !== undefined
            ? { adjustedMissingPValue: missing.pValue }
            : {}),
        threshold: d.threshold,
        ...(d.isP ? { minEffect: d.minEffect } : {}),
        drifted: reasons.length > 0,
        warned: d.warned,
        reasons,
    };
}
/** The column's `drift.<column>` check: the rule that decided, the missing share, how it was compared. */
function driftCheck(m, d, missing, reasons, policy) {
    const isDrifted = reasons.length > 0;
    const bh = d.adjustedP !== undefined;
    const what = d.pValue !== undefined
        ? driftMessages.pValueRule(m.method, bh, d.pValue, d.threshold, m.effectSize, m.chanceEffect, d.minEffect, d.drifted)
        : driftMessages.distanceRule(m.method, m.statistic, d.threshold, d.warnAt, d.drifted, d.warned);
    const missingText = m.missing === undefined
        ? ''
        : driftMessages.missingShare(m.missing.reference, m.missing.current, missing.pValue, missing.drifted);
    const status = isDrifted ? policy.severity : d.warned ? 'warn' : 'pass';
    return {
        id: `drift.${m.column}`,
        status,
        observed: d.pValue ?? m.statistic,
        measure: d.pValue === undefined ? m.method : d.adjustedP === undefined ? `${m.method} p` : `${m.method} p (BH-adjusted)`,
        ...(m.unseen === undefined || m.unseen.length === 0 ? {} : { examples: m.unseen }),
        threshold: d.pValue !== undefined ? { min: d.threshold } : { max: d.threshold },
        message: `column "${m.column}" ${isDrifted ? 'drifted' : 'stable'}: ${what}; PSI ${(0,format_number/* formatNumber */.Z)(m.psi)}${missingText}${comparisonNote(m)}`,
        details: driftDetails(m, d, missing, reasons),
    };
}
/** The note on how the column was compared: hashed categories, or a constant reference. */
function comparisonNote(m) {
    if (m.comparison === 'hashed')
        return driftMessages.hashedComparison(m.unseenShare ?? 0, m.sampled);
    return m.constantReference === true ? driftMessages.constantReference() : '';
}
/** The `details` of a column's drift check. */
function driftDetails(m, d, missing, reasons) {
    return {
        method: m.method,
        statistic: m.statistic,
        effectSize: m.effectSize,
        ...(m.chanceEffect === undefined ? {} : { chanceEffect: m.chanceEffect }),
        psi: m.psi,
        referenceCount: m.referenceCount,
        currentCount: m.currentCount,
        approximation: m.approximation,
        comparison: m.comparison,
        ...(m.pValue === undefined ? {} : { pValue: m.pValue }),
        ...(d.adjustedP !== undefined ? { adjustedPValue: d.adjustedP } : {}),
        ...(d.isP ? { minEffect: d.minEffect } : {}),
        ...(m.unseenShare === undefined ? {} : { unseenShare: m.unseenShare }),
        ...(m.sampled === undefined ? {} : { sampled: m.sampled }),
        ...(m.constantReference === true ? { constantReference: true } : {}),
        ...(m.missing === undefined
            ? {}
            : {
                missing: { ...m.missing, ...(missing.adjustedP !== undefined ? { adjustedPValue: missing.adjustedP } : {}) },
            }),
        reasons,
    };
}
/** `drift.dataset`: the share of drifted among measured columns against datasetShare (no column measured: error). */
function datasetCheck(drifted, measured, policy) {
    const p = policy.drift;
    if (measured === 0) {
        return {
            id: 'drift.dataset',
            status: 'error',
            observed: null,
            threshold: { max: p.datasetShare },
            message: 'no column could be compared with the reference; drift cannot pass on no data',
        };
    }
    const share = drifted.length / measured;
    const bad = share >= p.datasetShare;
    return {
        id: 'drift.dataset',
        status: bad ? policy.severity : 'pass',
        observed: share,
        measure: 'share of columns drifted',
        threshold: { max: p.datasetShare },
        message: `${drifted.length} of ${measured} column(s) drifted (${(0,format_number/* formatNumber */.Z)(share * 100)}%); dataset drift at ≥ ${(0,format_number/* formatNumber */.Z)(p.datasetShare * 100)}%`,
        details: { drifted },
    };
}

;// CONCATENATED MODULE: ./src/core/drift/column-kind-of.ts
/** Numeric columns with at most this many distinct values (e.g. 0/1 flags) are compared as categories. */
const NUMERIC_MIN_DISTINCT = 20;
/**
 * How to compare a column: the contract's type decides when given (int/float → numeric, others → categorical);
 * otherwise numeric when every present reference value is a number and there are more than 20 distinct values.
 * Timestamps are categorical until a contract says otherwise.
 * @throws never
 * @example
 * columnKindOf(createColumnProfile('x'), 'float') // => 'numeric'
 */
function columnKindOf(reference, contractType) {
    if (contractType !== undefined)
        return contractType === 'int' || contractType === 'float' ? 'numeric' : 'categorical';
    const present = reference.rows - reference.missing;
    if (present > 0 &&
        reference.numbers === present &&
        (reference.distinct > NUMERIC_MIN_DISTINCT || reference.otherCount > 0))
        return 'numeric';
    return 'categorical';
}

// EXTERNAL MODULE: ./src/core/stats/chi-square-survival.ts
var chi_square_survival = __webpack_require__(75772);
;// CONCATENATED MODULE: ./src/core/stats/chi-square-contingency.ts


/**
 * Pearson's chi-square test of independence on an r×c contingency table, equal to
 * scipy.stats.chi2_contingency(table) with its defaults: expected = rowSum·colSum/N, dof = (r−1)(c−1), and
 * Yates' continuity correction when dof = 1 (each |observed − expected| reduced by min(0.5, |diff|)).
 * dof = 0 gives statistic 0 and p-value 1, as scipy. Cramér's V is reported beside it as the effect size.
 * @see https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.chi2_contingency.html
 * @throws {RangeError} if the table is empty or ragged, holds a negative count, or has a zero expected frequency
 * @example
 * chiSquareContingency([[10, 20], [20, 10]]).statistic // => 5.4
 */
function chiSquareContingency(table, options = {}) {
    const r = table.length;
    const c = table[0]?.length ?? 0;
    if (r === 0 || c === 0 || table.some((row) => row.length !== c))
        throw new RangeError(stats_messages/* statsMessages */.Q.tableShape('chiSquareContingency'));
    const rowSums = new Float64Array(r);
    const colSums = new Float64Array(c);
    let total = 0;
    for (let i = 0; i < r; i++) {
        for (let j = 0; j < c; j++) {
            const v = table[i][j];
            if (!(v >= 0) || !Number.isFinite(v))
                throw new RangeError(stats_messages/* statsMessages */.Q.negativeCount('chiSquareContingency'));
            rowSums[i] = rowSums[i] + v;
            colSums[j] = colSums[j] + v;
            total += v;
        }
    }
    if (rowSums.some((s) => s === 0) || colSums.some((s) => s === 0))
        throw new RangeError(stats_messages/* statsMessages */.Q.zeroExpected('chiSquareContingency'));
    const dof = r * c - r - c + 1;
    if (dof === 0)
        return { statistic: 0, pValue: 1, dof: 0, cramersV: 0 };
    const correct = (options.correction ?? true) && dof === 1;
    let statistic = 0;
    let plain = 0;
    for (let i = 0; i < r; i++) {
        for (let j = 0; j < c; j++) {
            const observed = table[i][j];
            const expected = (rowSums[i] * colSums[j]) / total;
            const diff = expected - observed;
            plain += (diff * diff) / expected;
            const adjusted = correct ? observed + Math.sign(diff) * Math.min(0.5, Math.abs(diff)) : observed;
            statistic += ((adjusted - expected) * (adjusted - expected)) / expected;
        }
    }
    const k = Math.min(r, c) - 1;
    return {
        statistic,
        pValue: (0,chi_square_survival/* chiSquareSurvival */.Y)(statistic, dof),
        dof,
        cramersV: k > 0 ? Math.sqrt(plain / (total * k)) : 0,
    };
}

// EXTERNAL MODULE: ./src/core/stats/log-gamma.ts
var log_gamma = __webpack_require__(43489);
;// CONCATENATED MODULE: ./src/core/stats/smirnov-survival.ts

/**
 * One-sided Kolmogorov–Smirnov (Smirnov) survival function P(D⁺_n ≥ x) for a sample of size n, by the exact
 * Smirnov–Birnbaum–Tingey sum x·Σ_{j=0}^{⌊n(1−x)⌋} C(n, j)(1 − x − j/n)^{n−j}(x + j/n)^{j−1}, each term in
 * log space (scipy.special.smirnov computes the same quantity).
 * @see Birnbaum, Z.W. & Tingey, F.H. (1951) "One-sided confidence contours for probability distribution functions", Ann. Math. Statist. 22.
 * @throws {RangeError} if n is not a positive integer
 * @example
 * smirnovSurvival(1, 0.5) // => 0.5
 */
function smirnovSurvival(n, x) {
    if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`smirnovSurvival: n must be a positive integer, got ${n}`);
    if (!(x > 0))
        return 1;
    if (x >= 1)
        return 0;
    const last = Math.floor(n * (1 - x));
    const logNFactorial = (0,log_gamma/* logGamma */.S)(n + 1);
    let sum = 0;
    for (let j = 0; j <= last; j++) {
        const base = 1 - x - j / n;
        if (base <= 0 && n - j > 0)
            continue;
        const logTerm = logNFactorial -
            (0,log_gamma/* logGamma */.S)(j + 1) -
            (0,log_gamma/* logGamma */.S)(n - j + 1) +
            (n - j) * Math.log(Math.max(base, Number.MIN_VALUE)) +
            (j - 1) * Math.log(x + j / n);
        sum += Math.exp(logTerm);
    }
    return Math.min(1, Math.max(0, x * sum));
}

;// CONCATENATED MODULE: ./src/core/stats/kolmogorov-n-survival.ts


const SQRT2PI = Math.sqrt(2 * Math.PI);
const PI2 = Math.PI ** 2;
const PI4 = Math.PI ** 4;
const PI6 = Math.PI ** 6;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
/**
 * Survival function of the two-sided one-sample Kolmogorov–Smirnov statistic D_n, P(D_n > x)
 * (scipy.stats.kstwo.sf), following scipy's `_kolmogn` (Simard & L'Ecuyer 2011): Ruben–Gambino closed forms
 * near the ends, 2·Smirnov for x ≥ 0.5 or n·x² ≥ 2.2, else 1 − CDF by the Durbin matrix (Marsaglia–Tsang–Wang)
 * or the Pelz–Good expansion with scipy's cut-offs. Where scipy (n ≤ 140, 0.754693 < n·x² ≤ 4) uses
 * Pomeranz's recursion this uses the Durbin matrix, which is exact as well.
 * @see Simard, R. & L'Ecuyer, P. (2011) "Computing the two-sided Kolmogorov–Smirnov distribution", J. Stat. Softw. 39(11)
 * @throws {RangeError} if n is not a positive integer
 * @example
 * kolmogorovNSurvival(1, 0.75) // => 0.5
 */
function kolmogorovNSurvival(n, x) {
    if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`kolmogorovNSurvival: n must be a positive integer, got ${n}`);
    if (x >= 1)
        return 0;
    if (x <= 0)
        return 1;
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return 1;
        const cdf = Math.exp((0,log_gamma/* logGamma */.S)(n + 1) - n * Math.log(n) + n * Math.log(2 * t - 1));
        return clip(1 - cdf);
    }
    if (t >= n - 1)
        return clip(2 * (1 - x) ** n);
    if (x >= 0.5)
        return clip(2 * smirnovSurvival(n, x));
    const nxSquared = t * x;
    if (n <= 140) {
        if (nxSquared <= 4)
            return clip(1 - durbinMatrixCdf(n, x));
        return clip(2 * smirnovSurvival(n, x));
    }
    if (nxSquared >= 370)
        return 0;
    if (nxSquared >= 2.2)
        return clip(2 * smirnovSurvival(n, x));
    if (nxSquared >= 18)
        return 0;
    if (n <= 100000 && n * x ** 1.5 <= 1.4)
        return clip(1 - durbinMatrixCdf(n, x));
    return clip(pelzGoodSurvival(n, x));
}
function clip(p) {
    return Math.min(1, Math.max(0, p));
}
function multiply(a, b, m) {
    const out = [];
    for (let i = 0; i < m; i++) {
        const row = new Float64Array(m);
        const ai = a[i];
        for (let k = 0; k < m; k++) {
            const v = ai[k];
            if (v === 0)
                continue;
            const bk = b[k];
            for (let j = 0; j < m; j++)
                row[j] = row[j] + v * bk[j];
        }
        out.push(row);
    }
    return out;
}
// Durbin's matrix formula as in Marsaglia, Tsang & Wang (2003), scaled by 2^128 as scipy's _kolmogn_DMTW.
function durbinMatrixCdf(n, d) {
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = fac;
        fac /= j;
        v[j - 1] = (1 - h ** j) * fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    let hm = Array.from({ length: m }, () => new Float64Array(m));
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            hm[r][i] = w[r - i + 1];
    for (let r = 0; r < m; r++)
        hm[r][0] = v[r];
    for (let c = 0; c < m; c++)
        hm[m - 1][c] = v[m - 1 - c];
    let power = Array.from({ length: m }, (_, i) => {
        const row = new Float64Array(m);
        row[i] = 1;
        return row;
    });
    let nn = n;
    let exponent = 0;
    let hExponent = 0;
    while (nn > 0) {
        if (nn % 2 === 1) {
            power = multiply(power, hm, m);
            exponent += hExponent;
        }
        hm = multiply(hm, hm, m);
        hExponent *= 2;
        if (Math.abs(hm[k - 1][k - 1]) > EP128) {
            for (const row of hm)
                for (let j = 0; j < m; j++)
                    row[j] = row[j] / EP128;
            hExponent += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = power[k - 1][k - 1];
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            exponent -= 128;
        }
    }
    return exponent === 0 ? p : p * 2 ** exponent;
}
// Pelz & Good (1976) expansion of the CDF in powers of 1/sqrt(n), returned as the survival function.
function pelzGoodSurvival(n, x) {
    const z = Math.sqrt(n) * x;
    const z2 = z ** 2;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const qlog = -PI2 / 8 / z2;
    if (qlog < -708)
        return 1;
    let q = Math.exp(qlog);
    const k1a = -z2;
    const k1b = PI2 / 4;
    const k2a = 6 * z6 + 2 * z4;
    const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
    const k2c = (PI4 * (1 - 2 * z2)) / 16;
    const k3d = (PI6 * (5 - 30 * z2)) / 64;
    const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
    const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
    const k3a = -30 * z6 - 90 * z ** 8;
    const terms = [0, 0, 0, 0];
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const m2 = m ** 2;
        const m4 = m ** 4;
        const m6 = m ** 6;
        const qpower = q ** (8 * k);
        const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
        for (let i = 0; i < 4; i++)
            terms[i] = terms[i] * qpower + coeffs[i];
    }
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        terms[i] = (terms[i] * q * SQRT2PI) / divisors[i];
    q = Math.exp(-PI2 / 2 / z2);
    let k2extra = 0;
    let k3extra = 0;
    const sqrt3z = Math.sqrt(3) * z;
    for (let k = maxk; k > 0; k--) {
        const k2 = k * k;
        const qp = q ** k2;
        k2extra += k2 * qp;
        const kspi = Math.PI * k;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * k2 * qp;
    }
    terms[2] = terms[2] + (k2extra * PI2 * SQRT2PI) / (-36 * z3);
    terms[3] = terms[3] + (k3extra * PI2 * SQRT2PI) / (216 * z6);
    let cdf = 0;
    for (let i = 0; i < 4; i++)
        cdf += terms[i] / n ** (i / 2);
    return 1 - cdf;
}

;// CONCATENATED MODULE: ./src/core/stats/ks-two-sample-exact-p.ts
/**
 * Exact two-sided p-value of the two-sample Kolmogorov–Smirnov test, P(D_{n1,n2} ≥ h/lcm(n1, n2)), as
 * scipy.stats.ks_2samp computes it in 'exact' mode: for n1 = n2 the alternating series of
 * `_compute_prob_outside_square` in Horner form; otherwise Hodges' lattice-path "inside method" with
 * Viehmann's recursion for 1 − p (scipy's `_compute_outer_prob_inside_method`).
 * Returns `undefined` where the computation is not reliable (a non-finite value or one outside [0, 1]);
 * the caller then falls back to the asymptotic distribution, as scipy does.
 * @see Hodges, J.L. (1958) "The significance probability of the Smirnov two-sample test", Arkiv för Matematik 3.
 * @see Viehmann, T. (2021) arXiv:2102.08037
 * @throws {RangeError} if n1 or n2 is not a positive integer or h is negative
 * @example
 * ksTwoSampleExactP(3, 3, 3) // => 0.09999999999999999
 */
function ksTwoSampleExactP(n1, n2, h) {
    if (!Number.isInteger(n1) || !Number.isInteger(n2) || n1 < 1 || n2 < 1 || !Number.isInteger(h) || h < 0) {
        throw new RangeError(`ksTwoSampleExactP: needs positive integer sizes and h >= 0, got ${n1}, ${n2}, ${h}`);
    }
    if (h === 0)
        return 1;
    const p = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, gcd(n1, n2), h);
    return Number.isFinite(p) && p >= 0 && p <= 1 ? p : undefined;
}
function gcd(a, b) {
    while (b !== 0)
        [a, b] = [b, a % b];
    return a;
}
function probOutsideSquare(n, h) {
    let total = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        total = p1 * (1 - total);
    }
    return 2 * total;
}
function outerProbInside(m0, n0, g, h) {
    const m = Math.max(m0, n0);
    const n = Math.min(m0, n0);
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const a = new Float64Array(lenA).fill(1);
    for (let k = minj; k < maxj && k < lenA; k++)
        a[k] = 0;
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let val = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            val = (a[jj + minj - lastminj] * i + val * j) / (i + j);
            a[jj] = val;
        }
        curlen = maxj - minj;
        if (lastlen > curlen)
            a.fill(1, maxj - minj, Math.min(lenA, maxj - minj + (lastlen - curlen)));
    }
    return a[maxj - minj - 1];
}

;// CONCATENATED MODULE: ./src/core/stats/ks-two-sample-sorted.ts



/** scipy's MAX_AUTO_N: 'auto' is exact when both samples have at most this many values. */
const KS_MAX_EXACT_N = 10_000;
/**
 * Two-sided two-sample Kolmogorov–Smirnov test on two ascending-sorted samples, equal to
 * scipy.stats.ks_2samp(x, y, method=…): D = sup_t |F_x(t) − F_y(t)| with right-continuous ECDFs (ties handled
 * as scipy's searchsorted side='right'); 'auto' is exact when max(n1, n2) ≤ 10,000, else asymptotic:
 * P(D_{en} > D) with en = round(n1·n2 / (n1 + n2)) (scipy's kstwo.sf). An exact computation that is not
 * reliable falls back to 'asymp', as scipy does.
 * @see https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.ks_2samp.html
 * @throws {RangeError} if either sample is empty or holds a NaN
 * @example
 * ksTwoSampleSorted([1, 2, 3], [4, 5, 6]) // => { statistic: 1, pValue: 0.09999999999999999, method: 'exact' }
 */
function ksTwoSampleSorted(x, y, options = {}) {
    const n1 = x.length;
    const n2 = y.length;
    if (n1 === 0 || n2 === 0)
        throw new RangeError(stats_messages/* statsMessages */.Q.emptySample('ksTwoSampleSorted', n1 === 0 ? 'x' : 'y'));
    let d = supEcdfDistance(x, y);
    let method = chooseMethod(n1, n2, options.method ?? 'auto');
    let pValue = Number.NaN;
    if (method === 'exact') {
        const lcm = (n1 / ks_two_sample_sorted_gcd(n1, n2)) * n2;
        const h = Math.round(d * lcm);
        d = h / lcm;
        const exact = ksTwoSampleExactP(n1, n2, h);
        if (exact === undefined)
            method = 'asymp';
        else
            pValue = exact;
    }
    if (method === 'asymp') {
        const en = (n1 * n2) / (n1 + n2);
        pValue = kolmogorovNSurvival(Math.max(1, ks_two_sample_sorted_roundHalfEven(en)), d);
    }
    return { statistic: d, pValue: Math.min(1, Math.max(0, pValue)), method };
}
/** sup_t |F_x(t) − F_y(t)| over one merge of the two sorted samples (right-continuous ECDFs). */
function supEcdfDistance(x, y) {
    const n1 = x.length;
    const n2 = y.length;
    let i = 0;
    let j = 0;
    let maxS = -Infinity;
    let minS = Infinity;
    while (i < n1 || j < n2) {
        const xi = i < n1 ? x[i] : Infinity;
        const yj = j < n2 ? y[j] : Infinity;
        if (Number.isNaN(xi) || Number.isNaN(yj))
            throw new RangeError(stats_messages/* statsMessages */.Q.notFinite('ksTwoSampleSorted', 'the samples'));
        const v = xi <= yj ? xi : yj;
        while (i < n1 && x[i] <= v)
            i++;
        while (j < n2 && y[j] <= v)
            j++;
        const diff = i / n1 - j / n2;
        if (diff > maxS)
            maxS = diff;
        if (diff < minS)
            minS = diff;
    }
    const minAbs = Math.min(Math.max(-minS, 0), 1);
    return minAbs > maxS ? minAbs : maxS;
}
/** scipy's choice: 'auto' is exact up to KS_MAX_EXACT_N; 'exact' falls back when lcm(n1, n2) would overflow int32. */
function chooseMethod(n1, n2, requested) {
    if (requested === 'asymp')
        return 'asymp';
    if (requested === 'auto')
        return Math.max(n1, n2) <= KS_MAX_EXACT_N ? 'exact' : 'asymp';
    const g = ks_two_sample_sorted_gcd(n1, n2);
    return n1 / g >= 2147483647 / (n2 / g) ? 'asymp' : 'exact';
}
function ks_two_sample_sorted_gcd(a, b) {
    while (b !== 0)
        [a, b] = [b, a % b];
    return a;
}
// numpy.round rounds halves to even.
function ks_two_sample_sorted_roundHalfEven(v) {
    const f = Math.floor(v);
    const diff = v - f;
    if (diff > 0.5)
        return f + 1;
    if (diff < 0.5)
        return f;
    return f % 2 === 0 ? f : f + 1;
}

;// CONCATENATED MODULE: ./src/core/drift/bin-shares.ts
/** Share given to an empty bin before PSI: 1e-4 (Evidently's convention), the other shares unchanged. */
const EMPTY_BIN_SHARE = 1e-4;
/**
 * Shares of counts per bin with empty bins set to {@link EMPTY_BIN_SHARE} (so the PSI's log stays finite);
 * the shares are not renormalised, as Evidently and most PSI implementations do. All-zero counts give all ε.
 * @throws never
 * @example
 * binShares([0, 3, 1]) // => [0.0001, 0.75, 0.25]
 */
function binShares(counts) {
    let total = 0;
    for (const c of counts)
        total += c;
    return counts.map((c) => (c > 0 && total > 0 ? c / total : EMPTY_BIN_SHARE));
}

;// CONCATENATED MODULE: ./src/core/drift/jensen-shannon-distance.ts

/**
 * Jensen–Shannon distance between two (unnormalised) distributions over the same bins, base 2 so that it lies in
 * [0, 1]: sqrt(½·KL(p‖m) + ½·KL(q‖m)) with m = (p + q)/2, after normalising p and q to sum 1. Equals
 * scipy.spatial.distance.jensenshannon(p, q, base=2).
 * @see https://docs.scipy.org/doc/scipy/reference/generated/scipy.spatial.distance.jensenshannon.html
 * @throws {RangeError} if the lengths differ or either distribution sums to 0
 * @example
 * jensenShannonDistance([1, 0], [0, 1]) // => 1
 */
function jensenShannonDistance(p, q) {
    if (p.length !== q.length)
        throw new RangeError(driftMessages.lengthMismatch('jensenShannonDistance', p.length, q.length));
    let sp = 0;
    let sq = 0;
    for (let i = 0; i < p.length; i++) {
        sp += p[i];
        sq += q[i];
    }
    if (!(sp > 0))
        throw new RangeError(driftMessages.zeroMass('jensenShannonDistance', 'p'));
    if (!(sq > 0))
        throw new RangeError(driftMessages.zeroMass('jensenShannonDistance', 'q'));
    let js = 0;
    for (let i = 0; i < p.length; i++) {
        const a = p[i] / sp;
        const b = q[i] / sq;
        const m = (a + b) / 2;
        if (a > 0)
            js += a * Math.log(a / m);
        if (b > 0)
            js += b * Math.log(b / m);
    }
    return Math.sqrt(Math.max(0, js / Math.LN2 / 2));
}

;// CONCATENATED MODULE: ./src/core/drift/population-stability-index.ts

/**
 * Population stability index of `actual` against `expected` bin shares: Σ (aᵢ − eᵢ)·ln(aᵢ/eᵢ) (the symmetrised
 * Kullback–Leibler / Jeffreys divergence). 0 means identical. Conventional reading: < 0.1 stable,
 * 0.1–0.25 moderate shift, > 0.25 major shift. Shares must be > 0 ({@link binShares} smooths empty bins).
 * @see https://en.wikipedia.org/wiki/Kullback%E2%80%93Leibler_divergence#Symmetrised_divergence
 * @throws {RangeError} if the lengths differ or a share is ≤ 0
 * @example
 * populationStabilityIndex([0.25, 0.25, 0.5], [0.3, 0.3, 0.4]) // => 0.04054651081081642
 */
function populationStabilityIndex(expected, actual) {
    if (expected.length !== actual.length)
        throw new RangeError(driftMessages.lengthMismatch('populationStabilityIndex', expected.length, actual.length));
    let psi = 0;
    for (let i = 0; i < expected.length; i++) {
        const e = expected[i];
        const a = actual[i];
        if (!(e > 0) || !(a > 0))
            throw new RangeError(driftMessages.nonPositiveShare('populationStabilityIndex', i));
        psi += (a - e) * Math.log(a / e);
    }
    return psi;
}

// EXTERNAL MODULE: ./src/core/stats/quantile-sorted.ts
var quantile_sorted = __webpack_require__(28170);
;// CONCATENATED MODULE: ./src/core/drift/weighted-ecdf-distances.ts
/**
 * Kolmogorov–Smirnov statistic sup|F_a − F_b| and first Wasserstein distance ∫|F_a − F_b| of two weighted sorted
 * samples in one merge pass. With unit weights these equal scipy's ks_2samp statistic and wasserstein_distance;
 * with sketch weights each ECDF is within the sketch's rank error ε, so KS is within ε_a + ε_b.
 * @throws {RangeError} if either sample is empty
 * @example
 * weightedEcdfDistances({ values: [0, 1], weights: undefined }, { values: [2, 3], weights: undefined }) // => { ks: 1, wasserstein: 2 }
 */
function weightedEcdfDistances(a, b) {
    const na = a.values.length;
    const nb = b.values.length;
    if (na === 0 || nb === 0)
        throw new RangeError('weightedEcdfDistances: both samples must be non-empty');
    const total = (s) => {
        if (s.weights === undefined)
            return s.values.length;
        let t = 0;
        for (let i = 0; i < s.weights.length; i++)
            t += s.weights[i];
        return t;
    };
    const ta = total(a);
    const tb = total(b);
    let i = 0;
    let j = 0;
    let ca = 0;
    let cb = 0;
    let previous = Math.min(a.values[0], b.values[0]);
    let ks = 0;
    let wasserstein = 0;
    while (i < na || j < nb) {
        const va = i < na ? a.values[i] : Infinity;
        const vb = j < nb ? b.values[j] : Infinity;
        const t = va <= vb ? va : vb;
        wasserstein += Math.abs(ca / ta - cb / tb) * (t - previous);
        previous = t;
        while (i < na && a.values[i] <= t) {
            ca += a.weights === undefined ? 1 : a.weights[i];
            i++;
        }
        while (j < nb && b.values[j] <= t) {
            cb += b.weights === undefined ? 1 : b.weights[j];
            j++;
        }
        const d = Math.abs(ca / ta - cb / tb);
        if (d > ks)
            ks = d;
    }
    return { ks, wasserstein };
}

;// CONCATENATED MODULE: ./src/core/drift/chance-total-variation.ts
/** Pooled counts up to this are summed exactly over the hypergeometric law; larger ones use its normal limit. */
const EXACT_POOLED_COUNT = 64;
/**
 * The total variation distance two count vectors over the same cells show by chance alone: its mean under the
 * permutation null given the margins (each cell's pooled count kᵢ split between the sides as Hypergeometric(N, kᵢ,
 * n₁)), ½ Σᵢ E|c₁ᵢ/n₁ − (kᵢ − c₁ᵢ)/n₂|, summed exactly for kᵢ ≤ 64 and as √(2/π)·sd beyond. The plug-in TVD of
 * equal distributions over K cells grows like √(K/n); subtracting this keeps a minimum effect meaningful when a
 * column has many categories or hash buckets. 0 when either side is empty.
 * @throws never
 * @example
 * chanceTotalVariation([1, 1], [1, 1]) // => 0.3333333333333333
 * @example
 * chanceTotalVariation([5, 0], [0, 0]) // => 0
 */
function chanceTotalVariation(a, b) {
    let n1 = 0;
    let n2 = 0;
    for (let i = 0; i < a.length; i++) {
        n1 += a[i];
        n2 += b[i];
    }
    if (n1 === 0 || n2 === 0)
        return 0;
    let sum = 0;
    for (let i = 0; i < a.length; i++) {
        const k = a[i] + b[i];
        if (k > 0)
            sum += k <= EXACT_POOLED_COUNT ? exactMeanGap(k, n1, n2) : normalMeanGap(k, n1, n2);
    }
    return sum / 2;
}
/** E|c/n₁ − (k − c)/n₂| for c ~ Hypergeometric(n₁ + n₂, k, n₁), summed over its support. */
function exactMeanGap(k, n1, n2) {
    const lo = Math.max(0, k - n2);
    const hi = Math.min(k, n1);
    let weight = 1;
    let total = 0;
    let mean = 0;
    for (let c = lo; c <= hi; c++) {
        total += weight;
        mean += weight * Math.abs(c / n1 - (k - c) / n2);
        weight *= ((k - c) * (n1 - c)) / ((c + 1) * (n2 - k + c + 1));
    }
    return mean / total;
}
/** √(2/π) times the standard deviation of c/n₁ − (k − c)/n₂ (the normal limit of exactMeanGap). */
function normalMeanGap(k, n1, n2) {
    const n = n1 + n2;
    const variance = (k * (n1 / n) * (n2 / n) * (n - k)) / (n - 1);
    return Math.sqrt((2 / Math.PI) * variance) * (n / (n1 * n2));
}

;// CONCATENATED MODULE: ./src/core/drift/measure-column-drift.ts













/** New categories (the reference never had them) a drift check names, most frequent first. */
const UNSEEN_EXAMPLES = 5;
/** Categories shown in histograms (the rest pooled as "(other)"); the tests compare every category. */
const MAX_COMPARED_CATEGORIES = 50;
/** ½ Σ |aᵢ/Σa − bᵢ/Σb|: the total variation distance of two count vectors over the same bins. */
function totalVariation(a, b) {
    const sa = a.reduce((x, y) => x + y, 0);
    const sb = b.reduce((x, y) => x + y, 0);
    let t = 0;
    for (let i = 0; i < a.length; i++)
        t += Math.abs(a[i] / sa - b[i] / sb);
    return t / 2;
}
/** The missing-share comparison of two profiles (Pearson 2×2 with Yates' correction, as scipy's chi2_contingency). */
function measureMissingShare(reference, current) {
    if (reference.rows === 0 || current.rows === 0)
        return undefined;
    const shares = { reference: reference.missing / reference.rows, current: current.missing / current.rows };
    if (reference.missing + current.missing === 0)
        return undefined;
    const present = reference.rows - reference.missing + current.rows - current.missing;
    if (present === 0)
        return shares;
    const table = [
        [reference.missing, reference.rows - reference.missing],
        [current.missing, current.rows - current.missing],
    ];
    return { ...shares, pValue: chiSquareContingency(table).pValue };
}
/** The smallest double above v (the upper edge of a constant reference's own bin). */
function nextUp(v) {
    if (v === 0)
        return Number.MIN_VALUE;
    const buffer = new DataView(new ArrayBuffer(8));
    buffer.setFloat64(0, v);
    const bits = buffer.getBigInt64(0);
    buffer.setBigInt64(0, v > 0 ? bits + 1n : bits - 1n);
    return buffer.getFloat64(0);
}
function weighted(p) {
    const values = (0,column_profile/* exactValues */.IY)(p);
    if (values !== null)
        return {
            values: values instanceof Float64Array && (0,is_sorted_ascending/* isSortedAscending */.M)(values) ? values : Float64Array.from(values).sort(),
            weights: undefined,
        };
    return p.sketch === null ? { values: new Float64Array(0), weights: undefined } : (0,quantile_sketch/* sketchWeightedSorted */.HZ)(p.sketch);
}
function weightedBinCounts(s, edges) {
    const counts = new Array(edges.length + 1).fill(0);
    let bin = 0;
    for (let i = 0; i < s.values.length; i++) {
        const v = s.values[i];
        while (bin < edges.length && v >= edges[bin])
            bin++;
        counts[bin] = counts[bin] + (s.weights === undefined ? 1 : s.weights[i]);
    }
    return counts;
}
function weightedQuantile(s, p) {
    if (s.weights === undefined)
        return (0,quantile_sorted/* quantileSorted */.Z)(s.values, p);
    let total = 0;
    for (let i = 0; i < s.weights.length; i++)
        total += s.weights[i];
    let acc = 0;
    for (let i = 0; i < s.values.length; i++) {
        acc += s.weights[i];
        if (acc >= p * total)
            return s.values[i];
    }
    return s.values[s.values.length - 1];
}
const format = (v) => Math.abs(v) >= 1000 || (Math.abs(v) < 0.01 && v !== 0) ? v.toPrecision(3) : String(Math.round(v * 100) / 100);
/** Present numbers a profile holds for the numeric methods: its exact values, else its sketch's items. */
function numericSampleSize(p) {
    if (p.values !== null)
        return p.values.length;
    return p.sketch === null ? 0 : p.sketch.levels.reduce((n, items) => n + items.length, 0);
}
/**
 * Why two profiles of a column cannot be compared as `kind`, checked before any statistic runs: a side without
 * present values, a numeric comparison without numbers, or a categorical one of a column whose category counts
 * stopped at CATEGORY_CAP (see `categoriesFrozen`). `undefined` when they can be compared.
 */
function whyNotComparable(reference, current, kind) {
    const column = reference.name;
    if (reference.rows - reference.missing === 0)
        return driftMessages.noValues(column, 'reference');
    if (current.rows - current.missing === 0)
        return driftMessages.noValues(column, 'current');
    if (kind === 'numeric')
        return numericSampleSize(reference) === 0 || numericSampleSize(current) === 0
            ? driftMessages.noNumericValues(column)
            : undefined;
    const frozen = reference.categoriesFrozen ? 'reference' : current.categoriesFrozen ? 'current' : undefined;
    return frozen === undefined ? undefined : driftMessages.tooManyCategories(column, column_profile/* CATEGORY_CAP */.cc, frozen);
}
/**
 * Measures drift of one column between two profiles with `method`, plus PSI, the missing-share comparison and a
 * histogram for the report. Numeric: KS (exact values: scipy-identical; sketches: the asymptotic p of D shrunk by the
 * sketches' rank-error bound, so the sketch never adds false alarms), Wasserstein ÷ the reference's standard
 * deviation (the pooled one when the reference is constant, so that the figure stays scale-free), PSI on the
 * reference's `bins` equal-frequency bins (a constant reference c gets the bins < c, = c, > c). Categorical: every
 * category's count when neither side outgrew CATEGORY_CAP, else the hash-sampled values one by one and the rest in
 * HASH_BUCKETS hash buckets (`comparison: 'hashed'`), and the share of current values in categories the reference
 * never had.
 * Profiles that cannot be compared (no present values on a side, no numbers for a numeric kind, category counts
 * frozen at CATEGORY_CAP for a categorical kind) give `{ kind: 'not-comparable', reason }`, decided before any
 * statistic runs, so that a statistic's RangeError is never mistaken for a fact about the data.
 * @throws {RangeError} only on a bug (every statistic's precondition is checked first)
 * @example
 * (illustrative) measureColumnDrift(ref, cur, 'numeric', 'ks', 10).kind // => 'measured'
 * @example
 * (illustrative) measureColumnDrift(allNull, cur, 'numeric', 'ks', 10) // => { kind: 'not-comparable', column: 'x', reason: 'column "x" has no values in the reference data' }
 */
function measureColumnDrift(reference, current, kind, method, bins) {
    const reason = whyNotComparable(reference, current, kind);
    if (reason !== undefined)
        return { kind: 'not-comparable', column: reference.name, reason };
    const measure = kind === 'numeric'
        ? measureNumeric(reference, current, method, bins)
        : measureCategorical(reference, current, method);
    const missing = measureMissingShare(reference, current);
    return { kind: 'measured', measure: missing === undefined ? measure : { ...measure, missing } };
}
function measureNumeric(reference, current, method, bins) {
    const ref = weighted(reference);
    const cur = weighted(current);
    const edges = quantileEdges(ref, bins);
    const first = ref.values[0];
    const constantReference = first === ref.values[ref.values.length - 1];
    if (constantReference)
        edges.splice(0, edges.length, first, nextUp(first));
    const refCounts = weightedBinCounts(ref, edges);
    const curCounts = weightedBinCounts(cur, edges);
    const psi = populationStabilityIndex(binShares(refCounts), binShares(curCounts));
    const exact = ref.weights === undefined && cur.weights === undefined;
    const distances = weightedEcdfDistances(ref, cur);
    const approximation = (reference.sketch ? (0,quantile_sketch/* sketchRankErrorBound */.BC)(reference.sketch) : 0) +
        (current.sketch ? (0,quantile_sketch/* sketchRankErrorBound */.BC)(current.sketch) : 0);
    const scale = wassersteinScale(reference, current);
    const wasserstein = scale > 0 ? distances.wasserstein / scale : 0;
    const { statistic: ksD, pValue: ksP } = exact
        ? ksTwoSampleSorted(ref.values, cur.values)
        : sketchKs(reference.numbers, current.numbers, distances.ks, approximation);
    const histogram = {
        bins: edges.length === 0 ? ['all'] : binLabels(edges, constantReference, first),
        reference: binShares(refCounts).map((s) => (s === EMPTY_BIN_SHARE ? 0 : s)),
        current: binShares(curCounts).map((s) => (s === EMPTY_BIN_SHARE ? 0 : s)),
    };
    const base = {
        column: reference.name,
        kind: 'numeric',
        method,
        referenceCount: reference.rows - reference.missing,
        currentCount: current.rows - current.missing,
        psi,
        approximation,
        comparison: exact ? 'exact' : 'sketch',
        histogram,
        ...(constantReference ? { constantReference } : {}),
    };
    switch (method) {
        case 'ks':
            return { ...base, statistic: ksD, pValue: ksP, effectSize: ksD };
        case 'wasserstein':
            return { ...base, statistic: wasserstein, effectSize: wasserstein };
        case 'psi':
            return { ...base, statistic: psi, effectSize: psi };
        case 'jensen-shannon': {
            const js = jensenShannonDistance(refCounts, curCounts);
            return { ...base, statistic: js, effectSize: js };
        }
        case 'chi-square':
            return { ...base, ...chiSquareMeasure(refCounts, curCounts) };
    }
}
/** Distinct reference quantiles at k/bins, k = 1 … bins − 1: the inner bin edges. */
function quantileEdges(ref, bins) {
    const edges = [];
    for (let k = 1; k < bins; k++) {
        const q = weightedQuantile(ref, k / bins);
        if (edges.length === 0 || q > edges[edges.length - 1])
            edges.push(q);
    }
    return edges;
}
/** What the Wasserstein distance is divided by: the reference's standard deviation, else the pooled one. */
function wassersteinScale(reference, current) {
    const std = reference.numbers > 0 ? Math.sqrt(reference.m2 / reference.numbers) : 0;
    if (std > 0)
        return std;
    const n = reference.numbers + current.numbers;
    const delta = current.mean - reference.mean;
    const m2 = reference.m2 + current.m2 + (delta * delta * reference.numbers * current.numbers) / n;
    return Math.sqrt(m2 / n);
}
/** KS from sketches: the ECDF distance, its p from the effective sample size with the rank error taken off. */
function sketchKs(n1, n2, d, approximation) {
    const pValue = kolmogorovNSurvival(Math.max(1, Math.round((n1 * n2) / (n1 + n2))), Math.max(0, d - approximation));
    return { statistic: d, pValue };
}
/** The histogram's bin labels: `< a`, `a–b` …, `≥ z`; around the one value of a constant reference. */
function binLabels(edges, constantReference, first) {
    if (constantReference)
        return [`< ${format(first)}`, `= ${format(first)}`, `> ${format(first)}`];
    return [
        '< ' + format(edges[0] ?? Infinity),
        ...edges.slice(1).map((e, i) => `${format(edges[i])}–${format(e)}`),
        `≥ ${format(edges[edges.length - 1] ?? -Infinity)}`,
    ];
}
/**
 * Chi-square test of two count vectors (empty cells compacted away), with total variation as its effect size and
 * the total variation chance alone gives these margins (what the minimum-effect rule discounts).
 */
function chiSquareMeasure(refCounts, curCounts) {
    const r = chiSquareContingency(compactTable(refCounts, curCounts).table);
    return {
        statistic: r.statistic,
        pValue: r.pValue,
        effectSize: totalVariation(refCounts, curCounts),
        chanceEffect: chanceTotalVariation(refCounts, curCounts),
    };
}
function measureCategorical(reference, current, method) {
    const hashed = reference.otherCount > 0 || current.otherCount > 0;
    const cells = hashed ? hashedCells(reference, current) : exactCells(reference.categories, current.categories);
    const { reference: refCounts, current: curCounts, unseenShare } = cells;
    // The distances (PSI, JS) stay on the hash buckets: their fixed thresholds assume a fixed number of cells, and the
    // sample's cells would raise their values on equal distributions. The chi-square test reads the finer partition.
    const binRef = hashed ? (0,column_profile/* hashedCounts */.qU)(reference) : refCounts;
    const binCur = hashed ? (0,column_profile/* hashedCounts */.qU)(current) : curCounts;
    const psi = populationStabilityIndex(binShares(binRef), binShares(binCur));
    const base = {
        column: reference.name,
        kind: 'categorical',
        method,
        referenceCount: reference.rows - reference.missing,
        currentCount: current.rows - current.missing,
        psi,
        approximation: 0,
        comparison: hashed ? 'hashed' : 'exact',
        unseenShare,
        ...(cells.unseen === undefined ? {} : { unseen: cells.unseen }),
        ...(cells.sampled === undefined ? {} : { sampled: cells.sampled }),
        histogram: categoryHistogram(reference, current),
    };
    switch (method) {
        case 'chi-square':
        case 'ks':
            return { ...base, method: 'chi-square', ...chiSquareMeasure(refCounts, curCounts) };
        case 'psi':
            return { ...base, statistic: psi, effectSize: psi };
        case 'jensen-shannon':
        case 'wasserstein': {
            const js = jensenShannonDistance(binRef, binCur);
            return { ...base, method: 'jensen-shannon', statistic: js, effectSize: js };
        }
    }
}
/** Every category of either side, counted exactly. */
function exactCells(ref, cur) {
    const names = [...new Set([...ref.keys(), ...cur.keys()])];
    const reference = names.map((k) => ref.get(k) ?? 0);
    const current = names.map((k) => cur.get(k) ?? 0);
    let unseen = 0;
    let total = 0;
    const newValues = [];
    for (let i = 0; i < names.length; i++) {
        total += current[i];
        if (reference[i] === 0) {
            unseen += current[i];
            newValues.push({ value: names[i], count: current[i] });
        }
    }
    newValues.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    return {
        reference,
        current,
        unseenShare: total > 0 ? unseen / total : 0,
        ...(newValues.length === 0 ? {} : { unseen: newValues.slice(0, UNSEEN_EXAMPLES) }),
    };
}
/**
 * A column past CATEGORY_CAP on a side: the values of the coordinated hash sample (at the deeper level of the two)
 * each in its own cell, every other value in its hash bucket (the sampled counts taken out of their buckets). This
 * partitions the values the same way on both sides, so the test stays valid; the sample sees which categories each
 * side has, the buckets see all the mass. The unseen share is the sample's (coordinated, so an unbiased estimate).
 * Without a sample on a side (a profile file written before samples), buckets alone, unseen share from the kept
 * categories.
 */
function hashedCells(reference, current) {
    const refBuckets = [...(0,column_profile/* hashedCounts */.qU)(reference)];
    const curBuckets = [...(0,column_profile/* hashedCounts */.qU)(current)];
    const level = Math.max(reference.sampleLevel, current.sampleLevel);
    const refSample = (0,column_profile/* sampledAt */.wX)(reference, level);
    const curSample = (0,column_profile/* sampledAt */.wX)(current, level);
    if (refSample === null || curSample === null) {
        let unseen = 0;
        for (const [k, c] of current.categories)
            if (!reference.categories.has(k))
                unseen += c;
        const total = curBuckets.reduce((a, b) => a + b, 0);
        return { reference: refBuckets, current: curBuckets, unseenShare: total > 0 ? unseen / total : 0 };
    }
    const sampled = exactCells(refSample, curSample);
    for (const [k, c] of refSample)
        refBuckets[(0,column_profile/* hashBucket */.XG)(k)] = refBuckets[(0,column_profile/* hashBucket */.XG)(k)] - c;
    for (const [k, c] of curSample)
        curBuckets[(0,column_profile/* hashBucket */.XG)(k)] = curBuckets[(0,column_profile/* hashBucket */.XG)(k)] - c;
    return {
        reference: [...sampled.reference, ...refBuckets],
        current: [...sampled.current, ...curBuckets],
        unseenShare: sampled.unseenShare,
        sampled: sampled.reference.length,
    };
}
// The report's histogram: shares of the MAX_COMPARED_CATEGORIES categories most frequent on both sides together.
function categoryHistogram(reference, current) {
    const pooled = new Map(reference.categories);
    for (const [k, c] of current.categories)
        pooled.set(k, (pooled.get(k) ?? 0) + c);
    const names = [...pooled]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_COMPARED_CATEGORIES)
        .map((e) => e[0])
        .sort();
    const shares = (p) => {
        const total = p.rows - p.missing;
        const out = names.map((k) => (p.categories.get(k) ?? 0) / total);
        out.push(Math.max(0, 1 - out.reduce((a, b) => a + b, 0)));
        return out;
    };
    return { bins: [...names, '(other)'], reference: shares(reference), current: shares(current) };
}
// Drops categories empty on both sides (scipy raises on a zero expected frequency).
function compactTable(a, b) {
    const keep = a.map((v, i) => v + b[i] > 0);
    return { table: [a.filter((_, i) => keep[i]), b.filter((_, i) => keep[i])] };
}

;// CONCATENATED MODULE: ./src/core/drift/measure-dataset-drift.ts




/**
 * Measures drift of every reference column against the current data, in reference order. Skipped: columns the
 * policy ignores (`drift.columns.<name>.ignore`) and identifiers (`unique: true` in the contract): they are not
 * distributions, and comparing them only raises false alarms. A column missing from the current data, or whose
 * profiles cannot be compared (measureColumnDrift's `not-comparable`), is an error with its reason, never a pass.
 * The kind comes from the contract's type when given (columnKindOf), the method from driftMethodFor (the column's
 * override, else the policy's one method, else ks / chi-square by kind).
 * @throws never on data; a RangeError only on a bug
 * @example
 * measureDatasetDrift([createColumnProfile('a')], [], undefined, DEFAULT_VALIDATE_DATA_POLICY).errors[0]?.message // => 'column "a" is in the reference but not in the current data'
 */
function measureDatasetDrift(reference, current, contract, policy) {
    const byName = new Map(current.map((p) => [p.name, p]));
    const measures = [];
    const errors = [];
    for (const ref of reference) {
        const override = policy.drift.columns[ref.name];
        const rule = contract?.columns[ref.name];
        if (override?.ignore === true || rule?.unique === true)
            continue;
        const cur = byName.get(ref.name);
        if (cur === undefined) {
            errors.push({ column: ref.name, message: driftMessages.missingInCurrent(ref.name) });
            continue;
        }
        const kind = columnKindOf(ref, rule?.type);
        const method = driftMethodFor(kind, override?.method ?? policy.drift.method);
        const result = measureColumnDrift(ref, cur, kind, method, policy.drift.psiBins);
        if (result.kind === 'measured')
            measures.push(result.measure);
        else
            errors.push({ column: ref.name, message: driftMessages.notComparable(ref.name, result.reason) });
    }
    return { measures, errors };
}

// EXTERNAL MODULE: ./src/core/gate/action-outputs.ts
var action_outputs = __webpack_require__(74330);
// EXTERNAL MODULE: ./src/core/gate/status.ts
var gate_status = __webpack_require__(5013);
;// CONCATENATED MODULE: ./src/core/drift/drift-figures.ts
/** Columns whose reference-vs-current histograms are drawn (the most drifted by PSI). */
const HISTOGRAM_COLUMNS = 3;
/**
 * Report figures of a drift decision: the per-column table (method, statistic, p, BH-adjusted p, effect size,
 * threshold, verdict), a bar chart of PSI per column, and reference-vs-current histograms (share per reference
 * quantile bin or category) of the most drifted columns.
 * @throws never
 * @example
 * driftFigures({ checks: [], drifted: [], rows: [] }).length // => 0
 */
function driftFigures(decision) {
    if (decision.rows.length === 0)
        return [];
    const figures = [
        {
            kind: 'table',
            title: 'Drift per column',
            columns: [
                'column',
                'kind',
                'method',
                'statistic',
                'p-value',
                'BH-adjusted p',
                'effect size',
                'PSI',
                'threshold',
                'verdict',
            ],
            rows: decision.rows.map((r) => [
                r.measure.column,
                r.measure.kind,
                r.measure.method,
                r.measure.statistic,
                r.measure.pValue ?? null,
                r.adjustedPValue ?? null,
                r.measure.effectSize,
                r.measure.psi,
                r.threshold,
                r.drifted ? 'drifted' : 'stable',
            ]),
        },
        {
            kind: 'bar',
            title: 'PSI per column (reference → current)',
            categories: decision.rows.map((r) => r.measure.column),
            series: [{ name: 'PSI', values: decision.rows.map((r) => r.measure.psi) }],
            xLabel: 'column',
            yLabel: 'PSI',
        },
    ];
    const worst = [...decision.rows]
        .filter((r) => r.drifted)
        .sort((a, b) => b.measure.psi - a.measure.psi)
        .slice(0, HISTOGRAM_COLUMNS);
    for (const r of worst) {
        figures.push({
            kind: 'bar',
            title: `${r.measure.column}: reference vs current (share per bin)`,
            categories: r.measure.histogram.bins,
            series: [
                { name: 'reference', values: r.measure.histogram.reference },
                { name: 'current', values: r.measure.histogram.current },
            ],
            xLabel: r.measure.kind === 'numeric' ? 'bin' : 'category',
            yLabel: 'share',
        });
    }
    return figures;
}

;// CONCATENATED MODULE: ./src/core/monitor/prediction-drift.ts

/** The prefix of a prediction column's drift check message and of its figures' titles. */
const PREDICTION_DRIFT_LABEL = 'Prediction drift';
/**
 * A drift decision's checks and figures with the model's prediction columns (scores, predicted labels) apart from
 * the inputs: their `drift.<column>` checks say "prediction drift", and their table and charts are a separate
 * section after the inputs'. Columns not in `predictionColumns` are input drift, as before.
 * @throws never
 * @example
 * predictionDriftReport({ checks: [], drifted: [], rows: [] }, ['score']).figures.length // => 0
 */
function predictionDriftReport(decision, predictionColumns) {
    const isPrediction = new Set(predictionColumns);
    const predicted = decision.rows.filter((r) => isPrediction.has(r.measure.column));
    if (predicted.length === 0)
        return { checks: decision.checks, figures: driftFigures(decision) };
    const subset = (rows) => ({
        checks: [],
        drifted: rows.filter((r) => r.drifted).map((r) => r.measure.column),
        rows,
    });
    const inputs = driftFigures(subset(decision.rows.filter((r) => !isPrediction.has(r.measure.column))));
    const predictions = driftFigures(subset(predicted)).map((f) => ({
        ...f,
        title: `${PREDICTION_DRIFT_LABEL}: ${f.title}`,
    }));
    const columnOf = (check) => check.id.startsWith('drift.') && check.id !== 'drift.dataset' ? check.id.slice('drift.'.length) : undefined;
    const checks = decision.checks.map((check) => {
        const column = columnOf(check);
        return column !== undefined && isPrediction.has(column)
            ? { ...check, message: `${PREDICTION_DRIFT_LABEL.toLowerCase()}: ${check.message}` }
            : check;
    });
    return { checks, figures: [...inputs, ...predictions] };
}

// EXTERNAL MODULE: ./src/core/validate/messages.ts
var validate_messages = __webpack_require__(15588);
;// CONCATENATED MODULE: ./src/core/validate/decide-validate-data.ts







/**
 * The validate-data verdict. Checks, in order: what the mode wrote or merged (`profile.written`,
 * `profile.merged`), the contract checks, then drift (`drift.dataset`, `drift.<column>`) when there is a reference
 * and drift is enabled: every reference column but the ignored and the unique ones, a column missing from the
 * current data or not comparable being an `error` (measureDatasetDrift, decideDrift). A run that checked nothing
 * is one `error` check (`validate-data.nothing`), never a pass. Title: "Data passed N check(s)" or
 * "M of N data check(s) failed" (M counts `fail` and `error`); mode infer reports the contract it inferred.
 * Output `drifted-columns`: the drifted columns, comma-separated ('' when none or no drift was measured).
 * @throws never on data; a RangeError only on a bug
 * @example
 * decideValidateData({ mode: 'validate', current: { profiles: [], contractChecks: undefined }, reference: undefined, contract: undefined }, DEFAULT_VALIDATE_DATA_POLICY).checks[0]?.id // => 'validate-data.nothing'
 */
function decideValidateData(evidence, policy) {
    const output = action_outputs/* Outputs */.t['validate-data'].DriftedColumns;
    if (evidence.mode === 'infer') {
        const { source, output: path, columns, contractYaml } = evidence;
        return {
            title: validate_messages/* validateMessages */.Z.inferredTitle(source),
            checks: [
                {
                    id: 'contract.inferred',
                    status: 'pass',
                    observed: columns,
                    message: validate_messages/* validateMessages */.Z.inferred(columns, source, path),
                },
            ],
            figures: [{ kind: 'text', title: 'Inferred contract', markdown: '```yaml\n' + contractYaml + '```' }],
            outputs: { [output]: '' },
        };
    }
    const rows = evidence.current.profiles[0]?.rows ?? 0;
    const checks = [];
    if (evidence.mode === 'merge')
        checks.push({
            id: 'profile.merged',
            status: 'pass',
            observed: evidence.shards,
            message: validate_messages/* validateMessages */.Z.merged(evidence.shards, rows),
        });
    if (evidence.mode === 'profile')
        checks.push({
            id: 'profile.written',
            status: 'pass',
            observed: rows,
            message: validate_messages/* validateMessages */.Z.profiled(evidence.current.profiles.length, evidence.source, evidence.output),
        });
    const contractChecks = evidence.current.contractChecks ?? [];
    checks.push(...(evidence.mode === 'profile' ? contractChecks.map(shardRowsCheck) : contractChecks));
    // Aggregates (mean, stdev, quantiles) are about the whole dataset: judged where the profiles are complete (one scan,
    // or merged shards), not per shard in mode profile.
    if (evidence.contract !== undefined && evidence.mode !== 'profile')
        checks.push(...contractAggregateChecks(evidence.contract, evidence.current.profiles));
    const figures = [];
    let drifted = '';
    if (evidence.reference !== undefined && policy.drift.enabled) {
        const measured = measureDatasetDrift(evidence.reference, evidence.current.profiles, evidence.contract, policy);
        const decision = decideDrift(measured.measures, measured.errors, policy);
        const report = predictionDriftReport(decision, evidence.predictionColumns ?? []);
        checks.push(...report.checks);
        figures.push(...report.figures);
        drifted = decision.drifted.join(',');
    }
    if (checks.length === 0)
        checks.push({
            id: 'validate-data.nothing',
            status: 'error',
            observed: null,
            message: validate_messages/* validateMessages */.Z.nothingChecked(),
        });
    const failed = checks.filter((c) => (0,gate_status/* isBlocking */.Us)(c.status)).length;
    const title = failed === 0 ? validate_messages/* validateMessages */.Z.passedTitle(checks.length) : validate_messages/* validateMessages */.Z.failedTitle(failed, checks.length);
    return { title, checks, figures, outputs: { [output]: drifted } };
}
/**
 * A shard's `contract.rows` below the contract's minimum says nothing yet: the minimum is about the whole dataset,
 * which merge judges from the summed rows. Above the maximum (or empty) is already a verdict, since shards only add.
 */
function shardRowsCheck(check) {
    // Likewise a row-level rule with `mostly`: a share below it in one shard can still be met by all rows.
    if (typeof check.details?.mostly === 'number' && (check.status === 'fail' || check.status === 'warn'))
        return { ...check, status: 'skipped', message: validate_messages/* validateMessages */.Z.shardMostly(check.message) };
    if (check.id !== 'contract.rows' || check.status !== 'fail' || typeof check.observed !== 'number')
        return check;
    const { min, max } = check.threshold ?? {};
    if (min === undefined || check.observed >= min || (max !== undefined && check.observed > max))
        return check;
    return { ...check, status: 'skipped', message: validate_messages/* validateMessages */.Z.shardRows(check.observed, min) };
}

// EXTERNAL MODULE: ./src/io/profile-file.ts + 2 modules
var profile_file = __webpack_require__(84924);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/monitor/messages.ts
var monitor_messages = __webpack_require__(98356);
// EXTERNAL MODULE: ./src/validate-data/inputs.ts
var validate_data_inputs = __webpack_require__(90048);
// EXTERNAL MODULE: ./src/registry/create-registry.ts
var create_registry = __webpack_require__(37115);
// EXTERNAL MODULE: ./src/registry/registry-errors.ts
var registry_errors = __webpack_require__(47378);
;// CONCATENATED MODULE: ./src/validate-data/registry-reference.ts






/**
 * Reads the version `alias` points at and decodes its card's `reference` (register-model `reference-profile`)
 * through the same checks as a profile file, so a damaged card is a clear error and no reference data file is
 * needed on the monitoring runner.
 * @throws ConfigurationError when the alias is not set or the version has no stored reference; DataError when the
 *   stored reference is malformed; ServiceError when the registry cannot be reached
 */
async function readRegistryReference(inputs, options) {
    const registry = await (0,create_registry/* createRegistry */.I)(inputs.registry, {
        logger: options.logger,
        signal: options.signal,
        ...(inputs.token === undefined ? {} : { token: inputs.token }),
    });
    let ref;
    try {
        ref = await registry.get(inputs.model, { alias: inputs.alias });
    }
    catch (error) {
        if (!(error instanceof registry_errors/* NotFoundError */.m_))
            throw error;
        throw new errors/* ConfigurationError */.j1(monitor_messages/* monitorMessages */.l.aliasNotSet(inputs.model, inputs.alias, registry.description), { input: validate_data_inputs/* Inputs */.G0.ReferenceAlias }, monitor_messages/* monitorMessages */.l.aliasNotSetHint());
    }
    const stored = ref.card.reference;
    if (stored === undefined)
        throw new errors/* ConfigurationError */.j1(monitor_messages/* monitorMessages */.l.noStoredReference(ref.name, ref.version, inputs.alias), { input: validate_data_inputs/* Inputs */.G0.ReferenceRegistry }, monitor_messages/* monitorMessages */.l.noStoredReferenceHint());
    const where = `${registry.description} ${ref.name} v${ref.version} card reference`;
    const file = (0,profile_file/* parseProfileFile */.L0)({ kind: 'modelgate-profile', schemaVersion: 1, source: where, columns: stored.columns }, where);
    options.logger.info(`drift reference: ${ref.name} v${ref.version} (alias ${inputs.alias}) from ${registry.description}, profiled ${stored.createdAt}`);
    return {
        profiles: file.columns,
        model: ref.name,
        alias: inputs.alias,
        version: ref.version,
        modelDigest: ref.card.modelDigest,
        sources: Object.fromEntries(stored.sources.map((s) => [s.path, s.sha256])),
    };
}

;// CONCATENATED MODULE: ./src/validate-data/drift-reference.ts




/**
 * Reads the reference drift is measured against, only when drift is enabled: the champion's stored profile from
 * the registry (`reference-registry`, `reference-model`, `reference-alias`), else the `reference` file (as a job
 * the caller scans together with the data).
 * @throws ConfigurationError when the registry reference lacks a contract column (or cannot be found; see
 *   readRegistryReference)
 */
async function readDriftReference(inputs, contract, options) {
    if (!options.enabled)
        return { profiles: undefined, subject: {} };
    if (inputs.referenceRegistry !== undefined) {
        const ref = await readRegistryReference(inputs.referenceRegistry, options);
        const names = new Set(ref.profiles.map((p) => p.name));
        const absent = Object.keys(contract?.columns ?? {}).filter((name) => !names.has(name));
        if (absent.length > 0)
            throw new errors/* ConfigurationError */.j1(monitor_messages/* monitorMessages */.l.referenceMissesContractColumn(ref.model, ref.version, absent), { input: validate_data_inputs/* Inputs */.G0.Contract }, monitor_messages/* monitorMessages */.l.referenceMissesContractColumnHint());
        return {
            profiles: ref.profiles,
            subject: {
                model: ref.model,
                alias: ref.alias,
                version: String(ref.version),
                ...(ref.modelDigest === undefined ? {} : { modelDigest: ref.modelDigest }),
                dataHashes: ref.sources,
            },
        };
    }
    if (inputs.reference === undefined)
        return { profiles: undefined, subject: {} };
    return {
        profiles: undefined,
        job: { path: inputs.reference, contract: undefined },
        subject: {},
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 2 modules
var dist = __webpack_require__(60925);
// EXTERNAL MODULE: ./src/io/dataset/index.ts + 3 modules
var dataset = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/io/paths/index.ts + 3 modules
var paths = __webpack_require__(67347);
;// CONCATENATED MODULE: ./src/validate-data/expand-data-paths.ts







/** How many folder levels below the pattern's fixed base a glob walks (`**` included): deep enough for date trees. */
const MAX_GLOB_DEPTH = 12;
/** How many data files one `data` glob or folder may name: more is a mistake, not a monitoring window. */
const MAX_DATA_FILES = 10_000;
/** Whether `path` is a data file name validate-data reads (CSV/TSV, JSON Lines, Parquet, .gz). */
function isDataFile(path) {
    try {
        (0,dataset/* datasetFormat */.QV)(path);
        return true;
    }
    catch {
        return false;
    }
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * A glob split at its first wildcard segment: the fixed folder (`production/2026` of `production/2026/*.csv`, `.`
 * when the first segment is dynamic) and the rest. The base is checked against the allowed roots before anything is
 * walked, so `/**` or `../../**` is refused instead of crawling the machine.
 */
function splitGlob(pattern) {
    const segments = pattern.split('/');
    const first = segments.findIndex((segment) => (0,dist/* isDynamicPattern */.ey)(segment));
    const fixed = segments.slice(0, first);
    const base = fixed.length === 0 ? '.' : fixed.join('/') || '/';
    return { base, rest: segments.slice(first).join('/') };
}
function globFiles(data, input, cwd) {
    const { base, rest } = splitGlob(data);
    if (rest.split('/').includes('..')) {
        throw new errors/* ConfigurationError */.j1(monitor_messages/* monitorMessages */.l.globParentSegment(data), { input }, monitor_messages/* monitorMessages */.l.globParentSegmentHint());
    }
    // Containment of the folder walked, before the walk (the matches are checked again one by one below).
    const folder = (0,external_node_path_.isAbsolute)(base) ? base : (0,external_node_path_.join)(cwd, base);
    (0,paths/* resolveInputPath */.qL)(folder, { kind: 'directory', input, cwd });
    const matched = (0,dist/* globSync */.AZ)(rest, {
        cwd: folder,
        absolute: false,
        onlyFiles: true,
        expandDirectories: false,
        dot: false,
        // A link is not followed while walking: a loop or a link out of the workspace is never crawled.
        followSymbolicLinks: false,
        deep: MAX_GLOB_DEPTH,
    })
        .filter(isDataFile)
        // Named as the pattern names them: relative to cwd for a relative pattern, absolute for an absolute one.
        .map((path) => (0,external_node_path_.join)(base, path));
    if (matched.length === 0)
        throw new errors/* ConfigurationError */.j1(monitor_messages/* monitorMessages */.l.globMatchedNothing(data, cwd), { input }, monitor_messages/* monitorMessages */.l.globHint());
    return matched;
}
/**
 * The files `data` names: a glob (`production/2026-11-*.jsonl`, `**`, `?`, `[…]`, `{a,b}`; tinyglobby) is every
 * file it matches (relative to `cwd`, or absolute for an absolute pattern), a directory (a downloaded artifact) every
 * data file directly in it, anything else itself. In name order, so a run over the same files is the same run. The
 * folder a glob walks passes input path containment before the walk (at most {@link MAX_GLOB_DEPTH} levels, links
 * not followed), and every file after it.
 * @throws ConfigurationError when a glob or a directory holds no data file or more than {@link MAX_DATA_FILES}, a
 *   glob has `..` after a wildcard, or a folder or match leaves the allowed roots
 */
function expandDataPaths(data, input, cwd = process.cwd()) {
    let matched;
    if ((0,dist/* isDynamicPattern */.ey)(data)) {
        matched = globFiles(data, input, cwd);
    }
    else if (isDirectory(data)) {
        const folder = (0,paths/* resolveInputPath */.qL)(data, { kind: 'directory', input, cwd });
        matched = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true })
            .filter((entry) => entry.isFile() && isDataFile(entry.name))
            .map((entry) => (0,external_node_path_.join)(data, entry.name));
        if (matched.length === 0)
            throw new errors/* ConfigurationError */.j1(monitor_messages/* monitorMessages */.l.directoryHoldsNoData(data), { input }, monitor_messages/* monitorMessages */.l.globHint());
    }
    else {
        return [(0,paths/* resolveInputPath */.qL)(data, { kind: 'file', input })];
    }
    if (matched.length > MAX_DATA_FILES) {
        throw new errors/* ConfigurationError */.j1(monitor_messages/* monitorMessages */.l.globTooMany(data, MAX_DATA_FILES), { input }, monitor_messages/* monitorMessages */.l.globTooManyHint());
    }
    return matched.sort().map((path) => (0,paths/* resolveInputPath */.qL)(path, { kind: 'file', input }));
}

// EXTERNAL MODULE: ./src/core/contract/compile-contract-pattern.ts
var compile_contract_pattern = __webpack_require__(61569);
;// CONCATENATED MODULE: ./src/core/contract/contract-problems.ts


const COLUMN_NUMBERS = ['min', 'max', 'max_null_fraction', 'min_length', 'max_length'];
/**
 * The first key of a contract that cannot be checked honestly: a bound, fraction or count that is NaN or ±Infinity
 * (`max: .nan` made every value pass "max NaN holds"), or a `pattern` RE2 cannot run in linear time. Undefined
 * when there is none. The schema refuses non-finite numbers too; this holds for contracts built in code.
 * @throws never
 * @example
 * contractProblem({ columns: { a: { type: 'float', max: Number.NaN } } })?.path // => 'columns.a.max'
 * @example
 * contractProblem({ columns: { a: { type: 'string', pattern: '^(a+)+$' } } }) // => undefined
 */
function contractProblem(contract) {
    for (const [name, rule] of Object.entries(contract.columns)) {
        for (const key of COLUMN_NUMBERS) {
            const value = rule[key];
            if (value !== undefined && !Number.isFinite(value))
                return nonFinite(`columns.${name}.${key}`, value);
        }
        const aggregate = aggregateProblem(name, rule);
        if (aggregate !== undefined)
            return aggregate;
        if (rule.pattern !== undefined) {
            const compiled = (0,compile_contract_pattern/* compileContractPattern */.g)(rule.pattern);
            if (!compiled.ok) {
                const path = `columns.${name}.pattern`;
                return {
                    path,
                    message: messages/* contractMessages */.x.unusablePattern(path, rule.pattern, compiled.reason),
                    hint: messages/* contractMessages */.x.unusablePatternHint(),
                };
            }
        }
    }
    for (const key of ['min', 'max']) {
        const value = contract.rows?.[key];
        if (value !== undefined && !Number.isFinite(value))
            return nonFinite(`rows.${key}`, value);
    }
    return undefined;
}
/** Numbers of the aggregate rules and `mostly` (bounds, q, shares) that must be finite; min ≤ max. */
function aggregateProblem(name, rule) {
    const numbers = [];
    const bounded = [];
    if (rule.mean !== undefined)
        bounded.push([`columns.${name}.mean`, rule.mean]);
    if (rule.stdev !== undefined)
        bounded.push([`columns.${name}.stdev`, rule.stdev]);
    (rule.quantiles ?? []).forEach((q, i) => {
        bounded.push([`columns.${name}.quantiles[${i}]`, q]);
        numbers.push([`columns.${name}.quantiles[${i}].q`, q.q]);
    });
    for (const [path, b] of bounded)
        numbers.push([`${path}.min`, b.min], [`${path}.max`, b.max]);
    if (typeof rule.mostly === 'number')
        numbers.push([`columns.${name}.mostly`, rule.mostly]);
    else
        for (const [key, v] of Object.entries(rule.mostly ?? {}))
            numbers.push([`columns.${name}.mostly.${key}`, v]);
    for (const [path, value] of numbers)
        if (value !== undefined && !Number.isFinite(value))
            return nonFinite(path, value);
    for (const [path, b] of bounded)
        if (b.min !== undefined && b.max !== undefined && b.min > b.max)
            return { path, message: messages/* contractMessages */.x.boundsReversed(path, b.min, b.max), hint: 'swap or fix the bounds' };
    return undefined;
}
function nonFinite(path, value) {
    return { path, message: messages/* contractMessages */.x.nonFiniteNumber(path, value), hint: messages/* contractMessages */.x.nonFiniteNumberHint() };
}

// EXTERNAL MODULE: ./src/io/read-yaml-document.ts
var read_yaml_document = __webpack_require__(65700);
;// CONCATENATED MODULE: ./src/validate-data/read-contract.ts




/** Reads a YAML/JSON contract, validated against schemas/contract.schema.json, plus the rules a schema cannot say. */
function readContract(path) {
    const contract = (0,read_yaml_document/* readYamlDocument */.HS)(path, 'contract', 'data contract');
    const problem = contractProblem(contract);
    if (problem !== undefined)
        throw new errors/* ConfigurationError */.j1(problem.message, { file: path, path: problem.path, input: validate_data_inputs/* Inputs */.G0.Contract }, problem.hint);
    for (const [name, rule] of Object.entries(contract.columns)) {
        if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
            throw new errors/* ConfigurationError */.j1(`data contract: column "${name}" has min ${rule.min} > max ${rule.max}`, { file: path, path: `columns.${name}`, input: validate_data_inputs/* Inputs */.G0.Contract }, 'swap or fix the bounds');
        }
        if (rule.min_length !== undefined && rule.max_length !== undefined && rule.min_length > rule.max_length) {
            throw new errors/* ConfigurationError */.j1(`data contract: column "${name}" has min_length > max_length`, { file: path, path: `columns.${name}`, input: validate_data_inputs/* Inputs */.G0.Contract }, 'swap or fix the bounds');
        }
    }
    const rows = contract.rows;
    if (rows?.min !== undefined && rows.max !== undefined && rows.min > rows.max) {
        throw new errors/* ConfigurationError */.j1('data contract: rows.min > rows.max', { file: path, path: 'rows', input: validate_data_inputs/* Inputs */.G0.Contract }, 'swap or fix the bounds');
    }
    return contract;
}

// EXTERNAL MODULE: ./src/validate-data/scan-workers.ts + 9 modules
var scan_workers = __webpack_require__(74433);
;// CONCATENATED MODULE: ./src/validate-data/read-sides.ts


/**
 * Reads each job into a DataSide, one per job in job order (the result has the jobs' tuple shape): `.profile.json` files as they are (with their contract checks),
 * datasets scanned together (in parallel worker threads when running from a bundle), which the log says.
 * @throws {UserError} what reading a profile file or scanning a dataset throws
 */
async function readSides(jobs, options) {
    const datasets = jobs.filter((job) => !(0,profile_file/* isProfilePath */.zz)(job.path));
    const threads = datasets.length > 1 && (0,scan_workers.scanWorkersEnabled)() ? ` (${datasets.length} worker threads in parallel)` : '';
    if (datasets.length > 0)
        options.logger.info(`reading ${datasets.map((job) => job.path).join(' and ')}${threads}`);
    const scans = await (0,scan_workers.scanDatasets)(datasets, {
        maxExamples: options.maxExamples,
        signal: options.signal,
        debug: (message) => options.logger.debug(message),
        ...(options.maxFieldBytes === undefined ? {} : { maxFieldBytes: options.maxFieldBytes }),
    });
    const sides = jobs.map((job) => {
        if (!(0,profile_file/* isProfilePath */.zz)(job.path))
            return scans[datasets.indexOf(job)];
        const file = (0,profile_file/* readProfileFile */.CI)(job.path);
        return { profiles: file.columns, contractChecks: file.contractChecks };
    });
    return sides;
}

;// CONCATENATED MODULE: ./src/validate-data/read-data-files.ts




/**
 * Reads the files a `data` glob or directory matched as one dataset: each file is scanned (with the contract) and
 * the sides are merged as the shards of `mode: merge` are (profiles per column, contract checks as one pass,
 * `unique` across files). One file is read as it is. A reference file (`reference`) is scanned with them, in
 * parallel worker threads when running from a bundle. `profiled`: the data's columns to profile in full (ScanJob.profiled).
 * @throws DataError naming the first file whose columns differ from the first file's
 */
async function readDataFiles(paths, contract, options, reference, profiled) {
    const scanned = await readSides([
        ...paths.map((path) => ({ path, contract, ...(profiled === undefined ? {} : { profiled }) })),
        ...(reference ? [reference] : []),
    ], options);
    const sides = scanned.slice(0, paths.length);
    const referenceSide = reference === undefined ? undefined : scanned[paths.length];
    return { current: mergeDataSides(paths, sides, contract, options.logger), reference: referenceSide };
}
/** The sides of several data files as one, after checking they have the same columns. */
function mergeDataSides(paths, sides, contract, logger) {
    if (sides.length === 1)
        return sides[0];
    const names = (side) => side.profiles.map((p) => p.name);
    const first = new Set(names(sides[0]));
    sides.forEach((side, i) => {
        const own = new Set(names(side));
        const missing = [...first].filter((name) => !own.has(name));
        const extra = [...own].filter((name) => !first.has(name));
        if (missing.length > 0 || extra.length > 0)
            throw new errors/* DataError */.fL(monitor_messages/* monitorMessages */.l.columnsDiffer(paths[i], paths[0], missing, extra), { file: paths[i] }, monitor_messages/* monitorMessages */.l.columnsDifferHint());
    });
    logger.info(`${paths.length} data files read as one dataset`);
    return (0,profile_file/* mergeProfileFiles */.FX)(sides.map((side, i) => ({
        kind: 'modelgate-profile',
        schemaVersion: 1,
        source: paths[i],
        columns: [...side.profiles],
        ...(side.contractChecks === undefined ? {} : { contractChecks: [...side.contractChecks] }),
        ...(side.uniqueHashes === undefined ? {} : { uniqueHashes: side.uniqueHashes }),
    })), contract !== undefined);
}

;// CONCATENATED MODULE: ./src/core/monitor/monitoring-history.ts
/** The version of the history file; a file of another version starts a new history (with a warning). */
const MONITORING_HISTORY_VERSION = 1;
/** Runs kept: about three months of daily runs. */
const MONITORING_HISTORY_LENGTH = 90;
function isRun(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const { at, status, figures } = value;
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)))
        return false;
    if (status !== 'pass' && status !== 'warn' && status !== 'fail' && status !== 'error')
        return false;
    if (typeof figures !== 'object' || figures === null || Array.isArray(figures))
        return false;
    return Object.values(figures).every((v) => typeof v === 'number' && Number.isFinite(v));
}
/**
 * A history file's content read back for `model`@`alias`. A file that does not parse, has another version, or is
 * about another model is unreadable (the caller starts afresh and says why); single runs that do not validate are
 * dropped, so one bad entry written by hand does not cost the whole trend.
 */
function parseMonitoringHistory(text, model, alias) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return { kind: 'unreadable', reason: 'it is not JSON' };
    }
    if (typeof parsed !== 'object' || parsed === null)
        return { kind: 'unreadable', reason: 'it is not a JSON object' };
    const file = parsed;
    if (file.version !== MONITORING_HISTORY_VERSION)
        return {
            kind: 'unreadable',
            reason: `its version is ${JSON.stringify(file.version)}, not ${MONITORING_HISTORY_VERSION}`,
        };
    if (file.model !== model || file.alias !== alias)
        return { kind: 'unreadable', reason: `it is the history of ${String(file.model)}@${String(file.alias)}` };
    const runs = Array.isArray(file.runs) ? file.runs.filter(isRun) : [];
    return { kind: 'history', history: { version: MONITORING_HISTORY_VERSION, model, alias, runs } };
}
/** The history with `run` appended, oldest dropped past the limit; runs stay in time order. */
function appendMonitoringRun(history, run) {
    const figures = Object.fromEntries(Object.entries(run.figures).filter(([, v]) => Number.isFinite(v)));
    const runs = [...history.runs, { ...run, figures }]
        .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
        .slice(-MONITORING_HISTORY_LENGTH);
    return { ...history, runs };
}
function emptyMonitoringHistory(model, alias) {
    return { version: MONITORING_HISTORY_VERSION, model, alias, runs: [] };
}
/**
 * The trend of `figureNames` over the last `last` runs: a line chart (the renderer pairs it with its table). A
 * figure a run did not record draws as 0 in the chart and shows as "—" in the table. Undefined with fewer than two
 * runs: one point is not a trend.
 * @example monitoringTrend({ version: 1, model: 'm', alias: 'a', runs: [] }, ['psi'], 'PSI', 30) // => undefined
 */
function monitoringTrend(history, figureNames, title, last = 30) {
    const runs = history.runs.slice(-last);
    if (runs.length < 2 || figureNames.length === 0)
        return undefined;
    return {
        kind: 'line',
        title,
        x: runs.map((run) => run.at.slice(0, 10)),
        series: figureNames.map((name) => ({ name, values: runs.map((run) => run.figures[name] ?? Number.NaN) })),
        xLabel: 'run',
    };
}

;// CONCATENATED MODULE: ./src/core/monitor/drift-history-run.ts



/** Prefix of a column's PSI among a run's figures (`psi:<column>`); the drift statistic is `statistic:<column>`. */
const PSI_FIGURE = 'psi:';
const STATISTIC_FIGURE = 'statistic:';
/**
 * The key figures of one validate-data run for the monitoring history: per drift-checked column its PSI and its
 * drift statistic (from the `drift.<column>` check details), the share of drifted columns, the rows, and the
 * run's status (the worst check; a run of skipped checks only counts as pass).
 * @throws never
 * @example
 * driftHistoryRun({ title: '', checks: [], figures: [], outputs: {} }, 10, new Date(0)).figures // => { rows: 10 }
 */
function driftHistoryRun(outcome, rows, at, runUrl) {
    const figures = { rows };
    for (const check of outcome.checks) {
        if (!check.id.startsWith('drift.'))
            continue;
        if (check.id === 'drift.dataset') {
            if (typeof check.observed === 'number')
                figures.drifted_share = check.observed;
            continue;
        }
        const details = check.details;
        const column = check.id.slice('drift.'.length);
        if (typeof details?.psi === 'number')
            figures[PSI_FIGURE + column] = details.psi;
        if (typeof details?.statistic === 'number')
            figures[STATISTIC_FIGURE + column] = details.statistic;
    }
    const status = outcome.status ?? (0,gate_status/* worstOf */.hm)(outcome.checks.map((c) => c.status));
    return {
        at: at.toISOString(),
        ...(runUrl === undefined ? {} : { runUrl }),
        status: status === 'skipped' ? 'pass' : status,
        figures,
    };
}
/**
 * The PSI trend of the columns the latest run measured, over the last runs (monitoringTrend: a line chart the
 * renderer pairs with its table); undefined with fewer than two runs.
 * @throws never
 * @example driftTrend({ version: 1, model: 'm', alias: 'a', runs: [] }) // => undefined
 */
function driftTrend(history) {
    const latest = history.runs.at(-1);
    if (latest === undefined)
        return undefined;
    const names = Object.keys(latest.figures).filter((name) => name.startsWith(PSI_FIGURE));
    const trend = monitoringTrend(history, names, monitor_messages/* monitorMessages */.l.historyTitle());
    if (trend === undefined)
        return undefined;
    return { ...trend, series: trend.series.map((s) => ({ ...s, name: s.name.slice(PSI_FIGURE.length) })), yLabel: 'PSI' };
}

// EXTERNAL MODULE: ./src/core/error-message.ts
var error_message = __webpack_require__(90007);
// EXTERNAL MODULE: ./src/io/read-bounded-text.ts
var read_bounded_text = __webpack_require__(46288);
;// CONCATENATED MODULE: ./src/validate-data/history-file.ts








/** A history of 90 runs of a few dozen columns is tens of kilobytes; more is not a history file. */
const MAX_HISTORY_BYTES = 8 * 1024 * 1024;
/**
 * The monitoring history kept in `path` for `model`@`alias`: a missing file is an empty history (the first run);
 * a file that cannot be read or parsed, or belongs to another model, is a warning and a fresh history — never a
 * failed run, since the verdict does not depend on it.
 */
function readHistoryFile(path, model, alias, logger) {
    if (!(0,external_node_fs_.existsSync)(path))
        return emptyMonitoringHistory(model, alias);
    let text;
    try {
        text = (0,read_bounded_text/* readBoundedText */.Ht)(path, `history file ${path}`, MAX_HISTORY_BYTES);
    }
    catch (error) {
        logger.warning(monitor_messages/* monitorMessages */.l.historyUnreadable(path, (0,error_message/* errorMessage */.g)(error)));
        return emptyMonitoringHistory(model, alias);
    }
    const parsed = parseMonitoringHistory(text, model, alias);
    if (parsed.kind === 'history')
        return parsed.history;
    logger.warning(monitor_messages/* monitorMessages */.l.historyUnreadable(path, parsed.reason));
    return emptyMonitoringHistory(model, alias);
}
/** Writes the history back (the workflow persists the file between runs, e.g. with actions/cache). */
function writeHistoryFile(path, history) {
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    }
    catch (error) {
        throw (0,paths/* fileSystemUserError */.bF)(error, { path, verb: 'write', input: validate_data_inputs/* Inputs */.G0.HistoryFile }) ?? error;
    }
    (0,paths/* writeTextFile */.Tl)(path, JSON.stringify(history, null, 2) + '\n', validate_data_inputs/* Inputs */.G0.HistoryFile);
}

;// CONCATENATED MODULE: ./src/validate-data/record-history.ts



/**
 * With `history-file` set: reads the history (missing = empty, damaged = warning and a fresh one), appends this
 * run's key figures (per-column PSI and drift statistic, drifted share, rows, status, time, run URL), writes it
 * back and adds the trend (a Mermaid line chart with its table) to the report's figures. The verdict is unchanged.
 */
function recordHistory(context, path, about, outcome) {
    if (path === undefined)
        return outcome;
    const run = driftHistoryRun(outcome, about.rows, context.now(), context.github.runUrl);
    const history = appendMonitoringRun(readHistoryFile(path, about.model, about.alias, context.logger), run);
    writeHistoryFile(path, history);
    context.logger.info(`history: ${history.runs.length} run(s) in ${path}`);
    const trend = driftTrend(history);
    return trend === undefined ? outcome : { ...outcome, figures: [...outcome.figures, trend] };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/core/contract/infer-bounds.ts


/** Tukey's far-fence multiple: a bound is set at Q1 − 3·IQR / Q3 + 3·IQR (4.7σ for a normal column). */
const FENCE_IQR = 3;
/** z of the one-sided 99.9% Wilson upper bound used for null tolerances. */
const NULL_Z = 3.090232306167813;
/** Added to the null-rate upper bound: room for the sampling noise of the data checked later. */
const NULL_MARGIN = 0.02;
/** Fewest present values before a column can be called unique (an identifier). */
const MIN_UNIQUE_ROWS = 20;
/**
 * One-sided Wilson score upper bound of a rate k / n at `z`.
 * @throws never
 * @example
 * wilsonUpper(0, 100) // => 0.08717093727995562
 */
function wilsonUpper(k, n, z = NULL_Z) {
    if (n === 0)
        return 1;
    const p = k / n;
    const d = 1 + (z * z) / n;
    return Math.min(1, (p + (z * z) / (2 * n) + z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d);
}
/**
 * The null tolerance inferred from an observed rate: 0 when no cell was missing (as TFDV's presence
 * min_fraction 1), else the 99.9% Wilson upper bound of the observed rate plus NULL_MARGIN, rounded up to 1e-4.
 * @throws never
 * @example
 * inferNullFraction(0, 500) // => 0
 */
function inferNullFraction(missing, rows) {
    if (missing === 0 || rows === 0)
        return 0;
    return Math.min(1, Math.ceil((wilsonUpper(missing, rows) + NULL_MARGIN) * 1e4) / 1e4);
}
/**
 * Numeric bounds that the same population passes: per side, Tukey's far fence (Q1 − 3·IQR, Q3 + 3·IQR) when no
 * observed value lies beyond the inner fence (1.5·IQR: a light tail), none when one does (a long tail: any bound
 * would be one outlier away from failing); a column that is never negative (or never positive) keeps 0 as its bound where the fence
 * would cross it. Sketch-only columns (past EXACT_VALUES_LIMIT) get the sign
 * bounds only. Integer columns round the fences outward.
 * @throws never
 * @example
 * inferNumericBounds(((p) => { for (const v of [1, 2, 3, 4, 5]) profileAdd(p, v); return finishColumnProfile(p) })(createColumnProfile('x')), false) // => { min: 0, max: 10 }
 */
function inferNumericBounds(p, integer) {
    if (p.min === null || p.max === null)
        return {};
    const out = {};
    const values = (0,column_profile/* exactValues */.IY)(p);
    if (values !== null && values.length > 0) {
        const sorted = values instanceof Float64Array ? values : Float64Array.from(values).sort();
        const q1 = (0,quantile_sorted/* quantileSorted */.Z)(sorted, 0.25);
        const q3 = (0,quantile_sorted/* quantileSorted */.Z)(sorted, 0.75);
        const iqr = q3 - q1;
        const low = q1 - FENCE_IQR * iqr;
        const high = q3 + FENCE_IQR * iqr;
        // A side gets its far fence only when no observed value passes the inner fence (1.5·IQR): a light tail.
        if (iqr > 0 && p.min >= q1 - 1.5 * iqr)
            out.min = integer ? Math.floor(low) : low;
        if (iqr > 0 && p.max <= q3 + 1.5 * iqr)
            out.max = integer ? Math.ceil(high) : high;
    }
    if (p.min >= 0 && (out.min === undefined || out.min < 0))
        out.min = 0;
    if (p.max <= 0 && (out.max === undefined || out.max > 0))
        out.max = 0;
    return out;
}
/**
 * Whether a column looks like an identifier: at least MIN_UNIQUE_ROWS present values, no value twice, and either
 * text (every value counted once while the category counts were exact; past CATEGORY_CAP, every counted one once) or
 * integers packed densely (max − min < 10 × count). Continuous floats are all distinct too, but are not identifiers.
 * @throws never
 * @example
 * isIdLike(((p) => { for (const v of ['a', 'b']) profileAdd(p, v); return finishColumnProfile(p) })(createColumnProfile('x')), 'string') // => false
 */
function isIdLike(p, type) {
    const present = p.rows - p.missing;
    if (present < MIN_UNIQUE_ROWS)
        return false;
    if (type === 'string') {
        for (const c of p.categories.values())
            if (c > 1)
                return false;
        return p.otherCount === 0 ? p.distinct === present : !p.categoriesFrozen;
    }
    const values = (0,column_profile/* exactValues */.IY)(p);
    if (type !== 'int' || values === null || p.min === null || p.max === null)
        return false;
    const sorted = values instanceof Float64Array ? values : Float64Array.from(values).sort();
    for (let i = 1; i < sorted.length; i++)
        if (sorted[i] === sorted[i - 1])
            return false;
    return p.max - p.min < 10 * present;
}

;// CONCATENATED MODULE: ./src/core/contract/infer-contract.ts

/** A string column with at most this many distinct values (and ≤ half as many as values) becomes a category. */
const INFER_MAX_CATEGORIES = 20;
/**
 * Infers a data contract from reference profiles that data of the same population passes, while a shift, a null
 * burst or a new category still fails it (docs/actions/validate-data.md compares the choices with TFDV and Great
 * Expectations): the narrowest type every present value fits (int ⊂ float; bool words; ISO timestamps; category
 * when few distinct strings, with allowed_values; else string); identifiers (isIdLike) become `unique: true` with no
 * range, no domain and no drift; numeric bounds from robust fences or none (inferNumericBounds); null tolerances from
 * an upper confidence bound (inferNullFraction); string lengths only when every value has the same length (a
 * fixed-width code); the file's columns with extra_columns: forbid. Meant to be reviewed and committed.
 * @throws never
 * @example
 * inferContract([]).extra_columns // => 'forbid'
 */
function inferContract(profiles) {
    const columns = {};
    let rows = 0;
    for (const p of profiles) {
        rows = Math.max(rows, p.rows);
        columns[p.name] = inferColumn(p);
    }
    return { version: 1, columns, rows: { min: rows > 0 ? 1 : 0 }, extra_columns: 'forbid' };
}
/** The narrowest type every present value of the column fits (see inferContract). */
function inferType(p) {
    const present = p.rows - p.missing;
    if (present === 0)
        return 'string';
    if (p.ints === present)
        return 'int';
    if (p.numbers === present)
        return 'float';
    if (p.booleans === present)
        return 'bool';
    if (p.timestamps === present)
        return 'timestamp';
    if (p.otherCount === 0 && p.distinct <= INFER_MAX_CATEGORIES && p.distinct * 2 <= present)
        return 'category';
    return 'string';
}
/** One column's rule: its type, null tolerance, then uniqueness or bounds, domain, fixed length. */
function inferColumn(p) {
    const type = inferType(p);
    const rule = {
        type,
        required: true,
        max_null_fraction: inferNullFraction(p.missing, p.rows),
    };
    if (isIdLike(p, type))
        rule.unique = true;
    else if (type === 'int' || type === 'float')
        Object.assign(rule, inferNumericBounds(p, type === 'int'));
    if (type === 'category')
        rule.allowed_values = [...p.categories.keys()].sort();
    if (type === 'string' &&
        rule.unique !== true &&
        !p.categoriesFrozen &&
        p.minLength !== null &&
        p.minLength === p.maxLength) {
        rule.min_length = p.minLength;
        rule.max_length = p.maxLength;
    }
    return rule;
}

;// CONCATENATED MODULE: ./src/validate-data/write-inferred-contract.ts






/**
 * Infers a contract from the profiles of `source` and writes it to `path` as YAML under a review-me header.
 * Returns what the report shows: the number of columns and the text written.
 */
function writeInferredContract(path, source, profiles) {
    const contractYaml = validate_messages/* validateMessages */.Z.inferredHeader(source) + (0,yaml_dist/* stringify */.As)(inferContract(profiles));
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    (0,paths/* writeTextFile */.Tl)(path, contractYaml, 'output');
    return { columns: profiles.length, contractYaml };
}

;// CONCATENATED MODULE: ./src/validate-data/main.ts















/**
 * Starts hashing `paths` (sha256, in order) and marks the promise handled, so that a scan that fails first leaves
 * no unhandled rejection; awaiting it still throws what hashing threw.
 */
function startHashing(paths) {
    const hashes = Promise.all(paths.map((path) => (0,hash_file/* sha256File */.Q)(path))).then((digests) => Object.fromEntries(paths.map((path, i) => [path, digests[i]])));
    hashes.catch(() => undefined);
    return hashes;
}
/** The report's subject: the sha256 of every file the run judged (the session adds the commit and the run). */
async function dataSubject(paths, reference = { profiles: undefined, subject: {} }, hashes = {
    data: startHashing(paths),
    reference: startHashing([]),
}) {
    const dataHashes = await hashes.data;
    const subject = {
        ...reference.subject,
        dataHashes: { ...dataHashes, ...reference.subject.dataHashes, ...(await hashes.reference) },
    };
    return subject;
}
/**
 * The data's columns to profile in full: every column when drift is measured or a profile is written; for a contract
 * run alone only the columns of its aggregate rules (the rest of a profile is never read then, and profiling every
 * column was most of a contract run's time).
 */
function profiledColumns(mode, contract, reference) {
    const drift = reference.job !== undefined || reference.profiles !== undefined;
    return mode === 'validate' && !drift && contract !== undefined ? aggregateRuleColumns(contract) : undefined;
}
/**
 * validate-data: reads the data (a file, a glob or a directory; or the shard profiles), the contract and the drift
 * reference (a file, or the champion's stored profile from the registry), writes what the mode produces (an
 * inferred contract, a profile file, the monitoring history), and returns the verdict decideValidateData gives.
 */
async function main(context) {
    const inputs = (0,validate_data_inputs/* readInputs */.Ko)(context.inputs);
    const policy = resolveValidateDataPolicy((0,policy_document/* policySection */.U)(context.policy, 'validate-data'));
    for (const notice of policy.deprecations)
        context.logger.warning(notice);
    const contract = inputs.contract === undefined ? undefined : readContract(inputs.contract);
    const options = {
        logger: context.logger,
        signal: context.signal,
        maxExamples: policy.maxExamples,
        maxFieldBytes: policy.limits.maxFieldBytes,
    };
    if (inputs.mode === 'infer') {
        const [source] = await readSides([{ path: inputs.source, contract: undefined }], options);
        const inferred = writeInferredContract(inputs.output, inputs.source, source.profiles);
        const evidence = { mode: inputs.mode, source: inputs.source, output: inputs.output, ...inferred };
        return { outcome: decideValidateData(evidence, policy), subject: await dataSubject([inputs.source]) };
    }
    // The reference is read only when drift will be measured.
    const reference = await readDriftReference(inputs, contract, { ...options, enabled: policy.drift.enabled });
    const paths = inputs.mode === 'merge' ? inputs.profiles : expandDataPaths(inputs.data, validate_data_inputs/* Inputs */.G0.Data);
    const jobs = reference.job === undefined ? [] : [reference.job];
    // Hashed while the workers scan (this thread only waits for them then), not before and after the scans.
    const hashes = {
        reference: startHashing(reference.job === undefined ? [] : [reference.job.path]),
        data: startHashing(paths),
    };
    const { current, reference: scanned } = await Promise.resolve(inputs.mode === 'merge'
        ? {
            current: (0,profile_file/* mergeProfileFiles */.FX)(inputs.profiles.map((path) => (0,profile_file/* readProfileFile */.CI)(path)), contract !== undefined),
            reference: (await readSides(jobs, options))[0],
        }
        : readDataFiles(paths, contract, options, reference.job, profiledColumns(inputs.mode, contract, reference))).catch(async (error) => {
        // An unreadable reference file is reported as before the scans were overlapped: as its hashing error.
        await hashes.reference;
        throw error;
    });
    const referenceProfiles = reference.profiles ?? scanned?.profiles;
    const compared = {
        current,
        reference: referenceProfiles &&
            referenceForCurrent(referenceProfiles, current.profiles.map((p) => p.name), inputs.predictionColumns),
        contract,
        predictionColumns: inputs.predictionColumns,
    };
    const subject = await dataSubject(paths, reference, hashes);
    const evidence = inputs.mode === 'merge'
        ? { mode: inputs.mode, shards: inputs.profiles.length, ...compared }
        : inputs.mode === 'validate'
            ? { mode: inputs.mode, ...compared }
            : { mode: inputs.mode, source: inputs.data, output: inputs.output, ...compared };
    if (inputs.mode === 'profile')
        (0,profile_file/* writeProfileFile */.z_)(inputs.output, inputs.data, current);
    const about = {
        model: inputs.referenceRegistry?.model ?? 'data',
        alias: inputs.referenceRegistry?.alias ?? 'reference',
        rows: current.profiles[0]?.rows ?? 0,
    };
    const outcome = recordHistory(context, inputs.historyFile, about, decideValidateData(evidence, policy));
    return { outcome, subject };
}


/***/ })

};
