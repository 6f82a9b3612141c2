export const id = 532;
export const ids = [532];
export const modules = {

/***/ 63867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   al: () => (/* binding */ chunkColumnValues),
/* harmony export */   bz: () => (/* binding */ cellColumnValues),
/* harmony export */   jt: () => (/* binding */ chunkLines)
/* harmony export */ });
/* harmony import */ var _cell_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73406);

/** Rows of all chunks, in order. */
const totalRows = (chunks) => chunks.reduce((sum, chunk) => sum + chunk.length, 0);
/**
 * The lines of every row of the chunks, in order (1-based source lines).
 * @throws never
 * @example
 * chunkLines([]) // => Float64Array []
 */
function chunkLines(chunks) {
    const out = new Float64Array(totalRows(chunks));
    let at = 0;
    for (const chunk of chunks) {
        out.set(chunk.lines, at);
        at += chunk.length;
    }
    return out;
}
/**
 * Column `j` of every chunk as {@link ColumnValues}: the numbers copied into one array, text read from the chunk
 * a row lies in.
 * @throws never
 * @example
 * chunkColumnValues([], 0).length // => 0
 */
function chunkColumnValues(chunks, j) {
    const parts = chunks.map((chunk) => chunk.cells[j]);
    const length = totalRows(chunks);
    const numbers = new Float64Array(length);
    const offsets = new Float64Array(parts.length + 1);
    parts.forEach((part, k) => {
        numbers.set(part.numbers.subarray(0, part.length), offsets[k]);
        offsets[k + 1] = offsets[k] + part.length;
    });
    /** The chunk of row i and the row within it. */
    const locate = (i) => {
        let lo = 0;
        let hi = parts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (offsets[mid] <= i)
                lo = mid;
            else
                hi = mid - 1;
        }
        return [parts[lo], i - offsets[lo]];
    };
    const text = (i) => {
        const [part, r] = locate(i);
        if (part.missing[r] === 1)
            return undefined;
        const dictionary = part.dictionary();
        return dictionary.entries[dictionary.ids[r]];
    };
    return {
        length,
        numbers,
        text,
        keyCodes: (index) => {
            const out = new Int32Array(length);
            let at = 0;
            for (const part of parts) {
                const { bytes, starts, ends, missing } = part;
                for (let r = 0; r < part.length; r++)
                    out[at++] = missing[r] === 1 ? -1 : index.code(bytes, starts[r], ends[r]);
            }
            return out;
        },
        shown: (i) => {
            const t = text(i);
            return t === undefined ? 'null' : JSON.stringify(t);
        },
        codes: (limit = Infinity) => {
            const codes = new Int32Array(length);
            const index = new Map();
            const code = (t) => {
                let c = index.get(t);
                if (c === undefined)
                    index.set(t, (c = index.size));
                return c;
            };
            let at = 0;
            for (const part of parts) {
                const { ids, entries } = part.dictionary();
                // Codes in the order rows show them (a missing row reads as '', which a quoted empty field also spells).
                const global = new Int32Array(entries.length).fill(-1);
                for (let r = 0; r < part.length; r++) {
                    const id = ids[r];
                    let c = id >= 0 ? global[id] : -1;
                    if (c < 0) {
                        c = code(id >= 0 ? entries[id] : '');
                        if (id >= 0)
                            global[id] = c;
                        if (index.size > limit)
                            return { codes, entries: [...index.keys()] };
                    }
                    codes[at++] = c;
                }
            }
            return { codes, entries: [...index.keys()] };
        },
    };
}
/**
 * Row cells (as `readDatasetColumns` gives them) as {@link ColumnValues}.
 * @throws never
 * @example
 * cellColumnValues(['1', 'x', null, true]).numbers // => Float64Array [1, NaN, NaN, NaN]
 */
function cellColumnValues(cells) {
    const numbers = Float64Array.from(cells, (cell) => (0,_cell_value_js__WEBPACK_IMPORTED_MODULE_0__/* .cellToNumber */ .nZ)(cell) ?? Number.NaN);
    return {
        length: cells.length,
        numbers,
        text: (i) => (0,_cell_value_js__WEBPACK_IMPORTED_MODULE_0__/* .cellToString */ .hu)(cells[i]),
        shown: (i) => JSON.stringify(cells[i]),
        keyCodes: (index) => Int32Array.from(cells, (cell) => {
            const t = (0,_cell_value_js__WEBPACK_IMPORTED_MODULE_0__/* .cellToString */ .hu)(cell);
            return t === undefined ? -1 : index.codeOfText(t);
        }),
        codes: (limit = Infinity) => {
            const codes = new Int32Array(cells.length);
            const index = new Map();
            for (let i = 0; i < cells.length; i++) {
                const t = (0,_cell_value_js__WEBPACK_IMPORTED_MODULE_0__/* .cellToString */ .hu)(cells[i]) ?? '';
                let c = index.get(t);
                if (c === undefined)
                    index.set(t, (c = index.size));
                codes[i] = c;
                if (index.size > limit)
                    break;
            }
            return { codes, entries: [...index.keys()] };
        },
    };
}


/***/ }),

/***/ 8174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ textLabelError),
/* harmony export */   Ws: () => (/* binding */ binaryLabelsOfColumn),
/* harmony export */   vC: () => (/* binding */ binaryLabelsFromCodes),
/* harmony export */   zR: () => (/* binding */ prepareBinary)
/* harmony export */ });
/* unused harmony export binaryLabelsFromText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _calibration_bin_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19645);
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73865);
/* harmony import */ var _stats_rank_distinct_descending_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38353);
/* harmony import */ var _stats_shared_typed_array_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47519);





/** float64 machine epsilon: sklearn's `log_loss(eps='auto')` clipping bound for float64 scores. */
const EPS = 2.220446049250313e-16;
/**
 * Validates binary labels (0/1) and probability scores in [0, 1] and prepares them for the binary metrics:
 * predictions are `score >= threshold`, and each row gets the rank of its distinct score in descending order
 * (native numeric sort of the scores, then a binary search per row: O(n log n) without a comparator), its
 * (score, label) bucket, and each bucket its log-loss and Brier terms.
 * @throws {RangeError} on empty input, different lengths, a label other than 0/1 or a score outside [0, 1]
 * @example
 * prepareBinary([0, 1, 1], [0.2, 0.7, 0.7]).bucket // => Uint32Array [2, 1, 1]
 */
function prepareBinary(yTrue, yScore, threshold = 0.5) {
    const fn = 'prepareBinary';
    const n = yTrue.length;
    if (n !== yScore.length)
        throw new RangeError(_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .metricsMessages */ .i.lengthMismatch(fn, n, yScore.length));
    if (n === 0)
        throw new RangeError(_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .metricsMessages */ .i.empty(fn));
    // Checked in place: no copy of the labels or scores is kept (at millions of rows each copy is tens of MB, and
    // every metric reads the buckets).
    for (let i = 0; i < n; i++) {
        const label = yTrue[i];
        if (label !== 0 && label !== 1)
            throw new RangeError(_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .metricsMessages */ .i.notBinaryLabel(fn, i, label));
        const s = yScore[i];
        if (!(s >= 0 && s <= 1))
            throw new RangeError(_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .metricsMessages */ .i.scoreOutOfRange(fn, i, s));
    }
    const { rank: group, distinctAscending: unique } = (0,_stats_rank_distinct_descending_js__WEBPACK_IMPORTED_MODULE_2__/* .rankDistinctDescending */ .LV)(yScore);
    const distinct = unique.length;
    const bucket = (0,_stats_shared_typed_array_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedTypedArray */ .D)(Uint32Array, n);
    for (let i = 0; i < n; i++)
        bucket[i] = 2 * group[i] + yTrue[i];
    let positiveGroups = 0;
    // Shared memory: the bootstrap's worker threads read these tables without a copy.
    const bucketLogLoss = (0,_stats_shared_typed_array_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedTypedArray */ .D)(Float64Array, 2 * distinct);
    const bucketBrier = (0,_stats_shared_typed_array_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedTypedArray */ .D)(Float64Array, 2 * distinct);
    const groupScore = (0,_stats_shared_typed_array_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedTypedArray */ .D)(Float64Array, distinct);
    const groupBin = (0,_stats_shared_typed_array_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedTypedArray */ .D)(Uint8Array, distinct);
    for (let g = 0; g < distinct; g++) {
        const s = unique[distinct - 1 - g];
        if (s >= threshold)
            positiveGroups = g + 1;
        groupScore[g] = s;
        groupBin[g] = (0,_calibration_bin_js__WEBPACK_IMPORTED_MODULE_4__/* .calibrationBin */ .W)(s);
        const p = Math.min(Math.max(s, EPS), 1 - EPS);
        const q = 1 - p;
        for (const label of [0, 1]) {
            bucketLogLoss[2 * g + label] = -Math.log((label === 1 ? p : q) / (q + p));
            bucketBrier[2 * g + label] = (s - label) * (s - label);
        }
    }
    return {
        n,
        groupCount: distinct,
        bucket,
        threshold,
        positiveGroups,
        bucketLogLoss,
        bucketBrier,
        groupScore,
        groupBin,
    };
}
/**
 * {@link binaryLabelsFromText} on texts given as codes into `entries` (a dictionary in first-seen order: code c is
 * the text entries[c]), as column chunks hold them: 1 where the text is the positive label.
 * @throws never
 * @example binaryLabelsFromCodes(Int32Array.of(0, 1, 0), ['benign', 'malignant'], 'malignant').labels // => Uint8Array [0, 1, 0]
 * @example binaryLabelsFromCodes(Int32Array.of(0, 1), ['a', 'b'], undefined).problem // => 'needs-positive-label'
 */
function binaryLabelsFromCodes(codes, entries, positiveLabel) {
    const distinct = entries.slice(0, 3);
    if (positiveLabel === undefined)
        return { problem: distinct.length === 2 ? 'needs-positive-label' : 'not-text-labels', distinct };
    const positive = entries.indexOf(positiveLabel);
    if (entries.length > 2 || positive < 0)
        return { problem: 'not-two-labels', distinct };
    const labels = new Uint8Array(codes.length);
    for (let i = 0; i < codes.length; i++)
        labels[i] = codes[i] === positive ? 1 : 0;
    return { labels, distinct };
}
/**
 * {@link binaryLabelsFromCodes} on a column that codes its own texts (ColumnValues, a missing cell reading as '').
 * @throws never
 * @example binaryLabelsOfColumn({ codes: () => ({ codes: Int32Array.of(0, 1), entries: ['n', 'y'] }) }, 'y').labels // => Uint8Array [0, 1]
 */
function binaryLabelsOfColumn(column, positiveLabel) {
    // Three labels are enough to know they are not two.
    const { codes, entries } = column.codes(2);
    return binaryLabelsFromCodes(codes, entries, positiveLabel);
}
/**
 * String labels made binary by `positive-label`: the texts are compared as text, 1 where equal to it. Defined only
 * when at most two distinct labels are present and the positive one is among them (else a typed problem listing
 * the distinct labels, see {@link BinaryTextLabels}). The one coding of text labels for every gate.
 * @throws never
 * @example binaryLabelsFromText(['benign', 'malignant', 'benign'], 'malignant').labels // => Uint8Array [0, 1, 0]
 * @example binaryLabelsFromText(['a', 'b', 'c'], 'a').distinct // => ['a', 'b', 'c']
 * @example binaryLabelsFromText(['a', 'b', 'c', 'd'], undefined).problem // => 'not-text-labels'
 */
function binaryLabelsFromText(texts, positiveLabel) {
    const index = new Map();
    const codes = new Int32Array(texts.length);
    for (let i = 0; i < texts.length; i++) {
        const text = texts[i];
        let code = index.get(text);
        if (code === undefined) {
            code = index.size;
            index.set(text, code);
            // A third label decides: not two labels, whatever the rest holds.
            if (code >= 2)
                break;
        }
        codes[i] = code;
    }
    return binaryLabelsFromCodes(codes, [...index.keys()], positiveLabel);
}
/**
 * The user error for text labels that are not binary as given: a positive label that is not one of two labels
 * (naming `input`, the gate's positive-label input), or two text labels without one (saying to set `input`).
 * Undefined for `not-text-labels`, where the caller's own error (labels that are not 0/1) stands.
 * @throws never
 * @example textLabelError({ problem: 'not-text-labels', distinct: [] }, 'label', undefined, 'positive-label', {}) // => undefined
 */
function textLabelError(coded, column, positiveLabel, input, where) {
    if (!('problem' in coded))
        return undefined;
    const { distinct } = coded;
    if (coded.problem === 'not-two-labels')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .textLabelMessages */ ._.notTwoLabels(column, positiveLabel ?? '', distinct), { ...where, input }, _messages_js__WEBPACK_IMPORTED_MODULE_1__/* .textLabelMessages */ ._.notTwoLabelsHint());
    if (coded.problem === 'needs-positive-label')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .textLabelMessages */ ._.needsPositiveLabel(column, distinct), where, _messages_js__WEBPACK_IMPORTED_MODULE_1__/* .textLabelMessages */ ._.needsPositiveLabelHint(input, distinct));
    return undefined;
}


/***/ }),

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

/***/ 13610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ normalCdf)
/* harmony export */ });
/* harmony import */ var _regularized_gamma_q_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1519);

/**
 * Standard normal cumulative distribution Φ(x) = P(Z ≤ x) (scipy.stats.norm.cdf), through
 * erfc(t) = Q(½, t²): Φ(x) = ½·Q(½, x²/2) for x < 0 and 1 − ½·Q(½, x²/2) otherwise, so the lower tail
 * keeps its relative accuracy far out (Φ(−8) ≈ 6.2e−16).
 * @see https://en.wikipedia.org/wiki/Normal_distribution#Cumulative_distribution_function
 * @throws {RangeError} if x is NaN
 * @example
 * normalCdf(-1.96) // => 0.02499789514822045
 */
function normalCdf(x) {
    if (Number.isNaN(x))
        throw new RangeError('normalCdf: x is NaN');
    if (x === 0)
        return 0.5;
    const tail = 0.5 * (0,_regularized_gamma_q_js__WEBPACK_IMPORTED_MODULE_0__/* .regularizedGammaQ */ .j)(0.5, (x * x) / 2);
    return x < 0 ? tail : 1 - tail;
}


/***/ }),

/***/ 86592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ normalQuantile)
/* harmony export */ });
/* harmony import */ var _normal_cdf_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(13610);

// Acklam's rational approximation (relative error 1.15e−9), then one Halley step on normalCdf.
const A = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const LOW = 0.02425;
/**
 * Standard normal quantile Φ⁻¹(p) (scipy.stats.norm.ppf): Acklam's rational approximation refined by one Halley
 * step against `normalCdf`, which brings it to about 1e−15 relative error over (1e−300, 1 − 1e−16).
 * @see https://web.archive.org/web/20151030215612/http://home.online.no/~pjacklam/notes/invnorm/
 * @throws {RangeError} if p is not in (0, 1)
 * @example normalQuantile(0.975) // => 1.9599639845400552
 */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
    let x;
    if (p < LOW || p > 1 - LOW) {
        const q = Math.sqrt(-2 * Math.log(p < LOW ? p : 1 - p));
        x =
            (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
                ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        if (p > 1 - LOW)
            x = -x;
    }
    else {
        const q = p - 0.5;
        const r = q * q;
        x =
            ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
                (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
    // Halley refinement; in the upper tail work with the upper tail probability to keep precision.
    // e = Φ(x) − p, computed as (1 − p) − Φ(−x) above the median.
    const e = p > 0.5 ? 1 - p - (0,_normal_cdf_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .v)(-x) : (0,_normal_cdf_js__WEBPACK_IMPORTED_MODULE_0__/* .normalCdf */ .v)(x) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    return x - u / (1 + (x * u) / 2);
}


/***/ }),

/***/ 38353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ rankDistinctDescending)
/* harmony export */ });
/* unused harmony exports HASHED_UP_TO_DISTINCT, rankDistinctBySort */
/* harmony import */ var _data_hash32_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16655);

/** Up to this many distinct values the ranks come from a hash table of the distinct values (see below). */
const HASHED_UP_TO_DISTINCT = 1 << 16;
/**
 * Groups equal values: for each value, the index of its distinct value counted from the largest (0 = the
 * largest), plus the distinct values in ascending order. Tied scores share a group, which is what ROC/PR curves,
 * DeLong's placements and bucketed bootstrap metrics work on. Values with at most HASHED_UP_TO_DISTINCT distinct
 * values (scores rounded to a few decimals, the usual case) go through a hash table of the distinct values: one pass,
 * a sort of the distinct values only, no copy of the n values (at five million rows that copy was 40 MB and its sort
 * most of the time). Others (or NaN) take one sort of a copy and a binary search per value: O(n log n). The same
 * answer either way (−0 and 0 are one value, as `===` has it).
 * @throws never
 * @example
 * rankDistinctDescending(Float64Array.of(0.2, 0.9, 0.2)).rank // => Uint32Array [1, 0, 1]
 */
function rankDistinctDescending(values) {
    return rankFew(values) ?? rankDistinctBySort(values);
}
/** The hashed path; undefined past HASHED_UP_TO_DISTINCT distinct values or at a NaN (no work is kept). */
function rankFew(values) {
    const n = values.length;
    // Open addressing at most half full: slot → distinct index + 1 (0 = empty).
    const size = 2 * HASHED_UP_TO_DISTINCT;
    const mask = size - 1;
    const slots = new Int32Array(size);
    const distinct = new Float64Array(HASHED_UP_TO_DISTINCT);
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    let count = 0;
    // First the index of each value's distinct value, in first-seen order (rewritten to ranks below).
    const rank = new Uint32Array(n);
    let last = Number.NaN;
    let lastIndex = 0;
    let negativeZero = false;
    for (let i = 0; i < n; i++) {
        let x = values[i];
        // Runs of one value are common (sorted or coarse scores): no hash for a repeat (a zero goes on, to see −0).
        if (x === last && x !== 0) {
            rank[i] = lastIndex;
            continue;
        }
        if (x !== x)
            return undefined;
        if (x === 0) {
            // −0 and 0 are one value; the sort keeps −0 for it when one is present (it sorts first).
            if (Object.is(x, -0))
                negativeZero = true;
            x = 0;
        }
        bits[0] = x;
        let slot = (0,_data_hash32_js__WEBPACK_IMPORTED_MODULE_0__/* .fmix32 */ .s)(words[0] ^ Math.imul(words[1], 0x9e3779b1)) & mask;
        for (;;) {
            const held = slots[slot];
            if (held === 0) {
                if (count === HASHED_UP_TO_DISTINCT)
                    return undefined;
                distinct[count] = x;
                slots[slot] = ++count;
                lastIndex = count - 1;
                break;
            }
            if (distinct[held - 1] === x) {
                lastIndex = held - 1;
                break;
            }
            slot = (slot + 1) & mask;
        }
        last = x;
        rank[i] = lastIndex;
    }
    // Rank of each distinct value, counted from the largest.
    const order = Array.from({ length: count }, (_, k) => k).sort((a, b) => distinct[a] - distinct[b]);
    const rankOf = new Uint32Array(count);
    const distinctAscending = new Float64Array(count);
    order.forEach((k, position) => {
        rankOf[k] = count - 1 - position;
        const value = distinct[k];
        distinctAscending[position] = value === 0 && negativeZero ? -0 : value;
    });
    for (let i = 0; i < n; i++)
        rank[i] = rankOf[rank[i]];
    return { rank, distinctAscending };
}
/**
 * rankDistinctDescending by one sort of a copy and a binary search per value, whatever the number of distinct
 * values (its path past HASHED_UP_TO_DISTINCT; exported so that tests hold the two paths to one answer).
 * @throws never
 * @example
 * rankDistinctBySort([0.2, 0.9, 0.2]).rank // => Uint32Array [1, 0, 1]
 */
function rankDistinctBySort(values) {
    const n = values.length;
    const sorted = Float64Array.from(values).sort();
    let distinct = 0;
    for (let k = 0; k < n; k++)
        if (k === 0 || sorted[k] !== sorted[k - 1])
            sorted[distinct++] = sorted[k];
    const unique = sorted.subarray(0, distinct);
    const rank = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        const x = values[i];
        let lo = 0;
        let hi = distinct - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (unique[mid] < x)
                lo = mid + 1;
            else
                hi = mid;
        }
        rank[i] = distinct - 1 - lo;
    }
    return { rank, distinctAscending: unique };
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

/***/ 47519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ sharedTypedArray)
/* harmony export */ });
/**
 * A zero-filled typed array over a SharedArrayBuffer, so that worker threads read it without a copy (a
 * structured clone of a shared buffer shares it). Plain JavaScript memory, no I/O: core builds its large
 * per-row arrays this way and the threads that resample them add nothing to the process's memory.
 * @throws {RangeError} if length is negative or not an integer
 * @example
 * sharedTypedArray(Uint32Array, 3).length // => 3
 */
function sharedTypedArray(kind, length) {
    if (!(length >= 0) || !Number.isInteger(length))
        throw new RangeError(`sharedTypedArray: length must be a non-negative integer, got ${length}`);
    return new kind(new SharedArrayBuffer(length * kind.BYTES_PER_ELEMENT));
}


/***/ }),

/***/ 30577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ readColumnValues)
/* harmony export */ });
/* harmony import */ var _core_data_column_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63867);
/* harmony import */ var _read_chunks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89251);
/* harmony import */ var _read_dataset_columns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48420);



/**
 * Reads whole columns of a prediction file: through column chunks where `readColumnChunks` serves the file (numbers
 * parsed from the bytes into one Float64Array per column, text decoded per distinct value only where asked), else
 * through row batches (`readDatasetColumns`). The same cells, lines and errors either way.
 * @throws {DataError} what the readers throw: malformed content, a requested column the file lacks
 * @throws {ConfigurationError} an unreadable path or unknown extension
 */
async function readColumnValues(path, names, options = {}) {
    if ((0,_read_chunks_js__WEBPACK_IMPORTED_MODULE_1__/* .columnChunksSupported */ .jF)(path, options)) {
        const chunks = await (0,_read_chunks_js__WEBPACK_IMPORTED_MODULE_1__/* .readColumns */ .Ej)(path, names, options);
        const lines = (0,_core_data_column_values_js__WEBPACK_IMPORTED_MODULE_0__/* .chunkLines */ .jt)(chunks);
        const cache = new Map();
        return {
            rowCount: lines.length,
            lines,
            chunked: true,
            column: (name) => {
                let values = cache.get(name);
                if (values === undefined)
                    cache.set(name, (values = (0,_core_data_column_values_js__WEBPACK_IMPORTED_MODULE_0__/* .chunkColumnValues */ .al)(chunks, names.indexOf(name))));
                return values;
            },
        };
    }
    const data = await (0,_read_dataset_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .readDatasetColumns */ .I)(path, names, options);
    return {
        rowCount: data.rowCount,
        lines: data.lines,
        chunked: false,
        column: (name) => (0,_core_data_column_values_js__WEBPACK_IMPORTED_MODULE_0__/* .cellColumnValues */ .bz)(data.values.get(name) ?? []),
    };
}


/***/ })

};
