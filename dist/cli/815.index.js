export const id = 815;
export const ids = [815];
export const modules = {

/***/ 24140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ explainMessages)
/* harmony export */ });
/* harmony import */ var _report_format_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75597);

const explainMessages = {
    // Explanation files (register-model's explanation input).
    malformed: (file, why) => `the explanation file ${file} is not an explanation: ${why}`,
    fixMalformed: 'write {"feature": importance, …}, a list of {"feature", "importance", "std"?}, or {"method", "sample_size", "importances"} (schemas/explanation.schema.json)',
    notNumber: (feature) => `the importance of "${feature}" is not a finite number`,
    noFeature: (index) => `item ${index + 1} has no "feature" name`,
    badStd: (feature) => `the std of "${feature}" is not a finite number ≥ 0`,
    notImportances: 'importances must be an object of feature → number or a list of {feature, importance}',
    unknownKeys: (keys) => `unknown key${keys.length === 1 ? '' : 's'} ${keys.map((k) => `"${k}"`).join(', ')} beside "importances"`,
    badMethod: '"method" must be a non-empty string',
    badSampleSize: '"sample_size" must be an integer ≥ 1',
    noImportances: 'it names no feature',
    duplicateFeature: (feature) => `feature "${feature}" is given twice`,
    explanationRequired: (w) => `register-model.explanation.required is set, but ${w.input('explanation')} names no file`,
    fixExplanationRequired: (w) => `pass a JSON file of feature importances (e.g. SHAP mean |value| or sklearn permutation_importance) in ${w.name('explanation')}`,
    // Permutation importance (evaluate-vs-champion).
    tooFewRows: (rows) => `explainability needs at least 2 rows of data with labels; ${rows} found`,
    noFeatures: (data) => `the data ${data} has no feature column to permute (only id and label)`,
    notScore: (which, n, field, line) => `the ${which}'s answer to explainability request ${n} has no numeric "${field}": ${JSON.stringify(line.slice(0, 80))}`,
    fixNotScore: (field) => `answer each request with a number or {"${field}": number}, or name the field in evaluate-vs-champion.explainability.response_field`,
    badLabel: (row, label) => (w) => `row ${row} of the data has label ${JSON.stringify(label)}; explainability needs 0/1 labels (or ${w.name('positive-label')}) for a binary task, numbers for regression`,
    fixBadLabel: (w) => `set ${w.name('positive-label')} for text labels, or ${w.name('label-column')} to the column that holds the outcome`,
    noLabelColumn: (column, data) => `explainability needs the labels in the data: ${data} has no column "${column}"`,
    fixNoLabelColumn: (w) => `add the label column to the data, or set ${w.name('label-column')}`,
    unsupportedTask: 'explainability supports the binary and regression tasks (one number per answer)',
    fixUnsupportedTask: 'remove evaluate-vs-champion.explainability, or score a binary or regression model',
    unsupportedMetric: (metric, task) => `explainability.metric "${metric}" is not a ${task} metric computed from one number per row`,
    // The top-k check (evaluate-vs-champion).
    notComputed: (what, missing) => `the explainability check ${what} could not be computed: ${missing.join('; ')}`,
    topK: (overlap, k, min, low) => `${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(overlap * k)} of the champion's top ${k} features are in the candidate's top ${k} (overlap ${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(overlap)} ${low ? '<' : '≥'} ${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(min)})`,
    rankCorrelation: (rho, features, min, low) => `Spearman rank correlation of the importances over ${features} features ${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(rho)} ${low ? '<' : '≥'} ${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(min)}`,
    rankCorrelationUndefined: (features) => `the rank correlation over ${features} common feature${features === 1 ? '' : 's'} is undefined (fewer than 2, or constant importances)`,
    noChampion: 'there is no champion to compare the importances with (the check is not judged, like every change rule)',
};


/***/ }),

/***/ 13111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ sortImportances),
/* harmony export */   N: () => (/* binding */ parseExplanation)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _explain_messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24140);


const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/**
 * Importances sorted as an explanation keeps them: highest first, ties by feature name (code point order).
 * @example sortImportances([{ feature: 'b', importance: 1 }, { feature: 'a', importance: 1 }, { feature: 'c', importance: 2 }]).map((f) => f.feature) // => ['c', 'a', 'b']
 */
function sortImportances(features) {
    return [...features].sort((a, b) => b.importance - a.importance !== 0 ? b.importance - a.importance : a.feature < b.feature ? -1 : 1);
}
function entries(value, file) {
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(_explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.malformed(file, why), { file }, _explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.fixMalformed);
    if (isObject(value)) {
        return Object.entries(value).map(([feature, importance]) => {
            if (typeof importance !== 'number' || !Number.isFinite(importance))
                throw bad(_explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.notNumber(feature));
            return { feature, importance };
        });
    }
    if (Array.isArray(value)) {
        return value.map((item, i) => {
            if (!isObject(item) || typeof item.feature !== 'string' || item.feature === '')
                throw bad(_explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.noFeature(i));
            const { feature, importance, std } = item;
            if (typeof importance !== 'number' || !Number.isFinite(importance))
                throw bad(_explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.notNumber(feature));
            if (std !== undefined && (typeof std !== 'number' || !(std >= 0) || !Number.isFinite(std)))
                throw bad(_explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.badStd(feature));
            return { feature, importance, ...(std === undefined ? {} : { std }) };
        });
    }
    throw bad(_explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.notImportances);
}
/**
 * Reads an explanation file's parsed JSON. Three shapes are accepted (schemas/explanation.schema.json):
 * `{"feature": importance, …}`; `[{"feature": …, "importance": …, "std"?: …}, …]`; or either of them as
 * `importances` in `{"method"?: …, "sample_size"?: …, "importances": …}`. Importances are finite numbers (negative
 * is allowed: a permutation importance below zero says shuffling helped); features are unique, non-empty names.
 * @throws DataError naming the file and what is wrong
 * @example parseExplanation({ age: 0.1, income: 0.3 }, 'shap.json').features[0] // => { feature: 'income', importance: 0.3 }
 * @example parseExplanation({ method: 'shap', sample_size: 500, importances: [{ feature: 'age', importance: 0.2 }] }, 'e.json').sampleSize // => 500
 */
function parseExplanation(parsed, file) {
    const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataError */ .fL(_explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.malformed(file, why), { file }, _explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.fixMalformed);
    const envelope = isObject(parsed) && 'importances' in parsed && typeof parsed.importances !== 'number';
    let method;
    let sampleSize;
    let body = parsed;
    if (envelope) {
        const known = new Set(['method', 'sample_size', 'importances']);
        const extra = Object.keys(parsed).filter((k) => !known.has(k));
        if (extra.length > 0)
            throw bad(_explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.unknownKeys(extra));
        if (parsed.method !== undefined && (typeof parsed.method !== 'string' || parsed.method === ''))
            throw bad(_explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.badMethod);
        if (parsed.sample_size !== undefined &&
            !(typeof parsed.sample_size === 'number' && Number.isInteger(parsed.sample_size) && parsed.sample_size >= 1))
            throw bad(_explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.badSampleSize);
        method = parsed.method;
        sampleSize = parsed.sample_size;
        body = parsed.importances;
    }
    const features = entries(body, file);
    if (features.length === 0)
        throw bad(_explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.noImportances);
    const seen = new Set();
    for (const f of features) {
        if (seen.has(f.feature))
            throw bad(_explain_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .explainMessages */ .i.duplicateFeature(f.feature));
        seen.add(f.feature);
    }
    return {
        ...(method === undefined ? {} : { method }),
        ...(sampleSize === undefined ? {} : { sampleSize }),
        features: sortImportances(features),
    };
}


/***/ }),

/***/ 87282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ governanceMessages)
/* harmony export */ });
/* harmony import */ var _report_format_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75597);

const ms = (value) => `${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(value)} ms`;
const bytesText = (bytes) => `${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(bytes)} bytes`;
const governanceMessages = {
    // Latency (evaluate-vs-champion).
    latencyBudgetTwice: 'the p95 latency budget is written twice: max_latency_ms and latency.max_p95_ms',
    fixLatencyBudgetTwice: 'keep latency.max_p95_ms and delete max_latency_ms',
    tooFewLatencyRequests: (requests, least) => `latency.requests is ${requests}; at least ${least} timed requests per model are needed for a p95/p99`,
    fixTooFewLatencyRequests: (least) => `set latency.requests to ${least} or more (default 200)`,
    latencyNotMeasured: (budget, missing) => `latency budget ${budget} could not be measured: ${missing.length === 0 ? 'latency was not measured' : `set ${missing.join(', ')}`}`,
    latencyQuantile: (q, candidate, champion, budgetMs, over) => `candidate ${q} latency ${ms(candidate)}${champion === undefined ? '' : ` (champion ${ms(champion)})`} ${over ? '>' : '≤'} ${ms(budgetMs)}`,
    latencySlowdown: (slowdown, candidate, champion, max, over) => `candidate p95 ${ms(candidate)} is ${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(slowdown * 100)}% ${slowdown < 0 ? 'faster' : 'slower'} than the champion's ${ms(champion)}; ${over ? 'more than' : 'within'} the allowed ${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(max * 100)}% slowdown`,
    latencyChampionZero: 'the champion answered in 0 ms at p95, so a relative slowdown is undefined',
    // Model size and peak memory (evaluate-vs-champion).
    modelSizeNotMeasured: (max, missing) => `model size limit ${bytesText(max)} could not be measured: ${missing.length === 0 ? 'the model directory was not read' : `set ${missing.join(', ')}`}`,
    modelSize: (bytes, files, max, over) => `candidate model ${bytesText(bytes)} in ${files} file${files === 1 ? '' : 's'} ${over ? '>' : '≤'} ${bytesText(max)}`,
    peakMemoryNotMeasured: (maxMb, why) => `peak memory limit ${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(maxMb)} MiB could not be measured: ${why}`,
    peakMemoryMissing: (missing) => missing.length === 0 ? 'the candidate was not served' : `set ${missing.join(', ')}`,
    peakMemoryHttp: "an HTTP endpoint's memory cannot be read from here; set latency-command so the candidate is served on the runner",
    peakMemoryUnreadable: '/proc/<pid>/status could not be read (peak memory is read on Linux only)',
    peakMemory: (mb, championMb, maxMb, over) => `candidate peak memory ${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(mb)} MiB${championMb === undefined ? '' : ` (champion ${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(championMb)} MiB)`} ${over ? '>' : '≤'} ${(0,_report_format_number_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .Z)(maxMb)} MiB`,
    // Scan results (register-model).
    scanRequired: (input = 'scan-results') => (w) => `register-model.scan.required is set, but ${w.input(input)} names no file`,
    fixScanRequired: (input = 'scan-results') => (w) => `pass the SARIF or osv-scanner JSON files your scanners wrote (e.g. osv-scanner scan --format json > osv.json) in ${w.name(input)}`,
    scanRefused: (model, failing) => `Not registered: ${model} has scan findings at or above the policy's fail_at in ${failing} file${failing === 1 ? '' : 's'}`,
    scanRefusedSummary: 'Fix or upgrade what the findings name and scan again, or accept a triaged id in register-model.scan.accepted. Nothing was stored.',
};


/***/ }),

/***/ 24494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ promotionCommand)
/* harmony export */ });
/** Single-quotes a value for a POSIX shell unless it is plainly safe. */
function shellQuote(value) {
    return /^[A-Za-z0-9._/:=@+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/**
 * The exact promotion to run, for reports and PR comments: the `gh workflow run` line and the workflow link.
 * @example promotionCommand({ repository: 'acme/churn', model: 'churn', version: 7 }).command // => 'gh workflow run promote.yml --repo acme/churn -f model=churn -f version=7 -f alias=champion'
 */
function promotionCommand(input) {
    const workflow = input.workflow ?? 'promote.yml';
    const alias = input.alias ?? 'champion';
    const server = (input.serverUrl ?? 'https://github.com').replace(/\/$/, '');
    const parts = ['gh', 'workflow', 'run', shellQuote(workflow), '--repo', shellQuote(input.repository)];
    if (input.ref !== undefined)
        parts.push('--ref', shellQuote(input.ref));
    parts.push('-f', shellQuote(`model=${input.model}`), '-f', shellQuote(`version=${String(input.version)}`), '-f', shellQuote(`alias=${alias}`));
    const command = parts.join(' ');
    const workflowUrl = `${server}/${input.repository}/actions/workflows/${encodeURIComponent(workflow)}`;
    const markdown = `To promote, run [${workflow}](${workflowUrl}) with model \`${input.model}\`, version \`${String(input.version)}\`, alias \`${alias}\`, or:\n\n\`\`\`sh\n${command}\n\`\`\``;
    return { command, workflowUrl, markdown };
}


/***/ }),

/***/ 14449:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ scrubChildEnvironment)
/* harmony export */ });
/** Runner variables that carry credentials a child never needs (cache, artifact and OIDC tokens, their URLs). */
const RUNNER_CREDENTIALS = new Set([
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'GITHUB_TOKEN',
    'GH_TOKEN',
]);
/**
 * The environment a command the actions start (training, predict, traffic, metrics) gets: the parent's, without
 * the action's inputs (`INPUT_*`, which include every token input), the runner's runtime credentials and any
 * GitHub token, then `explicit` on top — the only way to hand a child a token is to pass it on purpose (the
 * train-on-runner `env` input, or a step's own `env:` under another name).
 * @example scrubChildEnvironment({ PATH: '/bin', 'INPUT_GITHUB-TOKEN': 't', ACTIONS_RUNTIME_TOKEN: 'r' }) // => { PATH: '/bin' }
 * @example scrubChildEnvironment({ GITHUB_TOKEN: 'a' }, { GITHUB_TOKEN: 'b' }) // => { GITHUB_TOKEN: 'b' }
 */
function scrubChildEnvironment(parent, explicit = {}) {
    const env = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined || name.toUpperCase().startsWith('INPUT_') || RUNNER_CREDENTIALS.has(name))
            continue;
        env[name] = value;
    }
    return { ...env, ...explicit };
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

/***/ 22815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/github/action-session.ts + 2 modules
var action_session = __webpack_require__(7652);
// EXTERNAL MODULE: ./src/core/gate/action-outputs.ts
var action_outputs = __webpack_require__(74330);
// EXTERNAL MODULE: ./src/core/report/format-number.ts
var format_number = __webpack_require__(75597);
;// CONCATENATED MODULE: ./src/core/compare/describe-rule.ts

/**
 * A rule in words for the report's "rule" column, e.g. `> champion + 0.01; ≥ 0.7` (change rules are strict in
 * default mode, MLflow's `≥` in mlflow mode; floors are `≥`).
 * @example
 * describeRule({ metric: 'roc-auc', greaterIsBetter: true, nonInferiorityMargin: 0.01 }, 'default') // => '> champion − 0.01 (non-inferiority)'
 */
function describeRule(rule, mode) {
    const cmp = rule.greaterIsBetter ? '≥' : '≤';
    // Change rules are strict in default mode: "better" means better (mlflow mode keeps MLflow's ≥).
    const change = mode === 'mlflow' ? cmp : rule.greaterIsBetter ? '>' : '<';
    const parts = [];
    const abs = rule.minAbsoluteChange;
    if (abs !== undefined) {
        const sign = rule.greaterIsBetter === abs >= 0 ? '+' : '−';
        parts.push(`${change} champion ${sign} ${(0,format_number/* formatNumber */.Z)(Math.abs(abs))}${abs < 0 ? ' (non-inferiority)' : ''}`);
    }
    if (rule.minRelativeChange !== undefined) {
        const pct = (0,format_number/* formatNumber */.Z)(rule.minRelativeChange * 100);
        parts.push(`${change} champion ${rule.greaterIsBetter ? '+' : '−'} ${pct}%${mode === 'mlflow' ? ' (of champion, mlflow)' : ' (of |champion|)'}`);
    }
    const margin = rule.nonInferiorityMargin;
    if (margin !== undefined)
        parts.push(`${change} champion ${rule.greaterIsBetter ? '−' : '+'} ${(0,format_number/* formatNumber */.Z)(margin)} (non-inferiority)`);
    if (rule.threshold !== undefined)
        parts.push(`${cmp} ${(0,format_number/* formatNumber */.Z)(rule.threshold)}`);
    return parts.length === 0 ? 'reported only' : parts.join('; ');
}

;// CONCATENATED MODULE: ./src/core/compare/evaluation-figures.ts
/**
 * The report figures of evaluate-vs-champion: the side-by-side table (champion, candidate, difference,
 * interval, rule, verdict, P(better), paired test, the candidate's own interval, the share of resamples on which
 * the metric was undefined), a bar chart of the differences with the interval ends as lines around each bar (and
 * the table of the three), and the slice
 * table (with each judged slice's paired interval, and why a slice was not judged). Without a champion the
 * champion's columns and the difference chart are left out (null and no bar chart).
 * @example
 * evaluationFigures([], {}, {}, []).length // => 2
 */
function evaluationFigures(comparisons, rules, verdicts, slices, noChampion = false) {
    const defined = comparisons.filter((c) => c.kind === 'defined');
    const figures = [
        {
            kind: 'table',
            title: 'Candidate vs champion',
            columns: [
                'metric',
                'champion',
                'candidate',
                'difference',
                'interval',
                'rule',
                'verdict',
                'P(candidate better)',
                'paired test p',
                'candidate interval',
                'undefined resamples',
            ],
            rows: comparisons.map((c) => {
                const rule = rules[c.metric] ?? 'reported only';
                const verdict = verdicts[c.metric] ?? 'reported';
                if (c.kind === 'undefined')
                    return [c.metric, null, null, null, c.reason, rule, verdict, null, null, null, null];
                const own = c.candidateLower === undefined || c.candidateUpper === undefined
                    ? null
                    : `[${fmt(c.candidateLower)}, ${fmt(c.candidateUpper)}] (${Math.round(c.confidence * 100)}%)`;
                const missing = c.undefinedResamples ?? 0;
                const share = `${fmt((100 * missing) / (missing + c.resamples))}%`;
                if (noChampion)
                    return [c.metric, null, c.candidate, null, null, rule, verdict, null, null, own, share];
                return [
                    c.metric,
                    c.champion,
                    c.candidate,
                    c.difference,
                    `[${fmt(c.lower)}, ${fmt(c.upper)}] (${Math.round(c.confidence * 100)}%)`,
                    rule,
                    verdict,
                    c.probabilityBetter,
                    c.test === undefined ? null : `${c.test.name} ${fmt(c.test.pValue)}`,
                    own,
                    share,
                ];
            }),
        },
    ];
    if (!noChampion)
        figures.push({
            kind: 'bar',
            title: `Candidate − champion: estimate (bar), ${Math.round((defined[0]?.confidence ?? 0.95) * 100)}% interval (lines)`,
            categories: defined.map((c) => c.metric),
            series: [{ name: 'difference', values: defined.map((c) => c.difference) }],
            lines: [
                { name: 'lower', values: defined.map((c) => c.lower) },
                { name: 'upper', values: defined.map((c) => c.upper) },
            ],
            xLabel: 'metric',
            yLabel: 'candidate − champion',
        });
    if (slices.length > 0) {
        figures.push({
            kind: 'table',
            title: 'Slices',
            columns: ['slice', 'rows', 'metric', 'champion', 'candidate', 'difference', 'interval', 'note'],
            rows: slices.map((s) => {
                const name = `${s.column}=${s.value}`;
                if (s.kind === 'skipped')
                    return [name, s.rows, s.metric, null, null, null, null, `not judged: ${s.reason}`];
                if (s.kind === 'undefined')
                    return [name, s.rows, s.metric, null, null, null, null, s.reason];
                const interval = s.lower === undefined || s.upper === undefined
                    ? null
                    : `[${fmt(s.lower)}, ${fmt(s.upper)}]${s.confidence === undefined ? '' : ` (${fmt(s.confidence * 100)}%)`}`;
                return [name, s.rows, s.metric, s.champion, s.candidate, s.candidate - s.champion, interval, ''];
            }),
        });
    }
    return figures;
}
function fmt(value) {
    return Number.isFinite(value) ? Number(value.toPrecision(4)).toString() : String(value);
}

// EXTERNAL MODULE: ./src/core/gate/status.ts
var gate_status = __webpack_require__(5013);
;// CONCATENATED MODULE: ./src/core/compare/metric-rule.ts
/** Comparisons in `default` mode allow this much slack, scaled by max(1, |values|). */
const RULE_TOLERANCE = 1e-9;

;// CONCATENATED MODULE: ./src/core/compare/messages.ts

const DECISION_WORD = { promote: 'Promote', hold: 'Hold', reject: 'Reject' };
const sampleMinimum = (minRows, binary) => binary === undefined
    ? `at least ${minRows} rows`
    : `at least ${minRows} rows, ${binary.minPositives} positives and ${binary.minNegatives} negatives`;
const compareMessages = {
    mlflowAbsoluteChangeNotPositive: (metric, value) => `metrics.${metric}.min_absolute_change is ${value}; mlflow mode requires a positive number (MLflow rejects it too). Use rule_mode: default for a non-inferiority margin`,
    mlflowRelativeChangeOutOfRange: (metric, value) => `metrics.${metric}.min_relative_change is ${value}; mlflow mode requires 0 <= value <= 1 (MLflow's MetricThreshold rejects it too)`,
    relativeChangeNegative: (metric, value) => `metrics.${metric}.min_relative_change is ${value}; it must be >= 0 (use min_absolute_change for a margin below the champion)`,
    floorMissed: (metric, value, threshold, greaterIsBetter) => `${metric} ${(0,format_number/* formatNumber */.Z)(value)} ${greaterIsBetter ? '<' : '>'} ${greaterIsBetter ? 'floor' : 'ceiling'} ${(0,format_number/* formatNumber */.Z)(threshold)}`,
    changeMissed: (metric, required) => `${metric} does not clear ${required}`,
    // The policy (resolveEvaluationPolicy, normalizeDeprecatedKeys): ConfigurationErrors and warnings.
    notTaskMetric: (metric, task, known) => `evaluate-vs-champion.metrics.${metric} is not a ${task} metric; use one of ${known.join(', ')}`,
    inputNotTaskMetric: (metrics, task, input = 'metrics') => (w) => `${w.input(input)} names ${metrics.join(', ')}, which ${metrics.length === 1 ? 'is not a' : 'are not'} ${task} metric${metrics.length === 1 ? '' : 's'}`,
    useTaskMetrics: (task, known, input = 'task') => (w) => `use some of: ${known.join(', ')}, or set ${w.name(input)} to the task these metrics belong to (${task} now)`,
    fixRule: 'fix the rule in the policy file',
    emptyRule: (metric) => `evaluate-vs-champion.metrics.${metric} has no rule: it sets none of threshold, min_absolute_change, min_relative_change, non_inferiority_margin`,
    fixEmptyRule: (metric) => `write what ${metric} must meet, e.g. \`${metric}: { min_absolute_change: 0 }\` (strictly better than the champion) or \`${metric}: { threshold: 0.8 }\` (a floor), or delete the entry to report ${metric} only`,
    negativeChangeIsMargin: (metric, value) => `evaluate-vs-champion.metrics.${metric}.min_absolute_change ${value} is read as a non-inferiority margin: write non_inferiority_margin: ${-value} (a negative min_absolute_change is deprecated)`,
    marginNotInMlflow: (metric) => `evaluate-vs-champion.metrics.${metric}.non_inferiority_margin is set, but rule_mode: mlflow has no non-inferiority rule (MLflow's MetricThreshold does not either)`,
    marginWithChange: (metric) => `evaluate-vs-champion.metrics.${metric} sets non_inferiority_margin together with min_absolute_change or min_relative_change`,
    noChampionNoFloors: 'no champion to compare with, and no rule has a floor (threshold) to judge a first model on',
    fixNoChampionNoFloors: (inputs) => (w) => `add a floor such as \`evaluate-vs-champion.metrics.roc-auc.threshold: 0.75\` to judge a first model on its own, or set \`${w.name(inputs.championPredictions)}\`, or \`${w.name(inputs.modelName)}\` and \`${w.name(inputs.championAlias)}\` to compare with the champion in the registry`,
    deprecatedKey: (oldKey, newKey) => `evaluate-vs-champion.${oldKey} is deprecated: write ${newKey}`,
    bothSpellings: (oldKey, newKey) => `evaluate-vs-champion.${oldKey} and evaluate-vs-champion.${newKey} are both set`,
    keepNewSpelling: (oldKey, newKey) => `keep ${newKey} and delete ${oldKey} (the old spelling, accepted for one release)`,
    // The data (the action's loader, before anything is compared).
    notBinaryLabel: (column, value) => `label column "${column}" has ${value}; binary labels must be 0 or 1 (or true/false)`,
    notBinaryLabelHint: (input) => (w) => `relabel the rows as 0/1, or set ${w.setting(input, 'multiclass')}`,
    scoreNotProbability: (column, value) => `score column "${column}" has ${value}; binary scores must be probabilities of class 1 in [0, 1]`,
    scoreNotProbabilityHint: 'write the probability of class 1 (not a logit or a class), or choose the right score-column',
    // The checks of decideEvaluation.
    metricUndefined: (metric, reason) => `${metric} could not be computed: ${reason}`,
    floorResult: (metric, value, threshold, greaterIsBetter, met) => `${metric} ${(0,format_number/* formatNumber */.Z)(value)} ${met ? 'meets' : 'misses'} its ${greaterIsBetter ? 'floor' : 'ceiling'} ${(0,format_number/* formatNumber */.Z)(threshold)}`,
    pointResult: (metric, difference, rule, met) => `${metric} difference ${(0,format_number/* formatNumber */.Z)(difference)} ${met ? 'meets' : 'fails'} ${rule} (point estimate)`,
    intervalClears: (metric, interval, rule, confidence) => `${metric} difference ${interval} clears ${rule} across the ${(0,format_number/* formatNumber */.Z)(confidence * 100)}% interval`,
    intervalFails: (metric, interval, rule, confidence) => `${metric} difference ${interval} fails ${rule} across the whole ${(0,format_number/* formatNumber */.Z)(confidence * 100)}% interval`,
    intervalInconclusive: (metric, interval, rule) => `${metric} difference ${interval} is inconclusive against ${rule}: the interval neither clears nor rules it out`,
    noRule: 'no metric has a rule, so nothing decides; add metrics.<name> rules to the evaluate-vs-champion policy',
    noChampion: 'no champion: floors only (the change rules are judged once a champion exists)',
    pointOnBound: (metric, difference, rule) => `${metric} difference ${(0,format_number/* formatNumber */.Z)(difference)} is on the bound of ${rule} (point estimate): not strictly better`,
    floorIntervalMeets: (metric, interval, floor, up, percent) => `${metric} ${interval} meets its ${up ? 'floor' : 'ceiling'} ${(0,format_number/* formatNumber */.Z)(floor)} across the ${percent}% interval`,
    floorIntervalMisses: (metric, interval, floor, up, percent) => `${metric} ${interval} misses its ${up ? 'floor' : 'ceiling'} ${(0,format_number/* formatNumber */.Z)(floor)} across the whole ${percent}% interval`,
    floorIntervalInconclusive: (metric, interval, floor, up) => `${metric} ${interval} is inconclusive against its ${up ? 'floor' : 'ceiling'} ${(0,format_number/* formatNumber */.Z)(floor)}: the interval straddles it`,
    undefinedShareTooHigh: (metric, share, limit) => `${metric} is inconclusive: it was undefined on ${(0,format_number/* formatNumber */.Z)(share * 100)}% of the bootstrap resamples (limit ${(0,format_number/* formatNumber */.Z)(limit * 100)}%, sample.max_undefined_share); add rows of the rarer class`,
    sampleMinimum,
    sampleTooSmall: (rows, classes, min) => `too few rows to judge: ${rows} paired rows${classes === undefined ? '' : ` (${classes.positives} positives, ${classes.negatives} negatives)`}; the policy asks for ${sampleMinimum(min.minRows, classes === undefined ? undefined : min)} (evaluate-vs-champion.sample), so the decision is hold`,
    sampleLine: (rows, classes, minimum, maxUndefinedShare) => `Sample: ${rows} rows${classes === undefined ? '' : ` (${classes.positives} positives, ${classes.negatives} negatives)`}; judged from ${minimum}; a rule is inconclusive when its metric is undefined on more than ${(0,format_number/* formatNumber */.Z)(maxUndefinedShare * 100)}% of the resamples.`,
    sliceUndefined: (metric, column, value, rows, reason) => `${metric} on ${column}=${value} (${rows} rows) is undefined: ${reason}`,
    sliceTolerance: (tolerance, relative = false) => relative
        ? `worse by at most ${(0,format_number/* formatNumber */.Z)(tolerance * 100)}% of the champion's value`
        : `worse by at most ${(0,format_number/* formatNumber */.Z)(tolerance)}`,
    sliceRegressesInterval: (metric, slice, rows, values, interval, tolerance) => `${metric} regresses on ${slice} (${rows} rows): ${(0,format_number/* formatNumber */.Z)(values.champion)} → ${(0,format_number/* formatNumber */.Z)(values.candidate)}, difference ${interval} is beyond the tolerance (${tolerance}) across the whole interval`,
    sliceNoRegression: (metric, slice, interval, tolerance) => `${metric} on ${slice}: difference ${interval} shows no regression beyond the tolerance (${tolerance})`,
    sliceUndefinedShare: (metric, slice, share, limit) => `${metric} on ${slice} is inconclusive: undefined on ${(0,format_number/* formatNumber */.Z)(share * 100)}% of the resamples (limit ${(0,format_number/* formatNumber */.Z)(limit * 100)}%)`,
    slicesSkipped: (names) => `Slices not judged (too few rows, positives or negatives): ${names.join('; ')}.`,
    sliceTooFewRows: (rows, min) => `${rows} rows < min_size ${min}`,
    sliceTooFewClass: (count, label, min) => `${count} ${label} < min_${label} ${min}`,
    sliceRegresses: (metric, column, value, rows, champion, candidate, tolerance) => `${metric} regresses on ${column}=${value} (${rows} rows): ${(0,format_number/* formatNumber */.Z)(champion)} → ${(0,format_number/* formatNumber */.Z)(candidate)}, beyond the tolerance ${(0,format_number/* formatNumber */.Z)(tolerance)}`,
    sliceWithin: (metric, column, value) => `${metric} on ${column}=${value} within tolerance`,
    // The title and the summary of the report.
    decisionTitle: (decision) => ({
        promote: 'Promote: the candidate meets every rule against the champion',
        hold: 'Hold: the evidence does not show the candidate is better than the champion',
        reject: 'Reject: the candidate fails a rule against the champion',
    })[decision],
    decisionWithReason: (decision, reason) => `${DECISION_WORD[decision]}: ${reason}`,
    evidenceDisagrees: (metric, interval, percent, test, pValue, alpha, intervalExcludesZero) => `${metric}: the ${percent}% bootstrap interval of the difference ${interval} ${intervalExcludesZero ? 'excludes' : 'includes'} 0 while the ${test} test gives p = ${pValue} ${intervalExcludesZero ? '≥' : '<'} α = ${alpha}. They answer different questions (a resampled interval of the size of the difference vs a test of "no difference" at α) and can part near the edge; the rule reads the interval.`,
    championSource: (champion) => champion.model === undefined
        ? `from ${champion.path}`
        : `${champion.model} v${String(champion.version)} (${champion.how})`,
    summaryHeadline: (rows, champion, policy) => `${rows} paired rows; champion ${champion}; ${policy.resamples} paired bootstrap resamples (seed ${policy.seed}), ${Math.round(policy.confidence * 100)}% intervals, evidence: ${policy.evidence}, rule mode: ${policy.ruleMode}.`,
    /** A model name the registry has never seen: a first model, or a misspelt name that would skip the comparison. */
    championModelUnknown: (model, registry) => `no champion: ${registry} has no version of a model named "${model}", so only the floors are judged. ` +
        `If this model has a champion, the model name is misspelt: correct it so the candidate is compared with it`,
    championAliasUnset: (model, versions, alias, registry) => `no champion: ${model} has ${versions} version${versions === 1 ? '' : 's'} in ${registry} but none behind alias ${alias} (none promoted yet)`,
};

;// CONCATENATED MODULE: ./src/core/compare/mlflow-threshold.ts

/**
 * MLflow's semantics, read from `mlflow/models/evaluation/validation.py` at mlflow/mlflow commit
 * 0c2339493bb2864ef8b0d2b130d31ebdd7aee7fc (`MetricThreshold.__init__` and `_validate`):
 * - the constructor accepts min_absolute_change > 0 and min_relative_change in [0, 1] (0 and 1 included; it
 *   also insists on a Python float, which a parsed YAML/JSON number cannot express, so 0 and 1 are accepted);
 * - threshold: candidate ≥ threshold (≤ when smaller is better), plain float64;
 * - absolute: candidate ≥ fl(baseline + min_absolute_change) (≤ fl(baseline − it)): MLflow compares
 *   `Decimal`s of the two doubles, i.e. exactly the doubles, after the float64 sum;
 * - relative, baseline = 0 (or −0): candidate ≥ 1e-10 (≤ −1e-10), whatever min_relative_change is;
 * - relative otherwise: change = (candidate − baseline)/baseline ((baseline − candidate)/baseline when smaller
 *   is better) in float64, failed when change < min_relative_change. Dividing by a negative baseline flips the
 *   rule: with baseline −0.2 a candidate −0.3 passes and −0.1 fails (greater is better);
 * - a change rule without a baseline value fails as "missing from the baseline model".
 * Two deliberate differences: NaN never passes a part (MLflow raises on the Decimal comparison of the
 * absolute rule and lets a NaN relative change pass), and a relative rule of 0 without a baseline fails as
 * missing (MLflow's truthiness test skips that check and then raises on `None`).
 * @see https://github.com/mlflow/mlflow/blob/0c2339493bb2864ef8b0d2b130d31ebdd7aee7fc/mlflow/models/evaluation/validation.py
 * @throws {RangeError} for values MLflow's constructor rejects (see mlflowThresholdProblem)
 * @example
 * validateMlflowThreshold({ metric: 'accuracy', greaterIsBetter: true, minRelativeChange: 0.005 }, 0.83415, 0.83).passed // => false
 */
function validateMlflowThreshold(t, candidate, baseline) {
    const problem = mlflowThresholdProblem(t);
    if (problem !== undefined)
        throw new RangeError(problem.message);
    const up = t.greaterIsBetter;
    const better = (value, bound) => (up ? value >= bound : value <= bound);
    const threshold = t.threshold === undefined || better(candidate, t.threshold);
    const hasChange = t.minAbsoluteChange !== undefined || t.minRelativeChange !== undefined;
    if (hasChange && baseline === undefined) {
        return { threshold, absoluteChange: true, relativeChange: true, missingBaseline: true, passed: false };
    }
    const abs = t.minAbsoluteChange;
    const absoluteChange = abs === undefined || baseline === undefined || better(candidate, up ? baseline + abs : baseline - abs);
    const relativeChange = t.minRelativeChange === undefined ||
        baseline === undefined ||
        relativeMet(up, candidate, baseline, t.minRelativeChange);
    return {
        threshold,
        absoluteChange,
        relativeChange,
        missingBaseline: false,
        passed: threshold && absoluteChange && relativeChange,
    };
}
/** MLflow's relative rule: the 1e-10 fallback at baseline 0, else the signed change divided by the baseline. */
function relativeMet(up, candidate, baseline, rel) {
    if (baseline === 0)
        return up ? candidate >= baseline + 1e-10 : candidate <= baseline - 1e-10;
    const change = (up ? candidate - baseline : baseline - candidate) / baseline;
    return change >= rel;
}
/**
 * The first value MLflow's MetricThreshold constructor rejects, or undefined: min_absolute_change must be
 * > 0, min_relative_change in [0, 1].
 * @example
 * mlflowThresholdProblem({ metric: 'f1', greaterIsBetter: true, minRelativeChange: 0 }) // => undefined
 */
function mlflowThresholdProblem(t) {
    const { minAbsoluteChange: abs, minRelativeChange: rel } = t;
    if (abs !== undefined && !(abs > 0))
        return { key: 'min_absolute_change', message: compareMessages.mlflowAbsoluteChangeNotPositive(t.metric, abs) };
    if (rel !== undefined && !(rel >= 0 && rel <= 1))
        return { key: 'min_relative_change', message: compareMessages.mlflowRelativeChangeOutOfRange(t.metric, rel) };
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/compare/check-metric-rule.ts



/**
 * Checks a candidate value against a metric rule and the champion's (baseline) value.
 * `mlflow` mode is MLflow's MetricThreshold exactly (validateMlflowThreshold; a change rule without a baseline
 * fails there). `default` mode, greater is better (smaller mirrors it):
 * - threshold: candidate ≥ threshold − tol;
 * - absolute: (candidate − baseline) ≥ min_absolute_change − tol;
 * - relative: (candidate − baseline) ≥ r·|baseline| − tol;
 * with tol = RULE_TOLERANCE·max(1, |candidate|, |baseline|); a change rule without a baseline is not checked.
 * @throws {RangeError} for values MLflow rejects in `mlflow` mode (min_absolute_change ≤ 0, min_relative_change
 *   outside [0, 1]) and a negative min_relative_change in `default` mode
 * @example
 * checkMetricRule({ metric: 'accuracy', greaterIsBetter: true, minAbsoluteChange: 0.05 }, 0.85, 0.8, 'mlflow').passed // => false
 */
function checkMetricRule(rule, candidate, baseline, mode) {
    if (mode === 'mlflow')
        return validateMlflowThreshold(rule, candidate, baseline);
    const { greaterIsBetter: up, threshold, minAbsoluteChange: abs, minRelativeChange: rel } = rule;
    checkRuleBounds(rule);
    const tol = RULE_TOLERANCE * Math.max(1, Math.abs(candidate), Math.abs(baseline ?? 0));
    const atLeast = (value, bound) => (up ? value >= bound - tol : value <= bound + tol);
    const thresholdOk = threshold === undefined || atLeast(candidate, threshold);
    const change = { up, candidate, tol };
    const absoluteOk = baseline === undefined || abs === undefined || absoluteChangeMet(change, baseline, abs);
    const relativeOk = baseline === undefined || rel === undefined || relativeChangeMet(change, baseline, rel);
    return {
        threshold: thresholdOk,
        absoluteChange: absoluteOk,
        relativeChange: relativeOk,
        passed: thresholdOk && absoluteOk && relativeOk,
    };
}
/** Throws for a negative min_relative_change, which `default` mode rejects. */
function checkRuleBounds(rule) {
    const rel = rule.minRelativeChange;
    if (rel !== undefined && !(rel >= 0))
        throw new RangeError(compareMessages.relativeChangeNegative(rule.metric, rel));
}
/** Whether the candidate improves on the baseline by at least `abs`, within the tolerance. */
function absoluteChangeMet({ up, candidate, tol }, baseline, abs) {
    return (up ? candidate - baseline : baseline - candidate) >= abs - tol;
}
/** Whether the candidate improves on the baseline by at least `rel` of |baseline|, within the tolerance. */
function relativeChangeMet({ up, candidate, tol }, baseline, rel) {
    return (up ? candidate - baseline : baseline - candidate) >= rel * Math.abs(baseline) - tol;
}

// EXTERNAL MODULE: ./src/core/governance/messages.ts
var messages = __webpack_require__(87282);
;// CONCATENATED MODULE: ./src/core/governance/latency-checks.ts


/** The budget keys of a latency policy, with their check ids and the words a message uses. */
function configuredBudgets(policy) {
    return [
        ...(policy.maxP95Ms === undefined
            ? []
            : [{ id: 'evaluate.latency.p95', text: `p95 ≤ ${(0,format_number/* formatNumber */.Z)(policy.maxP95Ms)} ms` }]),
        ...(policy.maxP99Ms === undefined
            ? []
            : [{ id: 'evaluate.latency.p99', text: `p99 ≤ ${(0,format_number/* formatNumber */.Z)(policy.maxP99Ms)} ms` }]),
        ...(policy.maxRelativeSlowdown === undefined
            ? []
            : [{ id: 'evaluate.latency.slowdown', text: `slowdown ≤ ${(0,format_number/* formatNumber */.Z)(policy.maxRelativeSlowdown * 100)}%` }]),
    ];
}
/**
 * The latency checks of evaluate-vs-champion, one per configured budget:
 * - `evaluate.latency.p95` / `.p99`: the candidate's per-request quantile above its budget → fail;
 * - `evaluate.latency.slowdown`: candidate p95 / champion p95 − 1 above `maxRelativeSlowdown` → fail (not judged
 *   without a champion, like every change rule; a champion p95 of 0 → error).
 * A budget that could not be measured (`{ missing }`, or no measurement at all) is an `error` check naming the
 * inputs it needs: never a skip, never a pass.
 * @example
 * latencyChecks({ maxP95Ms: 50, warmupRequests: 10, requests: 100, requestTimeoutMs: 9, startupTimeoutMs: 9 }, { missing: [] })[0]?.status // => 'error'
 */
function latencyChecks(policy, latency) {
    if (latency === undefined || 'missing' in latency) {
        const missing = latency?.missing ?? [];
        return configuredBudgets(policy).map(({ id, text }) => ({
            id,
            status: 'error',
            observed: null,
            message: messages/* governanceMessages */.F.latencyNotMeasured(text, missing),
            details: { missing },
        }));
    }
    const checks = [];
    const details = { ...latency };
    const quantile = (id, q, budget) => {
        if (budget === undefined)
            return;
        const observed = latency.candidate[q];
        const over = observed > budget;
        checks.push({
            id,
            status: over ? 'fail' : 'pass',
            observed,
            threshold: { max: budget },
            message: messages/* governanceMessages */.F.latencyQuantile(q, observed, latency.champion?.[q], budget, over),
            details,
        });
    };
    quantile('evaluate.latency.p95', 'p95', policy.maxP95Ms);
    quantile('evaluate.latency.p99', 'p99', policy.maxP99Ms);
    const max = policy.maxRelativeSlowdown;
    if (max !== undefined && latency.champion !== undefined) {
        const champion = latency.champion.p95;
        const candidate = latency.candidate.p95;
        if (!(champion > 0)) {
            checks.push({
                id: 'evaluate.latency.slowdown',
                status: 'error',
                observed: null,
                message: messages/* governanceMessages */.F.latencyChampionZero,
                details,
            });
        }
        else {
            const slowdown = candidate / champion - 1;
            const over = slowdown > max;
            checks.push({
                id: 'evaluate.latency.slowdown',
                status: over ? 'fail' : 'pass',
                observed: slowdown,
                threshold: { max },
                message: messages/* governanceMessages */.F.latencySlowdown(slowdown, candidate, champion, max, over),
                details,
            });
        }
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/core/governance/resource-checks.ts

/**
 * The resource checks of evaluate-vs-champion, one per configured limit:
 * - `evaluate.model-size`: the candidate model directory's bytes above `maxModelBytes` → fail;
 * - `evaluate.memory.peak`: the candidate serve process's peak resident memory (VmHWM over its process group, read
 *   while it answered the latency requests) above `maxPeakMemoryMb` → fail. Only the line protocol gives it: an
 *   HTTP endpoint's memory cannot be read from here.
 * A limit that could not be measured is an `error` check naming what is missing, never a skip or a pass.
 * @example
 * resourceChecks({ maxModelBytes: 1000 }, { bytes: 1200, files: 2 }, undefined)[0]?.status // => 'fail'
 */
function resourceChecks(policy, size, latency) {
    const checks = [];
    const max = policy.maxModelBytes;
    if (max !== undefined) {
        if (size === undefined || 'missing' in size) {
            const missing = size?.missing ?? [];
            checks.push({
                id: 'evaluate.model-size',
                status: 'error',
                observed: null,
                message: messages/* governanceMessages */.F.modelSizeNotMeasured(max, missing),
            });
        }
        else {
            const over = size.bytes > max;
            checks.push({
                id: 'evaluate.model-size',
                status: over ? 'fail' : 'pass',
                observed: size.bytes,
                threshold: { max },
                message: messages/* governanceMessages */.F.modelSize(size.bytes, size.files, max, over),
                details: { bytes: size.bytes, files: size.files },
            });
        }
    }
    const maxMb = policy.maxPeakMemoryMb;
    if (maxMb !== undefined) {
        const peak = latency !== undefined && !('missing' in latency) ? latency.peakMemoryMb?.candidate : undefined;
        if (peak === undefined) {
            const why = latency === undefined || 'missing' in latency
                ? messages/* governanceMessages */.F.peakMemoryMissing(latency?.missing ?? [])
                : latency.method === 'http'
                    ? messages/* governanceMessages */.F.peakMemoryHttp
                    : messages/* governanceMessages */.F.peakMemoryUnreadable;
            checks.push({
                id: 'evaluate.memory.peak',
                status: 'error',
                observed: null,
                message: messages/* governanceMessages */.F.peakMemoryNotMeasured(maxMb, why),
            });
        }
        else {
            const over = peak > maxMb;
            const champion = latency.peakMemoryMb?.champion;
            checks.push({
                id: 'evaluate.memory.peak',
                status: over ? 'fail' : 'pass',
                observed: peak,
                threshold: { max: maxMb },
                message: messages/* governanceMessages */.F.peakMemory(peak, champion, maxMb, over),
                details: { candidateMb: peak, ...(champion === undefined ? {} : { championMb: champion }) },
            });
        }
    }
    return checks;
}

;// CONCATENATED MODULE: ./src/core/stats/spearman-correlation.ts
/** Average ranks (1-based; ties share the mean of their positions), as scipy.stats.rankdata's default. */
function averageRanks(values) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
    const ranks = new Array(values.length).fill(0);
    for (let k = 0; k < order.length;) {
        let end = k;
        while (end + 1 < order.length && values[order[end + 1]] === values[order[k]])
            end++;
        const rank = (k + end) / 2 + 1;
        for (let t = k; t <= end; t++)
            ranks[order[t]] = rank;
        k = end + 1;
    }
    return ranks;
}
/**
 * Spearman's rank correlation ρ: Pearson's correlation of the average ranks (scipy.stats.spearmanr). `undefined`
 * for fewer than two pairs or when either side is constant (scipy returns nan).
 * @throws {RangeError} when the lengths differ
 * @example spearmanCorrelation([0.4, 0.3, 0.2, 0.1], [0.1, 0.2, 0.3, 0.4]) // => -1
 * @example spearmanCorrelation([1, 1], [1, 2]) // => undefined
 */
function spearmanCorrelation(a, b) {
    if (a.length !== b.length)
        throw new RangeError(`spearmanCorrelation: ${a.length} and ${b.length} values`);
    const n = a.length;
    if (n < 2)
        return undefined;
    const ra = averageRanks(a);
    const rb = averageRanks(b);
    const mean = (n + 1) / 2;
    let sab = 0;
    let saa = 0;
    let sbb = 0;
    for (let i = 0; i < n; i++) {
        const da = ra[i] - mean;
        const db = rb[i] - mean;
        sab += da * db;
        saa += da * da;
        sbb += db * db;
    }
    if (saa === 0 || sbb === 0)
        return undefined;
    return sab / Math.sqrt(saa * sbb);
}

// EXTERNAL MODULE: ./src/core/governance/explain-messages.ts
var explain_messages = __webpack_require__(24140);
;// CONCATENATED MODULE: ./src/core/governance/explain-checks.ts


const computed = (x) => x !== undefined && !('missing' in x);
/**
 * The top-k overlap |top-k(candidate) ∩ top-k(champion)| / k, with k = min(topK, features of each); ties at the
 * k-th place go by feature name (the sets are sorted so).
 * @example topKOverlap([{ feature: 'a', importance: 3 }, { feature: 'b', importance: 2 }, { feature: 'c', importance: 1 }], [{ feature: 'a', importance: 3 }, { feature: 'c', importance: 2 }, { feature: 'b', importance: 1 }], 2) // => { k: 2, overlap: 0.5 }
 */
function topKOverlap(candidate, champion, topK) {
    const k = Math.min(topK, candidate.length, champion.length);
    const top = new Set(candidate.slice(0, k).map((f) => f.feature));
    const shared = champion.slice(0, k).filter((f) => top.has(f.feature)).length;
    return { k, overlap: k === 0 ? 0 : shared / k };
}
/** Spearman's ρ of the two importance vectors over the features both name (in the candidate's order). */
function rankCorrelation(candidate, champion) {
    const champ = new Map(champion.map((f) => [f.feature, f.importance]));
    const common = candidate.filter((f) => champ.has(f.feature));
    return {
        rho: spearmanCorrelation(common.map((f) => f.importance), common.map((f) => champ.get(f.feature))),
        features: common.length,
    };
}
function missingWhy(set, which) {
    if (set === undefined)
        return [`the ${which} has no importances`];
    return 'missing' in set ? [...set.missing] : [];
}
/**
 * The explainability checks of evaluate-vs-champion:
 * - `evaluate.explainability.importance`: the candidate's importances were computed (pass, listing its top k);
 * - `evaluate.explainability.top-k` (with `min_top_k_overlap`): the share of the champion's top k features that are
 *   in the candidate's top k, below the minimum → `warn` (holds the decision) or `fail` with `on_change: reject`;
 * - `evaluate.explainability.rank-correlation` (with `min_rank_correlation`): Spearman's ρ over the common
 *   features, below the minimum → the same.
 * The comparisons are not judged without a champion (like every change rule). Importances that could not be
 * computed (no serve command, a champion card without an explanation…) are `error` checks naming what is missing:
 * a configured explainability check is never skipped.
 * @example explainabilityChecks({ sampleRows: 10, repeats: 1, seed: 1, metric: 'roc-auc', greaterIsBetter: true, responseField: 'score', topK: 5, championSource: 'permutation', onChange: 'hold' }, { candidate: { missing: ['set input latency-command'] } }, true)[0]?.status // => 'error'
 */
function explainabilityChecks(policy, evidence, noChampion) {
    const candidate = evidence?.candidate;
    if (!computed(candidate)) {
        const missing = missingWhy(candidate, 'candidate');
        const ids = ['importance', ...configured(policy)];
        return ids.map((what) => ({
            id: `evaluate.explainability.${what}`,
            status: 'error',
            observed: null,
            message: explain_messages/* explainMessages */.i.notComputed(what, missing),
            details: { missing },
        }));
    }
    const top = candidate.features.slice(0, policy.topK).map((f) => f.feature);
    const checks = [
        {
            id: 'evaluate.explainability.importance',
            status: 'pass',
            observed: top[0] ?? null,
            message: `candidate's top ${top.length} features (${describeSet(candidate)}): ${top.join(', ')}`,
            details: { candidate },
        },
    ];
    if (noChampion)
        return checks;
    const champion = evidence?.champion;
    const changed = policy.onChange === 'reject' ? 'fail' : 'warn';
    for (const what of configured(policy)) {
        const id = `evaluate.explainability.${what}`;
        if (!computed(champion)) {
            const missing = missingWhy(champion, 'champion');
            checks.push({ id, status: 'error', observed: null, message: explain_messages/* explainMessages */.i.notComputed(what, missing), details: { missing } });
            continue;
        }
        if (what === 'top-k') {
            const min = policy.minTopKOverlap;
            const { k, overlap } = topKOverlap(candidate.features, champion.features, policy.topK);
            const low = overlap < min;
            checks.push({
                id,
                status: low ? changed : 'pass',
                observed: overlap,
                threshold: { min },
                message: explain_messages/* explainMessages */.i.topK(overlap, k, min, low),
                details: { k, candidate: top, champion: champion.features.slice(0, k).map((f) => f.feature) },
            });
        }
        else {
            const min = policy.minRankCorrelation;
            const { rho, features } = rankCorrelation(candidate.features, champion.features);
            if (rho === undefined) {
                checks.push({ id, status: 'error', observed: null, message: explain_messages/* explainMessages */.i.rankCorrelationUndefined(features) });
                continue;
            }
            const low = rho < min;
            checks.push({
                id,
                status: low ? changed : 'pass',
                observed: rho,
                threshold: { min },
                message: explain_messages/* explainMessages */.i.rankCorrelation(rho, features, min, low),
                details: { features },
            });
        }
    }
    return checks;
}
function configured(policy) {
    return [
        ...(policy.minTopKOverlap === undefined ? [] : ['top-k']),
        ...(policy.minRankCorrelation === undefined ? [] : ['rank-correlation']),
    ];
}
function describeSet(set) {
    if (set.source === 'card')
        return `${set.method ?? 'importances'} from the model card${set.version === undefined ? '' : ` of v${set.version}`}`;
    return `permutation importance, ${set.metric ?? 'metric'} drop over ${set.repeats ?? 0} repeats on ${set.rows ?? 0} rows`;
}
/**
 * The report's importance table: per feature (the candidate's order, then features only the champion names), the
 * candidate's importance and std, the champion's, both ranks (1 = most important) and the rank change (positive:
 * the feature moved up in the candidate).
 * @example explainabilityFigure({ candidate: { source: 'permutation', features: [{ feature: 'a', importance: 0.2, std: 0.01 }] } })?.rows // => [['a', 0.2, 0.01, null, 1, null, null]]
 */
function explainabilityFigure(evidence) {
    const candidate = evidence?.candidate;
    if (!computed(candidate))
        return undefined;
    const champion = computed(evidence?.champion) ? evidence?.champion : undefined;
    const champRank = new Map(champion?.features.map((f, i) => [f.feature, { f, rank: i + 1 }]) ?? []);
    const rows = candidate.features.map((f, i) => {
        const c = champRank.get(f.feature);
        return [
            f.feature,
            f.importance,
            f.std ?? null,
            c?.f.importance ?? null,
            i + 1,
            c?.rank ?? null,
            c === undefined ? null : c.rank - (i + 1),
        ];
    });
    const named = new Set(candidate.features.map((f) => f.feature));
    for (const [feature, c] of champRank)
        if (!named.has(feature))
            rows.push([feature, null, null, c.f.importance, null, c.rank, null]);
    return {
        kind: 'table',
        title: `Feature importance (${describeSet(candidate)}${champion === undefined ? '' : `; champion: ${describeSet(champion)}`})`,
        columns: [
            'feature',
            'candidate importance',
            '± std',
            'champion importance',
            'candidate rank',
            'champion rank',
            'rank change',
        ],
        rows,
    };
}
/** The importance table as the report's figures: none when explainability is not configured or not computed. */
function explainabilityFigures(configured, evidence) {
    const figure = configured ? explainabilityFigure(evidence) : undefined;
    return figure === undefined ? [] : [figure];
}

;// CONCATENATED MODULE: ./src/core/compare/slice-check.ts


/** Unbounded error metrics: a slice tolerance in their units means nothing, so it is a share of the champion's value. */
const RELATIVE_TOLERANCE_METRICS = ['mae', 'rmse', 'mape', 'log-loss'];
/**
 * The check of one judged slice on a ruled metric, else undefined (no rule, or a slice too small: compareSlices
 * marks those `skipped`, and decideEvaluation names them in the summary). A slice regresses when the better end of
 * its paired interval (family-wise, Bonferroni over the judged slices × metrics) is worse than the champion by more
 * than the tolerance: `slices.tolerance` in metric units for bounded metrics (accuracy, AUC, F1, Brier, R²…),
 * `slices.relative_tolerance` × |champion's slice value| for error metrics (mae, rmse, log-loss). A regression is
 * `slices.on_regression` (fail or warn); otherwise the slice passes ("no regression shown"). A metric undefined on
 * the slice, or on more than `sample.max_undefined_share` of its resamples, warns. Literal evidence without an
 * interval is judged on the point difference.
 * @example
 * sliceCheck({ kind: 'defined', column: 'region', value: 'eu', rows: 100, metric: 'roc-auc', greaterIsBetter: true, champion: 0.8, candidate: 0.7, lower: -0.15, upper: -0.05, confidence: 0.99 }, { rules: [{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0 }], sample: { maxUndefinedShare: 0.05 }, slices: { minSize: 30, tolerance: 0.02, relativeTolerance: 0.05, onRegression: 'fail' } })?.status // => 'fail'
 */
function sliceCheck(s, policy) {
    if (s.kind === 'skipped' || s.rows < policy.slices.minSize)
        return undefined;
    const rule = policy.rules.find((r) => r.metric === s.metric);
    if (rule === undefined)
        return undefined;
    const id = `evaluate.slice.${s.column}.${s.value}.${s.metric}`;
    const name = `${s.column}=${s.value}`;
    if (s.kind === 'undefined')
        return {
            id,
            status: 'warn',
            observed: null,
            message: compareMessages.sliceUndefined(s.metric, s.column, s.value, s.rows, s.reason),
        };
    const relative = RELATIVE_TOLERANCE_METRICS.includes(s.metric);
    const { tolerance: absolute, relativeTolerance, onRegression } = policy.slices;
    const tolerance = relative ? relativeTolerance * Math.abs(s.champion) : absolute;
    const toleranceText = compareMessages.sliceTolerance(relative ? relativeTolerance : absolute, relative);
    const difference = s.candidate - s.champion;
    const orient = (d) => (s.greaterIsBetter ? d : -d);
    const lower = s.lower ?? difference;
    const upper = s.upper ?? difference;
    const better = Math.max(orient(lower), orient(upper));
    const interval = `${(0,format_number/* formatNumber */.Z)(difference)} [${(0,format_number/* formatNumber */.Z)(lower)}, ${(0,format_number/* formatNumber */.Z)(upper)}]${s.confidence === undefined ? '' : ` (${(0,format_number/* formatNumber */.Z)(s.confidence * 100)}%)`}`;
    const details = {
        rows: s.rows,
        champion: s.champion,
        candidate: s.candidate,
        lower,
        upper,
        ...(s.confidence === undefined ? {} : { confidence: s.confidence }),
        ...(s.undefinedResamples === undefined ? {} : { undefinedResamples: s.undefinedResamples }),
        tolerance,
    };
    // Fails only when even the interval's better end regresses beyond the tolerance: that end decides the margin.
    const margin = Number((better + tolerance).toPrecision(12));
    const base = {
        id,
        observed: difference,
        measure: 'difference vs champion',
        ...(Number.isFinite(margin) ? { margin } : {}),
        threshold: { rule: toleranceText },
        details,
    };
    const missing = s.undefinedResamples ?? 0;
    const share = missing === 0 ? 0 : missing / (missing + (s.resamples ?? 0));
    if (share > policy.sample.maxUndefinedShare)
        return {
            ...base,
            status: 'warn',
            message: compareMessages.sliceUndefinedShare(s.metric, name, share, policy.sample.maxUndefinedShare),
        };
    if (better < -tolerance)
        return {
            ...base,
            status: onRegression,
            message: compareMessages.sliceRegressesInterval(s.metric, name, s.rows, s, interval, toleranceText),
        };
    return { ...base, status: 'pass', message: compareMessages.sliceNoRegression(s.metric, name, interval, toleranceText) };
}

;// CONCATENATED MODULE: ./src/core/compare/judge-evaluation.ts










/**
 * The checks of evaluate-vs-champion and the decision, a pure function of the comparisons and the policy.
 * Sample: fewer rows (or, binary, positives or negatives) than `policy.sample` asks for → one `error` check
 * `evaluate.sample` and nothing else is judged (hold).
 * Per rule (metric with a rule), each component is pass, fail or warn (inconclusive) and the rule takes the worst:
 * - floor/ceiling (`threshold`): with `evidence: interval` the candidate's own interval decides — pass when its
 *   worse end meets the floor, fail when even its better end misses it (at the family-wise level), else warn;
 * - superiority (`min_absolute_change`, `min_relative_change`; default mode): the oriented difference must be
 *   strictly above the required change — pass when the interval's worse end is above it, fail when the
 *   family-wise interval's better end is below it, else warn. An identical (or rank-equivalent) candidate,
 *   difference 0 [0, 0], is therefore a hold, never a promote;
 * - non-inferiority (`non_inferiority_margin` M): the same with −M as the bound;
 * - `evidence: point`: the point values decide (a difference exactly on the bound is inconclusive);
 * - the metric undefined on more than `sample.maxUndefinedShare` of the resamples (interval evidence) → warn;
 * - a metric undefined on the data → error.
 * Rejection uses the `adjusted` (Bonferroni over every rule component, see rejectionConfidence) intervals, so k
 * exchangeable rules reject at most 1 − confidence of the time together; promotion needs every component to pass
 * at the plain level. `rule_mode: mlflow` judges change rules with checkMetricRule's MLflow arithmetic.
 * No champion (`sample.noChampion`): a pass check `evaluate.champion` ("no champion: floors only"), the floors
 * judged as above, change rules and slices not judged; no floor at all → an error check.
 * Slices: see sliceCheck. Latency, model size, peak memory: see latencyChecks and resourceChecks (a limit exceeded →
 * fail; a limit that could not be measured → an `error` check naming the missing inputs).
 * Explainability: see explainabilityChecks.
 * Decision: any rule, slice or governance fail → reject; else any error or warn from a rule, or a governance error
 * or warn → hold;
 * else promote (slice warnings are reported but do not hold). No rule at all → hold (nothing decided).
 * @throws {RangeError} for a rule its rule mode rejects, which only an unresolved policy can hold (see checkMetricRule)
 * @example
 * judgeEvaluation([], resolveEvaluationPolicy({}, {}).policy).decision // => 'hold'
 */
function judgeEvaluation(comparisons, policy, slices = [], governance = {}, sample) {
    const verdicts = {};
    const thin = sample === undefined ? undefined : sampleCheck(sample, policy);
    const noChampion = sample?.noChampion === true;
    const { checks, statuses } = thin === undefined
        ? ruleChecks(comparisons, policy, verdicts, noChampion)
        : { checks: [thin], statuses: ['error'] };
    if (thin !== undefined)
        for (const c of comparisons)
            verdicts[c.metric] = 'not judged';
    const sliceStatuses = [];
    if (thin === undefined && !noChampion) {
        for (const s of slices) {
            const check = sliceCheck(s, policy);
            if (check === undefined)
                continue;
            sliceStatuses.push(check.status);
            checks.push(check);
        }
    }
    const governanceStatuses = [];
    const governed = governanceChecks(policy, governance, noChampion);
    for (const c of governed) {
        governanceStatuses.push(c.status);
        checks.push(c);
    }
    const ruleWorst = (0,gate_status/* worstOf */.hm)(statuses);
    const anyFail = ruleWorst === 'fail' || sliceStatuses.includes('fail') || governanceStatuses.includes('fail');
    // A governance warn (a changed explanation with on_change: hold) holds, like a governance error.
    const undecided = ruleWorst !== 'pass' || governanceStatuses.includes('error') || governanceStatuses.includes('warn');
    const decision = anyFail ? 'reject' : undecided ? 'hold' : 'promote';
    const order = ['fail', 'error', 'warn'];
    const reasons = order.flatMap((st) => checks.filter((c) => c.status === st).map((c) => c.message));
    return { decision, reasons, checks, verdicts };
}
/** The governance checks the policy configures: latency, model size and peak memory, explainability. */
function governanceChecks(policy, governance, noChampion) {
    return [
        ...(policy.latency === undefined ? [] : latencyChecks(policy.latency, governance.latency)),
        ...(policy.resources === undefined
            ? []
            : resourceChecks(policy.resources, governance.modelSize, governance.latency)),
        ...(policy.explainability === undefined
            ? []
            : explainabilityChecks(policy.explainability, governance.explainability, noChampion)),
    ];
}
/** The checks of the ruled metrics (floors only without a champion), and their statuses. */
function ruleChecks(comparisons, policy, verdicts, noChampion) {
    const checks = [];
    const statuses = [];
    if (noChampion)
        checks.push({ id: 'evaluate.champion', status: 'pass', observed: null, message: compareMessages.noChampion });
    for (const c of comparisons) {
        const written = policy.rules.find((r) => r.metric === c.metric);
        if (written === undefined) {
            verdicts[c.metric] = c.kind === 'defined' ? 'reported' : 'undefined';
            continue;
        }
        const rule = noChampion ? floorOf(written) : written;
        if (rule === undefined) {
            verdicts[c.metric] = 'no champion';
            continue;
        }
        const check = c.kind === 'undefined' ? undefinedMetricCheck(c, rule, policy) : ruleCheck(c, rule, policy);
        verdicts[c.metric] = c.kind === 'undefined' ? 'error' : ruleVerdict(check.status);
        statuses.push(check.status);
        checks.push(check);
    }
    if (statuses.length === 0) {
        const message = noChampion ? compareMessages.noChampionNoFloors : compareMessages.noRule;
        checks.push({ id: 'evaluate.rules', status: 'error', observed: null, message });
        statuses.push('error');
    }
    return { checks, statuses };
}
/** The floor part of a rule alone (a first model has nothing to change against), or undefined without one. */
function floorOf(rule) {
    if (rule.threshold === undefined)
        return undefined;
    return { metric: rule.metric, greaterIsBetter: rule.greaterIsBetter, threshold: rule.threshold };
}
/** The error check when the sample is below the policy's minimums, else undefined. */
function sampleCheck(sample, policy) {
    const { minRows, minPositives, minNegatives } = policy.sample;
    const { rows, positives, negatives } = sample;
    const binary = positives !== undefined && negatives !== undefined;
    const short = rows < minRows || (binary && (positives < minPositives || negatives < minNegatives));
    if (!short)
        return undefined;
    return {
        id: 'evaluate.sample',
        status: 'error',
        observed: rows,
        threshold: { min: minRows, rule: compareMessages.sampleMinimum(minRows, binary ? { minPositives, minNegatives } : undefined) },
        message: compareMessages.sampleTooSmall(rows, binary ? { positives, negatives } : undefined, policy.sample),
        details: { rows, ...(binary ? { positives, negatives } : {}) },
    };
}
/** The side-by-side table's verdict for a rule check's status. */
function ruleVerdict(status) {
    return status === 'pass' ? 'meets rule' : status === 'fail' ? 'fails rule' : 'inconclusive';
}
/** The error check of a ruled metric that is undefined on the data. */
function undefinedMetricCheck(c, rule, policy) {
    return {
        id: `evaluate.${c.metric}`,
        status: 'error',
        observed: null,
        threshold: { rule: describeRule(rule, policy.ruleMode) },
        message: compareMessages.metricUndefined(c.metric, c.reason),
    };
}
/** The check of one ruled metric: its floor, then its change rules on the point or the interval. */
function ruleCheck(c, rule, policy) {
    const ruleText = describeRule(rule, policy.ruleMode);
    const details = {
        champion: c.champion,
        candidate: c.candidate,
        difference: c.difference,
        lower: c.lower,
        upper: c.upper,
        confidence: c.confidence,
        probabilityBetter: c.probabilityBetter,
        ...(c.candidateLower === undefined ? {} : { candidateLower: c.candidateLower }),
        ...(c.candidateUpper === undefined ? {} : { candidateUpper: c.candidateUpper }),
        ...(c.adjusted === undefined ? {} : { adjusted: c.adjusted }),
        ...(c.undefinedResamples === undefined
            ? {}
            : { undefinedResamples: c.undefinedResamples, undefinedShare: undefinedShare(c) }),
        ...(c.test === undefined ? {} : { test: c.test }),
    };
    const { status, message, margin } = judgeRule(c, rule, policy, ruleText);
    const floorOnly = rule.threshold !== undefined && !hasChange(rule);
    return {
        id: `evaluate.${c.metric}`,
        status,
        observed: floorOnly ? c.candidate : c.difference,
        measure: floorOnly ? `candidate ${c.metric}` : 'difference vs champion',
        ...(margin === undefined || !Number.isFinite(margin) ? {} : { margin: Number(margin.toPrecision(12)) }),
        threshold: { rule: ruleText },
        message,
        details,
    };
}
const SEVERITY = ['pass', 'warn', 'error', 'fail'];
/** The worst component decides; when all pass, the last one (the change rule after the floor) words it. */
function combine(parts) {
    let chosen = parts[parts.length - 1];
    for (const p of parts)
        if (SEVERITY.indexOf(p.status) > SEVERITY.indexOf(chosen.status))
            chosen = p;
    return chosen;
}
/** Whether a rule compares with the champion (a change or non-inferiority part), not only a floor. */
const hasChange = (rule) => rule.minAbsoluteChange !== undefined ||
    rule.minRelativeChange !== undefined ||
    rule.nonInferiorityMargin !== undefined;
/** Share of the resamples on which the metric was undefined. */
function undefinedShare(c) {
    const missing = c.undefinedResamples ?? 0;
    return missing === 0 ? 0 : missing / (missing + c.resamples);
}
/** The status and message of one ruled metric (see judgeEvaluation for the rule). */
function judgeRule(c, rule, policy, ruleText) {
    const parts = [];
    if (rule.threshold !== undefined)
        parts.push(judgeFloor(c, rule, rule.threshold, policy));
    if (hasChange(rule))
        parts.push(policy.ruleMode === 'mlflow'
            ? judgeMlflowChange(c, rule, policy, ruleText)
            : judgeChange(c, rule, policy, ruleText));
    const share = undefinedShare(c);
    if (policy.evidence === 'interval' && share > policy.sample.maxUndefinedShare)
        parts.push({ status: 'warn', message: compareMessages.undefinedShareTooHigh(c.metric, share, policy.sample.maxUndefinedShare) });
    return combine(parts);
}
const percent = (confidence) => (0,format_number/* formatNumber */.Z)(confidence * 100);
/** A floor (greater is better) or ceiling on the candidate's own value: its interval, or the point value. */
function judgeFloor(c, rule, floor, policy) {
    const up = rule.greaterIsBetter;
    const tol = policy.ruleMode === 'mlflow' ? 0 : RULE_TOLERANCE * Math.max(1, Math.abs(c.candidate), Math.abs(floor));
    const meets = (v) => (up ? v >= floor - tol : v <= floor + tol);
    const room = (v) => (up ? v - floor : floor - v);
    if (policy.evidence === 'point') {
        const met = meets(c.candidate);
        const message = compareMessages.floorResult(c.metric, c.candidate, floor, up, met);
        return { status: met ? 'pass' : 'fail', message, margin: room(c.candidate) };
    }
    const lower = c.candidateLower ?? c.candidate;
    const upper = c.candidateUpper ?? c.candidate;
    const margin = room(up ? lower : upper);
    const adjLower = c.adjusted?.candidateLower ?? lower;
    const adjUpper = c.adjusted?.candidateUpper ?? upper;
    const interval = `${(0,format_number/* formatNumber */.Z)(c.candidate)} [${(0,format_number/* formatNumber */.Z)(lower)}, ${(0,format_number/* formatNumber */.Z)(upper)}]`;
    if (meets(up ? lower : upper))
        return {
            status: 'pass',
            message: compareMessages.floorIntervalMeets(c.metric, interval, floor, up, percent(c.confidence)),
            margin,
        };
    if (!meets(up ? adjUpper : adjLower)) {
        const level = c.adjusted?.confidence ?? c.confidence;
        const adjInterval = `${(0,format_number/* formatNumber */.Z)(c.candidate)} [${(0,format_number/* formatNumber */.Z)(adjLower)}, ${(0,format_number/* formatNumber */.Z)(adjUpper)}]`;
        return { status: 'fail', message: compareMessages.floorIntervalMisses(c.metric, adjInterval, floor, up, percent(level)), margin };
    }
    return { status: 'warn', message: compareMessages.floorIntervalInconclusive(c.metric, interval, floor, up), margin };
}
/**
 * A change rule in default mode, on the oriented difference (candidate better > 0): superiority needs it strictly
 * above the required change (the larger of min_absolute_change and min_relative_change·|champion|),
 * non-inferiority strictly above −margin.
 */
function judgeChange(c, rule, policy, ruleText) {
    const up = rule.greaterIsBetter;
    const orient = (d) => (up ? d : -d);
    const tol = RULE_TOLERANCE * Math.max(1, Math.abs(c.candidate), Math.abs(c.champion));
    const bound = rule.nonInferiorityMargin !== undefined
        ? -rule.nonInferiorityMargin
        : Math.max(rule.minAbsoluteChange ?? Number.NEGATIVE_INFINITY, rule.minRelativeChange === undefined
            ? Number.NEGATIVE_INFINITY
            : rule.minRelativeChange * Math.abs(c.champion));
    if (policy.evidence === 'point') {
        const d = orient(c.difference);
        const margin = d - bound;
        if (d > bound + tol)
            return { status: 'pass', message: compareMessages.pointResult(c.metric, c.difference, ruleText, true), margin };
        if (d < bound - tol)
            return { status: 'fail', message: compareMessages.pointResult(c.metric, c.difference, ruleText, false), margin };
        return { status: 'warn', message: compareMessages.pointOnBound(c.metric, c.difference, ruleText), margin };
    }
    const interval = `${(0,format_number/* formatNumber */.Z)(c.difference)} [${(0,format_number/* formatNumber */.Z)(c.lower)}, ${(0,format_number/* formatNumber */.Z)(c.upper)}]`;
    const worse = Math.min(orient(c.lower), orient(c.upper));
    const margin = worse - bound;
    if (worse > bound + tol)
        return { status: 'pass', message: compareMessages.intervalClears(c.metric, interval, ruleText, c.confidence), margin };
    const adj = c.adjusted ?? c;
    const better = Math.max(orient(adj.lower), orient(adj.upper));
    if (better < bound - tol) {
        const adjInterval = `${(0,format_number/* formatNumber */.Z)(c.difference)} [${(0,format_number/* formatNumber */.Z)(adj.lower)}, ${(0,format_number/* formatNumber */.Z)(adj.upper)}]`;
        return { status: 'fail', message: compareMessages.intervalFails(c.metric, adjInterval, ruleText, adj.confidence), margin };
    }
    return { status: 'warn', message: compareMessages.intervalInconclusive(c.metric, interval, ruleText), margin };
}
/** A change rule in mlflow mode: MLflow's arithmetic (checkMetricRule) at the ends of the interval, or the point. */
function judgeMlflowChange(c, rule, policy, ruleText) {
    const changeRule = {
        metric: rule.metric,
        greaterIsBetter: rule.greaterIsBetter,
        ...(rule.minAbsoluteChange === undefined ? {} : { minAbsoluteChange: rule.minAbsoluteChange }),
        ...(rule.minRelativeChange === undefined ? {} : { minRelativeChange: rule.minRelativeChange }),
    };
    if (policy.evidence === 'point') {
        const met = checkMetricRule(changeRule, c.candidate, c.champion, 'mlflow').passed;
        return { status: met ? 'pass' : 'fail', message: compareMessages.pointResult(c.metric, c.difference, ruleText, met) };
    }
    const adj = c.adjusted ?? c;
    const worseEnd = rule.greaterIsBetter ? c.lower : c.upper;
    const betterEnd = rule.greaterIsBetter ? adj.upper : adj.lower;
    const interval = `${(0,format_number/* formatNumber */.Z)(c.difference)} [${(0,format_number/* formatNumber */.Z)(c.lower)}, ${(0,format_number/* formatNumber */.Z)(c.upper)}]`;
    if (checkMetricRule(changeRule, c.champion + worseEnd, c.champion, 'mlflow').passed)
        return { status: 'pass', message: compareMessages.intervalClears(c.metric, interval, ruleText, c.confidence) };
    if (!checkMetricRule(changeRule, c.champion + betterEnd, c.champion, 'mlflow').passed) {
        const adjInterval = `${(0,format_number/* formatNumber */.Z)(c.difference)} [${(0,format_number/* formatNumber */.Z)(adj.lower)}, ${(0,format_number/* formatNumber */.Z)(adj.upper)}]`;
        return { status: 'fail', message: compareMessages.intervalFails(c.metric, adjInterval, ruleText, adj.confidence) };
    }
    return { status: 'warn', message: compareMessages.intervalInconclusive(c.metric, interval, ruleText) };
}

// EXTERNAL MODULE: ./src/core/report/escape-markdown.ts
var escape_markdown = __webpack_require__(88637);
;// CONCATENATED MODULE: ./src/core/compare/decide-evaluation.ts








/**
 * The evaluate-vs-champion gate: judges the evidence against the policy (judgeEvaluation: checks and the decision
 * promote | hold | reject), and words it: the title (the decision and its first reason, or on promote the first
 * rule met that compares with the champion, a floor only when none does), a line where the bootstrap interval and
 * the paired test disagree, the summary ("no champion: floors only" for a first model; rows, champion, bootstrap settings; the
 * sample and its minimums; the slices not judged, by name; up to ten reasons; and on promote the exact promotion
 * to run), the figures and the outputs `decision` and `metrics-path`. The promotion command and the
 * Promote button are offered by the action and shown only on promote.
 * @example
 * decideEvaluation({ rows: 100, champion: { path: 'champion.csv', how: 'file' }, comparisons: [], metricsPath: 'm.json' }, resolveEvaluationPolicy({}, {}).policy).outcome.title // => 'Hold: no metric has a rule, so nothing decides; add metrics.<name> rules to the evaluate-vs-champion policy'
 */
function decideEvaluation(evidence, policy, promotion = {}) {
    const slices = evidence.slices ?? [];
    const noChampion = evidence.champion === undefined;
    const { decision, reasons, checks, verdicts } = judgeEvaluation(evidence.comparisons, policy, slices, evidence, {
        rows: evidence.rows,
        ...(evidence.positives === undefined ? {} : { positives: evidence.positives }),
        ...(evidence.negatives === undefined ? {} : { negatives: evidence.negatives }),
        noChampion,
    });
    const reason = decision === 'promote' ? promoteReason(checks, policy) : reasons[0];
    const title = reason === undefined
        ? compareMessages.decisionTitle(decision)
        : compareMessages.decisionWithReason(decision, reason);
    const classes = evidence.positives === undefined || evidence.negatives === undefined
        ? undefined
        : { positives: evidence.positives, negatives: evidence.negatives };
    const { minRows, minPositives, minNegatives, maxUndefinedShare } = policy.sample;
    const skipped = slices.filter((s) => s.kind === 'skipped' && s.metric === slices[0]?.metric);
    const summary = [
        ...(noChampion ? [compareMessages.noChampion] : []),
        compareMessages.summaryHeadline(evidence.rows, evidence.champion === undefined ? 'none' : compareMessages.championSource(evidence.champion), policy),
        compareMessages.sampleLine(evidence.rows, classes, compareMessages.sampleMinimum(minRows, classes === undefined ? undefined : { minPositives, minNegatives }), maxUndefinedShare),
        ...(skipped.length === 0 || noChampion
            ? []
            : [
                compareMessages.slicesSkipped(
                // Column and value come from the data: escaped, so a value spelled like a link stays text.
                skipped.map((s) => (0,escape_markdown/* escapeMarkdown */.FV)(`${s.column}=${s.value} (${s.kind === 'skipped' ? s.reason : ''})`))),
            ]),
        ...evidenceDisagreements(evidence.comparisons),
        // Reasons are check messages, which quote slice values from the data: plain text, escaped like a table cell.
        ...reasons.slice(0, 10).map((r) => `- ${(0,escape_markdown/* escapeMarkdown */.FV)(r)}`),
    ];
    const promoting = decision === 'promote';
    if (promoting && promotion.command !== undefined)
        summary.push('', promotion.command);
    const button = promoting ? promotion.button : undefined;
    const rules = Object.fromEntries(policy.rules.map((r) => [r.metric, describeRule(r, policy.ruleMode)]));
    const outputs = action_outputs/* Outputs */.t['evaluate-vs-champion'];
    return {
        outcome: {
            title,
            summary: summary.join('\n'),
            checks,
            figures: [
                ...evaluationFigures(evidence.comparisons, rules, verdicts, noChampion ? [] : slices, noChampion),
                ...explainabilityFigures(policy.explainability !== undefined, evidence.explainability),
            ],
            outputs: { [outputs.Decision]: decision, [outputs.MetricsPath]: evidence.metricsPath },
        },
        decision,
        ...(button === undefined ? {} : { promoteButton: button }),
    };
}
/** On promote, the decisive reason is the comparison with the champion; a floor only when no rule compares. */
function promoteReason(checks, policy) {
    const passed = checks.filter((c) => c.status === 'pass' && !c.id.startsWith('evaluate.slice.'));
    const comparing = new Set(policy.rules.filter(hasChange).map((r) => `evaluate.${r.metric}`));
    return (passed.find((c) => comparing.has(c.id)) ?? passed[0])?.message;
}
/**
 * One line per metric whose bootstrap interval of the difference and its dedicated paired test (DeLong, McNemar)
 * disagree at the report's level: the interval excludes 0 and p ≥ α, or it includes 0 and p < α (α = 1 − confidence).
 */
function evidenceDisagreements(comparisons) {
    const lines = [];
    for (const c of comparisons) {
        if (c.kind !== 'defined' || c.test === undefined)
            continue;
        const alpha = Number((1 - c.confidence).toPrecision(12));
        const excludesZero = c.lower > 0 || c.upper < 0;
        if (excludesZero === c.test.pValue < alpha)
            continue;
        lines.push(compareMessages.evidenceDisagrees(c.metric, `${(0,format_number/* formatNumber */.Z)(c.difference)} [${(0,format_number/* formatNumber */.Z)(c.lower)}, ${(0,format_number/* formatNumber */.Z)(c.upper)}]`, (0,format_number/* formatNumber */.Z)(c.confidence * 100), c.test.name === 'delong' ? 'DeLong' : 'McNemar', (0,format_number/* formatNumber */.Z)(c.test.pValue), (0,format_number/* formatNumber */.Z)(alpha), excludesZero));
    }
    return lines;
}

// EXTERNAL MODULE: ./src/core/metrics/metric-name.ts
var metric_name = __webpack_require__(98653);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/compare/normalize-deprecated-keys.ts


/** The kebab-case keys of the evaluate-vs-champion section before snake_case (accepted for one release). */
const DEPRECATED_EVALUATION_KEYS = [
    ['rule-mode', 'rule_mode'],
    ['decision-threshold', 'decision_threshold'],
    ['max-latency-ms', 'max_latency_ms'],
];
const DEPRECATED_SLICE_KEYS = [
    ['min-size', 'min_size'],
    ['on-regression', 'on_regression'],
];
/**
 * Maps the old kebab-case keys of the evaluate-vs-champion section (`rule-mode`, `decision-threshold`,
 * `max-latency-ms`, `slices.min-size`, `slices.on-regression`) to their snake_case names, with one warning per
 * old key that names the new one. The old spellings work for one release.
 * @throws {ConfigurationError} when a key is written in both spellings (naming both, at the new key's path)
 * @example
 * normalizeDeprecatedKeys({ 'rule-mode': 'mlflow' }).warnings // => ['evaluate-vs-champion.rule-mode is deprecated: write rule_mode']
 */
function normalizeDeprecatedKeys(section) {
    const warnings = [];
    const rename = (from, pairs, prefix) => {
        const out = { ...from };
        for (const [oldKey, newKey] of pairs) {
            if (!(oldKey in from))
                continue;
            const [oldPath, newPath] = [`${prefix}${oldKey}`, `${prefix}${newKey}`];
            if (newKey in from)
                throw new errors/* ConfigurationError */.j1(compareMessages.bothSpellings(oldPath, newPath), { path: `evaluate-vs-champion.${newPath}` }, compareMessages.keepNewSpelling(oldKey, newKey));
            out[newKey] = from[oldKey];
            delete out[oldKey];
            warnings.push(compareMessages.deprecatedKey(oldPath, newPath));
        }
        return out;
    };
    const top = rename(section, DEPRECATED_EVALUATION_KEYS, '');
    if (section.slices !== undefined)
        top.slices = rename(section.slices, DEPRECATED_SLICE_KEYS, 'slices.');
    return { section: top, warnings };
}

;// CONCATENATED MODULE: ./src/core/governance/latency-policy.ts


const LATENCY_DEFAULTS = {
    warmupRequests: 10,
    requests: 200,
    requestTimeoutMs: 10_000,
    startupTimeoutMs: 120_000,
};
/** The least number of timed requests per model: p99 of fewer is the maximum in disguise. */
const MIN_LATENCY_REQUESTS = 100;
/**
 * Resolves the latency policy: the `max-latency-ms` input, else `latency.max_p95_ms`, else the older
 * `max_latency_ms`, for the p95 budget; the rest from `latency` or the defaults. `undefined` when no budget is set
 * and nothing else (`measure`: a peak memory limit) needs the models served.
 * @throws {ConfigurationError} when both `max_latency_ms` and `latency.max_p95_ms` are written, or `requests` is below 100
 * @example
 * resolveLatencyPolicy({ max_p99_ms: 80 }, undefined, undefined)?.requests // => 200
 */
function resolveLatencyPolicy(section, legacyMaxLatencyMs, inputMaxLatencyMs, measure = false) {
    const s = section ?? {};
    if (legacyMaxLatencyMs !== undefined && s.max_p95_ms !== undefined)
        throw new errors/* ConfigurationError */.j1(messages/* governanceMessages */.F.latencyBudgetTwice, { path: 'evaluate-vs-champion.latency.max_p95_ms' }, messages/* governanceMessages */.F.fixLatencyBudgetTwice);
    const requests = s.requests ?? LATENCY_DEFAULTS.requests;
    if (requests < MIN_LATENCY_REQUESTS)
        throw new errors/* ConfigurationError */.j1(messages/* governanceMessages */.F.tooFewLatencyRequests(requests, MIN_LATENCY_REQUESTS), { path: 'evaluate-vs-champion.latency.requests' }, messages/* governanceMessages */.F.fixTooFewLatencyRequests(MIN_LATENCY_REQUESTS));
    const maxP95Ms = inputMaxLatencyMs ?? s.max_p95_ms ?? legacyMaxLatencyMs;
    if (!measure && maxP95Ms === undefined && s.max_p99_ms === undefined && s.max_relative_slowdown === undefined)
        return undefined;
    return {
        ...(maxP95Ms === undefined ? {} : { maxP95Ms }),
        ...(s.max_p99_ms === undefined ? {} : { maxP99Ms: s.max_p99_ms }),
        ...(s.max_relative_slowdown === undefined ? {} : { maxRelativeSlowdown: s.max_relative_slowdown }),
        warmupRequests: s.warmup_requests ?? LATENCY_DEFAULTS.warmupRequests,
        requests,
        requestTimeoutMs: s.request_timeout_ms ?? LATENCY_DEFAULTS.requestTimeoutMs,
        startupTimeoutMs: s.startup_timeout_ms ?? LATENCY_DEFAULTS.startupTimeoutMs,
    };
}

;// CONCATENATED MODULE: ./src/core/governance/explain-policy.ts



const EXPLAINABILITY_DEFAULTS = {
    sampleRows: 1000,
    repeats: 5,
    responseField: 'score',
    topK: 5,
    championSource: 'permutation',
    onChange: 'hold',
};
const DEFAULT_METRIC = {
    binary: 'roc-auc',
    regression: 'rmse',
};
/**
 * Resolves `evaluate-vs-champion.explainability` (undefined when the section has none): 1,000 sample rows, 5
 * repeats, the gate's seed, the task's primary metric, top 5, the champion by a permutation run, hold on change.
 * @throws {ConfigurationError} for the multiclass task, or a metric that is not a binary/regression metric of the task
 * @example resolveExplainabilityPolicy({ min_top_k_overlap: 0.6 }, 'binary', 1)?.metric // => 'roc-auc'
 * @example resolveExplainabilityPolicy(undefined, 'binary', 1) // => undefined
 */
function resolveExplainabilityPolicy(section, task, seed) {
    if (section === undefined)
        return undefined;
    if (task === 'multiclass')
        throw new errors/* ConfigurationError */.j1(explain_messages/* explainMessages */.i.unsupportedTask, { path: 'evaluate-vs-champion.explainability' }, explain_messages/* explainMessages */.i.fixUnsupportedTask);
    const metric = section.metric ?? DEFAULT_METRIC[task];
    const allowed = task === 'binary' ? metric_name/* BINARY_METRICS */.Cd : metric_name/* REGRESSION_METRICS */.kG;
    if (!allowed.includes(metric))
        throw new errors/* ConfigurationError */.j1(explain_messages/* explainMessages */.i.unsupportedMetric(metric, task), { path: 'evaluate-vs-champion.explainability.metric' }, `use one of: ${allowed.join(', ')}`);
    return {
        sampleRows: section.sample_rows ?? EXPLAINABILITY_DEFAULTS.sampleRows,
        repeats: section.repeats ?? EXPLAINABILITY_DEFAULTS.repeats,
        seed,
        metric: metric,
        greaterIsBetter: metric_name/* GREATER_IS_BETTER */.xq[metric],
        responseField: section.response_field ?? EXPLAINABILITY_DEFAULTS.responseField,
        topK: section.top_k ?? EXPLAINABILITY_DEFAULTS.topK,
        ...(section.min_top_k_overlap === undefined ? {} : { minTopKOverlap: section.min_top_k_overlap }),
        ...(section.min_rank_correlation === undefined ? {} : { minRankCorrelation: section.min_rank_correlation }),
        championSource: section.champion_source ?? EXPLAINABILITY_DEFAULTS.championSource,
        onChange: section.on_change ?? EXPLAINABILITY_DEFAULTS.onChange,
    };
}

;// CONCATENATED MODULE: ./src/core/compare/resolve-evaluation-policy.ts







/** Primary metric per task: the one that decides when the policy names no rule. */
const PRIMARY_METRIC = {
    binary: 'roc-auc',
    multiclass: 'f1-macro',
    regression: 'rmse',
};
/** Documented defaults. */
const EVALUATION_DEFAULTS = {
    task: 'binary',
    ruleMode: 'default',
    evidence: 'interval',
    confidence: 0.95,
    resamples: 1000,
    seed: 20240601,
    decisionThreshold: 0.5,
    minRows: 30,
    minPositives: 20,
    minNegatives: 20,
    maxUndefinedShare: 0.05,
    sliceMinSize: 30,
    sliceMinPositives: 20,
    sliceMinNegatives: 20,
    sliceTolerance: 0.02,
    sliceRelativeTolerance: 0.05,
    sliceOnRegression: 'fail',
};
const SECTION = 'evaluate-vs-champion';
/**
 * Resolves the evaluate-vs-champion policy: inputs ⊕ file section ⊕ defaults. Old kebab-case keys are mapped
 * (normalizeDeprecatedKeys) and reported in `warnings`. Metrics: the input list, else the metrics named in the
 * policy plus the primary metric, else every metric of the task (for multiclass, the probability metrics only
 * when `probabilities` is set). Rules: one per metric in the policy (MLflow's keys); when the policy names none,
 * the primary metric (roc-auc, f1-macro, rmse) gets `min_absolute_change: 0` — "strictly better than the
 * champion, with the interval above 0". Non-inferiority is its own key, `non_inferiority_margin`; a negative
 * `min_absolute_change` (its old spelling) is mapped to it with a warning.
 * @throws {ConfigurationError} with the policy path (or the input) when a policy metric or an input metric does
 *   not belong to the task, a rule is empty (`roc-auc: {}`), a rule breaks its rule mode (mlflow:
 *   min_absolute_change ≤ 0, min_relative_change outside [0, 1], any non_inferiority_margin; default:
 *   min_relative_change < 0), a margin is combined with a change rule, or a key is written in both spellings
 * @example
 * resolveEvaluationPolicy({}, {}).policy.rules // => [{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0 }]
 */
function resolveEvaluationPolicy(written, overrides) {
    const normalized = normalizeDeprecatedKeys(written);
    const { section } = normalized;
    const warnings = [...normalized.warnings];
    const task = overrides.task ?? section.task ?? EVALUATION_DEFAULTS.task;
    const ruleMode = section.rule_mode ?? EVALUATION_DEFAULTS.ruleMode;
    const known = metric_name/* METRICS_BY_TASK */.GT[task];
    const ruleEntries = Object.entries(section.metrics ?? {});
    checkPolicyMetrics(ruleEntries, task, known, ruleMode);
    checkInputMetrics(overrides.metrics ?? [], task, known);
    const rules = resolveRules(ruleEntries, task, ruleMode, warnings);
    const latency = resolveLatencyPolicy(section.latency, section.max_latency_ms, overrides.maxLatencyMs, section.max_peak_memory_mb !== undefined);
    const resources = {
        ...(section.max_model_bytes === undefined ? {} : { maxModelBytes: section.max_model_bytes }),
        ...(section.max_peak_memory_mb === undefined ? {} : { maxPeakMemoryMb: section.max_peak_memory_mb }),
    };
    const seed = overrides.seed ?? section.seed ?? EVALUATION_DEFAULTS.seed;
    const explainability = resolveExplainabilityPolicy(section.explainability, task, seed);
    const policy = {
        task,
        metrics: resolveMetrics(overrides, rules, task, known),
        rules,
        ruleMode,
        evidence: section.evidence ?? EVALUATION_DEFAULTS.evidence,
        confidence: section.confidence ?? EVALUATION_DEFAULTS.confidence,
        resamples: section.resamples ?? EVALUATION_DEFAULTS.resamples,
        seed,
        decisionThreshold: section.decision_threshold ?? EVALUATION_DEFAULTS.decisionThreshold,
        sample: resolveSample(section.sample ?? {}),
        slices: resolveSlices(section.slices ?? {}, overrides),
        ...(latency === undefined ? {} : { latency }),
        ...(Object.keys(resources).length === 0 ? {} : { resources }),
        ...(explainability === undefined ? {} : { explainability }),
    };
    return { policy, warnings };
}
/** Every metric the policy writes a rule for belongs to the task, and its rule keeps the rule mode's restrictions. */
function checkPolicyMetrics(ruleEntries, task, known, ruleMode) {
    for (const [name, rule] of ruleEntries) {
        if (!known.includes(name)) {
            throw new errors/* ConfigurationError */.j1(compareMessages.notTaskMetric(name, task, known), { path: `${SECTION}.metrics.${name}` }, compareMessages.fixRule);
        }
        checkRuleMode(name, rule, ruleMode);
    }
}
/** Every metric the `metrics` input names belongs to the task. */
function checkInputMetrics(inputMetrics, task, known) {
    const foreign = inputMetrics.filter((m) => !known.includes(m));
    if (foreign.length > 0)
        throw new errors/* ConfigurationError */.j1(compareMessages.inputNotTaskMetric(foreign, task), { input: 'metrics' }, compareMessages.useTaskMetrics(task, known));
}
/**
 * One rule per metric the policy names; with none, the task's primary metric must beat the champion. In default
 * mode a negative min_absolute_change is the old spelling of a non-inferiority margin: it becomes
 * `nonInferiorityMargin` with a warning naming the new key.
 */
function resolveRules(ruleEntries, task, mode, warnings) {
    const rules = ruleEntries.map(([name, r]) => {
        const abs = r.min_absolute_change;
        const oldMargin = mode === 'default' && abs !== undefined && abs < 0;
        if (oldMargin)
            warnings.push(compareMessages.negativeChangeIsMargin(name, abs));
        const margin = oldMargin ? -abs : r.non_inferiority_margin;
        return {
            metric: name,
            greaterIsBetter: r.greater_is_better ?? metric_name/* GREATER_IS_BETTER */.xq[name],
            ...(r.threshold === undefined ? {} : { threshold: r.threshold }),
            ...(abs === undefined || oldMargin ? {} : { minAbsoluteChange: abs }),
            ...(r.min_relative_change === undefined ? {} : { minRelativeChange: r.min_relative_change }),
            ...(margin === undefined ? {} : { nonInferiorityMargin: margin }),
        };
    });
    const primary = PRIMARY_METRIC[task];
    if (rules.length === 0)
        rules.push({ metric: primary, greaterIsBetter: metric_name/* GREATER_IS_BETTER */.xq[primary], minAbsoluteChange: 0 });
    return rules;
}
/** The metrics to compute: the input list, else the task's (probability ones only with probabilities), plus every ruled one. */
function resolveMetrics(overrides, rules, task, known) {
    let metrics;
    if (overrides.metrics !== undefined && overrides.metrics.length > 0) {
        metrics = [...overrides.metrics];
    }
    else {
        const available = task === 'multiclass' && overrides.probabilities !== true
            ? known.filter((m) => !metric_name/* MULTICLASS_PROBABILITY_METRICS */.UF.includes(m))
            : known;
        metrics = [...available];
    }
    for (const r of rules)
        if (!metrics.includes(r.metric))
            metrics.push(r.metric);
    return metrics;
}
/** The sample minimums: the policy, else the defaults. */
function resolveSample(s) {
    return {
        minRows: s.min_rows ?? EVALUATION_DEFAULTS.minRows,
        minPositives: s.min_positives ?? EVALUATION_DEFAULTS.minPositives,
        minNegatives: s.min_negatives ?? EVALUATION_DEFAULTS.minNegatives,
        maxUndefinedShare: s.max_undefined_share ?? EVALUATION_DEFAULTS.maxUndefinedShare,
    };
}
/** The slice settings: the segment-columns input, else the policy, else the defaults. */
function resolveSlices(s, overrides) {
    return {
        columns: overrides.segmentColumns ?? s.columns ?? [],
        minSize: s.min_size ?? EVALUATION_DEFAULTS.sliceMinSize,
        minPositives: s.min_positives ?? EVALUATION_DEFAULTS.sliceMinPositives,
        minNegatives: s.min_negatives ?? EVALUATION_DEFAULTS.sliceMinNegatives,
        tolerance: s.tolerance ?? EVALUATION_DEFAULTS.sliceTolerance,
        relativeTolerance: s.relative_tolerance ?? EVALUATION_DEFAULTS.sliceRelativeTolerance,
        onRegression: s.on_regression ?? EVALUATION_DEFAULTS.sliceOnRegression,
    };
}
/** The restrictions a rule mode puts on a rule (checkMetricRule's preconditions), as configuration errors. */
function checkRuleMode(metric, rule, mode) {
    const abs = rule.min_absolute_change;
    const rel = rule.min_relative_change;
    const at = (key) => ({ path: `${SECTION}.metrics.${metric}.${key}` });
    const margin = rule.non_inferiority_margin;
    if (rule.threshold === undefined && abs === undefined && rel === undefined && margin === undefined)
        throw new errors/* ConfigurationError */.j1(compareMessages.emptyRule(metric), { path: `${SECTION}.metrics.${metric}` }, compareMessages.fixEmptyRule(metric));
    if (margin !== undefined && mode === 'mlflow')
        throw new errors/* ConfigurationError */.j1(compareMessages.marginNotInMlflow(metric), at('non_inferiority_margin'), 'use rule_mode: default, or a positive min_absolute_change');
    if (margin !== undefined && (abs !== undefined || rel !== undefined))
        throw new errors/* ConfigurationError */.j1(compareMessages.marginWithChange(metric), at('non_inferiority_margin'), 'keep one: non_inferiority_margin ("not worse by more than") or min_absolute_change / min_relative_change ("better by at least")');
    if (mode === 'mlflow') {
        const problem = mlflowThresholdProblem({
            metric,
            greaterIsBetter: true,
            ...(abs === undefined ? {} : { minAbsoluteChange: abs }),
            ...(rel === undefined ? {} : { minRelativeChange: rel }),
        });
        if (problem?.key === 'min_relative_change')
            throw new errors/* ConfigurationError */.j1(problem.message, at(problem.key), 'write a share in [0, 1], e.g. 0.05 for 5%, or use rule_mode: default');
        if (problem !== undefined)
            throw new errors/* ConfigurationError */.j1(problem.message, at(problem.key));
    }
    if (mode === 'default' && rel !== undefined && !(rel >= 0))
        throw new errors/* ConfigurationError */.j1(compareMessages.relativeChangeNegative(metric, rel), at('min_relative_change'));
}

// EXTERNAL MODULE: ./src/core/policy/policy-document.ts
var policy_document = __webpack_require__(90794);
// EXTERNAL MODULE: ./src/evaluate-vs-champion/inputs.ts
var evaluate_vs_champion_inputs = __webpack_require__(46358);
;// CONCATENATED MODULE: ./src/evaluate-vs-champion/check-probability-inputs.ts



/**
 * `probability-columns` belongs to multiclass, and the multiclass probability metrics (log-loss, roc-auc-ovr…)
 * need it.
 * @throws {ConfigurationError} naming the input and the metric
 */
function checkProbabilityInputs(inputs, task, metrics) {
    if (inputs.probabilityColumns !== undefined && task !== 'multiclass') {
        throw new errors/* ConfigurationError */.j1((w) => `${w.input(evaluate_vs_champion_inputs/* Inputs */.G0.ProbabilityColumns)} is for task multiclass, but the task is ${task}`, { input: evaluate_vs_champion_inputs/* Inputs */.G0.ProbabilityColumns }, task === 'binary'
            ? (w) => `binary tasks read the probability of class 1 from ${w.name(evaluate_vs_champion_inputs/* Inputs */.G0.ScoreColumn)}`
            : (w) => `remove it, or set ${w.setting(evaluate_vs_champion_inputs/* Inputs */.G0.Task, 'multiclass')}`);
    }
    if (task !== 'multiclass' || inputs.probabilityColumns !== undefined)
        return;
    const needing = metrics.filter((m) => metric_name/* MULTICLASS_PROBABILITY_METRICS */.UF.includes(m));
    if (needing.length > 0) {
        throw new errors/* ConfigurationError */.j1((w) => `${needing.join(', ')} ${needing.length === 1 ? 'is' : 'are'} computed from class probabilities, but ${w.input(evaluate_vs_champion_inputs/* Inputs */.G0.ProbabilityColumns)} is not set`, { input: evaluate_vs_champion_inputs/* Inputs */.G0.ProbabilityColumns }, (w) => `set ${w.setting(evaluate_vs_champion_inputs/* Inputs */.G0.ProbabilityColumns, 'proba_*')} (one column per class, the class after the prefix) or class=column pairs, or drop those metrics from ${w.input(evaluate_vs_champion_inputs/* Inputs */.G0.Metrics)} and the policy`);
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/stats/seeded-random.ts
var seeded_random = __webpack_require__(25943);
// EXTERNAL MODULE: ./src/core/stats/poisson-one-of-uniform.ts
var poisson_one_of_uniform = __webpack_require__(12458);
// EXTERNAL MODULE: ./src/core/stats/quantile-sorted.ts
var quantile_sorted = __webpack_require__(28170);
;// CONCATENATED MODULE: ./src/core/stats/percentile-interval.ts

/**
 * Two-sided percentile interval of an ascending-sorted bootstrap distribution: the (1 − confidence)/2 and
 * (1 + confidence)/2 quantiles (type 7 interpolation, numpy.quantile's default), Efron's percentile method.
 * @see Efron & Tibshirani (1993), An Introduction to the Bootstrap, ch. 13
 * @throws {RangeError} if `sorted` is empty or confidence is not in (0, 1)
 * @example
 * percentileInterval([1, 2, 3, 4, 5], 0.5) // => [2, 4]
 */
function percentileInterval(sorted, confidence) {
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`percentileInterval: confidence must be in (0, 1), got ${confidence}`);
    const alpha = (1 - confidence) / 2;
    return [(0,quantile_sorted/* quantileSorted */.Z)(sorted, alpha), (0,quantile_sorted/* quantileSorted */.Z)(sorted, 1 - alpha)];
}

;// CONCATENATED MODULE: ./src/core/stats/summarize-bootstrap.ts

/**
 * The distribution of one bootstrap statistic from its value on each resample (NaN = undefined on that
 * resample): the defined values sorted ascending, their percentile interval at `confidence`, the shares above
 * and below 0 and the count of undefined resamples.
 * @throws {RangeError} if the statistic is undefined on every resample (`label` names it in the message)
 * @example
 * summarizeBootstrap(Float64Array.of(0.2, Number.NaN, -0.1, 0.3), 0.9, 'pairedBootstrap: statistic 0').undefinedCount // => 1
 */
function summarizeBootstrap(values, confidence, label) {
    const finite = values.filter((v) => !Number.isNaN(v)).sort();
    if (finite.length === 0)
        throw new RangeError(`${label} is undefined on every resample`);
    let above = 0;
    let below = 0;
    for (const v of finite) {
        if (v > 0)
            above++;
        else if (v < 0)
            below++;
    }
    const [lower, upper] = percentileInterval(finite, confidence);
    return {
        sorted: finite,
        lower,
        upper,
        shareAboveZero: above / finite.length,
        shareBelowZero: below / finite.length,
        undefinedCount: values.length - finite.length,
    };
}

;// CONCATENATED MODULE: ./src/core/stats/paired-bootstrap.ts


/**
 * Paired (case-resampling) bootstrap of k statistics over the same n rows: each resample draws n row
 * indices with replacement, turns them into multiplicities w (a multinomial(n, 1/n) vector, O(n) per resample
 * over a typed array; or Poisson(1) per row with `scheme: 'poisson'`), and calls `statistic(w)`, which returns the k differences (candidate − champion) with
 * both models evaluated on the same resampled rows. NaN marks a difference undefined on that resample.
 * Returns, per statistic, the sorted distribution and its percentile interval.
 * @see Efron & Tibshirani (1993) ch. 6; Bouthillier et al. (2021) on paired comparisons of models
 * @throws {RangeError} if n < 1, resamples < 1 or a statistic is undefined on every resample
 * @example
 * pairedBootstrap(4, (w) => [w[0]! - 1], { resamples: 3, random: () => 0.5, confidence: 0.9 })[0]!.sorted.length // => 3
 */
function pairedBootstrap(n, statistic, options) {
    if (!(n >= 1) || !Number.isInteger(n))
        throw new RangeError(`pairedBootstrap: n must be a positive integer, got ${n}`);
    const { resamples, random, confidence } = options;
    if (!(resamples >= 1) || !Number.isInteger(resamples)) {
        throw new RangeError(`pairedBootstrap: resamples must be a positive integer, got ${resamples}`);
    }
    const weights = new Float64Array(n);
    let columns = [];
    for (let r = 0; r < resamples; r++) {
        if (options.scheme === 'poisson') {
            for (let j = 0; j < n; j++)
                weights[j] = (0,poisson_one_of_uniform/* poissonOneOfUniform */.D)(random());
        }
        else {
            weights.fill(0);
            for (let j = 0; j < n; j++) {
                const index = Math.floor(random() * n);
                weights[index] = weights[index] + 1;
            }
        }
        const values = statistic(weights);
        if (r === 0)
            columns = values.map(() => new Float64Array(resamples));
        for (let k = 0; k < columns.length; k++)
            columns[k][r] = values[k] ?? Number.NaN;
    }
    return columns.map((column, k) => summarizeBootstrap(column, confidence, `pairedBootstrap: statistic ${k}`));
}

// EXTERNAL MODULE: ./src/core/stats/shared-typed-array.ts
var shared_typed_array = __webpack_require__(47519);
;// CONCATENATED MODULE: ./src/core/compare/binary-bootstrap-task.ts

/** From this many distinct scores a side uses the `runs` layout (bucket counts of 2¹⁸ int32 = 1 MiB). */
const RUNS_FROM_GROUPS = 1 << 17;
/**
 * The pair of prepared models for the bootstrap: on all n rows when `rows` is absent, else on a slice whose
 * prepared models are indexed by position in `rows` (its row indices among the n). A model with at least
 * RUNS_FROM_GROUPS distinct scores gets the `runs` layout (a counting sort of its rows by bucket, O(rows + buckets)).
 * @throws {RangeError} if the models' row counts differ from each other or from `rows`
 * @example
 * binaryBootstrapPair(prepareBinary([0, 1], [0.2, 0.7]), prepareBinary([0, 1], [0.6, 0.3]), ['accuracy']).candidate.layout // => 'counts'
 */
function binaryBootstrapPair(candidate, champion, metrics, rows) {
    if (champion.n !== candidate.n || (rows !== undefined && rows.length !== candidate.n))
        throw new RangeError(`binaryBootstrapPair: row counts differ (${candidate.n}, ${champion.n}${rows === undefined ? '' : `, ${rows.length}`})`);
    const shared = rows === undefined || rows.buffer instanceof SharedArrayBuffer ? rows : sharedCopy(rows);
    return { candidate: bootstrapSide(candidate, shared), champion: bootstrapSide(champion, shared), metrics };
}
const sharedCopy = (values) => {
    const out = (0,shared_typed_array/* sharedTypedArray */.D)(Uint32Array, values.length);
    out.set(values);
    return out;
};
/**
 * A model's side in the layout its number of distinct scores calls for (`force` for tests of both layouts).
 * @throws never
 * @example
 * bootstrapSide(prepareBinary([0, 1], [0.2, 0.7]), undefined, 'runs').rows // => Uint32Array [1, 0]
 */
function bootstrapSide(model, rows, force) {
    const tables = {
        positiveGroups: model.positiveGroups,
        bucketLogLoss: model.bucketLogLoss,
        bucketBrier: model.bucketBrier,
        groupScore: model.groupScore,
        groupBin: model.groupBin,
    };
    const layout = force ?? (model.groupCount >= RUNS_FROM_GROUPS ? 'runs' : 'counts');
    if (layout === 'counts')
        return {
            layout,
            ...tables,
            ...(rows === undefined ? {} : { rows }),
            bucket: model.bucket,
            groupCount: model.groupCount,
        };
    const { n, bucket } = model;
    const buckets = 2 * model.groupCount;
    const start = new Uint32Array(buckets + 1);
    for (let k = 0; k < n; k++) {
        const next = bucket[k] + 1;
        start[next] = start[next] + 1;
    }
    let present = 0;
    for (let g = 0; g < model.groupCount; g++)
        if (start[2 * g + 1] + start[2 * g + 2] > 0)
            present++;
    for (let b = 0; b < buckets; b++)
        start[b + 1] = start[b + 1] + start[b];
    const groups = (0,shared_typed_array/* sharedTypedArray */.D)(Uint32Array, present);
    const starts = (0,shared_typed_array/* sharedTypedArray */.D)(Uint32Array, 2 * present + 1);
    let q = 0;
    for (let g = 0; g < model.groupCount; g++) {
        if (start[2 * g + 2] === start[2 * g])
            continue;
        groups[q] = g;
        starts[2 * q] = start[2 * g];
        starts[2 * q + 1] = start[2 * g + 1];
        starts[2 * q + 2] = start[2 * g + 2];
        q++;
    }
    const order = (0,shared_typed_array/* sharedTypedArray */.D)(Uint32Array, n);
    for (let k = 0; k < n; k++) {
        const b = bucket[k];
        const at = start[b];
        start[b] = at + 1;
        order[at] = rows === undefined ? k : rows[k];
    }
    return { layout, ...tables, rows: order, groups, starts };
}

// EXTERNAL MODULE: ./src/core/compare/run-binary-bootstrap.ts
var run_binary_bootstrap = __webpack_require__(34733);
// EXTERNAL MODULE: ./src/core/stats/messages.ts
var stats_messages = __webpack_require__(22067);
// EXTERNAL MODULE: ./src/core/stats/normal-cdf.ts
var normal_cdf = __webpack_require__(13610);
;// CONCATENATED MODULE: ./src/core/stats/delong-test.ts


/** First index in ascending `sorted` whose value is >= x (or > x when `strict`). */
function bound(sorted, x, strict) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const v = sorted[mid];
        if (v < x || (strict && v === x))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Twice the midranks (1-based, ties averaged), so whole numbers: a native numeric sort, then two binary searches. */
function doubledMidranks(values) {
    const sorted = Float64Array.from(values).sort();
    const ranks = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const x = values[i];
        ranks[i] = bound(sorted, x, false) + bound(sorted, x, true) + 1;
    }
    return ranks;
}
/** Sample variance (divisor k − 1) of whole numbers: exactly 0 when they are all equal. */
function wholeNumberVariance(x) {
    const k = x.length;
    let sum = 0;
    for (let i = 0; i < k; i++)
        sum += x[i];
    const mean = sum / k;
    let s = 0;
    for (let i = 0; i < k; i++) {
        const d = x[i] - mean;
        s += d * d;
    }
    return s / (k - 1);
}
/**
 * DeLong's z and p from the per-row differences of the two models' placement values, kept as whole numbers:
 * `pos[i]` = 2N·(V₁₀ᴬ − V₁₀ᴮ) for positive i, `neg[j]` = 2M·(V₀₁ᴬ − V₀₁ᴮ) for negative j. Then
 * Var(AUC_B − AUC_A) = Var(V₁₀ᴬ − V₁₀ᴮ)/M + Var(V₀₁ᴬ − V₀₁ᴮ)/N (the S_AA + S_BB − 2S_AB of DeLong 1988, computed
 * as one variance so that constant differences give exactly 0). Undefined with fewer than 2 positives or
 * negatives (the covariances divide by count − 1) and when the variance is 0 while the AUCs differ; variance 0
 * with equal AUCs is z = 0, p = 1, the convention of pROC's roc.test (identical or rank-equivalent scores, or
 * both models separating the classes perfectly).
 */
function deLongFromPlacementDifferences(aucs, pos, neg) {
    const m = pos.length;
    const n = neg.length;
    if (m < 2 || n < 2)
        return { kind: 'undefined', ...aucs, reason: stats_messages/* statsMessages */.Q.deLongTooFew(m, n) };
    const variance = wholeNumberVariance(pos) / (4 * n * n * m) + wholeNumberVariance(neg) / (4 * m * m * n);
    if (variance === 0) {
        if (aucs.difference === 0)
            return { kind: 'defined', ...aucs, variance: 0, z: 0, pValue: 1 };
        return { kind: 'undefined', ...aucs, reason: stats_messages/* statsMessages */.Q.deLongZeroVariance(aucs.aucA, aucs.aucB) };
    }
    const z = aucs.difference / Math.sqrt(variance);
    return { kind: 'defined', ...aucs, variance, z, pValue: 2 * (0,normal_cdf/* normalCdf */.v)(-Math.abs(z)) };
}
/**
 * DeLong's test for two correlated ROC-AUCs on the same rows, in the O(n log n) form of Sun & Xu (2014):
 * placement values from midranks of positives, negatives and both pooled; covariance S = S₁₀/m + S₀₁/n;
 * z = (AUC_B − AUC_A)/√(S_AA + S_BB − 2S_AB), p = 2(1 − Φ(|z|)). With fewer than 2 positives or 2 negatives,
 * or a zero variance while the AUCs differ, the result is `kind: 'undefined'` with the reason, never a p-value.
 * @see DeLong, DeLong & Clarke-Pearson (1988), Biometrics 44:837; Sun & Xu (2014), IEEE SPL 21(11):1389
 * @throws {RangeError} if lengths differ, a label is not 0/1, or one class is absent (no AUC at all)
 * @example
 * deLongTest([0, 0, 1, 1, 0, 1], [0.1, 0.4, 0.35, 0.8, 0.5, 0.3], [0.2, 0.3, 0.6, 0.9, 0.4, 0.7]).aucB // => 1
 * @example
 * deLongTest([0, 0, 1], [0.1, 0.4, 0.35], [0.2, 0.3, 0.6]).kind // => 'undefined'
 */
function deLongTest(yTrue, scoreA, scoreB) {
    const total = yTrue.length;
    if (scoreA.length !== total || scoreB.length !== total) {
        throw new RangeError(`deLongTest: lengths differ (${total}, ${scoreA.length}, ${scoreB.length})`);
    }
    let m = 0;
    for (let i = 0; i < total; i++) {
        const y = yTrue[i];
        if (y !== 0 && y !== 1)
            throw new RangeError(`deLongTest: label at row ${i} is ${String(y)}; must be 0 or 1`);
        if (y === 1)
            m++;
    }
    const n = total - m;
    if (m === 0 || n === 0)
        throw new RangeError('deLongTest: both classes must be present');
    // Per model: 2N·V₁₀ per positive and 2M·(1 − V₀₁) per negative, whole numbers from doubled midranks.
    const placements = (score) => {
        const posScores = new Float64Array(m);
        const negScores = new Float64Array(n);
        const all = new Float64Array(total);
        let p = 0;
        let q = 0;
        for (let i = 0; i < total; i++) {
            const s = score[i];
            all[i] = s;
            if (yTrue[i] === 1)
                posScores[p++] = s;
            else
                negScores[q++] = s;
        }
        const tx = doubledMidranks(posScores);
        const ty = doubledMidranks(negScores);
        const tz = doubledMidranks(all);
        const pos = new Float64Array(m);
        const neg = new Float64Array(n);
        let sumPos = 0;
        p = 0;
        q = 0;
        for (let i = 0; i < total; i++) {
            const z = tz[i];
            if (yTrue[i] === 1) {
                pos[p] = z - tx[p];
                sumPos += pos[p++];
            }
            else {
                neg[q] = z - ty[q];
                q++;
            }
        }
        return { pos, neg, auc: sumPos / (2 * n * m) };
    };
    const a = placements(scoreA);
    const b = placements(scoreB);
    const pos = a.pos.map((x, i) => x - b.pos[i]);
    const neg = b.neg.map((x, j) => x - a.neg[j]);
    return deLongFromPlacementDifferences({ aucA: a.auc, aucB: b.auc, difference: b.auc - a.auc }, pos, neg);
}

;// CONCATENATED MODULE: ./src/core/stats/delong-test-grouped.ts

/**
 * DeLong's test for two correlated ROC-AUCs on the same rows, from scores already ranked into distinct values
 * (prepareBinary's `bucket`), in O(n) with no sort: the placement values of Sun & Xu (2014) follow from per-group
 * class counts — for a positive at distinct score g, V₁₀ = (negatives below g + ½·negatives at g)/N; for a
 * negative, V₀₁ = 1 − (positives below g + ½·positives at g)/M (ties count ½). Then S = S₁₀/M + S₀₁/N and
 * z = (AUC_B − AUC_A)/√(S_AA + S_BB − 2S_AB), p = 2(1 − Φ(|z|)) — the same statistic as deLongTest, which sorts,
 * with the same undefined cases (fewer than 2 of a class; zero variance while the AUCs differ).
 * @see DeLong, DeLong & Clarke-Pearson (1988), Biometrics 44:837; Sun & Xu (2014), IEEE SPL 21(11):1389
 * @throws {RangeError} if lengths differ, a label is not 0/1, or one class is absent (no AUC at all)
 * @example
 * deLongTestGrouped(Uint8Array.of(0, 1, 1, 0), { bucket: Uint32Array.of(2, 1, 3, 4), groupCount: 3 }, { bucket: Uint32Array.of(4, 3, 1, 6), groupCount: 4 }).aucB // => 1
 */
function deLongTestGrouped(yTrue, a, b) {
    const total = yTrue.length;
    if (a.bucket.length !== total || b.bucket.length !== total) {
        throw new RangeError(`deLongTestGrouped: lengths differ (${total}, ${a.bucket.length}, ${b.bucket.length})`);
    }
    let m = 0;
    for (let i = 0; i < total; i++) {
        const y = yTrue[i];
        if (y !== 0 && y !== 1)
            throw new RangeError(`deLongTestGrouped: label at row ${i} is ${String(y)}; must be 0 or 1`);
        if (y === 1)
            m++;
    }
    const n = total - m;
    if (m === 0 || n === 0)
        throw new RangeError('deLongTestGrouped: both classes must be present');
    // Per model and group, as whole numbers: 2N·V₁₀ of a positive and 2M·(1 − V₀₁) of a negative at that score.
    const placements = (s) => {
        const g = s.groupCount;
        const cPos = new Float64Array(g);
        const cNeg = new Float64Array(g);
        for (let i = 0; i < total; i++) {
            const k = s.bucket[i] >>> 1;
            if (yTrue[i] === 1)
                cPos[k] = cPos[k] + 1;
            else
                cNeg[k] = cNeg[k] + 1;
        }
        const pos = new Float64Array(g);
        const neg = new Float64Array(g);
        let belowPos = 0;
        let belowNeg = 0;
        for (let k = g - 1; k >= 0; k--) {
            pos[k] = 2 * belowNeg + cNeg[k];
            neg[k] = 2 * belowPos + cPos[k];
            belowPos += cPos[k];
            belowNeg += cNeg[k];
        }
        return { pos, neg };
    };
    const pa = placements(a);
    const pb = placements(b);
    const pos = new Float64Array(m);
    const neg = new Float64Array(n);
    let sumA = 0;
    let sumB = 0;
    let p = 0;
    let q = 0;
    for (let i = 0; i < total; i++) {
        const ga = a.bucket[i] >>> 1;
        const gb = b.bucket[i] >>> 1;
        if (yTrue[i] === 1) {
            const x = pa.pos[ga];
            const y = pb.pos[gb];
            sumA += x;
            sumB += y;
            pos[p++] = x - y;
        }
        else {
            neg[q++] = pb.neg[gb] - pa.neg[ga];
        }
    }
    const aucA = sumA / (2 * n * m);
    const aucB = sumB / (2 * n * m);
    return deLongFromPlacementDifferences({ aucA, aucB, difference: aucB - aucA }, pos, neg);
}

;// CONCATENATED MODULE: ./src/core/stats/binomial-two-sided-p-value.ts
/**
 * Exact two-sided p-value of k successes in n trials under p = ½ (scipy.stats.binomtest(k, n, 0.5).pvalue):
 * with a symmetric null the "as or less likely" rule sums both tails, min(1, 2·P(X ≤ min(k, n−k))).
 * Computed in log space, so n in the millions is fine.
 * @see https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.binomtest.html
 * @throws {RangeError} unless 0 ≤ k ≤ n are integers
 * @example
 * binomialTwoSidedPValue(3, 10) // => 0.3437500000000001
 */
function binomialTwoSidedPValue(k, n) {
    if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || k > n) {
        throw new RangeError(`binomialTwoSidedPValue: needs integers 0 <= k <= n, got k=${k}, n=${n}`);
    }
    if (n === 0)
        return 1;
    const m = Math.min(k, n - k);
    if (2 * m === n)
        return 1;
    // P(X = j) for j = 0..m, accumulated from j = m downward (largest term first).
    let logTerm = -n * Math.LN2;
    for (let j = 1; j <= m; j++)
        logTerm += Math.log((n - j + 1) / j);
    let sum = 0;
    let term = Math.exp(logTerm);
    for (let j = m; j >= 0; j--) {
        sum += term;
        term *= j / (n - j + 1);
        if (term < sum * 1e-17)
            break;
    }
    return Math.min(1, 2 * sum);
}

// EXTERNAL MODULE: ./src/core/stats/chi-square-survival.ts
var chi_square_survival = __webpack_require__(75772);
;// CONCATENATED MODULE: ./src/core/stats/mcnemar-test.ts


/** Below this many discordant pairs the exact binomial test is used (the common textbook rule b + c < 25). */
const MCNEMAR_EXACT_BELOW = 25;
/**
 * McNemar's test of paired classifiers on the discordant counts b and c (H₀: b and c are equally likely), as
 * statsmodels.stats.contingency_tables.mcnemar computes it:
 * b + c < exactBelow → exact: min(1, 2·P(X ≤ min(b, c))) for X ~ Binomial(b + c, ½) (statsmodels exact=True);
 * otherwise chi-square on 1 degree of freedom of (|b − c| − 1)² / (b + c) with the correction (exact=False,
 * correction=True) or (b − c)² / (b + c) without it (correction=False).
 * Like statsmodels, the corrected statistic is not clamped at 0, so b = c gives 1/(b + c), not 0:
 * b = c = 15 has p = 0.855 (and |b − c| = 1 has statistic 0, p = 1).
 * b + c = 0 gives statistic 0 and p = 1 in every method (no evidence either way; statsmodels divides by zero).
 * @see https://www.statsmodels.org/stable/generated/statsmodels.stats.contingency_tables.mcnemar.html
 * @throws {RangeError} if b or c is not a non-negative integer
 * @example
 * mcnemarTest(40, 60).pValue // => 0.05743311963200363
 * @example
 * mcnemarTest(15, 15).pValue // => 0.8551321405847058
 */
function mcnemarTest(b, c, options = {}) {
    if (!Number.isInteger(b) || !Number.isInteger(c) || b < 0 || c < 0) {
        throw new RangeError(`mcnemarTest: discordant counts must be non-negative integers, got b=${b}, c=${c}`);
    }
    const { exactBelow = MCNEMAR_EXACT_BELOW, correction = true } = options;
    const n = b + c;
    if (n < exactBelow) {
        return { b, c, method: 'exact', statistic: Math.min(b, c), pValue: binomialTwoSidedPValue(Math.min(b, c), n) };
    }
    const method = correction ? 'chi-square-corrected' : 'chi-square';
    if (n === 0)
        return { b, c, method, statistic: 0, pValue: 1 };
    const diff = Math.abs(b - c) - (correction ? 1 : 0);
    const statistic = (diff * diff) / n;
    return { b, c, method, statistic, pValue: (0,chi_square_survival/* chiSquareSurvival */.Y)(statistic, 1) };
}

// EXTERNAL MODULE: ./src/core/metrics/binary-metrics-from-totals.ts
var binary_metrics_from_totals = __webpack_require__(80305);
// EXTERNAL MODULE: ./src/core/metrics/calibration-bin.ts
var calibration_bin = __webpack_require__(19645);
;// CONCATENATED MODULE: ./src/core/metrics/binary-metrics-from-counts.ts


/**
 * The binary metrics from weighted bucket counts, `counts[2·g + y]` = total weight of rows with label y at the g-th
 * highest distinct score (see prepareBinary). Each metric is a function of these counts alone, so this is one walk
 * over the distinct scores, whatever the number of rows:
 * - confusion: groups g < positiveGroups are predicted positive (score ≥ threshold);
 * - roc-auc: Σ_g pos_g·(negatives below g + ½·neg_g) / (P·N), ties counting ½ (sklearn's trapezoid);
 * - pr-auc: Σ_g pos_g·precision_g / P over groups with positives (sklearn's `average_precision_score`);
 * - log-loss, brier: Σ_b counts_b·term_b / total;
 * - ece: Σ over calibration bins of |Σ_g pos_g − (pos_g + neg_g)·s_g| / total (expectedCalibrationError).
 * An undefined value (0/0) is NaN when `undefinedAs: 'nan'`, else it throws (R6).
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {UndefinedMetricError} (a RangeError) when a metric is undefined on these counts and `undefinedAs` is
 *   'throw' (the default)
 * @example
 * binaryMetricsFromCounts(prepareBinary([0, 1], [0.2, 0.7]), Float64Array.of(0, 1, 1, 0), ['roc-auc']) // => [1]
 */
function binaryMetricsFromCounts(data, counts, metrics, undefinedAs = 'throw') {
    const { groupCount, positiveGroups, bucketLogLoss, bucketBrier } = data;
    let positives = 0;
    let negatives = 0;
    let tp = 0;
    let fp = 0;
    let logLoss = 0;
    let brier = 0;
    for (let g = 0; g < groupCount; g++) {
        const gn = counts[2 * g];
        const gp = counts[2 * g + 1];
        positives += gp;
        negatives += gn;
        if (g < positiveGroups) {
            tp += gp;
            fp += gn;
        }
        logLoss += gn * bucketLogLoss[2 * g] + gp * bucketLogLoss[2 * g + 1];
        brier += gn * bucketBrier[2 * g] + gp * bucketBrier[2 * g + 1];
    }
    const needRanks = metrics.includes('roc-auc') || metrics.includes('pr-auc');
    let rocArea = 0;
    let prArea = 0;
    if (needRanks) {
        let cumPos = 0;
        let cumNeg = 0;
        for (let g = 0; g < groupCount; g++) {
            const gn = counts[2 * g];
            const gp = counts[2 * g + 1];
            // Positives at this score beat every negative below it and tie (½) with the gn negatives at it.
            rocArea += gp * (negatives - cumNeg - 0.5 * gn);
            if (gp > 0)
                prArea += gp * ((cumPos + gp) / (cumPos + gp + cumNeg + gn));
            cumPos += gp;
            cumNeg += gn;
        }
    }
    const calibrationGap = metrics.includes('ece') ? calibrationGapOf(data, counts) : 0;
    return (0,binary_metrics_from_totals/* binaryMetricsFromTotals */.Q)({ positives, negatives, tp, fp, logLoss, brier, rocArea, prArea, calibrationGap }, metrics, undefinedAs);
}
/**
 * Σ_b |Σ_{g in bin b} (pos_g·(1 − s_g) − neg_g·s_g)|: the calibration bins' summed gaps between observed positives
 * and predicted probability mass (expectedCalibrationError's numerator).
 */
function calibrationGapOf(data, counts) {
    const gaps = new Float64Array(calibration_bin/* ECE_BINS */.P);
    for (let g = 0; g < data.groupCount; g++) {
        const gn = counts[2 * g];
        const gp = counts[2 * g + 1];
        const b = data.groupBin[g];
        gaps[b] = gaps[b] + gp - (gn + gp) * data.groupScore[g];
    }
    let sum = 0;
    for (const gap of gaps)
        sum += Math.abs(gap);
    return sum;
}

;// CONCATENATED MODULE: ./src/core/metrics/paired-binary-metrics.ts

/**
 * binaryMetrics of two models on the same rows under the same weights (a paired bootstrap resample), with one
 * pass over the rows for both: each row's weight is read once and added to both models' bucket counts.
 * @see binaryMetrics for the conventions (scikit-learn 1.2)
 * @throws {RangeError} if the models have different row counts; {UndefinedMetricError} (a RangeError) if a
 *   metric is undefined and `undefinedAs` is 'throw'
 * @example
 * pairedBinaryMetrics(prepareBinary([0, 1], [0.2, 0.7]), prepareBinary([0, 1], [0.7, 0.2]), ['roc-auc'])[1] // => [0]
 */
function pairedBinaryMetrics(a, b, metrics, weights, undefinedAs = 'throw') {
    const n = a.n;
    if (b.n !== n)
        throw new RangeError(`pairedBinaryMetrics: row counts differ (${n} vs ${b.n})`);
    const bucketA = a.bucket;
    const bucketB = b.bucket;
    const countsA = new Float64Array(2 * a.groupCount);
    const countsB = new Float64Array(2 * b.groupCount);
    if (weights === undefined) {
        for (let i = 0; i < n; i++) {
            const ka = bucketA[i];
            const kb = bucketB[i];
            countsA[ka] = countsA[ka] + 1;
            countsB[kb] = countsB[kb] + 1;
        }
    }
    else {
        for (let i = 0; i < n; i++) {
            const w = weights[i];
            const ka = bucketA[i];
            const kb = bucketB[i];
            countsA[ka] = countsA[ka] + w;
            countsB[kb] = countsB[kb] + w;
        }
    }
    return [
        binaryMetricsFromCounts(a, countsA, metrics, undefinedAs),
        binaryMetricsFromCounts(b, countsB, metrics, undefinedAs),
    ];
}

// EXTERNAL MODULE: ./src/core/metrics/messages.ts
var metrics_messages = __webpack_require__(73865);
// EXTERNAL MODULE: ./src/core/metrics/undefined-metric-error.ts
var undefined_metric_error = __webpack_require__(17933);
;// CONCATENATED MODULE: ./src/core/metrics/multiclass-metric.ts


/**
 * One multiclass metric over class labels (any numbers; the classes are the union of labels and predictions,
 * as in sklearn), optionally weighted by row multiplicities. `precision|recall|f1-{macro,micro,weighted}`
 * follow sklearn's `average=` modes with `zero_division=0` per class (a class never predicted has precision 0):
 * macro = unweighted mean over classes, micro = from pooled counts (equals accuracy for single-label data),
 * weighted = mean weighted by each class's support.
 * @see https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.precision_recall_fscore_support.html
 * @throws {RangeError} on empty input or different lengths; {UndefinedMetricError} (a RangeError) for zero total
 *   weight
 * @example
 * multiclassMetric([0, 1, 2, 0, 1, 2, 0, 2], [0, 2, 1, 0, 0, 2, 0, 2], 'f1-macro') // => 0.5079365079365079
 */
function multiclassMetric(yTrue, yPred, metric, weights) {
    const n = yTrue.length;
    if (n !== yPred.length)
        throw new RangeError(metrics_messages/* metricsMessages */.i.lengthMismatch(metric, n, yPred.length));
    if (n === 0)
        throw new RangeError(metrics_messages/* metricsMessages */.i.empty(metric));
    const index = new Map();
    for (let i = 0; i < n; i++) {
        for (const v of [yTrue[i], yPred[i]])
            if (!index.has(v))
                index.set(v, index.size);
    }
    const k = index.size;
    const tp = new Float64Array(k);
    const predicted = new Float64Array(k);
    const support = new Float64Array(k);
    let total = 0;
    let correct = 0;
    for (let i = 0; i < n; i++) {
        const wi = weights === undefined ? 1 : weights[i];
        if (wi === 0)
            continue;
        const t = index.get(yTrue[i]);
        const p = index.get(yPred[i]);
        total += wi;
        support[t] = support[t] + wi;
        predicted[p] = predicted[p] + wi;
        if (t === p) {
            tp[t] = tp[t] + wi;
            correct += wi;
        }
    }
    if (total === 0)
        throw new undefined_metric_error/* UndefinedMetricError */.P(metrics_messages/* metricsMessages */.i.zeroWeight(metric));
    if (metric === 'accuracy')
        return correct / total;
    const [kind, average] = metric.split('-');
    const score = (t, pr, s) => {
        const prec = pr === 0 ? 0 : t / pr;
        const rec = s === 0 ? 0 : t / s;
        if (kind === 'precision')
            return prec;
        if (kind === 'recall')
            return rec;
        return pr + s === 0 ? 0 : (2 * t) / (pr + s);
    };
    if (average === 'micro')
        return score(correct, total, total);
    let sum = 0;
    let weightSum = 0;
    for (let c = 0; c < k; c++) {
        const value = score(tp[c], predicted[c], support[c]);
        const weight = average === 'macro' ? 1 : support[c];
        sum += weight * value;
        weightSum += weight;
    }
    return sum / weightSum;
}

;// CONCATENATED MODULE: ./src/core/metrics/multiclass-probability-metrics.ts


/**
 * Multiclass metrics of a class-probability matrix, optionally weighted by row multiplicities (a bootstrap
 * resample), with scikit-learn 1.2's definitions:
 * - `log-loss`: `log_loss(y, P, labels=classes)`, mean of −ln p(label) after clipping to [ε, 1−ε] (ε = float64
 *   epsilon) and renormalising each row;
 * - `roc-auc-ovr` / `roc-auc-ovr-weighted`: `roc_auc_score(y, P, multi_class='ovr', average='macro'|'weighted')`,
 *   the mean (or support-weighted mean) over classes c of the ROC-AUC of "class c" against the rest on column c;
 *   undefined when a class has no rows (sklearn raises);
 * - `roc-auc-ovo` / `roc-auc-ovo-weighted`: `multi_class='ovo'` (Hand & Till 2001): over each pair (a, b) of the
 *   classes present, the mean of AUC(a vs b on column a) and AUC(b vs a on column b), averaged evenly (macro) or
 *   weighted by the pair's share of rows (prevalence).
 * Every ROC-AUC counts tied scores ½ (sklearn's trapezoid over distinct scores). Cost: one pass over the rows per
 * class column. Integer weights equal repeating rows (sklearn has no sample_weight for ovo; repetition defines it).
 * An undefined value is NaN with `undefinedAs: 'nan'`, else it throws (R6).
 * @see https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.roc_auc_score.html
 * @see Hand, D. J. & Till, R. J. (2001). A simple generalisation of the area under the ROC curve for multiple class classification problems. Machine Learning 45, 171–186
 * @throws {UndefinedMetricError} (a RangeError) when a metric is undefined on these rows and `undefinedAs` is
 *   'throw' (the default)
 * @example
 * multiclassProbabilityMetrics(prepareMulticlassProbabilities([0, 1, 2], Float64Array.of(0.6, 0.3, 0.1, 0.2, 0.5, 0.3, 0.1, 0.3, 0.6), 3), ['roc-auc-ovr']) // => [1]
 */
function multiclassProbabilityMetrics(data, metrics, weights, undefinedAs = 'throw') {
    const { n, classCount: k, y, logLossTerm, groups, groupCounts } = data;
    const support = new Float64Array(k);
    let total = 0;
    let logLoss = 0;
    for (let i = 0; i < n; i++) {
        const wi = weights === undefined ? 1 : weights[i];
        if (wi === 0)
            continue;
        total += wi;
        logLoss += wi * logLossTerm[i];
        const c = y[i];
        support[c] = support[c] + wi;
    }
    const undefinedValue = (message) => {
        if (undefinedAs === 'nan')
            return Number.NaN;
        throw new undefined_metric_error/* UndefinedMetricError */.P(message);
    };
    const needOvr = metrics.some((m) => m.startsWith('roc-auc-ovr'));
    const needOvo = metrics.some((m) => m.startsWith('roc-auc-ovo'));
    // ovrArea[c]: AUC of class c against the rest on column c; pairArea[a·k + b]: AUC of a against b on column a.
    const ovrArea = new Float64Array(k);
    const pairArea = new Float64Array(needOvo ? k * k : 0);
    if (total > 0 && (needOvr || needOvo)) {
        for (let c = 0; c < k; c++) {
            const group = groups[c];
            const g = groupCounts[c];
            const counts = scoreCounts(group, g, y, n, k, weights);
            if (needOvr)
                ovrArea[c] = ovrAreaOf(counts, g, k, c, support[c], total - support[c]);
            if (needOvo) {
                for (let other = 0; other < k; other++) {
                    if (other === c)
                        continue;
                    pairArea[c * k + other] = pairAreaOf(counts, g, k, c, other, support[c], support[other]);
                }
            }
        }
    }
    const ovr = (metric, weighted) => {
        let sum = 0;
        let weightSum = 0;
        for (let c = 0; c < k; c++) {
            const s = support[c];
            if (s === 0)
                return undefinedValue(metrics_messages/* metricsMessages */.i.classWithoutRows(metric, c));
            const w = weighted ? s : 1;
            sum += w * ovrArea[c];
            weightSum += w;
        }
        return sum / weightSum;
    };
    const ovo = (metric, weighted) => {
        let sum = 0;
        let weightSum = 0;
        for (let a = 0; a < k; a++) {
            if (support[a] === 0)
                continue;
            for (let b = a + 1; b < k; b++) {
                if (support[b] === 0)
                    continue;
                const score = (pairArea[a * k + b] + pairArea[b * k + a]) / 2;
                const w = weighted ? (support[a] + support[b]) / total : 1;
                sum += w * score;
                weightSum += w;
            }
        }
        return weightSum === 0 ? undefinedValue(metrics_messages/* metricsMessages */.i.fewerThanTwoClassesPresent(metric)) : sum / weightSum;
    };
    return metrics.map((metric) => {
        if (total === 0)
            return undefinedValue(metrics_messages/* metricsMessages */.i.zeroWeight(metric));
        switch (metric) {
            case 'log-loss':
                return logLoss / total;
            case 'roc-auc-ovr':
                return ovr(metric, false);
            case 'roc-auc-ovr-weighted':
                return ovr(metric, true);
            case 'roc-auc-ovo':
                return ovo(metric, false);
            case 'roc-auc-ovo-weighted':
                return ovo(metric, true);
        }
    });
}
/** counts[j·k + t]: weighted rows of true class t at the j-th highest distinct score of one class column. */
function scoreCounts(group, g, y, n, k, weights) {
    const counts = new Float64Array(g * k);
    for (let i = 0; i < n; i++) {
        const wi = weights === undefined ? 1 : weights[i];
        if (wi === 0)
            continue;
        const b = group[i] * k + y[i];
        counts[b] = counts[b] + wi;
    }
    return counts;
}
/**
 * The Mann–Whitney area over score groups in ascending order: the positives of each group beat the negatives of
 * the groups before it, ties count ½. NaN without positives or negatives.
 */
function rankArea(groups, positivesIn, negativesIn, positives, negatives) {
    let area = 0;
    let cumNeg = 0;
    for (let j = 0; j < groups; j++) {
        const gp = positivesIn(j);
        const gn = negativesIn(j);
        area += gp * (negatives - cumNeg - 0.5 * gn);
        cumNeg += gn;
    }
    return positives > 0 && negatives > 0 ? area / (positives * negatives) : Number.NaN;
}
/** AUC of class c against the rest on column c (ties ½); NaN without positives or negatives. */
function ovrAreaOf(counts, g, k, c, positives, negatives) {
    const rest = (j) => {
        let rowTotal = 0;
        for (let t = 0; t < k; t++)
            rowTotal += counts[j * k + t];
        return rowTotal - counts[j * k + c];
    };
    return rankArea(g, (j) => counts[j * k + c], rest, positives, negatives);
}
/** AUC of class c against class other on column c (ties ½); NaN when either class has no rows. */
function pairAreaOf(counts, g, k, c, other, positives, negatives) {
    return rankArea(g, (j) => counts[j * k + c], (j) => counts[j * k + other], positives, negatives);
}

;// CONCATENATED MODULE: ./src/core/metrics/probability-row-sum-is-one.ts
/** Relative and absolute tolerance of a probability row's sum: numpy.allclose's defaults, as sklearn checks. */
const PROBABILITY_SUM_RTOL = 1e-5;
const PROBABILITY_SUM_ATOL = 1e-8;
/**
 * Whether a row of class probabilities sums to 1 within numpy.allclose's default tolerance,
 * |1 − sum| ≤ 1e-8 + 1e-5·|sum| — the check sklearn 1.2's multiclass `roc_auc_score` applies (it raises
 * "Target scores need to be probabilities … sum up to 1.0 over classes" otherwise).
 * @see https://numpy.org/doc/1.24/reference/generated/numpy.allclose.html
 * @example
 * probabilityRowSumIsOne(0.999995) // => true
 */
function probabilityRowSumIsOne(sum) {
    return Math.abs(1 - sum) <= PROBABILITY_SUM_ATOL + PROBABILITY_SUM_RTOL * Math.abs(sum);
}

// EXTERNAL MODULE: ./src/core/stats/rank-distinct-descending.ts
var rank_distinct_descending = __webpack_require__(38353);
;// CONCATENATED MODULE: ./src/core/metrics/prepare-multiclass-probabilities.ts



/** float64 machine epsilon: sklearn 1.2 `log_loss(eps='auto')` clips probabilities to [ε, 1−ε]. */
const EPS = 2.220446049250313e-16;
/**
 * Validates class indices and a row-major probability matrix (values in [0, 1], each row summing to 1 within
 * numpy.allclose's tolerance, see probabilityRowSumIsOne) and prepares them for the multiclass probability
 * metrics: the argmax class, the per-row log loss term (sklearn 1.2 `log_loss`: clip to [ε, 1−ε] with ε the
 * float64 epsilon, divide by the clipped row's sum, −ln p(label)) and, per class column, each row's rank among
 * the distinct scores of that column, descending (native numeric sort, then a binary search per row).
 * @see https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.log_loss.html
 * @throws {RangeError} on empty input, fewer than 2 classes, a matrix of the wrong size, a label that is not a
 *   class index, a probability outside [0, 1] or a row that does not sum to 1
 * @example
 * prepareMulticlassProbabilities([0, 2], Float64Array.of(0.7, 0.2, 0.1, 0.2, 0.2, 0.6), 3).argmax // => Uint32Array [0, 2]
 */
function prepareMulticlassProbabilities(yTrue, probabilities, classCount) {
    const fn = 'prepareMulticlassProbabilities';
    const n = yTrue.length;
    const k = classCount;
    if (!(Number.isInteger(k) && k >= 2))
        throw new RangeError(metrics_messages/* metricsMessages */.i.tooFewClasses(fn, k));
    if (probabilities.length !== n * k)
        throw new RangeError(metrics_messages/* metricsMessages */.i.lengthMismatch(fn, n * k, probabilities.length));
    if (n === 0)
        throw new RangeError(metrics_messages/* metricsMessages */.i.empty(fn));
    const y = new Uint32Array(n);
    const p = Float64Array.from(probabilities);
    const argmax = new Uint32Array(n);
    const logLossTerm = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const label = yTrue[i];
        if (!(Number.isInteger(label) && label >= 0 && label < k))
            throw new RangeError(metrics_messages/* metricsMessages */.i.classOutOfRange(fn, i, label, k));
        y[i] = label;
        let sum = 0;
        let clippedSum = 0;
        let best = 0;
        for (let c = 0; c < k; c++) {
            const v = p[i * k + c];
            if (!(v >= 0 && v <= 1))
                throw new RangeError(metrics_messages/* metricsMessages */.i.probabilityOutOfRange(fn, i, c, v));
            sum += v;
            clippedSum += Math.min(Math.max(v, EPS), 1 - EPS);
            if (v > p[i * k + best])
                best = c;
        }
        if (!probabilityRowSumIsOne(sum))
            throw new RangeError(metrics_messages/* metricsMessages */.i.probabilitiesDoNotSumToOne(fn, i, sum));
        argmax[i] = best;
        const own = Math.min(Math.max(p[i * k + label], EPS), 1 - EPS);
        logLossTerm[i] = -Math.log(own / clippedSum);
    }
    const groups = [];
    const groupCounts = [];
    const column = new Float64Array(n);
    for (let c = 0; c < k; c++) {
        for (let i = 0; i < n; i++)
            column[i] = p[i * k + c];
        const { rank, distinctAscending } = (0,rank_distinct_descending/* rankDistinctDescending */.LV)(column);
        groups.push(rank);
        groupCounts.push(distinctAscending.length);
    }
    return { n, classCount: k, y, probabilities: p, argmax, logLossTerm, groups, groupCounts };
}

// EXTERNAL MODULE: ./src/core/metrics/prepare-binary.ts
var prepare_binary = __webpack_require__(8174);
;// CONCATENATED MODULE: ./src/core/metrics/mean-absolute-percentage-error.ts
/** sklearn's ε in mean_absolute_percentage_error: `np.finfo(np.float64).eps`, the floor of |y| in the denominator. */
const MAPE_EPSILON = Number.EPSILON;
/**
 * Mean absolute percentage error, optionally weighted: Σ wᵢ·|yᵢ − ŷᵢ| / max(|yᵢ|, ε) / Σ wᵢ, as a share (0.1 =
 * 10%), with ε = 2.220446049250313e-16 — sklearn.metrics.mean_absolute_percentage_error exactly, so a true value of 0
 * gives a huge (not infinite) error, as there. The caller checks lengths, finiteness and total weight
 * (regressionMetric does).
 * @see https://scikit-learn.org/1.2/modules/generated/sklearn.metrics.mean_absolute_percentage_error.html
 * @example
 * meanAbsolutePercentageError([3, -0.5, 2, 7], [2.5, 0, 2, 8]) // => 0.3273809523809524
 */
function meanAbsolutePercentageError(yTrue, yPred, weights) {
    let total = 0;
    let sum = 0;
    for (let i = 0; i < yTrue.length; i++) {
        const w = weights === undefined ? 1 : weights[i];
        const t = yTrue[i];
        total += w;
        sum += (w * Math.abs(t - yPred[i])) / Math.max(Math.abs(t), MAPE_EPSILON);
    }
    return sum / total;
}

;// CONCATENATED MODULE: ./src/core/metrics/regression-metric.ts



/**
 * One regression metric, optionally weighted by row multiplicities: `mae` mean |y − ŷ|, `rmse` √mean (y − ŷ)²,
 * `r2` 1 − Σ(y − ŷ)² / Σ(y − ȳ)², `mape` mean |y − ŷ| / max(|y|, ε) (sklearn `mean_absolute_error`,
 * `sqrt(mean_squared_error)`, `r2_score`, `mean_absolute_percentage_error`).
 * R² of constant truth is undefined and throws (sklearn's force_finite would report 1 or 0).
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html#regression-metrics
 * @throws {RangeError} on empty input, different lengths or non-finite values; {UndefinedMetricError} (a
 *   RangeError) for zero total weight or constant truth for r2
 * @example
 * regressionMetric([3, -0.5, 2, 7], [2.5, 0, 2, 8], 'r2') // => 0.9486081370449679
 */
function regressionMetric(yTrue, yPred, metric, weights) {
    const n = yTrue.length;
    if (n !== yPred.length)
        throw new RangeError(metrics_messages/* metricsMessages */.i.lengthMismatch(metric, n, yPred.length));
    if (n === 0)
        throw new RangeError(metrics_messages/* metricsMessages */.i.empty(metric));
    let total = 0;
    let sumAbs = 0;
    let sumSq = 0;
    let sumY = 0;
    for (let i = 0; i < n; i++) {
        const wi = weights === undefined ? 1 : weights[i];
        const t = yTrue[i];
        const p = yPred[i];
        if (!Number.isFinite(t) || !Number.isFinite(p))
            throw new RangeError(metrics_messages/* metricsMessages */.i.notFinite(metric, i));
        const d = t - p;
        total += wi;
        sumAbs += wi * Math.abs(d);
        sumSq += wi * d * d;
        sumY += wi * t;
    }
    if (total === 0)
        throw new undefined_metric_error/* UndefinedMetricError */.P(metrics_messages/* metricsMessages */.i.zeroWeight(metric));
    if (metric === 'mae')
        return sumAbs / total;
    if (metric === 'mape')
        return meanAbsolutePercentageError(yTrue, yPred, weights);
    if (metric === 'rmse')
        return Math.sqrt(sumSq / total);
    const mean = sumY / total;
    let ssTot = 0;
    for (let i = 0; i < n; i++) {
        const wi = weights === undefined ? 1 : weights[i];
        const d = yTrue[i] - mean;
        ssTot += wi * d * d;
    }
    if (ssTot === 0)
        throw new undefined_metric_error/* UndefinedMetricError */.P(metrics_messages/* metricsMessages */.i.constantTruth(metric));
    return 1 - sumSq / ssTot;
}

;// CONCATENATED MODULE: ./src/core/compare/metric-evaluator.ts










/**
 * Prepares paired predictions once (binary rows are validated and grouped by distinct score once per model)
 * and returns an evaluator of the task's metrics for both models; a bootstrap resample then costs one O(n)
 * pass per model for all binary metrics together. Multiclass probability metrics (log-loss, roc-auc-ovr…) need
 * `classCount` and both probability matrices; the label metrics use `*Pred` (the argmax when no class column).
 * @throws {RangeError} when a metric does not belong to the task, a model's predictions are missing, or the
 *   data is invalid for the task (see prepareBinary); the evaluator throws UndefinedMetricError (a RangeError)
 *   for a metric undefined on the rows unless `undefinedAs` is 'nan'; a ConfigurationError naming
 *   `probability-columns` when a probability metric is asked for without probabilities
 * @example
 * metricEvaluator({ task: 'regression', yTrue: Float64Array.of(1, 2), candidatePred: Float64Array.of(1, 2), championPred: Float64Array.of(2, 2) })(['mae']) // => { candidate: [0], champion: [0.5] }
 */
function metricEvaluator(data, threshold = 0.5) {
    const known = metric_name/* METRICS_BY_TASK */.GT[data.task];
    const check = (metrics) => {
        for (const metric of metrics)
            if (!known.includes(metric))
                throw new RangeError(metrics_messages/* metricsMessages */.i.unknownMetric(metric, data.task, known));
    };
    if (data.task === 'binary') {
        if (data.candidateScore === undefined || data.championScore === undefined) {
            throw new RangeError('metricEvaluator: binary comparisons need candidate and champion scores');
        }
        const cand = (0,prepare_binary/* prepareBinary */.zR)(data.yTrue, data.candidateScore, threshold);
        const champ = (0,prepare_binary/* prepareBinary */.zR)(data.yTrue, data.championScore, threshold);
        const evaluate = (metrics, weights, undefinedAs = 'throw') => {
            check(metrics);
            const names = metrics;
            const [candidate, champion] = pairedBinaryMetrics(cand, champ, names, weights, undefinedAs);
            return { candidate, champion };
        };
        return Object.assign(evaluate, { binary: { candidate: cand, champion: champ } });
    }
    if (data.candidatePred === undefined || data.championPred === undefined) {
        throw new RangeError(`metricEvaluator: ${data.task} comparisons need candidate and champion predictions`);
    }
    const { yTrue, candidatePred, championPred } = data;
    const isProbabilityMetric = (metric) => data.task === 'multiclass' && metric_name/* MULTICLASS_PROBABILITY_METRICS */.UF.includes(metric);
    let probabilities;
    if (data.task === 'multiclass' &&
        data.candidateProbabilities !== undefined &&
        data.championProbabilities !== undefined &&
        data.classCount !== undefined) {
        probabilities = {
            candidate: prepareMulticlassProbabilities(yTrue, data.candidateProbabilities, data.classCount),
            champion: prepareMulticlassProbabilities(yTrue, data.championProbabilities, data.classCount),
        };
    }
    const one = data.task === 'multiclass'
        ? (pred, metric, weights) => multiclassMetric(yTrue, pred, metric, weights)
        : (pred, metric, weights) => regressionMetric(yTrue, pred, metric, weights);
    const safe = (pred, metric, weights, undefinedAs) => {
        if (undefinedAs === 'throw')
            return one(pred, metric, weights);
        try {
            return one(pred, metric, weights);
        }
        catch (error) {
            if (error instanceof undefined_metric_error/* UndefinedMetricError */.P)
                return Number.NaN;
            throw error;
        }
    };
    return (metrics, weights, undefinedAs = 'throw') => {
        check(metrics);
        const fromProbabilities = metrics.filter(isProbabilityMetric);
        if (fromProbabilities.length > 0 && probabilities === undefined)
            throw new errors/* ConfigurationError */.j1(metrics_messages/* metricsMessages */.i.needsProbabilities(fromProbabilities[0]), { input: 'probability-columns' }, metrics_messages/* metricsMessages */.i.needsProbabilitiesHint());
        const pc = probabilities === undefined
            ? []
            : multiclassProbabilityMetrics(probabilities.candidate, fromProbabilities, weights, undefinedAs);
        const ph = probabilities === undefined
            ? []
            : multiclassProbabilityMetrics(probabilities.champion, fromProbabilities, weights, undefinedAs);
        const value = (pred, fromP) => (m) => isProbabilityMetric(m) ? fromP[fromProbabilities.indexOf(m)] : safe(pred, m, weights, undefinedAs);
        return { candidate: metrics.map(value(candidatePred, pc)), champion: metrics.map(value(championPred, ph)) };
    };
}

;// CONCATENATED MODULE: ./src/core/compare/paired-metric-value.ts

/**
 * One metric for both models under optional row weights, with an undefined metric (UndefinedMetricError: one
 * class present, nothing predicted positive…) as a value. Any other error (invalid data, a bug) propagates.
 * @throws {RangeError} from the evaluator for anything but an undefined metric
 * @example
 * pairedMetricValue(metricEvaluator({ task: 'regression', yTrue: Float64Array.of(1, 1), candidatePred: Float64Array.of(1, 2), championPred: Float64Array.of(1, 1) }), 'r2') // => { kind: 'undefined', reason: 'r2: the true values are constant, so R² is undefined' }
 */
function pairedMetricValue(evaluate, metric, weights) {
    try {
        const values = evaluate([metric], weights);
        return { kind: 'defined', candidate: values.candidate[0], champion: values.champion[0] };
    }
    catch (error) {
        if (error instanceof undefined_metric_error/* UndefinedMetricError */.P)
            return { kind: 'undefined', reason: error.message };
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/core/compare/compare-models.ts











/** From this many rows the bootstrap uses Poisson(1) weights (sequential, no random memory access). */
const POISSON_FROM_ROWS = 100_000;
/**
 * Compares candidate and champion on the same rows for each metric: point values, the paired bootstrap
 * percentile interval of the difference (one resample vector shared by all metrics, so they stay paired) and of
 * the candidate's own value, the same at the family-wise `adjustedConfidence` when given, the count of resamples
 * on which the metric was undefined,
 * the probability the candidate is better (share of resampled differences in the better direction), and
 * McNemar's test for accuracy and DeLong's test for ROC-AUC. A metric undefined on the full data (one class
 * present) is an `undefined` comparison with the reason, never a number.
 * Preconditions (the loader guarantees them; a breach is a bug, not a user error): binary labels are 0/1 and
 * scores in [0, 1], multiclass probabilities are valid rows, every metric belongs to the task.
 * @throws {RangeError} when a precondition does not hold (see metricEvaluator)
 * @example
 * compareModels({ task: 'regression', yTrue: Float64Array.of(1, 2, 3, 4), candidatePred: Float64Array.of(1, 2, 3, 4), championPred: Float64Array.of(2, 3, 4, 5) }, { metrics: ['mae'], resamples: 10, confidence: 0.9, random: () => 0.5 }).map((c) => (c.kind === 'defined' ? c.difference : c.reason)) // => [-1]
 */
function compareModels(data, options) {
    const evaluate = metricEvaluator(data, options.threshold);
    const n = data.yTrue.length;
    const direction = (metric) => options.greaterIsBetter?.[metric] ?? metric_name/* GREATER_IS_BETTER */.xq[metric];
    const point = new Map(options.metrics.map((metric) => [metric, pairedMetricValue(evaluate, metric)]));
    const defined = options.metrics.filter((metric) => point.get(metric)?.kind === 'defined');
    const distributions = defined.length === 0 ? [] : bootstrapDifferences(evaluate, defined, n, options);
    return options.metrics.map((metric) => {
        const greaterIsBetter = direction(metric);
        const values = point.get(metric);
        if (values === undefined)
            throw new Error(`compareModels: ${metric} was not evaluated`);
        if (values.kind === 'undefined')
            return { kind: 'undefined', metric, greaterIsBetter, confidence: options.confidence, reason: values.reason };
        const dist = distributions[defined.indexOf(metric)];
        const own = distributions[defined.length + defined.indexOf(metric)];
        if (dist === undefined || own === undefined)
            throw new Error('compareModels: missing bootstrap distribution');
        const level = options.adjustedConfidence;
        const adjusted = level === undefined || !(level > options.confidence)
            ? undefined
            : {
                confidence: level,
                ...pair(percentileInterval(dist.sorted, level)),
                ...pairCandidate(percentileInterval(own.sorted, level)),
            };
        const { candidate, champion } = values;
        const test = pairedTest(data, metric, options.threshold ?? 0.5, evaluate.binary);
        return {
            kind: 'defined',
            metric,
            greaterIsBetter,
            champion,
            candidate,
            difference: candidate - champion,
            lower: dist.lower,
            upper: dist.upper,
            confidence: options.confidence,
            probabilityBetter: greaterIsBetter ? dist.shareAboveZero : dist.shareBelowZero,
            resamples: dist.sorted.length,
            candidateLower: own.lower,
            candidateUpper: own.upper,
            undefinedResamples: dist.undefinedCount,
            ...(adjusted === undefined ? {} : { adjusted }),
            ...(test === undefined ? {} : { test }),
        };
    });
}
/**
 * Per defined metric the bootstrap distribution of candidate − champion, then of the candidate's own value. A
 * binary comparison with a seeded stream runs as a bucketed task (binaryBootstrapValues: the same draws and
 * counts, so the same values) and moves the stream past its draws; anything else resamples through pairedBootstrap.
 */
function bootstrapDifferences(evaluate, defined, n, options) {
    const { random, resamples, confidence } = options;
    const scheme = options.scheme ?? (n >= POISSON_FROM_ROWS ? 'poisson' : 'multinomial');
    if (evaluate.binary === undefined || !(0,seeded_random/* isSeededRandom */.Ag)(random))
        return pairedBootstrap(n, (weights) => {
            const values = evaluate(defined, weights, 'nan');
            // k differences, then the candidate's k values (floors are judged on the candidate's own interval).
            return [...values.candidate.map((c, k) => c - values.champion[k]), ...values.candidate];
        }, { resamples, random, confidence, scheme });
    const metrics = defined;
    const { candidate, champion } = evaluate.binary;
    const task = {
        n,
        resamples,
        scheme,
        state: random.state(),
        pairs: [binaryBootstrapPair(candidate, champion, metrics)],
    };
    (0,run_binary_bootstrap/* checkBinaryBootstrapTask */.j)(task);
    const values = (options.runBootstrap ?? run_binary_bootstrap/* runBinaryBootstrap */.p)(task);
    random.skip(resamples * n);
    const k = metrics.length;
    const columns = Array.from({ length: 2 * k }, () => new Float64Array(resamples));
    for (let r = 0; r < resamples; r++) {
        for (let j = 0; j < k; j++) {
            const c = values[r * 2 * k + j];
            columns[j][r] = c - values[r * 2 * k + k + j];
            columns[k + j][r] = c;
        }
    }
    return columns.map((column, j) => summarizeBootstrap(column, confidence, `pairedBootstrap: statistic ${j}`));
}
const pair = ([lower, upper]) => ({ lower, upper });
const pairCandidate = ([lower, upper]) => ({ candidateLower: lower, candidateUpper: upper });
function pairedTest(data, metric, threshold, binary) {
    const { yTrue } = data;
    if (metric === 'accuracy') {
        const cand = data.task === 'binary' ? data.candidateScore : data.candidatePred;
        const champ = data.task === 'binary' ? data.championScore : data.championPred;
        if (cand === undefined || champ === undefined || data.task === 'regression')
            return undefined;
        let b = 0;
        let c = 0;
        for (let i = 0; i < yTrue.length; i++) {
            const y = yTrue[i];
            const candRight = data.task === 'binary' ? (cand[i] >= threshold ? 1 : 0) === y : cand[i] === y;
            const champRight = data.task === 'binary' ? (champ[i] >= threshold ? 1 : 0) === y : champ[i] === y;
            if (champRight && !candRight)
                b++;
            else if (candRight && !champRight)
                c++;
        }
        const r = mcnemarTest(b, c);
        return { name: 'mcnemar', statistic: r.statistic, pValue: r.pValue, method: r.method };
    }
    if (metric === 'roc-auc' && binary !== undefined) {
        try {
            const r = deLongTestGrouped(yTrue, binary.champion, binary.candidate);
            // Undefined (fewer than 2 of a class, or zero variance while the AUCs differ): no p-value to report.
            return r.kind === 'defined' ? { name: 'delong', statistic: r.z, pValue: r.pValue } : undefined;
        }
        catch {
            return undefined;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/compare/compare-slices.ts









/**
 * The metrics of both models per value of each segment column, each on the slice's own rows, with the paired
 * bootstrap interval of candidate − champion: every resample reweights all n rows once, and each slice reads its
 * rows' weights, so slice and whole-data intervals come from the same resamples. The intervals are Bonferroni-
 * adjusted over the m judged (slice, metric) pairs and `otherTests`: level 1 − (1 − confidence)/(m + otherTests). A slice with fewer than
 * `minSize` rows (binary: fewer than `minPositives` positives or `minNegatives` negatives) is `skipped` with the
 * reason; a metric undefined on a judged slice (one class present) is `undefined` with the reason. The
 * preconditions are compareModels' (the loader guarantees them), and each segment column has one value per
 * paired row (the loader picks them in pairing order).
 * @throws {RangeError} if a segment column's length differs from the data, or a precondition does not hold (bugs)
 * @example
 * compareSlices({ task: 'regression', yTrue: Float64Array.of(1, 2), candidatePred: Float64Array.of(1, 2), championPred: Float64Array.of(1, 3) }, { g: ['a', 'b'] }, ['mae']).map((s) => (s.kind === 'defined' ? s.champion : s.reason)) // => [0, 1]
 */
function compareSlices(data, segments, metrics, options = {}) {
    const n = data.yTrue.length;
    const out = [];
    const judged = [];
    for (const [column, values] of Object.entries(segments)) {
        if (values.length !== n)
            throw new RangeError(`compareSlices: column ${column} has ${values.length} values for ${n} rows`);
        for (const [value, rows] of groupRows(values)) {
            const skipped = skipReason(data, rows, options);
            const evaluate = skipped === undefined ? metricEvaluator(subset(data, rows), options.threshold) : undefined;
            const entries = [];
            for (const metric of metrics) {
                const slice = {
                    column,
                    value,
                    rows: rows.length,
                    metric,
                    greaterIsBetter: options.greaterIsBetter?.[metric] ?? metric_name/* GREATER_IS_BETTER */.xq[metric],
                };
                if (evaluate === undefined) {
                    out.push({ kind: 'skipped', ...slice, reason: skipped ?? '' });
                    continue;
                }
                const paired = pairedMetricValue(evaluate, metric);
                if (paired.kind === 'defined')
                    entries.push({ index: out.length, metric });
                out.push(paired.kind === 'defined'
                    ? { kind: 'defined', ...slice, champion: paired.champion, candidate: paired.candidate }
                    : { kind: 'undefined', ...slice, reason: paired.reason });
            }
            if (evaluate !== undefined && entries.length > 0)
                judged.push({ rows, evaluate, entries });
        }
    }
    if (options.random !== undefined && judged.length > 0)
        addIntervals(out, judged, n, options);
    return out;
}
/** Row indices per segment value, values in code-point order. */
function groupRows(values) {
    const groups = new Map();
    values.forEach((v, i) => {
        const list = groups.get(v);
        if (list === undefined)
            groups.set(v, [i]);
        else
            list.push(i);
    });
    return [...groups.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([v, rows]) => [v, Uint32Array.from(rows)]);
}
/** Why a slice is too small to judge, or undefined. */
function skipReason(data, rows, options) {
    const minSize = options.minSize ?? 1;
    if (rows.length < minSize)
        return compareMessages.sliceTooFewRows(rows.length, minSize);
    if (data.task !== 'binary')
        return undefined;
    let positives = 0;
    for (const i of rows)
        if (data.yTrue[i] === 1)
            positives++;
    const negatives = rows.length - positives;
    if (positives < (options.minPositives ?? 0))
        return compareMessages.sliceTooFewClass(positives, 'positives', options.minPositives ?? 0);
    if (negatives < (options.minNegatives ?? 0))
        return compareMessages.sliceTooFewClass(negatives, 'negatives', options.minNegatives ?? 0);
    return undefined;
}
/** The rows `rows` of paired predictions (probability matrices row by row). */
function subset(data, rows) {
    const pick = (v) => v === undefined ? undefined : Float64Array.from(rows, (i) => v[i]);
    const k = data.classCount ?? 0;
    const pickRows = (v) => {
        if (v === undefined || k === 0)
            return undefined;
        const out = new Float64Array(rows.length * k);
        rows.forEach((row, j) => out.set(v.subarray(row * k, (row + 1) * k), j * k));
        return out;
    };
    const fields = {
        candidateScore: pick(data.candidateScore),
        championScore: pick(data.championScore),
        candidatePred: pick(data.candidatePred),
        championPred: pick(data.championPred),
        candidateProbabilities: pickRows(data.candidateProbabilities),
        championProbabilities: pickRows(data.championProbabilities),
    };
    const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    return {
        task: data.task,
        yTrue: pick(data.yTrue),
        ...(data.classCount === undefined ? {} : { classCount: data.classCount }),
        ...present,
    };
}
/** Adds the Bonferroni-adjusted paired intervals to the judged slices' defined comparisons. */
function addIntervals(out, judged, n, options) {
    const family = judged.reduce((sum, j) => sum + j.entries.length, 0);
    const confidence = 1 - (1 - (options.confidence ?? 0.95)) / (family + (options.otherTests ?? 0));
    const random = options.random;
    const names = judged.map((j) => j.entries.map((e) => e.metric));
    const resamples = options.resamples ?? 1000;
    const scheme = options.scheme ?? 'multinomial';
    const distributions = (0,seeded_random/* isSeededRandom */.Ag)(random) && judged.every((j) => j.evaluate.binary !== undefined)
        ? bucketedDifferences(judged, names, n, {
            resamples,
            random,
            confidence,
            scheme,
            runBootstrap: options.runBootstrap,
        })
        : pairedBootstrap(n, 
        // One weight buffer per slice, reused by every resample.
        ((buffers) => (weights) => {
            const diffs = [];
            judged.forEach((j, s) => {
                const w = buffers[s];
                const rows = j.rows;
                for (let k = 0; k < rows.length; k++)
                    w[k] = weights[rows[k]];
                const values = j.evaluate(names[s], w, 'nan');
                values.candidate.forEach((c, k) => diffs.push(c - values.champion[k]));
            });
            return diffs;
        })(judged.map((j) => new Float64Array(j.rows.length))), { resamples, random, confidence, scheme });
    let k = 0;
    for (const j of judged) {
        for (const e of j.entries) {
            const d = distributions[k++];
            const s = out[e.index];
            if (d === undefined)
                continue;
            out[e.index] = {
                ...s,
                lower: d.lower,
                upper: d.upper,
                confidence,
                undefinedResamples: d.undefinedCount,
                resamples: d.sorted.length,
            };
        }
    }
}
/**
 * The slices' bootstrap differences as one bucketed task (binaryBootstrapValues: one pair per judged slice, the
 * same draws and counts as pairedBootstrap, so the same values), moving the stream past its draws.
 */
function bucketedDifferences(judged, names, n, options) {
    const { resamples, random, confidence, scheme } = options;
    const pairs = judged.map((j, s) => {
        const binary = j.evaluate.binary;
        if (binary === undefined)
            throw new Error('compareSlices: a bucketed slice is not binary');
        return binaryBootstrapPair(binary.candidate, binary.champion, names[s], j.rows);
    });
    const task = { n, resamples, scheme, state: random.state(), pairs };
    (0,run_binary_bootstrap/* checkBinaryBootstrapTask */.j)(task);
    const values = (options.runBootstrap ?? run_binary_bootstrap/* runBinaryBootstrap */.p)(task);
    random.skip(resamples * n);
    const width = values.length / resamples;
    const columns = [];
    let offset = 0;
    for (const metrics of names) {
        const k = metrics.length;
        for (let m = 0; m < k; m++) {
            const column = new Float64Array(resamples);
            for (let r = 0; r < resamples; r++)
                column[r] = values[r * width + offset + m] - values[r * width + offset + k + m];
            columns.push(column);
        }
        offset += 2 * k;
    }
    return columns.map((column, k) => summarizeBootstrap(column, confidence, `pairedBootstrap: statistic ${k}`));
}

;// CONCATENATED MODULE: ./src/core/compare/rule-components.ts
/**
 * How many separately judged parts the rules have: each floor (`threshold`) is one, and each change rule
 * (`min_absolute_change` / `min_relative_change`) or non-inferiority margin is one. They are the rules' members of
 * the rejection family (rejectionConfidence).
 * @example
 * ruleComponents([{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0, threshold: 0.7 }, { metric: 'recall', greaterIsBetter: true, threshold: 0.6 }]) // => 3
 */
function ruleComponents(rules) {
    let k = 0;
    for (const r of rules) {
        if (r.threshold !== undefined)
            k++;
        if (r.minAbsoluteChange !== undefined || r.minRelativeChange !== undefined || r.nonInferiorityMargin !== undefined)
            k++;
    }
    return k;
}

;// CONCATENATED MODULE: ./src/core/compare/rejection-confidence.ts

/**
 * The confidence level at which evaluate-vs-champion may *reject*: Bonferroni over every test that can reject —
 * the rule components of the policy (each floor and each change or non-inferiority rule is one) and the
 * `others` (the judged slice × metric pairs) — 1 − (1 − confidence)/(k + others). Promotion needs every component
 * to pass at the plain level (an intersection–union test, which needs no correction), so only rejection, which
 * any one test can cause, is corrected: with exchangeable models the chance that anything rejects stays at most
 * (1 − confidence)/2 (each test rejects on one side of its two-sided interval).
 * @see Berger (1982), Multiparameter hypothesis testing and acceptance sampling (intersection–union tests)
 * @example
 * rejectionConfidence({ confidence: 0.95, rules: [{ metric: 'roc-auc', greaterIsBetter: true, minAbsoluteChange: 0, threshold: 0.7 }, { metric: 'recall', greaterIsBetter: true, threshold: 0.6 }] }) // => 0.9833333333333333
 */
function rejectionConfidence(policy, others = 0) {
    return 1 - (1 - policy.confidence) / Math.max(1, ruleComponents(policy.rules) + others);
}

;// CONCATENATED MODULE: ./src/core/compare/compare-evidence.ts





/**
 * The comparisons evaluate-vs-champion judges, as the action computes them: the slices of the ruled metrics first
 * (paired intervals at the family-wise level over the judged slice × metric pairs and the rule components), then
 * every metric on all rows with its plain interval and its interval at the same family-wise level (rejection
 * uses it). Both draw from `seededRandom(policy.seed)` with the same scheme (multinomial below POISSON_FROM_ROWS
 * rows, Poisson(1) from there), so the slices and the whole data share every resample vector. Without a champion
 * (`slices: false`) no slice is compared. `runBootstrap` runs the binary resamples (default: on this thread; the action
 * spreads them over worker threads), with the same values either way.
 * @throws {RangeError} when a precondition of compareModels or compareSlices does not hold (bugs)
 * @example
 * compareEvidence({ task: 'regression', yTrue: Float64Array.of(1, 2, 3, 4), candidatePred: Float64Array.of(1, 2, 3, 4), championPred: Float64Array.of(2, 3, 4, 5) }, {}, { metrics: ['mae'], rules: [{ metric: 'mae', greaterIsBetter: false, minAbsoluteChange: 0 }], confidence: 0.9, resamples: 10, seed: 1, decisionThreshold: 0.5, slices: { minSize: 1, minPositives: 0, minNegatives: 0 } }).comparisons.map((c) => (c.kind === 'defined' ? c.difference : c.reason)) // => [-1]
 */
function compareEvidence(data, segments, policy, options = {}) {
    const n = data.yTrue.length;
    const scheme = n >= POISSON_FROM_ROWS ? 'poisson' : 'multinomial';
    const greaterIsBetter = Object.fromEntries(policy.rules.map((r) => [r.metric, r.greaterIsBetter]));
    const slices = options.slices === false
        ? []
        : compareSlices(data, segments, policy.rules.map((r) => r.metric), {
            greaterIsBetter,
            threshold: policy.decisionThreshold,
            minSize: policy.slices.minSize,
            minPositives: policy.slices.minPositives,
            minNegatives: policy.slices.minNegatives,
            resamples: policy.resamples,
            random: (0,seeded_random/* seededRandom */.Is)(policy.seed),
            scheme,
            confidence: policy.confidence,
            otherTests: ruleComponents(policy.rules),
            ...(options.runBootstrap === undefined ? {} : { runBootstrap: options.runBootstrap }),
        });
    const judged = slices.filter((s) => s.kind === 'defined' && s.confidence !== undefined).length;
    const comparisons = compareModels(data, {
        metrics: policy.metrics,
        greaterIsBetter,
        resamples: policy.resamples,
        confidence: policy.confidence,
        adjustedConfidence: rejectionConfidence(policy, judged),
        random: (0,seeded_random/* seededRandom */.Is)(policy.seed),
        scheme,
        threshold: policy.decisionThreshold,
        ...(options.runBootstrap === undefined ? {} : { runBootstrap: options.runBootstrap }),
    });
    return { comparisons, slices };
}

// EXTERNAL MODULE: ./src/evaluate-vs-champion/bootstrap-workers.ts
var bootstrap_workers = __webpack_require__(57939);
;// CONCATENATED MODULE: ./src/core/compare/check-paired-labels.ts


/**
 * Checks that the champion file labels every paired id as the candidate file does (the labels decide, so a
 * candidate file that rewrites its own labels must not turn a hold into a promote). Labels are compared as the
 * loader coded them (0/1, class codes shared by both files, regression targets exactly).
 * @throws {DataError} naming the first differing id (in candidate order), both labels and both files
 * @example
 * checkPairedLabels(Float64Array.of(1, 0), Float64Array.of(0, 1), { candidate: Uint32Array.of(0, 1), champion: Uint32Array.of(1, 0) }, ['a', 'b'], { candidate: 'c.csv', champion: 'h.csv' }) // => undefined
 */
function checkPairedLabels(candidateLabels, championLabels, pairing, candidateIds, files, describe = format_number/* formatNumber */.Z) {
    const { candidate, champion } = pairing;
    let differing = 0;
    let first = -1;
    for (let k = 0; k < candidate.length; k++) {
        const a = candidateLabels[candidate[k]];
        const b = championLabels[champion[k]];
        if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) {
            differing++;
            if (first < 0)
                first = k;
        }
    }
    if (first < 0)
        return;
    const i = candidate[first];
    const j = champion[first];
    throw new errors/* DataError */.fL(`${files.champion} labels id ${JSON.stringify(typeof candidateIds === 'function' ? candidateIds(i) : candidateIds[i])} as ${describe(championLabels[j])}, but ${files.candidate} labels it ${describe(candidateLabels[i])} (${differing} of ${candidate.length} paired ids differ)`, { file: files.champion }, 'score both models on the same labelled evaluation rows: the label column must be identical in both files');
}

;// CONCATENATED MODULE: ./src/core/compare/pair-rows.ts

const EXAMPLES = 5;
/**
 * Pairs candidate and champion rows by id, in candidate order. Every id must appear exactly once in each file.
 * @throws {DataError} naming how many ids are duplicated, only in the candidate file or only in the champion
 *   file, with up to five examples of each
 * @example
 * pairRows(['a', 'b'], ['b', 'a']).champion // => Uint32Array [1, 0]
 */
function pairRows(candidateIds, championIds, files = { candidate: 'candidate', champion: 'champion' }) {
    const index = new Map();
    const code = (id) => {
        let c = index.get(id);
        if (c === undefined)
            index.set(id, (c = index.size));
        return c;
    };
    const candidate = Int32Array.from(candidateIds, code);
    const champion = Int32Array.from(championIds, code);
    const texts = [...index.keys()];
    return pairRowCodes(candidate, champion, texts.length, (c) => texts[c], files);
}
/**
 * {@link pairRows} on ids given as codes in [0, keyCount): equal ids have equal codes (a dictionary shared by both
 * files, e.g. keyed by the id's bytes); `idText` gives an id's text for the examples. The same pairing and errors.
 * @throws {DataError} as pairRows
 * @example
 * pairRowCodes(Int32Array.of(0, 1), Int32Array.of(1, 0), 2, String).champion // => Uint32Array [1, 0]
 */
function pairRowCodes(candidateIds, championIds, keyCount, idText, files = { candidate: 'candidate', champion: 'champion' }) {
    const problems = [];
    // The champion row of each id (its first), −1 where the champion lacks it.
    const first = new Int32Array(keyCount).fill(-1);
    const dupChampion = [];
    for (let j = 0; j < championIds.length; j++) {
        const id = championIds[j];
        if (first[id] >= 0)
            dupChampion.push(id);
        else
            first[id] = j;
    }
    // A champion row is used once; candidate ids the champion lacks are the only ones marked.
    const used = new Uint8Array(championIds.length);
    const missing = new Uint8Array(keyCount);
    const dupCandidate = [];
    const onlyCandidate = [];
    const candidate = new Uint32Array(candidateIds.length);
    const champion = new Uint32Array(candidateIds.length);
    let paired = 0;
    for (let i = 0; i < candidateIds.length; i++) {
        const id = candidateIds[i];
        const j = first[id];
        if (j < 0) {
            if (missing[id] === 1)
                dupCandidate.push(id);
            else {
                missing[id] = 1;
                onlyCandidate.push(id);
            }
        }
        else if (used[j] === 1)
            dupCandidate.push(id);
        else {
            used[j] = 1;
            candidate[paired] = i;
            champion[paired++] = j;
        }
    }
    const onlyChampion = [];
    for (let j = 0; j < championIds.length; j++) {
        const id = championIds[j];
        if (first[id] === j && used[j] === 0)
            onlyChampion.push(id);
    }
    const list = (ids) => ids
        .slice(0, EXAMPLES)
        .map((id) => JSON.stringify(idText(id)))
        .join(', ') + (ids.length > EXAMPLES ? ', …' : '');
    if (dupCandidate.length > 0)
        problems.push(`${dupCandidate.length} duplicate id(s) in ${files.candidate} (e.g. ${list(dupCandidate)})`);
    if (dupChampion.length > 0)
        problems.push(`${dupChampion.length} duplicate id(s) in ${files.champion} (e.g. ${list(dupChampion)})`);
    if (onlyCandidate.length > 0)
        problems.push(`${onlyCandidate.length} id(s) only in ${files.candidate} (e.g. ${list(onlyCandidate)})`);
    if (onlyChampion.length > 0)
        problems.push(`${onlyChampion.length} id(s) only in ${files.champion} (e.g. ${list(onlyChampion)})`);
    if (problems.length > 0) {
        throw new errors/* DataError */.fL(`candidate and champion predictions do not cover the same rows: ${problems.join('; ')}`, { file: files.candidate }, 'score both models on the same evaluation rows, with one row per id in each file');
    }
    return { candidate: candidate.subarray(0, paired), champion: champion.subarray(0, paired) };
}

// EXTERNAL MODULE: ./src/core/data/column-chunk.ts + 1 modules
var column_chunk = __webpack_require__(52306);
// EXTERNAL MODULE: ./src/core/data/hash32.ts
var hash32 = __webpack_require__(16655);
;// CONCATENATED MODULE: ./src/core/data/key-index.ts


const encoder = new TextEncoder();
/**
 * A dictionary of keys (ids) held as UTF-8 bytes, shared by the files whose rows it pairs: equal texts get equal
 * codes (0, 1, … in first-seen order), whether a key comes from a CSV field's bytes or from a string. The bytes live
 * in one growing arena, so a million ids cost a few bytes each and no string each; `text(code)` decodes one for a
 * message. Per key it keeps its bytes, one int32 offset and (at most 3/4 full) 1⅓–2⅔ table slots; no hash is stored
 * (a rehash hashes the arena again), and the arrays grow by half, not double: at five million ids that is ~110 MB,
 * not ~170 MB plus the old copies left to the collector.
 */
class KeyIndex {
    arena = new Uint8Array(1 << 16);
    used = 0;
    starts = new Int32Array(1 << 10);
    table = new Int32Array(1 << 11).fill(-1);
    /** Number of distinct keys. */
    size = 0;
    /**
     * The code of the key spelled by bytes [start, end), added if new.
     * @throws never
     * @example
     * new KeyIndex().code(new Uint8Array([104, 105]), 0, 2) // => 0
     */
    code(bytes, start, end) {
        const mask = this.table.length - 1;
        let slot = (0,hash32/* fnv1aBytes */._)(bytes, start, end) & mask;
        for (;;) {
            const id = this.table[slot];
            if (id < 0)
                break;
            if (this.same(id, bytes, start, end))
                return id;
            slot = (slot + 1) & mask;
        }
        const id = this.size++;
        this.store(id, bytes, start, end);
        this.table[slot] = id;
        // Up to 3/4 full: linear probing still finds a key in a few slots (a slot whose key differs in length costs one
        // offset read, not a byte compare), and at millions of ids the table is half the size it would be at 1/2.
        if (4 * this.size > 3 * this.table.length)
            this.rehash();
        return id;
    }
    /**
     * The code of a key given as text (its UTF-8 bytes), added if new.
     * @throws never
     * @example
     * new KeyIndex().codeOfText('a') // => 0
     */
    codeOfText(text) {
        const bytes = encoder.encode(text);
        return this.code(bytes, 0, bytes.length);
    }
    /** The UTF-8 length of a key. */
    byteLength(code) {
        return this.starts[code + 1] - this.starts[code];
    }
    /** The text of a key. */
    text(code) {
        return (0,column_chunk/* decodeUtf8 */._6)(this.arena, this.starts[code], this.starts[code + 1]);
    }
    same(id, bytes, start, end) {
        const a = this.starts[id];
        const length = end - start;
        if (this.starts[id + 1] - a !== length)
            return false;
        const arena = this.arena;
        // Last byte first: ids of one length often share a prefix (r1000…, 2024-…) and differ at the end.
        if (length > 0 && arena[a + length - 1] !== bytes[end - 1])
            return false;
        for (let i = 0; i < length - 1; i++)
            if (arena[a + i] !== bytes[start + i])
                return false;
        return true;
    }
    store(id, bytes, start, end) {
        const length = end - start;
        if (this.used + length > this.arena.length) {
            const size = Math.max(grownLength(this.arena.length), this.used + length);
            const grown = new Uint8Array(size);
            grown.set(this.arena.subarray(0, this.used));
            this.arena = grown;
        }
        this.arena.set(bytes.subarray(start, end), this.used);
        this.used += length;
        if (id + 2 > this.starts.length) {
            const starts = new Int32Array(grownLength(this.starts.length));
            starts.set(this.starts);
            this.starts = starts;
        }
        this.starts[id + 1] = this.used;
    }
    rehash() {
        const table = new Int32Array(this.table.length * 2).fill(-1);
        const mask = table.length - 1;
        const { arena, starts } = this;
        for (let id = 0; id < this.size; id++) {
            let slot = (0,hash32/* fnv1aBytes */._)(arena, starts[id], starts[id + 1]) & mask;
            while (table[slot] >= 0)
                slot = (slot + 1) & mask;
            table[slot] = id;
        }
        this.table = table;
    }
}
/** The next length of a growing array: half again (a doubling would leave up to half of it unused). */
const grownLength = (length) => length + (length >>> 1);

// EXTERNAL MODULE: ./src/io/dataset/index.ts + 3 modules
var dataset = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/io/dataset/read-chunks.ts + 1 modules
var read_chunks = __webpack_require__(89251);
;// CONCATENATED MODULE: ./src/evaluate-vs-champion/check-binary-predictions.ts



/**
 * Binary predictions must have 0/1 labels and scores that are probabilities of class 1 in [0, 1]; checked here,
 * where the file and line are known, so the core's comparison never sees data it cannot take.
 * @throws {DataError} at the first label or score out of range (file and line)
 */
function checkBinaryPredictions(loaded, columns) {
    const at = (i) => ({ file: loaded.path, line: loaded.lines.at(i) ?? 0 });
    const { labels, values } = loaded;
    if (labels !== undefined && columns.label !== undefined) {
        const i = labels.findIndex((y) => y !== 0 && y !== 1);
        if (i >= 0)
            throw new errors/* DataError */.fL(compareMessages.notBinaryLabel(columns.label, labels[i]), at(i), compareMessages.notBinaryLabelHint(evaluate_vs_champion_inputs/* Inputs */.G0.Task));
    }
    const j = values.findIndex((s) => !(s >= 0 && s <= 1));
    if (j >= 0)
        throw new errors/* DataError */.fL(compareMessages.scoreNotProbability(columns.score, values[j]), at(j), compareMessages.scoreNotProbabilityHint);
}

// EXTERNAL MODULE: ./src/core/data/column-values.ts
var column_values = __webpack_require__(63867);
;// CONCATENATED MODULE: ./src/evaluate-vs-champion/champion-in-candidate-order.ts


/**
 * Whether ids are the codes 0 … n − 1 in row order: a KeyIndex filled by one file codes ids in first-seen order, so
 * this holds exactly when that file's ids are distinct.
 * @throws never
 * @example isRowOrder(Int32Array.of(0, 1, 2)) // => true
 * @example isRowOrder(Int32Array.of(0, 1, 0)) // => false
 */
function isRowOrder(ids) {
    for (let i = 0; i < ids.length; i++)
        if (ids[i] !== i)
            return false;
    return true;
}
/**
 * The champion's values in the candidate's row order, read one column chunk at a time and paired as they come: a
 * champion row goes to the candidate row its id names, and its label is compared there. Nothing but the result (one
 * number per candidate row) and a byte per row (seen) is kept, where reading the champion whole and pairing it after
 * held its ids, labels, values, lines and two pairing arrays at once (the evaluation's peak memory at millions of rows).
 * Undefined when the files do not pair cleanly: an id the candidate lacks, an id twice, a candidate id the champion
 * lacks, a label that differs, a cell that is not a plain number (text, a boolean, missing) or a binary score outside
 * [0, 1]. The caller then reads the champion whole and pairs it as before, which reports the problem (with the file,
 * line and examples) or reads the cells this fast path leaves to it. `keys` may gain the champion's extra ids.
 * `chunkRows`: rows per chunk (tests of chunk boundaries).
 * @throws what reading the file throws (DataError for an unreadable file or a missing column)
 */
async function championInCandidateOrder(path, columns, keys, candidate, options = {}) {
    const { rows } = candidate;
    const wanted = [columns.id, columns.value, ...(columns.label === undefined ? [] : [columns.label])];
    const labels = columns.label === undefined ? undefined : candidate.labels;
    if (columns.label !== undefined && labels === undefined)
        return undefined;
    const target = { out: new Float64Array(rows), seen: new Uint8Array(rows), labels };
    let paired = 0;
    const chunkRows = options.chunkRows === undefined ? {} : { chunkRows: options.chunkRows };
    for await (const chunk of (0,read_chunks/* readColumnChunks */.LZ)(path, { columns: wanted, ...chunkRows })) {
        const codes = (0,column_values/* chunkColumnValues */.al)([chunk], 0).keyCodes(keys);
        const values = (0,column_values/* chunkColumnValues */.al)([chunk], 1).numbers;
        const championLabels = labels === undefined ? undefined : (0,column_values/* chunkColumnValues */.al)([chunk], 2).numbers;
        if (!placeChunk(target, codes, values, championLabels, columns.probabilities))
            return undefined;
        paired += chunk.length;
    }
    return paired === rows ? target.out : undefined;
}
/** One chunk's rows placed at their candidate rows; false at the first row that does not pair cleanly. */
function placeChunk(target, codes, values, championLabels, probabilities) {
    const { out, seen, labels } = target;
    const rows = out.length;
    for (let i = 0; i < codes.length; i++) {
        const row = codes[i];
        // A code ≥ rows is an id the candidate lacks (or an empty id: never a candidate's).
        if (row < 0 || row >= rows || seen[row] === 1)
            return false;
        const value = values[i];
        if (!Number.isFinite(value) || (probabilities && !(value >= 0 && value <= 1)))
            return false;
        if (labels !== undefined && championLabels?.[i] !== labels[row])
            return false;
        seen[row] = 1;
        out[row] = value;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/core/data/column-parts.ts
/**
 * A numeric column filled chunk by chunk. Given a bound on its rows up front (rowCountBound), the chunks are copied
 * into one array of that length as they come; else (or past the bound) they are kept as parts and joined once at the
 * end. Why: joining at the end holds the column twice at its peak (the parts and the whole), and at millions of rows
 * with the parts' memory still waiting for the collector that was a loader's peak.
 */
class ColumnParts {
    make;
    filled;
    parts = [];
    /** Rows pushed so far. */
    length = 0;
    /** `make(n)`: a zeroed array of n rows; `bound`: at most this many rows will be pushed (a hint: more still work). */
    constructor(make, bound) {
        this.make = make;
        if (bound !== undefined && bound > 0)
            this.filled = make(bound);
    }
    /**
     * Appends a chunk's rows. `part` is copied into the filled array or kept as it is: the caller must not change it.
     * @throws never
     * @example
     * [Int32Array.of(1, 2), Int32Array.of(3)].reduce((c, part) => (c.push(part), c), new ColumnParts((n) => new Int32Array(n), 4)).joined() // => Int32Array [1, 2, 3]
     */
    push(part) {
        const filled = this.filled;
        if (filled !== undefined && this.length + part.length <= filled.length)
            filled.set(part, this.length);
        else {
            if (filled !== undefined) {
                // Past the bound: what was filled becomes the first part.
                this.parts.push(filled.subarray(0, this.length));
                this.filled = undefined;
            }
            this.parts.push(part);
        }
        this.length += part.length;
    }
    /**
     * The whole column: a view of the filled array (its unused tail stays allocated: the bound is a line count, at
     * most a few rows over), or the parts joined (each taken out as it is copied, so it can be collected).
     * @throws never
     */
    joined() {
        if (this.filled !== undefined)
            return this.filled.subarray(0, this.length);
        const out = this.make(this.length);
        let at = 0;
        for (const part of this.parts.splice(0)) {
            out.set(part, at);
            at += part.length;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/core/data/row-lines.ts
/**
 * Source lines of rows added chunk by chunk, held compactly: a chunk whose rows are consecutive lines (CSV without
 * line breaks in fields, Parquet, JSON Lines) keeps only its first line; any other keeps its lines. At millions of
 * rows that is a few kB where an array of lines is 4 bytes a row (and as much again while it is joined).
 */
class RowLines {
    /** First row of each part, ascending. */
    firstRows = [];
    /** Per part, its first line (consecutive lines) or its lines. */
    parts = [];
    length = 0;
    /**
     * RowLines of lines given all at once.
     * @throws never
     * @example RowLines.of([2, 3, 5]).at(2) // => 5
     */
    static of(lines) {
        const out = new RowLines();
        out.add(lines);
        return out;
    }
    /**
     * Appends the lines of the next rows.
     * @throws never
     * @example
     * [[2, 3, 4], [5, 7]].reduce((lines, part) => (lines.add(part), lines), new RowLines()).at(4) // => 7
     */
    add(lines) {
        const n = lines.length;
        if (n === 0)
            return;
        const first = lines[0];
        let consecutive = true;
        for (let i = 1; i < n && consecutive; i++)
            consecutive = lines[i] === first + i;
        this.firstRows.push(this.length);
        this.parts.push(consecutive ? first : Uint32Array.from(lines));
        this.length += n;
    }
    at(row) {
        if (!(row >= 0 && row < this.length) || !Number.isInteger(row))
            return undefined;
        // The last part whose first row is ≤ row.
        let lo = 0;
        let hi = this.firstRows.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (this.firstRows[mid] <= row)
                lo = mid;
            else
                hi = mid - 1;
        }
        const part = this.parts[lo];
        const offset = row - this.firstRows[lo];
        return typeof part === 'number' ? part + offset : part[offset];
    }
    *[Symbol.iterator]() {
        for (let p = 0; p < this.parts.length; p++) {
            const part = this.parts[p];
            const end = (this.firstRows[p + 1] ?? this.length) - this.firstRows[p];
            for (let k = 0; k < end; k++)
                yield typeof part === 'number' ? part + k : part[k];
        }
    }
}

// EXTERNAL MODULE: ./src/io/dataset/read-column-values.ts
var read_column_values = __webpack_require__(30577);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/io/dataset/dataset-format.ts
var dataset_format = __webpack_require__(87903);
// EXTERNAL MODULE: ./src/io/dataset/parquet/parquet-chunks.ts + 1 modules
var parquet_chunks = __webpack_require__(75469);
;// CONCATENATED MODULE: ./src/io/dataset/row-count-bound.ts



/** Bytes per read while counting line breaks. */
const READ_SIZE = 1 << 20;
/**
 * A number of rows a dataset cannot exceed, known before it is read, so that a loader can fill its columns in
 * place instead of joining per-chunk parts at the end (which holds every column twice at its peak): Parquet's row
 * count from its metadata; for uncompressed CSV/TSV its line breaks + 1 (a line break inside a quoted field only
 * makes the bound larger). Undefined for other formats, gzip (a second decompression costs more than the join) and
 * a file that cannot be read (the loader reports that).
 * @throws never
 */
async function rowCountBound(path) {
    const format = (0,dataset_format/* datasetFormat */.Q)(path);
    try {
        if (format.format === 'parquet')
            return (await (0,parquet_chunks/* parquetRowGroups */.h)(path)).rows.reduce((sum, n) => sum + n, 0);
        if (format.format !== 'csv' || format.gzip)
            return undefined;
        let lineBreaks = 0;
        for await (const block of (0,external_node_fs_.createReadStream)(path, { highWaterMark: READ_SIZE })) {
            for (let at = block.indexOf(10); at >= 0; at = block.indexOf(10, at + 1))
                lineBreaks++;
        }
        return lineBreaks + 1;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/load-predictions.ts










/**
 * Reads a predictions file (CSV, JSONL or Parquet): id, the value column (score or prediction), optionally the
 * label and segment columns. CSV/TSV and Parquet are read one column chunk at a time into compact typed arrays
 * (numbers straight from the bytes, ids as key codes, text decoded per distinct value; no chunk is kept), JSON
 * Lines and JSON as row batches; the values and errors are the same. `chunkRows`: rows per chunk (tests of chunk
 * boundaries). Labels that are booleans or
 * "true"/"false" become 1/0. Class labels that are not numbers are coded by first appearance through `classCodes`
 * (shared between both files). With `positiveLabel` (input positive-label), text labels are binary: 1 where the
 * text equals it, 0 for the one other label.
 * @throws DataError for a missing column or a cell that is not a number where one is needed (file and line).
 */
async function loadPredictions(path, columns, classCodes, keys = new KeyIndex(), options = {}) {
    if (!(0,read_chunks/* columnChunksSupported */.jF)(path))
        return loadWhole(path, columns, classCodes, keys);
    const before = classCodes === undefined ? undefined : [...classCodes];
    try {
        return await loadByChunk(path, columns, classCodes, keys, options.chunkRows);
    }
    catch (error) {
        if (!(error instanceof errors/* DataError */.fL))
            throw error;
        // The whole-file reading reports the first error in its order (reading, ids, labels, segments, values).
        if (classCodes !== undefined && before !== undefined) {
            classCodes.clear();
            for (const [text, code] of before)
                classCodes.set(text, code);
        }
        return loadWhole(path, columns, classCodes, keys);
    }
}
/** The columns a loader reads: id, value, then label and segments. */
const wantedColumns = (columns) => [
    columns.id,
    columns.value,
    ...(columns.label === undefined ? [] : [columns.label]),
    ...(columns.segments ?? []),
];
/**
 * loadPredictions on a file read as column chunks, one chunk at a time: each chunk's ids become key codes, its
 * numbers and lines compact typed arrays, its segment cells strings, and the chunk (its bytes and cell offsets) is
 * dropped before the next is read. The same values as loadWhole; on a DataError the caller reads the file whole
 * again, so that the error reported is the one loadWhole reports first.
 */
async function loadByChunk(path, columns, classCodes, keys, chunkRows) {
    const wanted = wantedColumns(columns);
    // Filled in place when the rows are bounded up front (no join at the end: see ColumnParts).
    const bound = await rowCountBound(path);
    const ids = new ColumnParts((n) => new Int32Array(n), bound);
    const values = new ColumnParts((n) => new Float64Array(n), bound);
    const labels = new LabelParts(columns.positiveLabel, bound);
    const lines = new RowLines();
    const segments = Object.fromEntries((columns.segments ?? []).map((s) => [s, []]));
    let lineOf = () => 0;
    const deferred = [];
    for await (const chunk of (0,read_chunks/* readColumnChunks */.LZ)(path, {
        columns: wanted,
        ...(chunkRows === undefined ? {} : { chunkRows }),
    })) {
        lineOf = (i) => chunk.lines[i] ?? 0;
        const column = (name) => (0,column_values/* chunkColumnValues */.al)([chunk], wanted.indexOf(name));
        const chunkIds = column(columns.id).keyCodes(keys);
        for (let i = 0; i < chunk.length; i++) {
            const id = chunkIds[i];
            if (id < 0 || keys.byteLength(id) === 0)
                throw new errors/* DataError */.fL(`id column "${columns.id}" is empty`, { file: path, line: lineOf(i) }, 'give every row an id');
        }
        ids.push(chunkIds);
        if (columns.label !== undefined)
            labels.add(column(columns.label), columns.label, path, lineOf, classCodes);
        for (const s of columns.segments ?? []) {
            const cells = column(s);
            const out = segments[s];
            for (let i = 0; i < chunk.length; i++)
                out.push(cells.text(i) ?? '(missing)');
        }
        // Class texts of the value column are coded after every label (as loadWhole codes them): per chunk with codes
        // of its own, which the rows noted in `coded` take from classCodes once the labels are read.
        const local = classCodes === undefined ? undefined : new Map();
        const coded = [];
        const start = values.length;
        values.push(numericColumn(column(columns.value), columns.value, path, lineOf, local, coded));
        if (local !== undefined)
            deferred.push({ start, texts: [...local.keys()], rows: coded });
        lines.add(chunk.lines);
    }
    if (ids.length === 0)
        throw new errors/* DataError */.fL(`${path} has no rows`, { file: path }, 'write the predictions of every evaluation row');
    const labelColumn = columns.label === undefined ? undefined : labels.joined(path);
    const valueColumn = values.joined();
    if (classCodes !== undefined)
        codeDeferred(valueColumn, deferred, classCodes);
    return {
        path,
        ids: ids.joined(),
        keys,
        ...(labelColumn === undefined ? {} : { labels: labelColumn }),
        values: valueColumn,
        segments,
        lines,
    };
}
/** A label column read chunk by chunk: numbers (coded through classCodes), or with a positive label text codes. */
class LabelParts {
    positiveLabel;
    numbers;
    codes;
    texts = new Map();
    constructor(positiveLabel, bound) {
        this.positiveLabel = positiveLabel;
        this.numbers = new ColumnParts((n) => new Float64Array(n), positiveLabel === undefined ? bound : undefined);
        this.codes = new ColumnParts((n) => new Int32Array(n), positiveLabel === undefined ? undefined : bound);
    }
    add(column, name, path, line, classCodes) {
        if (this.positiveLabel === undefined) {
            this.numbers.push(numericColumn(column, name, path, line, classCodes));
            return;
        }
        // Codes of the label texts in first-seen order over the whole file, as ColumnValues.codes gives them.
        const { codes, entries } = column.codes();
        const global = Int32Array.from(entries, (text) => {
            let code = this.texts.get(text);
            if (code === undefined)
                this.texts.set(text, (code = this.texts.size));
            return code;
        });
        this.codes.push(codes.map((c) => global[c]));
    }
    /** The whole column; a DataError (which loadWhole words) when the texts are not two labels. */
    joined(path) {
        if (this.positiveLabel === undefined)
            return this.numbers.joined();
        const coded = (0,prepare_binary/* binaryLabelsFromCodes */.vC)(this.codes.joined(), [...this.texts.keys()], this.positiveLabel);
        if (!('labels' in coded))
            throw new errors/* DataError */.fL('the labels are not two', { file: path });
        return Float64Array.from(coded.labels);
    }
}
/** The value column's class texts coded through classCodes, after the labels: chunk by chunk, in first-seen order. */
function codeDeferred(values, deferred, classCodes) {
    for (const { start, texts, rows } of deferred) {
        const global = texts.map((text) => {
            if (!classCodes.has(text))
                classCodes.set(text, classCodes.size);
            return classCodes.get(text);
        });
        for (const i of rows)
            values[start + i] = global[values[start + i]];
    }
}
/**
 * loadPredictions on the whole file at once (readColumnValues): formats read as row batches, and the error path
 * of the chunked reading.
 */
async function loadWhole(path, columns, classCodes, keys) {
    const wanted = [
        columns.id,
        columns.value,
        ...(columns.label === undefined ? [] : [columns.label]),
        ...(columns.segments ?? []),
    ];
    const data = await (0,read_column_values/* readColumnValues */.p)(path, wanted);
    const n = data.rowCount;
    if (n === 0)
        throw new errors/* DataError */.fL(`${path} has no rows`, { file: path }, 'write the predictions of every evaluation row');
    const line = (i) => data.lines[i] ?? 0;
    const ids = data.column(columns.id).keyCodes(keys);
    for (let i = 0; i < n; i++) {
        const id = ids[i];
        if (id < 0 || keys.byteLength(id) === 0)
            throw new errors/* DataError */.fL(`id column "${columns.id}" is empty`, { file: path, line: line(i) }, 'give every row an id');
    }
    const labels = (name) => {
        const column = data.column(name);
        if (columns.positiveLabel === undefined) {
            try {
                return numericColumn(column, name, path, line, classCodes);
            }
            catch (error) {
                // Two text labels (benign / malignant) on a binary task: say which input makes them binary.
                if (classCodes !== undefined)
                    throw error;
                throw ((0,prepare_binary/* textLabelError */.Ee)((0,prepare_binary/* binaryLabelsOfColumn */.Ws)(column, undefined), name, undefined, evaluate_vs_champion_inputs/* Inputs */.G0.PositiveLabel, {
                    file: path,
                }) ?? error);
            }
        }
        const coded = (0,prepare_binary/* binaryLabelsOfColumn */.Ws)(column, columns.positiveLabel);
        if (!('labels' in coded))
            throw ((0,prepare_binary/* textLabelError */.Ee)(coded, name, columns.positiveLabel, evaluate_vs_champion_inputs/* Inputs */.G0.PositiveLabel, { file: path }) ??
                new RangeError('positive-label: no error for labels that are not two'));
        return Float64Array.from(coded.labels);
    };
    const segments = {};
    for (const s of columns.segments ?? []) {
        const column = data.column(s);
        segments[s] = Array.from({ length: n }, (_, i) => column.text(i) ?? '(missing)');
    }
    return {
        path,
        ids,
        keys,
        ...(columns.label === undefined ? {} : { labels: labels(columns.label) }),
        values: numericColumn(data.column(columns.value), columns.value, path, line, classCodes),
        segments,
        lines: RowLines.of(data.lines),
    };
}
/**
 * A column as finite numbers: numbers as they are, "true"/"false" (any case) as 1/0, other text coded by first
 * appearance through `codes` when given (the rows so coded are noted in `coded`).
 * @throws DataError at the first cell that is none of these (missing, not finite, text without `codes`)
 */
function numericColumn(column, name, path, line, codes, coded) {
    const out = new Float64Array(column.length);
    const { numbers } = column;
    for (let i = 0; i < out.length; i++) {
        let v = numbers[i];
        if (Number.isNaN(v)) {
            const text = column.text(i);
            const lower = text?.toLowerCase();
            if (text === undefined)
                v = Number.NaN;
            else if (lower === 'true')
                v = 1;
            else if (lower === 'false')
                v = 0;
            else if (codes !== undefined) {
                if (!codes.has(text))
                    codes.set(text, codes.size);
                v = codes.get(text);
                coded?.push(i);
            }
        }
        if (!Number.isFinite(v)) {
            throw new errors/* DataError */.fL(`column "${name}" needs a number but has ${column.shown(i)}`, { file: path, line: line(i) }, 'fix the row or choose the right column');
        }
        out[i] = v;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/load-probabilities.ts




/** Maps a label or prediction cell to a class index: exact text first, then numeric equality ("1.0" is class "1"). */
function classIndex(classes) {
    const byText = new Map(classes.map((c, i) => [c, i]));
    const byNumber = new Map();
    classes.forEach((c, i) => {
        const v = Number(c);
        if (c.trim() !== '' && Number.isFinite(v) && !byNumber.has(v))
            byNumber.set(v, i);
    });
    return (cell) => {
        const text = (0,dataset/* cellToString */.hu)(cell);
        if (text === undefined)
            return undefined;
        const exact = byText.get(text);
        if (exact !== undefined)
            return exact;
        const v = typeof cell === 'boolean' ? undefined : (0,dataset/* cellToNumber */.nZ)(cell);
        return v === undefined ? undefined : byNumber.get(v);
    };
}
/**
 * Reads a multiclass predictions file with one probability column per class: id, the probability columns,
 * optionally the label, a predicted-class column and segment columns.
 * @throws DataError (file and line) for a missing column, a probability that is not a number in [0, 1], a row
 *   whose probabilities do not sum to 1 (numpy.allclose tolerance, see probabilityRowSumIsOne), or a label or
 *   predicted class that has no probability column.
 */
async function loadProbabilities(path, columns) {
    const { classes, columns: probabilityColumns } = columns.probability;
    const k = classes.length;
    const extra = [
        ...(columns.label === undefined ? [] : [columns.label]),
        ...(columns.prediction === undefined ? [] : [columns.prediction]),
    ];
    const data = await (0,dataset/* readDatasetColumns */.IK)(path, [
        columns.id,
        ...probabilityColumns,
        ...extra,
        ...(columns.segments ?? []),
    ]);
    const n = data.rowCount;
    if (n === 0)
        throw new errors/* DataError */.fL(`${path} has no rows`, { file: path }, 'write the predictions of every evaluation row');
    const col = (name) => data.values.get(name) ?? [];
    const line = (i) => data.lines[i] ?? 0;
    const ids = col(columns.id).map((cell, i) => {
        const id = (0,dataset/* cellToString */.hu)(cell);
        if (id === undefined || id === '')
            throw new errors/* DataError */.fL(`id column "${columns.id}" is empty`, { file: path, line: line(i) }, 'give every row an id');
        return id;
    });
    const probabilities = new Float64Array(n * k);
    for (let c = 0; c < k; c++) {
        const name = probabilityColumns[c];
        col(name).forEach((cell, i) => {
            const v = (0,dataset/* cellToNumber */.nZ)(cell);
            if (v === undefined || !(v >= 0 && v <= 1)) {
                throw new errors/* DataError */.fL(`probability column "${name}" (class "${classes[c] ?? ''}") has ${JSON.stringify(cell)}; probabilities are numbers in [0, 1]`, { file: path, line: line(i) }, (w) => `fix the row, or check ${w.input(evaluate_vs_champion_inputs/* Inputs */.G0.ProbabilityColumns)}`);
            }
            probabilities[i * k + c] = v;
        });
    }
    const predicted = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        let sum = 0;
        let best = 0;
        for (let c = 0; c < k; c++) {
            const v = probabilities[i * k + c];
            sum += v;
            if (v > probabilities[i * k + best])
                best = c;
        }
        if (!probabilityRowSumIsOne(sum)) {
            throw new errors/* DataError */.fL(`the class probabilities (${probabilityColumns.join(', ')}) sum to ${sum}, not 1 (tolerance |sum − 1| ≤ 1e-8 + 1e-5·sum, as sklearn checks)`, { file: path, line: line(i) }, 'write calibrated probabilities that sum to 1 in every row (softmax), and include a column for every class');
        }
        predicted[i] = best;
    }
    const toClass = classIndex(classes);
    const codes = (name, what) => {
        const out = new Float64Array(n);
        col(name).forEach((cell, i) => {
            const index = toClass(cell);
            if (index === undefined) {
                throw new errors/* DataError */.fL(`${what} column "${name}" has ${JSON.stringify(cell)}, a class without a probability column (classes: ${classes.join(', ')})`, { file: path, line: line(i) }, (w) => `add a probability column for that class (${w.input(evaluate_vs_champion_inputs/* Inputs */.G0.ProbabilityColumns)}), or fix the row`);
            }
            out[i] = index;
        });
        return out;
    };
    const segments = {};
    for (const s of columns.segments ?? [])
        segments[s] = col(s).map((cell) => (0,dataset/* cellToString */.hu)(cell) ?? '(missing)');
    return {
        path,
        ids,
        ...(columns.label === undefined ? {} : { labels: codes(columns.label, 'label') }),
        predicted: columns.prediction === undefined ? predicted : codes(columns.prediction, 'prediction'),
        probabilities,
        segments,
        lines: data.lines,
    };
}

// EXTERNAL MODULE: ./src/evaluate-vs-champion/probability-columns.ts
var probability_columns = __webpack_require__(92746);
;// CONCATENATED MODULE: ./src/evaluate-vs-champion/resolve-probability-columns.ts



// Apart from probability-columns.ts, which the inputs import at every CLI start: resolving a prefix reads the file's
// header, and the dataset readers it loads must not be loaded for a command that reads no predictions.
/** Classes sorted as sklearn's labels are: numerically when every class name is a number, else by code point. */
function sortClasses(entries) {
    const numeric = entries.every(([c]) => c.trim() !== '' && Number.isFinite(Number(c)));
    return entries.sort(([a], [b]) => (numeric ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
}
/**
 * Resolves the spec against a predictions file: a prefix matches the file's header (at least 2 columns), an
 * explicit list is taken as written. Classes are sorted as sklearn sorts labels (numbers numerically).
 * @throws {DataError} when no or only one column of `file` starts with the prefix (file, line 1, the columns it has)
 */
async function resolveProbabilityColumns(spec, file) {
    let entries;
    if (spec.kind === 'explicit')
        entries = spec.entries.map(([c, col]) => [c, col]);
    else {
        const header = await (0,dataset/* datasetHeader */.eZ)(file);
        entries = header
            .filter((name) => name.startsWith(spec.prefix) && name.length > spec.prefix.length)
            .map((name) => [name.slice(spec.prefix.length), name]);
        if (entries.length < 2) {
            throw new errors/* DataError */.fL((w) => `${entries.length === 0 ? 'no column' : 'only one column'} of ${file} starts with "${spec.prefix}" (${w.setting(probability_columns/* INPUT */.b, `${spec.prefix}*`)}); its columns are ${header.join(', ')}`, { file, line: 1 }, `write one probability column per class named ${spec.prefix}<class>, or list them as class=column`);
        }
    }
    const sorted = sortClasses(entries);
    return { classes: sorted.map(([c]) => c), columns: sorted.map(([, col]) => col) };
}

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/load-paired-data.ts










/**
 * `values` in `index` order (a plain loop: TypedArray.from with a map function calls it per row); `values` itself
 * when `index` is every row in order (no copy of a column of millions: nothing writes into these arrays).
 */
function pick(values, index) {
    if (index.length === values.length && isRowOrder(index))
        return values;
    const out = new Float64Array(index.length);
    for (let k = 0; k < index.length; k++)
        out[k] = values[index[k]];
    return out;
}
/** Rows of a row-major matrix with `width` columns, in `index` order. */
function pickRows(values, width, index) {
    const out = new Float64Array(index.length * width);
    index.forEach((row, k) => out.set(values.subarray(row * width, (row + 1) * width), k * width));
    return out;
}
/** The identity pairing of n rows (no champion: the candidate stands in for both sides). */
const identity = (n) => {
    const rows = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        rows[i] = i;
    return { candidate: rows, champion: rows };
};
/** Whether the champion's file has the label column (then its labels must equal the candidate's by id). */
async function hasLabel(path, label) {
    return (await (0,dataset/* datasetHeader */.eZ)(path)).includes(label);
}
/**
 * Reads the candidate's predictions, then the champion's (from `champion()`, which may run predict-command),
 * pairs the rows by id and returns them as the core's PairedPredictions. Multiclass with `probability-columns`
 * reads one probability column per class from both files (classes from the candidate's header for a prefix).
 * When the champion's file has the label column, its labels must equal the candidate's for every id. Without a
 * champion (`champion()` gives undefined) the candidate's predictions stand in for the champion's side.
 * @throws DataError for unreadable files, missing columns, bad cells (file and line), binary labels other than 0/1
 *   or scores outside [0, 1] (file and line), ids that do not pair, and labels that differ by id
 */
async function loadPairedData(inputs, task, segmentColumns, champion) {
    const spec = inputs.probabilityColumns;
    return task === 'multiclass' && spec !== undefined
        ? loadProbabilityPairs(inputs, spec, segmentColumns, champion)
        : loadValuePairs(inputs, task, segmentColumns, champion);
}
/** The rows an id names in both files and the labels checked by id (identity pairing without a champion). */
function pairChecked(inputs, candidate, other, rows, ids, source, describe) {
    if (source === undefined)
        return identity(rows);
    const files = { candidate: inputs.predictions, champion: source.path };
    const pairing = ids.pair(files);
    if (candidate.labels !== undefined && other.labels !== undefined)
        checkPairedLabels(candidate.labels, other.labels, pairing, ids.candidateId, files, describe);
    return pairing;
}
/** Segment values of the paired rows, in pairing order. */
const pairedSegments = (segments, pairing) => Object.fromEntries(Object.entries(segments).map(([name, v]) => [name, Array.from(pairing.candidate, (i) => v[i])]));
/** Multiclass with class probability columns in both files. */
async function loadProbabilityPairs(inputs, spec, segmentColumns, champion) {
    const probability = await resolveProbabilityColumns(spec, inputs.predictions);
    const prediction = inputs.predictionColumn;
    const candidate = await loadProbabilities(inputs.predictions, {
        id: inputs.idColumn,
        probability,
        label: inputs.labelColumn,
        segments: segmentColumns,
        ...(prediction === undefined ? {} : { prediction }),
    });
    const source = await champion();
    const labelled = source !== undefined && (await hasLabel(source.path, inputs.labelColumn));
    const other = source === undefined
        ? candidate
        : await loadProbabilities(source.path, {
            id: inputs.idColumn,
            probability,
            ...(labelled ? { label: inputs.labelColumn } : {}),
            ...(prediction === undefined ? {} : { prediction }),
        });
    const ids = {
        pair: (files) => pairRows(candidate.ids, other.ids, files),
        candidateId: (row) => candidate.ids[row],
    };
    const describe = (c) => probability.classes[c] ?? String(c);
    const pairing = pairChecked(inputs, candidate, other, candidate.ids.length, ids, source, describe);
    const k = probability.classes.length;
    return {
        data: {
            task: 'multiclass',
            yTrue: pick(candidate.labels ?? new Float64Array(0), pairing.candidate),
            candidatePred: pick(candidate.predicted, pairing.candidate),
            championPred: pick(other.predicted, pairing.champion),
            classCount: k,
            candidateProbabilities: pickRows(candidate.probabilities, k, pairing.candidate),
            championProbabilities: pickRows(other.probabilities, k, pairing.champion),
        },
        ...(source === undefined ? {} : { source }),
        segments: pairedSegments(candidate.segments, pairing),
        classes: probability.classes,
    };
}
/** The core's paired data of a task whose values are one number per row (binary, multiclass classes, regression). */
const valueData = (task, yTrue, candidate, champion) => task === 'binary'
    ? { task, yTrue, candidateScore: candidate, championScore: champion }
    : { task, yTrue, candidatePred: candidate, championPred: champion };
/**
 * The pairs read the short way: when the candidate's ids are distinct (then they are the codes 0 … n − 1 of `keys`,
 * and the candidate's rows stay in their order) and the champion's file pairs cleanly, its values are read straight
 * into the candidate's row order (championInCandidateOrder). Undefined otherwise (multiclass class texts, text
 * labels, a format read whole, ids that do not pair, labels that differ, cells to interpret): the caller then pairs
 * the files as before, which words any problem.
 */
async function pairedInRowOrder(inputs, task, candidate, keys, source, columns) {
    if (task === 'multiclass' || inputs.positiveLabel !== undefined || !(0,read_chunks/* columnChunksSupported */.jF)(source.path))
        return undefined;
    if (keys.size !== candidate.ids.length || !isRowOrder(candidate.ids))
        return undefined;
    const champion = await championInCandidateOrder(source.path, columns, keys, {
        rows: candidate.ids.length,
        ...(candidate.labels === undefined ? {} : { labels: candidate.labels }),
    });
    if (champion === undefined)
        return undefined;
    return {
        data: valueData(task, candidate.labels ?? new Float64Array(0), candidate.values, champion),
        source,
        segments: candidate.segments,
    };
}
/** Binary scores, multiclass predicted classes or regression predictions. */
async function loadValuePairs(inputs, task, segmentColumns, champion) {
    const valueColumn = task === 'binary' ? inputs.scoreColumn : (inputs.predictionColumn ?? 'prediction');
    const codes = task === 'multiclass' ? new Map() : undefined;
    const keys = new KeyIndex();
    const candidate = await loadPredictions(inputs.predictions, {
        id: inputs.idColumn,
        value: valueColumn,
        label: inputs.labelColumn,
        segments: segmentColumns,
        ...(task === 'binary' && inputs.positiveLabel !== undefined ? { positiveLabel: inputs.positiveLabel } : {}),
    }, codes, keys);
    if (task === 'binary')
        checkBinaryPredictions(candidate, { label: inputs.labelColumn, score: valueColumn });
    const source = await champion();
    const labelled = source !== undefined && (await hasLabel(source.path, inputs.labelColumn));
    const positive = task === 'binary' && inputs.positiveLabel !== undefined ? { positiveLabel: inputs.positiveLabel } : {};
    const label = labelled ? { label: inputs.labelColumn, ...positive } : {};
    const short = source === undefined
        ? undefined
        : await pairedInRowOrder(inputs, task, candidate, keys, source, {
            id: inputs.idColumn,
            value: valueColumn,
            ...(labelled ? { label: inputs.labelColumn } : {}),
            probabilities: task === 'binary',
        });
    if (short !== undefined)
        return short;
    const other = source === undefined
        ? candidate
        : await loadPredictions(source.path, { id: inputs.idColumn, value: valueColumn, ...label }, codes, keys);
    if (task === 'binary' && source !== undefined)
        checkBinaryPredictions(other, { ...label, score: valueColumn });
    const names = codes === undefined ? undefined : [...codes.keys()];
    const ids = {
        pair: (files) => pairRowCodes(candidate.ids, other.ids, keys.size, (c) => keys.text(c), files),
        candidateId: (row) => keys.text(candidate.ids[row]),
    };
    const describe = (c) => names?.[c] ?? String(c);
    const pairing = pairChecked(inputs, candidate, other, candidate.ids.length, ids, source, describe);
    const yTrue = pick(candidate.labels ?? new Float64Array(0), pairing.candidate);
    const cand = pick(candidate.values, pairing.candidate);
    const champ = pick(other.values, pairing.champion);
    return {
        data: valueData(task, yTrue, cand, champ),
        ...(source === undefined ? {} : { source }),
        segments: pairedSegments(candidate.segments, pairing),
    };
}

;// CONCATENATED MODULE: ./src/core/governance/latency-summary.ts

/**
 * p50, p95 and p99 of per-request latencies, each the type-7 sample quantile (linear interpolation between order
 * statistics, h = (n − 1)·p; numpy.quantile's default `method='linear'`), and the number of requests.
 * @see https://numpy.org/doc/stable/reference/generated/numpy.quantile.html
 * @throws {RangeError} if `milliseconds` is empty
 * @example
 * latencySummary([4, 1, 3, 2]) // => { p50: 2.5, p95: 3.8499999999999996, p99: 3.9699999999999998, requests: 4 }
 */
function latencySummary(milliseconds) {
    const sorted = Float64Array.from(milliseconds).sort();
    return {
        p50: (0,quantile_sorted/* quantileSorted */.Z)(sorted, 0.5),
        p95: (0,quantile_sorted/* quantileSorted */.Z)(sorted, 0.95),
        p99: (0,quantile_sorted/* quantileSorted */.Z)(sorted, 0.99),
        requests: sorted.length,
    };
}

// EXTERNAL MODULE: ./src/io/run-command.ts
var run_command = __webpack_require__(42221);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/evaluate-vs-champion/latency-messages.ts
// Messages of the latency measurement (serve processes and HTTP endpoints); tests compare against these.
const tail = (lines) => lines.length === 0 ? '' : `; its last stderr lines: ${lines.join(' | ')}`;
const latencyMessages = {
    serveExited: (which, input, reason, stderr) => `the ${which}'s ${input} server ${reason} before answering every latency request${tail(stderr)}`,
    exitedWith: (code, signal) => code !== null ? `exited with code ${code}` : `was ended by ${signal ?? 'a signal'}`,
    notStarted: (file, why) => `could not be started ("${file}": ${why})`,
    unaskedLine: (line) => `wrote a line nobody asked for (${JSON.stringify(line.slice(0, 80))})`,
    requestTimedOut: (which, input, n, timeoutMs) => `the ${which} did not answer latency request ${n} within ${timeoutMs} ms (${input})`,
    notJsonResponse: (which, input, n, line) => `the ${which}'s answer to latency request ${n} is not one line of JSON (${input}): ${JSON.stringify(line.slice(0, 80))}`,
    httpStatus: (which, input, n, status) => `the ${which}'s endpoint answered latency request ${n} with HTTP ${status} (${input})`,
    httpFailed: (which, input, n, why) => `latency request ${n} to the ${which}'s endpoint failed (${input}): ${why}`,
    noRows: (data) => `the data ${data} has no rows to send as latency requests`,
    fixServe: 'the latency command must read one JSON object per line on stdin and write one JSON line per request to stdout, in order, flushing each line (see docs/actions/evaluate-vs-champion.md#latency)',
    fixSlow: 'make the model answer faster, or raise latency.request_timeout_ms in the policy',
    fixHttp: 'check that the endpoint is up and accepts a POST of one JSON row (see docs/actions/evaluate-vs-champion.md#latency)',
    fixNoRows: 'give data with at least one row of features',
};

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/http-endpoint.ts



/**
 * POSTs one JSON row to a model endpoint and resolves the milliseconds until its whole response body was read.
 * The request has a total time limit (connection, headers and body together).
 * @throws ServiceError for a non-2xx status, a network error or the time limit
 */
async function timePost(url, json, limits, which, input, n) {
    const started = external_node_perf_hooks_.performance.now();
    let response;
    try {
        response = await postJsonRow(url, json, limits);
        await response.arrayBuffer();
    }
    catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        if (timedOut)
            throw new errors/* ServiceError */._7(latencyMessages.requestTimedOut(which, input, n, limits.timeoutMs), { input }, latencyMessages.fixSlow);
        const why = error instanceof Error ? (error.cause?.message ?? error.message) : String(error);
        throw new errors/* ServiceError */._7(latencyMessages.httpFailed(which, input, n, why), { input }, latencyMessages.fixHttp);
    }
    const elapsed = external_node_perf_hooks_.performance.now() - started;
    if (!response.ok)
        throw new errors/* ServiceError */._7(latencyMessages.httpStatus(which, input, n, response.status), { input }, latencyMessages.fixHttp);
    return elapsed;
}
/** POSTs one JSON row (`content-type: application/json`) within a total time limit, also ended by `signal`. */
function postJsonRow(url, json, limits) {
    return fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: json,
        signal: AbortSignal.any([limits.signal, AbortSignal.timeout(limits.timeoutMs)]),
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/core/secrets/scrub-child-environment.ts
var scrub_child_environment = __webpack_require__(14449);
;// CONCATENATED MODULE: ./src/evaluate-vs-champion/process-peak-memory.ts

/** The `VmHWM:` line of /proc/<pid>/status, in kB, or undefined when the process is gone or has none. */
function peakResidentKb(pid) {
    try {
        const status = (0,external_node_fs_.readFileSync)(`/proc/${pid}/status`, 'utf8');
        const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
        return match === null ? undefined : Number(match[1]);
    }
    catch {
        return undefined;
    }
}
/**
 * The peak resident set (VmHWM, Linux) of every live process in the process group `pgid`, summed, in MiB; undefined
 * where /proc cannot be read (not Linux) or nothing of the group is alive. The sum over the group counts a wrapper
 * (`sh -c`, `uv run`) and its interpreter together: an upper bound of the group's peak, never an underestimate.
 */
function processGroupPeakMemoryMb(pgid) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return undefined;
    }
    let totalKb = 0;
    let seen = false;
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = (0,external_node_fs_.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            if (Number(fields[2]) !== pgid)
                continue;
        }
        catch {
            continue;
        }
        const kb = peakResidentKb(entry);
        if (kb === undefined)
            continue;
        totalKb += kb;
        seen = true;
    }
    return seen ? totalKb / 1024 : undefined;
}

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/serve-process.ts







/**
 * Starts `argv` (never through a shell) in its own process group with a scrubbed environment, for the
 * latency measurement of `which` model (`input` names the action input the command came from).
 * @throws ServiceError (from request) when the process exits, answers with something other than one JSON line,
 *   or does not answer within the request's time limit
 */
function startServeProcess(argv, which, input) {
    const [file, ...args] = argv;
    const child = (0,external_node_child_process_.spawn)(file ?? '', args, {
        env: (0,scrub_child_environment/* scrubChildEnvironment */.T)(process.env),
        shell: false,
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stderrTail = [];
    const queue = [];
    let exited;
    const fail = (reason) => {
        exited ??= reason;
        const error = new errors/* ServiceError */._7(latencyMessages.serveExited(which, input, reason, stderrTail), { input }, latencyMessages.fixServe);
        for (const p of queue.splice(0))
            p.reject(error);
    };
    const out = (0,run_command/* createLineSplitter */.AD)((line) => {
        const next = queue.shift();
        if (next === undefined)
            fail(latencyMessages.unaskedLine(line));
        else
            next.resolve(line);
    });
    const err = (0,run_command/* createLineSplitter */.AD)((line) => {
        stderrTail.push(line);
        if (stderrTail.length > 10)
            stderrTail.shift();
    });
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => out.write(chunk));
    child.stderr.on('data', (chunk) => err.write(chunk));
    child.stdin.on('error', () => undefined);
    child.once('error', (error) => fail(latencyMessages.notStarted(file ?? '', error.code ?? error.message)));
    child.once('close', (code, signal) => {
        err.end();
        fail(latencyMessages.exitedWith(code, signal));
    });
    let count = 0;
    const exchange = async (json, timeoutMs) => {
        if (exited !== undefined)
            throw new errors/* ServiceError */._7(latencyMessages.serveExited(which, input, exited, stderrTail), { input }, latencyMessages.fixServe);
        count += 1;
        const n = count;
        let timer;
        const answered = new Promise((resolve, reject) => {
            queue.push({ resolve, reject });
            timer = setTimeout(() => reject(new errors/* ServiceError */._7(latencyMessages.requestTimedOut(which, input, n, timeoutMs), { input }, latencyMessages.fixSlow)), timeoutMs);
        });
        const started = external_node_perf_hooks_.performance.now();
        child.stdin.write(`${json}\n`);
        try {
            const line = await answered;
            const elapsed = external_node_perf_hooks_.performance.now() - started;
            try {
                JSON.parse(line);
            }
            catch {
                throw new errors/* ServiceError */._7(latencyMessages.notJsonResponse(which, input, n, line), { input }, latencyMessages.fixServe);
            }
            return { line, elapsed };
        }
        finally {
            clearTimeout(timer);
        }
    };
    return {
        request: async (json, timeoutMs) => (await exchange(json, timeoutMs)).elapsed,
        answer: async (json, timeoutMs) => (await exchange(json, timeoutMs)).line,
        peakMemoryMb() {
            return child.pid === undefined ? undefined : processGroupPeakMemoryMb(child.pid);
        },
        async close(graceMs = 2000) {
            const pid = child.pid;
            child.stdin.end();
            const deadline = Date.now() + graceMs;
            while (exited === undefined && Date.now() < deadline)
                await new Promise((done) => setTimeout(done, 10));
            if (pid === undefined)
                return;
            if ((0,run_command/* processGroupAlive */.MM)(pid))
                (0,run_command/* killProcessGroup */.$X)(pid, 'SIGTERM');
            const hard = Date.now() + graceMs;
            while ((0,run_command/* processGroupAlive */.MM)(pid) && Date.now() < hard)
                await new Promise((done) => setTimeout(done, 20));
            if ((0,run_command/* processGroupAlive */.MM)(pid))
                (0,run_command/* killProcessGroup */.$X)(pid, 'SIGKILL');
        },
    };
}

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/measure-latency.ts








const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** A cell as a request sends it: CSV text that reads as a decimal number is sent as a number. */
const requestCell = (cell) => typeof cell === 'string' && NUMBER.test(cell) ? Number(cell) : cell;
/** The first `count` rows of the data, each as one JSON object (column → cell), the request bodies. */
async function requestBodies(data, count, signal) {
    for await (const batch of (0,dataset/* readDataset */.JP)(data, { batchSize: count, signal })) {
        return batch.rows.map((row) => JSON.stringify(Object.fromEntries(batch.columns.map((c, j) => [c, requestCell(row[j] ?? null)]))));
    }
    throw new errors/* DataError */.fL(latencyMessages.noRows(data), { file: data, input: evaluate_vs_champion_inputs/* Inputs */.G0.Data }, latencyMessages.fixNoRows);
}
function serveTarget(argv, modelDir, which) {
    const server = startServeProcess((0,run_command/* expandPlaceholders */.pj)(argv, { model_dir: modelDir }), which, evaluate_vs_champion_inputs/* Inputs */.G0.LatencyCommand);
    return {
        send: (json, _n, timeoutMs) => server.request(json, timeoutMs),
        async finish() {
            const peak = server.peakMemoryMb();
            await server.close();
            return peak;
        },
    };
}
function httpTarget(url, which, input, signal) {
    return {
        send: (json, n, timeoutMs) => timePost(url, json, { timeoutMs, signal }, which, input, n),
        finish: () => Promise.resolve(undefined),
    };
}
/**
 * Measures per-request latency: `policy.warmupRequests` untimed requests to each model, then `policy.requests`
 * timed requests to each, alternating models request by request (the same row to both; which model goes first
 * alternates too, so neither always runs on a warmer cache). One request at a time; every request has
 * `policy.requestTimeoutMs`. Serve processes are ended whatever happens.
 */
async function measureLatency(targets, method, bodies, policy, signal) {
    const started = {};
    const peak = {};
    const times = { candidate: [], champion: [] };
    const order = targets.champion === undefined ? ['candidate'] : ['candidate', 'champion'];
    try {
        started.candidate = targets.candidate();
        if (targets.champion !== undefined)
            started.champion = targets.champion();
        let n = 0;
        const body = (i) => bodies[i % bodies.length];
        const limit = policy.requestTimeoutMs;
        for (const which of order) {
            // The first request also waits for the process to start and load its model.
            await started[which].send(body(0), ++n, Math.max(limit, policy.startupTimeoutMs));
            for (let i = 1; i < policy.warmupRequests; i++)
                await started[which].send(body(i), ++n, limit);
        }
        for (let i = 0; i < policy.requests; i++) {
            signal.throwIfAborted();
            const round = i % 2 === 0 ? order : [...order].reverse();
            for (const which of round)
                times[which].push(await started[which].send(body(i), ++n, limit));
        }
    }
    finally {
        for (const which of order) {
            const target = started[which];
            if (target === undefined)
                continue;
            const mb = await target.finish();
            if (mb !== undefined)
                peak[which] = mb;
        }
    }
    return {
        method,
        warmup: policy.warmupRequests,
        candidate: latencySummary(times.candidate),
        ...(targets.champion === undefined ? {} : { champion: latencySummary(times.champion) }),
        ...(Object.keys(peak).length === 0 ? {} : { peakMemoryMb: peak }),
    };
}
/**
 * Measures latency when everything it needs is given, else names what is missing (the gate reports an error check
 * with these names). Requests are rows of `data`. Two ways, the endpoint first when both are given:
 * - HTTP: `latency-url-candidate` (and `latency-url-champion` when there is a champion), a POST of one row each;
 * - line protocol: `latency-command` started once per model with `{model_dir}` = `candidate-model-dir` and the
 *   champion's model directory (downloaded from the registry, or `champion-model-dir`).
 */
async function latencyOrMissing(inputs, policy, champion, signal) {
    const missing = inputs.data === undefined ? [`input ${evaluate_vs_champion_inputs/* Inputs */.G0.Data}`] : [];
    let targets;
    let method = 'http';
    const candidateUrl = inputs.latencyUrlCandidate;
    const championUrl = inputs.latencyUrlChampion;
    if (candidateUrl !== undefined) {
        if (champion.exists && championUrl === undefined)
            missing.push(`input ${evaluate_vs_champion_inputs/* Inputs */.G0.LatencyUrlChampion}`);
        targets = {
            candidate: () => httpTarget(candidateUrl, 'candidate', evaluate_vs_champion_inputs/* Inputs */.G0.LatencyUrlCandidate, signal),
            ...(champion.exists && championUrl !== undefined
                ? { champion: () => httpTarget(championUrl, 'champion', evaluate_vs_champion_inputs/* Inputs */.G0.LatencyUrlChampion, signal) }
                : {}),
        };
    }
    else if (inputs.latencyCommand !== undefined) {
        method = 'line-protocol';
        const argv = inputs.latencyCommand;
        const candidateDir = inputs.candidateModelDir;
        const championDir = champion.modelDir ?? inputs.championModelDir;
        if (candidateDir === undefined)
            missing.push(`input ${evaluate_vs_champion_inputs/* Inputs */.G0.CandidateModelDir}`);
        if (champion.exists && championDir === undefined)
            missing.push(`input ${evaluate_vs_champion_inputs/* Inputs */.G0.ChampionModelDir}`);
        if (candidateDir !== undefined)
            targets = {
                candidate: () => serveTarget(argv, candidateDir, 'candidate'),
                ...(champion.exists && championDir !== undefined
                    ? { champion: () => serveTarget(argv, championDir, 'champion') }
                    : {}),
            };
    }
    else {
        missing.push(`input ${evaluate_vs_champion_inputs/* Inputs */.G0.LatencyCommand} (or ${evaluate_vs_champion_inputs/* Inputs */.G0.LatencyUrlCandidate})`);
    }
    if (missing.length > 0 || targets === undefined || inputs.data === undefined)
        return { missing };
    const bodies = await requestBodies(inputs.data, policy.requests, signal);
    return measureLatency(targets, method, bodies, policy, signal);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/evaluate-vs-champion/model-size.ts



/**
 * The total size of the regular files under `dir`, recursively (symbolic links are not followed and count 0: the
 * registry stores what the directory holds), and how many there are; the missing input without a directory.
 */
async function modelDirectorySize(dir) {
    if (dir === undefined)
        return { missing: [`input ${evaluate_vs_champion_inputs/* Inputs */.G0.CandidateModelDir}`] };
    let bytes = 0;
    let files = 0;
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
        if (!entry.isFile())
            continue;
        const info = await (0,promises_.lstat)((0,external_node_path_.join)(entry.parentPath, entry.name));
        bytes += info.size;
        files += 1;
    }
    return { bytes, files };
}

// EXTERNAL MODULE: ./src/io/hash-file.ts
var hash_file = __webpack_require__(12145);
// EXTERNAL MODULE: ./src/registry/create-registry.ts
var create_registry = __webpack_require__(37115);
// EXTERNAL MODULE: ./src/registry/registry-errors.ts
var registry_errors = __webpack_require__(47378);
;// CONCATENATED MODULE: ./src/evaluate-vs-champion/resolve-champion.ts









/** Timeout of one predict-command run. */
const PREDICT_TIMEOUT_MS = 30 * 60 * 1000;
/**
 * Finds the champion's predictions: the `champion-predictions` file; else the champion version behind
 * `model-name` + `champion-alias` in the registry, using its stored evaluation predictions when their data hash
 * equals the sha256 of `data` (ModelCard.evaluation: dataSha256 + predictionsFile), else running
 * `predict-command` on the downloaded champion ({model_dir}, {input} = data, {output}) without a shell.
 * Undefined when there is no champion yet: neither `champion-predictions` nor `model-name` is set, or the registry
 * has no version behind the alias (a first model; the gate then judges the floors only).
 */
async function resolveChampion(inputs, options) {
    if (inputs.championPredictions !== undefined)
        return { path: inputs.championPredictions, how: 'file' };
    if (inputs.modelName === undefined) {
        options.logger.info('no champion: neither champion-predictions nor model-name is set');
        return undefined;
    }
    const registry = await (0,create_registry/* createRegistry */.I)(inputs.registry, {
        logger: options.logger,
        signal: options.signal,
        ...(inputs.registryToken === undefined ? {} : { token: inputs.registryToken }),
    });
    let ref;
    try {
        ref = await registry.get(inputs.modelName, { alias: inputs.championAlias });
    }
    catch (error) {
        if (!(error instanceof registry_errors/* NotFoundError */.m_))
            throw error;
        // A name with no version at all is a warning (an annotation on the run): a typo would otherwise pass quietly on
        // the floors alone. Versions without the alias are a first model waiting for its first promotion.
        const versions = await registry.list(inputs.modelName).catch((listError) => {
            if (listError instanceof registry_errors/* NotFoundError */.m_)
                return [];
            throw listError;
        });
        if (versions.length === 0) {
            options.logger.warning(compareMessages.championModelUnknown(inputs.modelName, registry.description));
        }
        else {
            options.logger.info(compareMessages.championAliasUnset(inputs.modelName, versions.length, inputs.championAlias, registry.description));
        }
        return undefined;
    }
    options.logger.info(`champion: ${ref.name} v${ref.version} (alias ${inputs.championAlias}) from ${registry.description}`);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.workDir, 'champion-'));
    const dataHash = inputs.data === undefined ? undefined : await (0,hash_file/* sha256File */.Q)(inputs.data);
    const evaluation = ref.card.evaluation;
    if (evaluation !== undefined && dataHash !== undefined && evaluation.dataSha256 === dataHash) {
        await registry.download(ref, dir);
        options.logger.info(`using the champion's stored predictions (${evaluation.predictionsFile}): the evaluation data hash matches`);
        return {
            path: (0,external_node_path_.join)(dir, evaluation.predictionsFile),
            how: 'stored-evaluation',
            model: ref.name,
            version: ref.version,
            modelDir: dir,
        };
    }
    if (inputs.predictCommand === undefined || inputs.data === undefined) {
        throw new errors/* ConfigurationError */.j1(`champion ${ref.name} v${ref.version} has no stored predictions for this evaluation data`, { input: evaluate_vs_champion_inputs/* Inputs */.G0.PredictCommand }, (w) => `set \`${w.name(evaluate_vs_champion_inputs/* Inputs */.G0.PredictCommand)}\` and \`${w.name(evaluate_vs_champion_inputs/* Inputs */.G0.Data)}\` so the champion can be scored on the same rows, or give \`${w.name(evaluate_vs_champion_inputs/* Inputs */.G0.ChampionPredictions)}\``);
    }
    await registry.download(ref, dir);
    const output = (0,external_node_path_.join)(options.workDir, `champion-predictions-${ref.version}.csv`);
    const argv = (0,run_command/* expandPlaceholders */.pj)(inputs.predictCommand, { model_dir: dir, input: inputs.data, output });
    const [program, ...rest] = argv;
    if (program === undefined)
        throw new errors/* ConfigurationError */.j1((w) => `${w.input(evaluate_vs_champion_inputs/* Inputs */.G0.PredictCommand)} is empty`, {
            input: evaluate_vs_champion_inputs/* Inputs */.G0.PredictCommand,
        });
    const result = await (0,run_command/* runCommand */.d1)([program, ...rest], {
        timeoutMs: PREDICT_TIMEOUT_MS,
        signal: options.signal,
        onLine: (_s, line) => options.logger.info(line),
    });
    if (result.exitCode !== 0) {
        throw new errors/* ServiceError */._7(`predict-command exited with ${result.exitCode ?? result.signal ?? 'no code'} while scoring the champion${result.timedOut ? ' (timed out)' : ''}`, { input: evaluate_vs_champion_inputs/* Inputs */.G0.PredictCommand }, `last output: ${[...result.stderrTail, ...result.stdoutTail].slice(-3).join(' | ') || '(none)'}`);
    }
    return { path: output, how: 'predict-command', model: ref.name, version: ref.version, modelDir: dir };
}

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/gather-evidence.ts










/** The metrics file, in the work folder (the `metrics-path` output). */
const METRICS_FILE = 'evaluate-vs-champion.metrics.json';
/**
 * Everything decideEvaluation judges: the paired rows of candidate and champion (the champion from its file or
 * the registry), the comparison of every metric with its paired bootstrap interval (and at the family-wise
 * rejection level), the slices of the rule metrics with their paired intervals from the same resamples (the same
 * seed and scheme give the same resample vectors), the latency (and the serve process's peak memory) when the policy
 * sets a budget, and the candidate model directory's size when it sets max_model_bytes. Without a
 * champion the candidate is compared with itself (its own intervals are what the floors need) and the evidence
 * has no champion.
 * @throws DataError for predictions that cannot be read or paired; ConfigurationError/ServiceError from the champion,
 *   and ConfigurationError when there is no champion and no rule has a floor
 */
async function gatherEvidence(inputs, policy, context) {
    const { data, source, segments } = await loadPairedData(inputs, policy.task, policy.slices.columns, async () => {
        const found = await resolveChampion(inputs, context);
        if (found === undefined && !policy.rules.some((r) => r.threshold !== undefined))
            throw new errors/* ConfigurationError */.j1(compareMessages.noChampionNoFloors, { input: evaluate_vs_champion_inputs/* Inputs */.G0.ChampionPredictions }, compareMessages.fixNoChampionNoFloors({
                championPredictions: evaluate_vs_champion_inputs/* Inputs */.G0.ChampionPredictions,
                modelName: evaluate_vs_champion_inputs/* Inputs */.G0.ModelName,
                championAlias: evaluate_vs_champion_inputs/* Inputs */.G0.ChampionAlias,
            }));
        if (found === undefined)
            context.logger.info(compareMessages.noChampion);
        return found;
    });
    const n = data.yTrue.length;
    const runBootstrap = (0,bootstrap_workers/* bootstrapRunner */.n)();
    const { comparisons, slices } = compareEvidence(data, segments, policy, {
        slices: source !== undefined,
        ...(runBootstrap === undefined ? {} : { runBootstrap }),
    });
    // Sized before it is served: a server may write into its directory.
    const modelSize = policy.resources?.maxModelBytes === undefined ? undefined : await modelDirectorySize(inputs.candidateModelDir);
    const latency = policy.latency === undefined
        ? undefined
        : await latencyOrMissing(inputs, policy.latency, { exists: source !== undefined, ...(source?.modelDir === undefined ? {} : { modelDir: source.modelDir }) }, context.signal);
    let positives = 0;
    if (policy.task === 'binary')
        for (const y of data.yTrue)
            positives += y;
    return {
        evidence: {
            rows: n,
            ...(policy.task === 'binary' ? { positives, negatives: n - positives } : {}),
            ...(source === undefined ? {} : { champion: source }),
            comparisons,
            slices,
            ...(latency === undefined ? {} : { latency }),
            ...(modelSize === undefined ? {} : { modelSize }),
            metricsPath: (0,external_node_path_.join)(context.workDir, METRICS_FILE),
        },
        ...(source === undefined ? {} : { champion: source }),
    };
}

;// CONCATENATED MODULE: ./src/core/registry/promote-button.ts
/**
 * The check-run "Promote" button, or undefined when it could not work. GitHub delivers `check_run`
 * `requested_action` events for check runs created with the workflow's GITHUB_TOKEN but never starts a
 * workflow for them (events caused by GITHUB_TOKEN trigger no workflows), so the button is offered only
 * when the check run is created with a GitHub App token.
 * @see https://docs.github.com/en/rest/checks/runs (actions: label ≤ 20, description ≤ 40, identifier ≤ 20)
 * @example promoteButton({ model: 'churn', version: 7, alias: 'champion', appToken: false }) // => undefined
 */
function promoteButton(input) {
    if (!input.appToken)
        return undefined;
    const description = `${input.model} v${input.version} → ${input.alias}`;
    return {
        action: {
            label: 'Promote',
            description: description.length <= 40 ? description : `${description.slice(0, 39)}…`,
            identifier: 'modelgate-promote',
        },
        externalId: JSON.stringify({ model: input.model, version: input.version, alias: input.alias }),
    };
}

// EXTERNAL MODULE: ./src/core/registry/promotion-command.ts
var promotion_command = __webpack_require__(24494);
;// CONCATENATED MODULE: ./src/evaluate-vs-champion/promotion-offer.ts


/**
 * What a promote decision can offer with these inputs: the promotion command (needs model-name,
 * candidate-version and the repository) and the check-run Promote button (needs model-name, an integer
 * candidate-version and an App token). decideEvaluation shows them only on promote.
 */
function promotionOffer(inputs, github, appToken) {
    const { modelName: model, candidateVersion: version, championAlias: alias } = inputs;
    if (model === undefined)
        return {};
    const command = version === undefined || github.repository === undefined
        ? undefined
        : (0,promotion_command/* promotionCommand */.l)({ repository: github.repository, serverUrl: github.serverUrl, model, version, alias });
    const number = Number(version);
    const button = Number.isInteger(number) ? promoteButton({ model, version: number, alias, appToken }) : undefined;
    return {
        ...(command === undefined ? {} : { command: command.markdown }),
        ...(button === undefined ? {} : { button }),
    };
}

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/report-subject.ts

/**
 * What the report judged: the candidate (model, version), the sha256 of its predictions (what binds the report to
 * the version that holds them) and of the champion's when there is one, the commit.
 */
async function reportSubject(inputs, championPath, github) {
    return {
        ...(inputs.modelName === undefined ? {} : { model: inputs.modelName }),
        ...(inputs.candidateVersion === undefined ? {} : { version: inputs.candidateVersion }),
        predictions: { [inputs.predictions]: await (0,hash_file/* sha256File */.Q)(inputs.predictions) },
        ...(championPath === undefined ? {} : { dataHashes: { [championPath]: await (0,hash_file/* sha256File */.Q)(championPath) } }),
        ...(github.sha === undefined ? {} : { commit: github.sha }),
    };
}

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/write-metrics-file.ts

/**
 * A comparison as the metrics file has always written it: every field, with null for the numbers of a metric
 * undefined on the data and its reason under `error`.
 */
function comparisonRecord(c) {
    if (c.kind === 'defined') {
        const { kind: _kind, ...fields } = c;
        return fields;
    }
    return {
        metric: c.metric,
        greaterIsBetter: c.greaterIsBetter,
        champion: null,
        candidate: null,
        difference: null,
        lower: null,
        upper: null,
        confidence: c.confidence,
        probabilityBetter: null,
        resamples: 0,
        error: c.reason,
    };
}
/**
 * Writes the metrics file (`metrics-path`): the task, rows, decision, champion, the candidate's and the champion's
 * value of every defined metric, every comparison, and the policy's statistical settings. register-model reads
 * `metrics` from it into the model card. Non-finite numbers are written as null.
 */
async function writeMetricsFile(evidence, policy, decision) {
    const defined = evidence.comparisons.filter((c) => c.kind === 'defined');
    const { champion } = evidence;
    const content = {
        task: policy.task,
        rows: evidence.rows,
        decision,
        champion: champion === undefined ? null : { source: champion.how, model: champion.model, version: champion.version },
        metrics: Object.fromEntries(defined.map((c) => [c.metric, c.candidate])),
        championMetrics: champion === undefined ? {} : Object.fromEntries(defined.map((c) => [c.metric, c.champion])),
        comparisons: champion === undefined ? [] : evidence.comparisons.map(comparisonRecord),
        policy: {
            ruleMode: policy.ruleMode,
            evidence: policy.evidence,
            confidence: policy.confidence,
            resamples: policy.resamples,
            seed: policy.seed,
            sample: policy.sample,
        },
    };
    const json = JSON.stringify(content, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2);
    await (0,promises_.writeFile)(evidence.metricsPath, `${json}\n`);
}

;// CONCATENATED MODULE: ./src/core/metrics/binary-metrics.ts

/**
 * Several binary metrics over prepared rows, optionally weighted by row multiplicities (a bootstrap resample):
 * one pass `counts[bucket[i]] += w[i]` over the rows, then one walk over the distinct scores
 * (binaryMetricsFromCounts). Conventions follow scikit-learn 1.2:
 * - accuracy, precision, recall, f1 on predictions `score >= threshold`;
 * - roc-auc: area under the ROC curve with one point per distinct score (ties count ½, the trapezoid rule of
 *   `roc_auc_score`); undefined when one class is absent;
 * - pr-auc: `average_precision_score`, Σₖ (Rₖ − Rₖ₋₁)·Pₖ over distinct scores, descending;
 * - log-loss: `log_loss` with p clipped to [ε, 1−ε] (ε = float64 epsilon) and rows renormalised;
 * - brier: mean (p − y)².
 * An undefined value (0/0) is NaN in the result when `undefinedAs: 'nan'`, else it throws (R6) — the bootstrap
 * uses NaN to count resamples where a metric is undefined.
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {UndefinedMetricError} (a RangeError) when a metric is undefined on these rows and `undefinedAs` is
 *   'throw' (the default)
 * @example
 * binaryMetrics(prepareBinary([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), ['roc-auc', 'accuracy']) // => [0.75, 0.75]
 */
function binaryMetrics(data, metrics, weights, undefinedAs = 'throw') {
    const { n, bucket } = data;
    const counts = new Float64Array(2 * data.groupCount);
    if (weights === undefined) {
        for (let i = 0; i < n; i++) {
            const k = bucket[i];
            counts[k] = counts[k] + 1;
        }
    }
    else {
        for (let i = 0; i < n; i++) {
            const k = bucket[i];
            counts[k] = counts[k] + weights[i];
        }
    }
    return binaryMetricsFromCounts(data, counts, metrics, undefinedAs);
}

;// CONCATENATED MODULE: ./src/core/metrics/binary-metric.ts

/**
 * One binary metric over prepared rows, optionally weighted by row multiplicities; the conventions
 * (sklearn 1.2) are those of {@link binaryMetrics}.
 * @see https://scikit-learn.org/1.2/modules/model_evaluation.html
 * @throws {UndefinedMetricError} (a RangeError) when the metric is undefined on these rows (single class, no
 *   predicted positives)
 * @example
 * binaryMetric(prepareBinary([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8]), 'roc-auc') // => 0.75
 */
function binaryMetric(data, metric, weights) {
    return binaryMetrics(data, [metric], weights)[0];
}

;// CONCATENATED MODULE: ./src/core/monitor/metric-estimate.ts






function rowCount(rows) {
    return rows.task === 'binary' ? rows.labels.length : rows.truth.length;
}
/** The metric as a function of row weights (NaN where undefined on that resample). */
function weightedMetric(rows, metric) {
    const guard = (compute) => {
        try {
            return compute();
        }
        catch (error) {
            if (error instanceof RangeError)
                return Number.NaN;
            throw error;
        }
    };
    if (rows.task === 'binary') {
        const prepared = (0,prepare_binary/* prepareBinary */.zR)(rows.labels, rows.scores, rows.threshold ?? 0.5);
        return (weights) => guard(() => binaryMetric(prepared, metric, weights));
    }
    return (weights) => guard(() => regressionMetric(rows.truth, rows.predictions, metric, weights));
}
/**
 * The metric on `rows` and its bootstrap standard error (case resampling, seeded). Undefined when the metric is
 * undefined on the rows themselves or on more than 5% of resamples: a standard error from the few resamples where
 * it happens to exist would understate the noise.
 * @throws {RangeError} on rows the metric functions refuse (lengths, labels, scores): the caller validated them
 */
function estimateMetric(rows, metric, options) {
    const n = rowCount(rows);
    const evaluate = weightedMetric(rows, metric);
    const value = evaluate();
    if (Number.isNaN(value))
        return { kind: 'undefined', reason: `${metric} is undefined on these ${n} rows` };
    let undefinedCount = 0;
    let distribution;
    try {
        const [result] = pairedBootstrap(n, (weights) => [evaluate(weights)], {
            resamples: options.resamples,
            random: (0,seeded_random/* seededRandom */.Is)(options.seed),
            confidence: 0.95,
        });
        if (result === undefined)
            return { kind: 'undefined', reason: `${metric} has no bootstrap distribution` };
        undefinedCount = result.undefinedCount;
        distribution = result.sorted;
    }
    catch {
        return { kind: 'undefined', reason: `${metric} is undefined on every resample of these ${n} rows` };
    }
    const undefinedShare = undefinedCount / options.resamples;
    if (undefinedShare > 0.05)
        return {
            kind: 'undefined',
            reason: `${metric} is undefined on ${(undefinedShare * 100).toFixed(1)}% of resamples of these ${n} rows (more than 5%)`,
        };
    let mean = 0;
    for (const v of distribution)
        mean += v;
    mean /= distribution.length;
    let squares = 0;
    for (const v of distribution)
        squares += (v - mean) ** 2;
    const standardError = Math.sqrt(squares / Math.max(1, distribution.length - 1));
    return { kind: 'defined', value, standardError, undefinedShare };
}
function greaterIsBetter(metric) {
    return metric_name/* GREATER_IS_BETTER */.xq[metric];
}

;// CONCATENATED MODULE: ./src/core/monitor/decide-decay.ts


/**
 * The smallest drop worth an alert when the policy names none: 0.01 for bounded greater-is-better metrics (AUC,
 * accuracy, F1, R²…), 5% of the stored value for errors and losses (MAE, RMSE, log loss, Brier), whose scale is
 * the target's.
 * @example defaultMinimumDrop('roc-auc', 0.8) // => 0.01
 * @example defaultMinimumDrop('rmse', 20) // => 1
 */
function defaultMinimumDrop(metric, stored) {
    return greaterIsBetter(metric) ? 0.01 : 0.05 * Math.abs(stored);
}
function decide_decay_rowCount(rows) {
    return rows.task === 'binary' ? rows.labels.length : rows.truth.length;
}
/**
 * Whether the champion decayed on labels that arrived after it was deployed. For each stored metric, the current
 * value on the labelled rows gets a bootstrap standard error; the drop (stored − current for greater-is-better
 * metrics, current − stored for errors) is tested one-sided against the metric's minimum drop δ with
 * z = (drop − δ) / √(se_now² + se_stored²). A metric has decayed when the drop exceeds δ with confidence, at α / k
 * (k monitored metrics, Bonferroni): a point wobble inside the noise never alerts, and neither does a significant
 * but negligible drop on huge samples.
 * Too few rows, or a metric undefined on them, is inconclusive, never healthy.
 */
function decideDecay(rows, stored, policy = {}) {
    const n = decide_decay_rowCount(rows);
    const entries = Object.entries(stored);
    const alpha = (policy.alpha ?? 0.05) / Math.max(1, entries.length);
    const minimumRows = policy.minimumRows ?? 100;
    const metrics = entries.map(([metric, baseline], index) => {
        if (n < minimumRows)
            return { metric, verdict: 'inconclusive', reason: `${n} labelled rows, fewer than the ${minimumRows} required` };
        const current = estimateMetric(rows, metric, {
            resamples: policy.resamples ?? 1_000,
            seed: (policy.seed ?? 20_261_201) + index,
        });
        if (current.kind === 'undefined')
            return { metric, verdict: 'inconclusive', reason: current.reason };
        const drop = greaterIsBetter(metric) ? baseline.value - current.value : current.value - baseline.value;
        const se = Math.sqrt(current.standardError ** 2 + (baseline.standardError ?? 0) ** 2);
        const minimumDrop = policy.minimumDrop?.[metric] ?? defaultMinimumDrop(metric, baseline.value);
        const excess = drop - minimumDrop;
        const pValue = se > 0 ? 1 - (0,normal_cdf/* normalCdf */.v)(excess / se) : excess > 0 ? 0 : 1;
        const verdict = pValue < alpha ? 'decayed' : 'stable';
        return { metric, verdict, stored: baseline, current, drop, minimumDrop, pValue, alpha };
    });
    const verdict = metrics.some((m) => m.verdict === 'decayed')
        ? 'decayed'
        : metrics.length === 0 || metrics.some((m) => m.verdict === 'inconclusive')
            ? 'inconclusive'
            : 'healthy';
    return { verdict, rows: n, metrics };
}

;// CONCATENATED MODULE: ./src/core/monitor/decay-messages.ts

const decayMessages = {
    duplicateId: (id, what, firstLine) => `id "${id}" appears twice in the ${what} (first at line ${firstLine})`,
    duplicateIdHint: (what) => `give every row of the ${what} a unique id (one logged prediction, one delayed label per id)`,
    noLabelJoins: (labels, predictions, idColumn) => `none of the ${labels} delayed labels has an id among the ${predictions} logged predictions (id column "${idColumn}")`,
    noLabelJoinsHint: 'check that both files use the same id column and spelling (ids are compared exactly, as text), and that the labels are for the predictions logged in this window',
    joined: (joined, predictions, labels) => `${joined} of ${predictions} logged predictions have a delayed label (${labels} labels read; ${labels - joined} match no prediction, ${predictions - joined} predictions are not labelled yet)`,
    decayed: (metric, current, stored, drop, minimumDrop) => `${metric} decayed: ${(0,format_number/* formatNumber */.Z)(current)} now against ${(0,format_number/* formatNumber */.Z)(stored)} stored, a drop of ${(0,format_number/* formatNumber */.Z)(drop)} beyond the ${(0,format_number/* formatNumber */.Z)(minimumDrop)} that counts`,
    stable: (metric, current, stored, drop, minimumDrop) => `${metric} holds: ${(0,format_number/* formatNumber */.Z)(current)} now against ${(0,format_number/* formatNumber */.Z)(stored)} stored (drop ${(0,format_number/* formatNumber */.Z)(drop)}; no evidence it exceeds ${(0,format_number/* formatNumber */.Z)(minimumDrop)})`,
    inconclusive: (metric, reason) => `${metric} not judged: ${reason}`,
    decayedTitle: (metrics) => `Performance decayed on delayed labels: ${metrics.join(', ')}`,
    healthyTitle: (count) => `Performance holds on delayed labels (${count} metric${count === 1 ? '' : 's'})`,
    nothingToMonitor: 'no stored metric to compare with: the champion was judged on nothing',
    inconclusiveTitle: 'Performance on delayed labels is inconclusive',
    noStoredMetrics: (model, version, known) => `champion ${model} v${version} has no stored evaluation metrics to monitor${known.length === 0 ? '' : ` (its card has ${known.join(', ')}, none a metric of this task)`}`,
    noStoredMetricsHint: (registerMetrics = 'metrics', metrics = 'metrics') => (w) => `register the champion with evaluate-vs-champion's metrics file (register-model ${w.setting(registerMetrics, 'the metrics-path output')}), or name metrics this task has (${w.name(metrics)})`,
};

;// CONCATENATED MODULE: ./src/core/monitor/decide-performance-monitoring.ts


/** z of the two-sided 95% interval shown beside each current value. */
const z = 1.959963984540054;
function decayCheck(d) {
    const id = `decay.${d.metric}`;
    if (d.verdict === 'inconclusive')
        return { id, status: 'error', observed: null, message: decayMessages.inconclusive(d.metric, d.reason) };
    const details = {
        stored: d.stored.value,
        ...(d.stored.standardError === undefined ? {} : { storedStandardError: d.stored.standardError }),
        current: d.current.value,
        currentStandardError: d.current.standardError,
        lower: d.current.value - z * d.current.standardError,
        upper: d.current.value + z * d.current.standardError,
        drop: d.drop,
        minimumDrop: d.minimumDrop,
        pValue: d.pValue,
        alpha: d.alpha,
    };
    const message = (d.verdict === 'decayed' ? decayMessages.decayed : decayMessages.stable)(d.metric, d.current.value, d.stored.value, d.drop, d.minimumDrop);
    return {
        id,
        status: d.verdict === 'decayed' ? 'fail' : 'pass',
        observed: d.drop,
        threshold: { max: d.minimumDrop, rule: `drop beyond ${d.minimumDrop} at one-sided α ${d.alpha}` },
        message,
        details,
    };
}
function tableRow(d) {
    if (d.verdict === 'inconclusive')
        return [d.metric, null, null, null, null, null, null, null, d.reason];
    const se = d.current.standardError;
    return [
        d.metric,
        d.stored.value,
        d.current.value,
        `[${(d.current.value - z * se).toPrecision(4)}, ${(d.current.value + z * se).toPrecision(4)}] (95%)`,
        d.drop,
        d.minimumDrop,
        d.pValue,
        d.alpha,
        d.verdict,
    ];
}
/**
 * Monitor mode of evaluate-vs-champion: the champion's logged predictions, joined with delayed labels, against its
 * stored evaluation metrics (decideDecay: a drop beyond the minimum drop with interval evidence, Bonferroni over the
 * metrics). Checks: `monitor.join` (the counts; a partial join is normal) and one `decay.<metric>` per stored
 * metric: `fail` when it decayed, `pass` when it holds, `error` when it could not be judged (too few labelled rows,
 * a metric undefined on them) — never a pass. Output `decision`: decayed, healthy or inconclusive.
 */
function decidePerformanceMonitoring(evidence, policy) {
    const { join } = evidence;
    const rows = evidence.task === 'binary'
        ? {
            task: 'binary',
            labels: join.labels,
            scores: join.predictions,
            ...(evidence.threshold === undefined ? {} : { threshold: evidence.threshold }),
        }
        : { task: 'regression', truth: join.labels, predictions: join.predictions };
    const decision = decideDecay(rows, evidence.stored, policy);
    const { counts } = join;
    const checks = [
        {
            id: 'monitor.join',
            status: 'pass',
            observed: counts.joined,
            message: decayMessages.joined(counts.joined, counts.predictions, counts.labels),
            details: { ...counts },
        },
        ...decision.metrics.map(decayCheck),
    ];
    if (decision.metrics.length === 0)
        checks.push({ id: 'decay.none', status: 'error', observed: null, message: decayMessages.nothingToMonitor });
    const decayed = decision.metrics.filter((d) => d.verdict === 'decayed').map((d) => d.metric);
    const title = decision.verdict === 'decayed'
        ? decayMessages.decayedTitle(decayed)
        : decision.verdict === 'healthy'
            ? decayMessages.healthyTitle(decision.metrics.length)
            : decayMessages.inconclusiveTitle;
    return {
        decision,
        outcome: {
            title,
            summary: decayMessages.joined(counts.joined, counts.predictions, counts.labels),
            checks,
            figures: [
                {
                    kind: 'table',
                    title: 'Champion on delayed labels vs its stored evaluation',
                    columns: ['metric', 'stored', 'now', 'interval', 'drop', 'minimum drop', 'p', 'α', 'verdict'],
                    rows: decision.metrics.map(tableRow),
                },
            ],
            outputs: { decision: decision.verdict },
        },
    };
}

;// CONCATENATED MODULE: ./src/core/monitor/join-delayed-labels.ts


/** Index of each id; the first duplicate is a DataError at its line, naming the line of its first occurrence. */
function indexIds(side, what) {
    const index = new Map();
    side.ids.forEach((id, row) => {
        const first = index.get(id);
        if (first !== undefined)
            throw new errors/* DataError */.fL(decayMessages.duplicateId(id, what, side.lines[first] ?? 0), { file: side.file, line: side.lines[row] ?? 0 }, decayMessages.duplicateIdHint(what));
        index.set(id, row);
    });
    return index;
}
/**
 * Joins a champion's logged production predictions with the labels that arrived later, by id, exactly (ids are
 * text; `007` is not `7`). A partial join is normal (labels lag, some never come) and is returned with its counts.
 * @throws DataError on a duplicate id in either file (the first one, at its line), or when no label joins any
 *   prediction (wrong id column, wrong window): judging zero rows would read as healthy
 * @example joinDelayedLabels({ file: 'p.csv', ids: ['a', 'b'], values: [0.9, 0.2], lines: [2, 3] }, { file: 'l.csv', ids: ['b', 'c'], values: [0, 1], lines: [2, 3] }, 'id').counts // => { predictions: 2, labels: 2, joined: 1, unmatchedLabels: 1, unlabelled: 1 }
 */
function joinDelayedLabels(predictions, labels, idColumn) {
    const predictionRows = indexIds(predictions, 'logged predictions');
    const labelRows = indexIds(labels, 'delayed labels');
    const joinedLabels = [];
    const joinedPredictions = [];
    for (const [id, row] of predictionRows) {
        const labelRow = labelRows.get(id);
        if (labelRow === undefined)
            continue;
        joinedLabels.push(labels.values[labelRow] ?? Number.NaN);
        joinedPredictions.push(predictions.values[row] ?? Number.NaN);
    }
    const joined = joinedLabels.length;
    if (joined === 0)
        throw new errors/* DataError */.fL(decayMessages.noLabelJoins(labels.ids.length, predictions.ids.length, idColumn), { file: labels.file }, decayMessages.noLabelJoinsHint);
    return {
        labels: Float64Array.from(joinedLabels),
        predictions: Float64Array.from(joinedPredictions),
        counts: {
            predictions: predictions.ids.length,
            labels: labels.ids.length,
            joined,
            unmatchedLabels: labels.ids.length - joined,
            unlabelled: predictions.ids.length - joined,
        },
    };
}

// EXTERNAL MODULE: ./src/core/monitor/monitoring-policy.ts
var monitoring_policy = __webpack_require__(7273);
// EXTERNAL MODULE: ./src/core/stats/normal-quantile.ts
var normal_quantile = __webpack_require__(86592);
;// CONCATENATED MODULE: ./src/core/monitor/stored-metrics.ts

/** The standard error a stored candidate interval implies: its width over 2·z at its confidence, if it has one. */
function intervalStandardError(details) {
    const lower = details?.candidateLower;
    const upper = details?.candidateUpper;
    const confidence = details?.confidence;
    if (typeof lower !== 'number' || typeof upper !== 'number' || typeof confidence !== 'number')
        return undefined;
    if (!(upper >= lower) || !(confidence > 0 && confidence < 1))
        return undefined;
    const se = (upper - lower) / (2 * (0,normal_quantile/* normalQuantile */.Z)((1 + confidence) / 2));
    return Number.isFinite(se) ? se : undefined;
}
/**
 * The champion's stored metrics that can be monitored: the card's `metrics` restricted to `candidates`, each under
 * its own name (`roc-auc`) or, when register-model was given evaluate-vs-champion's metrics file (it flattens
 * numeric leaves with dots), under `metrics.<name>`: what the champion scored when it was the candidate. Each comes
 * with the standard error its stored evaluate-vs-champion report implies (the candidate's own bootstrap interval on
 * the `evaluate.<metric>` check) when that report is on the card. Without one the stored value counts as exact: the
 * test then carries only the current rows' noise, so it alerts somewhat more readily.
 * @example storedMonitoredMetrics({ 'roc-auc': 0.8, rows: 500 }, [], ['roc-auc', 'accuracy']) // => { 'roc-auc': { value: 0.8 } }
 * @example storedMonitoredMetrics({ 'metrics.roc-auc': 0.8, 'championMetrics.roc-auc': 0.7 }, [], ['roc-auc']) // => { 'roc-auc': { value: 0.8 } }
 */
function storedMonitoredMetrics(metrics, reports, candidates) {
    const evaluation = reports.filter((r) => r.gate === 'evaluate-vs-champion').at(-1);
    const stored = {};
    for (const metric of candidates) {
        const value = metrics[metric] ?? metrics[`metrics.${metric}`];
        if (typeof value !== 'number' || !Number.isFinite(value))
            continue;
        const check = evaluation?.checks.find((c) => c.id === `evaluate.${metric}`);
        const standardError = intervalStandardError(check?.details);
        stored[metric] = standardError === undefined ? { value } : { value, standardError };
    }
    return stored;
}

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/monitor-mode.ts













const keyed = (loaded) => ({
    file: loaded.path,
    ids: Array.from(loaded.ids, (id) => loaded.keys.text(id)),
    values: loaded.values,
    lines: Array.from(loaded.lines),
});
function required(value, input, hint) {
    if (value === undefined)
        throw new errors/* ConfigurationError */.j1((w) => `mode monitor needs ${w.input(input)}`, { input }, hint);
    return value;
}
/** The champion's card behind `model-name` + `champion-alias`: its version, metrics and stored reports. */
async function championCard(inputs, model, context) {
    const registry = await (0,create_registry/* createRegistry */.I)(inputs.registry, {
        logger: context.logger,
        signal: context.signal,
        ...(inputs.registryToken === undefined ? {} : { token: inputs.registryToken }),
    });
    try {
        const ref = await registry.get(model, { alias: inputs.championAlias });
        context.logger.info(`monitoring ${ref.name} v${ref.version} (alias ${inputs.championAlias}) from ${registry.description}`);
        return ref;
    }
    catch (error) {
        if (!(error instanceof registry_errors/* NotFoundError */.m_))
            throw error;
        throw new errors/* ConfigurationError */.j1(`${model} has no version behind alias ${inputs.championAlias} in ${registry.description}: there is no champion to monitor`, { input: evaluate_vs_champion_inputs/* Inputs */.G0.ChampionAlias }, (w) => `name the alias production serves (${w.name(evaluate_vs_champion_inputs/* Inputs */.G0.ChampionAlias)}), or register and promote a champion first`);
    }
}
/**
 * evaluate-vs-champion with `mode: monitor`: no candidate. The champion's logged production predictions
 * (`predictions`: id + score, or id + prediction for regression) are joined by id with the labels that arrived
 * later (`labels`: id + label), and its metrics on them are compared with those stored on its card (decideDecay,
 * interval evidence). Multiclass is not monitored yet (a configuration error says so).
 */
async function runMonitorMode(inputs, policy, monitoring, context) {
    const { task } = policy;
    if (task === 'multiclass')
        throw new errors/* ConfigurationError */.j1('mode monitor judges binary and regression models; multiclass is not monitored yet', { input: evaluate_vs_champion_inputs/* Inputs */.G0.Task }, 'monitor a multiclass champion with validate-data (prediction drift) until delayed-label decay supports it');
    const labelsPath = required(inputs.labels, evaluate_vs_champion_inputs/* Inputs */.G0.Labels, 'give the delayed labels file: id and label columns');
    const model = required(inputs.modelName, evaluate_vs_champion_inputs/* Inputs */.G0.ModelName, 'name the registered model whose champion is monitored');
    const champion = await championCard(inputs, model, context);
    const known = new Set(metric_name/* METRICS_BY_TASK */.GT[task]);
    const candidates = policy.metrics.filter((metric) => known.has(metric));
    const stored = storedMonitoredMetrics(champion.card.metrics, champion.card.reports, candidates);
    if (Object.keys(stored).length === 0)
        throw new errors/* ConfigurationError */.j1(decayMessages.noStoredMetrics(model, champion.version, Object.keys(champion.card.metrics)), { input: evaluate_vs_champion_inputs/* Inputs */.G0.ModelName }, decayMessages.noStoredMetricsHint());
    const valueColumn = task === 'binary' ? inputs.scoreColumn : (inputs.predictionColumn ?? 'prediction');
    const predictions = await loadPredictions(inputs.predictions, { id: inputs.idColumn, value: valueColumn });
    const labels = await loadPredictions(labelsPath, { id: inputs.idColumn, value: inputs.labelColumn });
    if (task === 'binary') {
        checkBinaryPredictions(predictions, { score: valueColumn });
        // The labels file's value column is the label: checked as 0/1 labels at their lines (no scores to check).
        checkBinaryPredictions({ ...labels, labels: labels.values, values: new Float64Array(0) }, {
            label: inputs.labelColumn,
            score: valueColumn,
        });
    }
    const join = joinDelayedLabels(keyed(predictions), keyed(labels), inputs.idColumn);
    const { outcome } = decidePerformanceMonitoring({ task, join, stored, threshold: policy.decisionThreshold }, (0,monitoring_policy/* decayPolicyOf */.Yk)(monitoring, policy));
    context.logger.info(`${outcome.title} (${evaluate_vs_champion_inputs/* Inputs */.G0.Labels}: ${labelsPath})`);
    const subject = {
        model,
        version: String(champion.version),
        predictions: { [inputs.predictions]: await (0,hash_file/* sha256File */.Q)(inputs.predictions) },
        dataHashes: { [labelsPath]: await (0,hash_file/* sha256File */.Q)(labelsPath) },
        ...(context.github.sha === undefined ? {} : { commit: context.github.sha }),
    };
    return { outcome, subject };
}

// EXTERNAL MODULE: ./src/core/governance/explanation.ts
var explanation = __webpack_require__(13111);
;// CONCATENATED MODULE: ./src/core/governance/explain-permutation.ts





/**
 * `count` distinct row indices of `0 … total − 1` drawn without replacement (a partial Fisher–Yates shuffle with
 * mulberry32 from `seed`), in ascending order; every row when `count ≥ total`.
 * @example sampleRowIndices(5, 10, 1) // => [0, 1, 2, 3, 4]
 * @example sampleRowIndices(10, 3, 1).length // => 3
 */
function sampleRowIndices(total, count, seed) {
    if (count >= total)
        return Array.from({ length: total }, (_, i) => i);
    const random = (0,seeded_random/* seededRandom */.Is)(seed);
    const idx = Array.from({ length: total }, (_, i) => i);
    for (let i = 0; i < count; i++) {
        const j = i + Math.floor(random() * (total - i));
        const t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
    }
    return idx.slice(0, count).sort((a, b) => a - b);
}
/**
 * One permutation of `0 … rows − 1` per repeat (Fisher–Yates with mulberry32 from `seed`; the stream continues
 * from one repeat to the next). Repeat r of every feature puts the value of row `permutations[r][i]` at row i: like
 * sklearn's permutation_importance, every feature gets the same permutations.
 * @example drawPermutations(4, 2, 7).map((p) => [...p].sort().join('')) // => ['0123', '0123']
 */
function drawPermutations(rows, repeats, seed) {
    const random = (0,seeded_random/* seededRandom */.Is)(seed);
    const out = [];
    for (let r = 0; r < repeats; r++) {
        const p = Uint32Array.from({ length: rows }, (_, i) => i);
        for (let i = rows - 1; i > 0; i--) {
            const j = Math.floor(random() * (i + 1));
            const t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        out.push(p);
    }
    return out;
}
/**
 * The policy's metric of one set of answers (binary: scores in [0, 1], label metrics at `decisionThreshold`).
 * @throws {RangeError} when the metric is undefined on these rows (one class only) or a score is out of range
 * @example scoreAnswers([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], { metric: 'roc-auc' }, 'binary', 0.5) // => 0.75
 */
function scoreAnswers(yTrue, answers, policy, task, decisionThreshold) {
    if (task === 'regression')
        return regressionMetric(yTrue, answers, policy.metric);
    const prepared = (0,prepare_binary/* prepareBinary */.zR)(Array.from(yTrue), Array.from(answers), decisionThreshold);
    return binaryMetric(prepared, policy.metric);
}
/**
 * Permutation importance (sklearn's `permutation_importance` semantics): per feature, the drop of the metric when
 * the feature is shuffled, `baseline − permuted` for a metric where greater is better (`permuted − baseline` for
 * errors and losses, which sklearn scores as their negatives), its mean over the repeats and its population std
 * (numpy's `np.std`, ddof 0). Sorted highest first.
 * @example summarizeImportances(['a', 'b'], 0.9, [[0.7, 0.5], [0.9, 0.9]], true) // => [{ feature: 'a', importance: 0.30000000000000004, std: 0.09999999999999998 }, { feature: 'b', importance: 0, std: 0 }]
 */
function summarizeImportances(features, baseline, permuted, greaterIsBetter) {
    return (0,explanation/* sortImportances */.E)(features.map((feature, j) => {
        const drops = (permuted[j] ?? []).map((s) => (greaterIsBetter ? baseline - s : s - baseline));
        const mean = drops.reduce((a, b) => a + b, 0) / drops.length;
        const variance = drops.reduce((a, d) => a + (d - mean) * (d - mean), 0) / drops.length;
        return { feature, importance: mean, std: Math.sqrt(variance) };
    }));
}

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/permutation-importance.ts






/**
 * Reads `data` and draws the seeded sample of `policy.sampleRows` rows (all rows when fewer), with the labels from
 * `labelColumn` (binary: 0/1, or `positiveLabel` for text labels; regression: numbers).
 * @throws DataError when the label column is missing, a label cannot be read, or nothing is left to permute
 */
async function readPermutationSample(data, columnsOf, task, policy, signal) {
    let columns = [];
    const all = [];
    for await (const batch of (0,dataset/* readDataset */.JP)(data, { signal })) {
        columns = batch.columns;
        for (const row of batch.rows)
            all.push(row);
    }
    const label = columns.indexOf(columnsOf.label);
    if (label < 0)
        throw new errors/* DataError */.fL(explain_messages/* explainMessages */.i.noLabelColumn(columnsOf.label, data), { file: data, input: evaluate_vs_champion_inputs/* Inputs */.G0.Data }, explain_messages/* explainMessages */.i.fixNoLabelColumn);
    const features = columns.map((c, j) => (c === columnsOf.id || j === label ? -1 : j)).filter((j) => j >= 0);
    if (features.length === 0)
        throw new errors/* DataError */.fL(explain_messages/* explainMessages */.i.noFeatures(data), { file: data, input: evaluate_vs_champion_inputs/* Inputs */.G0.Data });
    if (all.length < 2)
        throw new errors/* DataError */.fL(explain_messages/* explainMessages */.i.tooFewRows(all.length), { file: data, input: evaluate_vs_champion_inputs/* Inputs */.G0.Data });
    const picked = sampleRowIndices(all.length, policy.sampleRows, policy.seed);
    const rows = picked.map((i) => all[i]);
    const yTrue = Float64Array.from(picked, (i, k) => {
        const cell = rows[k][label] ?? null;
        const text = (0,dataset/* cellToString */.hu)(cell) ?? '';
        const y = task === 'binary' && columnsOf.positiveLabel !== undefined
            ? Number(text === columnsOf.positiveLabel)
            : (0,dataset/* cellToNumber */.nZ)(cell);
        if (y === undefined || (task === 'binary' && y !== 0 && y !== 1))
            throw new errors/* DataError */.fL(explain_messages/* explainMessages */.i.badLabel(i + 1, text), { file: data, input: evaluate_vs_champion_inputs/* Inputs */.G0.Data }, explain_messages/* explainMessages */.i.fixBadLabel);
        return y;
    });
    return { columns, rows, yTrue, features };
}
/** The number in one answer: the answer itself, or its `field`. */
function answerNumber(line, field, target, n) {
    const parsed = JSON.parse(line);
    const value = typeof parsed === 'number'
        ? parsed
        : typeof parsed === 'object' && parsed !== null
            ? parsed[field]
            : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value))
        throw new errors/* ServiceError */._7(explain_messages/* explainMessages */.i.notScore(target.which, n, field, line), { input: target.input }, explain_messages/* explainMessages */.i.fixNotScore(field));
    return value;
}
/**
 * Answers many rows through one model, `window` at a time, each distinct request sent once (a model's answer is a
 * function of its row, so a permuted row equal to one already answered reuses that answer).
 */
function answerCache(target, field) {
    const cache = new Map();
    let sent = 0;
    const one = (json) => {
        let p = cache.get(json);
        if (p === undefined) {
            const n = ++sent;
            p = target.answer(json).then((line) => answerNumber(line, field, target, n));
            cache.set(json, p);
        }
        return p;
    };
    return {
        async all(bodies, signal) {
            const out = new Float64Array(bodies.length);
            for (let start = 0; start < bodies.length; start += target.window) {
                signal.throwIfAborted();
                const chunk = bodies.slice(start, start + target.window);
                const answers = await Promise.all(chunk.map(one));
                out.set(answers, start);
            }
            return out;
        },
        sent: () => sent,
    };
}
/** One request body: the row with column `j` read from row `from` instead (j = −1: the row as it is). */
function body(sample, i, j, from) {
    const row = sample.rows[i];
    const source = sample.rows[from];
    return JSON.stringify(Object.fromEntries(sample.columns.map((c, k) => [c, requestCell((k === j ? source[k] : row[k]) ?? null)])));
}
/**
 * Permutation importance of every feature through one served model: the metric on the unshuffled sample, then per
 * feature and repeat the metric with that feature's column permuted (`permutations[r]`, the same for every
 * feature), summarized as sklearn's permutation_importance does (summarizeImportances). Costs at most
 * rows × (1 + features × repeats) requests; fewer when permuted rows repeat.
 * @throws ServiceError when the model fails or answers without a number; RangeError (from the metric) is wrapped
 *   as a DataError when the sample makes the metric undefined (one class only)
 */
async function permutationImportance(target, sample, permutations, policy, scoring, signal) {
    const answers = answerCache(target, policy.responseField);
    const n = sample.rows.length;
    const score = (values) => {
        try {
            return scoreAnswers(sample.yTrue, values, policy, scoring.task, scoring.decisionThreshold);
        }
        catch (error) {
            if (!(error instanceof RangeError))
                throw error;
            throw new errors/* DataError */.fL(`explainability: ${error.message}`, { input: evaluate_vs_champion_inputs/* Inputs */.G0.Data }, 'give data with both classes');
        }
    };
    const baseline = score(await answers.all(Array.from({ length: n }, (_, i) => body(sample, i, -1, i)), signal));
    const permuted = [];
    for (const j of sample.features) {
        const scores = [];
        for (const perm of permutations) {
            const bodies = Array.from({ length: n }, (_, i) => body(sample, i, j, perm[i]));
            scores.push(score(await answers.all(bodies, signal)));
        }
        permuted.push(scores);
    }
    return {
        source: 'permutation',
        metric: policy.metric,
        baseline,
        rows: n,
        repeats: permutations.length,
        requests: answers.sent(),
        features: summarizeImportances(sample.features.map((j) => sample.columns[j]), baseline, permuted, policy.greaterIsBetter),
    };
}

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/permutation-targets.ts









/** Requests in flight per model: pipelined over the line protocol (answers come in order), concurrent over HTTP. */
const LINE_WINDOW = 64;
const HTTP_WINDOW = 8;
async function postAnswer(url, json, timeoutMs, which, input, signal) {
    let response;
    try {
        response = await postJsonRow(url, json, { timeoutMs, signal });
    }
    catch (error) {
        const why = error instanceof Error ? (error.cause?.message ?? error.message) : String(error);
        throw new errors/* ServiceError */._7(`an explainability request to the ${which}'s endpoint failed (${input}): ${why}`, { input }, latencyMessages.fixHttp);
    }
    const text = await response.text();
    if (!response.ok)
        throw new errors/* ServiceError */._7(`the ${which}'s endpoint answered an explainability request with HTTP ${response.status} (${input})`, { input }, latencyMessages.fixHttp);
    return text;
}
/**
 * How each model is reached, as for latency (an endpoint first, else latency-command on its model directory), or
 * what is missing.
 */
function serve(inputs, which, modelDir, timeoutMs, signal) {
    const url = which === 'candidate' ? inputs.latencyUrlCandidate : inputs.latencyUrlChampion;
    const urlInput = which === 'candidate' ? evaluate_vs_champion_inputs/* Inputs */.G0.LatencyUrlCandidate : evaluate_vs_champion_inputs/* Inputs */.G0.LatencyUrlChampion;
    if (url !== undefined || (which === 'champion' && inputs.latencyUrlCandidate !== undefined)) {
        if (url === undefined)
            return { missing: [`set input ${urlInput}`] };
        return () => ({
            target: {
                which,
                input: urlInput,
                window: HTTP_WINDOW,
                answer: (json) => postAnswer(url, json, timeoutMs, which, urlInput, signal),
            },
            close: () => Promise.resolve(),
        });
    }
    const argv = inputs.latencyCommand;
    if (argv === undefined)
        return { missing: [`set input ${evaluate_vs_champion_inputs/* Inputs */.G0.LatencyCommand} (or ${evaluate_vs_champion_inputs/* Inputs */.G0.LatencyUrlCandidate})`] };
    if (modelDir === undefined)
        return { missing: [`set input ${which === 'candidate' ? evaluate_vs_champion_inputs/* Inputs */.G0.CandidateModelDir : evaluate_vs_champion_inputs/* Inputs */.G0.ChampionModelDir}`] };
    return () => {
        const server = startServeProcess((0,run_command/* expandPlaceholders */.pj)(argv, { model_dir: modelDir }), which, evaluate_vs_champion_inputs/* Inputs */.G0.LatencyCommand);
        return {
            target: {
                which,
                input: evaluate_vs_champion_inputs/* Inputs */.G0.LatencyCommand,
                window: LINE_WINDOW,
                answer: (json) => server.answer(json, timeoutMs),
            },
            close: () => server.close(),
        };
    };
}
/** The champion's importances from its model card (register-model's explanation input). */
async function fromCard(inputs, champion, context) {
    if (champion.model === undefined || champion.version === undefined)
        return {
            missing: [
                'the champion was given as champion-predictions, so it has no model card; set explainability.champion_source: permutation',
            ],
        };
    const registry = await (0,create_registry/* createRegistry */.I)(inputs.registry, {
        logger: context.logger,
        signal: context.signal,
        ...(inputs.registryToken === undefined ? {} : { token: inputs.registryToken }),
    });
    const ref = await registry.get(champion.model, { version: champion.version });
    const explanation = ref.card.explanation;
    if (explanation === undefined)
        return {
            missing: [
                `the model card of ${champion.model} v${champion.version} has no explanation (register it with register-model's explanation input)`,
            ],
        };
    return {
        source: 'card',
        ...(explanation.method === undefined ? {} : { method: explanation.method }),
        version: champion.version,
        features: explanation.features,
    };
}
async function run(start, go) {
    if (typeof start !== 'function')
        return start;
    const served = start();
    try {
        return await go(served.target);
    }
    finally {
        await served.close();
    }
}
/**
 * The explainability evidence: the candidate's permutation importances through its serve command or endpoint, and
 * the champion's (the same sample and permutations, or its model card's explanation). What cannot be computed is
 * named (`missing`), so the checks are errors rather than skips. Each model's run ends its serve process.
 */
async function explainabilityOrMissing(inputs, policy, scoring, champion, context) {
    const task = scoring.task === 'regression' ? 'regression' : 'binary';
    const signal = context.signal;
    const candidateStart = serve(inputs, 'candidate', inputs.candidateModelDir, scoring.timeoutMs, signal);
    const championStart = champion === undefined || policy.championSource === 'card'
        ? undefined
        : serve(inputs, 'champion', champion.modelDir ?? inputs.championModelDir, scoring.timeoutMs, signal);
    if (inputs.data === undefined) {
        const missing = { missing: [`set input ${evaluate_vs_champion_inputs/* Inputs */.G0.Data} (rows with the label column)`] };
        return { candidate: missing, ...(champion === undefined ? {} : { champion: missing }) };
    }
    const sample = await readPermutationSample(inputs.data, {
        id: inputs.idColumn,
        label: inputs.labelColumn,
        ...(inputs.positiveLabel === undefined ? {} : { positiveLabel: inputs.positiveLabel }),
    }, task, policy, signal);
    const permutations = drawPermutations(sample.rows.length, policy.repeats, policy.seed);
    const how = { task, decisionThreshold: scoring.decisionThreshold };
    const go = (target) => permutationImportance(target, sample, permutations, policy, how, signal);
    const candidate = await run(candidateStart, go);
    if (champion === undefined)
        return { candidate };
    const championSet = championStart === undefined ? await fromCard(inputs, champion, context) : await run(championStart, go);
    return { candidate, champion: championSet };
}

;// CONCATENATED MODULE: ./src/evaluate-vs-champion/main.ts













/**
 * evaluate-vs-champion: resolve the policy (warning once per deprecated key); in mode monitor, judge the champion
 * on delayed labels (monitor-mode.ts); else gather the evidence (paired
 * predictions, comparisons, slices, latency), decide in core, write the metrics file, and return the outcome with
 * what it judged and, on promote with an App token, the check-run Promote button.
 */
async function main(context) {
    const inputs = (0,evaluate_vs_champion_inputs/* readInputs */.Ko)(context.inputs);
    const { policy, warnings } = resolveEvaluationPolicy((0,policy_document/* policySection */.U)(context.policy, 'evaluate-vs-champion') ?? {}, (0,evaluate_vs_champion_inputs/* policyOverrides */._u)(inputs));
    for (const warning of warnings)
        context.logger.warning(warning);
    const monitoring = (0,policy_document/* policySection */.U)(context.policy, 'evaluate-vs-champion')?.monitoring;
    if (inputs.mode === 'monitor')
        return runMonitorMode(inputs, policy, monitoring, context);
    checkProbabilityInputs(inputs, policy.task, policy.metrics);
    const gathered = await gatherEvidence(inputs, policy, context);
    const { champion } = gathered;
    // Explainability: permutation importance through the served models (the first request waits for start-up).
    const explain = policy.explainability;
    const evidence = explain === undefined
        ? gathered.evidence
        : {
            ...gathered.evidence,
            explainability: await explainabilityOrMissing(inputs, explain, {
                task: policy.task,
                decisionThreshold: policy.decisionThreshold,
                timeoutMs: policy.latency?.startupTimeoutMs ?? LATENCY_DEFAULTS.startupTimeoutMs,
            }, champion, context),
        };
    const appToken = context.inputs.optional(action_session/* SharedInputs */.nz.AppToken) !== undefined;
    const { outcome, decision, promoteButton } = decideEvaluation(evidence, policy, promotionOffer(inputs, context.github, appToken));
    await writeMetricsFile(evidence, policy, decision);
    context.logger.info(`${outcome.title} (${evaluate_vs_champion_inputs/* Inputs */.G0.Predictions}: ${inputs.predictions})`);
    return {
        outcome,
        subject: await reportSubject(inputs, champion?.path, context.github),
        ...(promoteButton === undefined ? {} : { checkRunAction: promoteButton }),
    };
}


/***/ }),

/***/ 42221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ killProcessGroup),
/* harmony export */   AD: () => (/* binding */ createLineSplitter),
/* harmony export */   Ai: () => (/* binding */ endProcessGroup),
/* harmony export */   MM: () => (/* binding */ processGroupAlive),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   pj: () => (/* binding */ expandPlaceholders)
/* harmony export */ });
/* unused harmony exports MAX_LINE_CHARS, cutLinePrefix */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_secrets_scrub_child_environment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14449);




/** The most characters of one output line kept: its end, where a progress bar's latest state is. */
const MAX_LINE_CHARS = 65_536;
/** What starts a line that was longer than the cap: how much of its beginning was dropped. */
const cutLinePrefix = (dropped) => `[${dropped} characters cut] `;
/**
 * Splits a child's output into lines in time and memory linear in its size, whatever it holds. `\n` ends a line;
 * `\r` returns to the line's start as a terminal does, so a progress bar (tqdm writes `\r` and the new state, never
 * a newline) is one line holding its last state, and `\r\n` is an ordinary line end. A line longer than
 * `maxLineChars` keeps its last `maxLineChars` characters after a note saying how many were cut.
 */
function createLineSplitter(emit, maxLineChars = MAX_LINE_CHARS) {
    const cap = Math.max(1, maxLineChars);
    // The text since the last \r or \n, and how much of it was cut; the last \r-ended state of this line.
    let pending = '';
    let pendingCut = 0;
    let overwritten = '';
    let overwrittenCut = 0;
    const trim = (limit) => {
        if (pending.length > limit) {
            pendingCut += pending.length - cap;
            pending = pending.slice(-cap);
        }
    };
    const line = (text, cut) => (cut > 0 ? cutLinePrefix(cut) + text : text);
    const breaks = /[\r\n]/g;
    return {
        write(chunk) {
            breaks.lastIndex = 0;
            let start = 0;
            for (let match = breaks.exec(chunk); match !== null; match = breaks.exec(chunk)) {
                pending += chunk.slice(start, match.index);
                start = match.index + 1;
                trim(cap);
                if (match[0] === '\r') {
                    // Only a state that shows replaces the previous one ("\r\r" and "\r\n" keep it).
                    if (pending !== '') {
                        overwritten = pending;
                        overwrittenCut = pendingCut;
                    }
                }
                else if (pending !== '')
                    emit(line(pending, pendingCut));
                else
                    emit(line(overwritten, overwrittenCut));
                if (match[0] === '\n') {
                    overwritten = '';
                    overwrittenCut = 0;
                }
                pending = '';
                pendingCut = 0;
            }
            pending += chunk.slice(start);
            trim(2 * cap);
        },
        end() {
            trim(cap);
            if (pending !== '')
                emit(line(pending, pendingCut));
            else if (overwritten !== '')
                emit(line(overwritten, overwrittenCut));
            pending = '';
            overwritten = '';
            pendingCut = 0;
            overwrittenCut = 0;
        },
        get buffered() {
            return pending.length + overwritten.length;
        },
    };
}
/**
 * Sends `signal` to the whole process group `pgid` (negative pid). Returns false when the group no longer exists.
 * Safe to call for a group that is already gone.
 */
function killProcessGroup(pgid, signal = 'SIGTERM') {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * True when any process of the group `pgid` is still alive. On Linux, zombies (exited, not yet reaped — common
 * in containers whose PID 1 does not reap orphans) do not count: they hold no resources a job cares about.
 */
function processGroupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch (error) {
        return error.code === 'EPERM';
    }
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)('/proc');
    }
    catch {
        return true;
    }
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        try {
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(`/proc/${entry}/stat`, 'utf8');
            // pid (comm) state ppid pgrp ... — comm may contain spaces and parentheses, so split after the last ')'.
            const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            if (Number(fields[2]) === pgid && fields[0] !== 'Z')
                return true;
        }
        catch {
            // the process ended while we looked
        }
    }
    return false;
}
/**
 * Ends the process group `pgid` that another process started (the main step's traffic command, seen from the post
 * step): SIGTERM, then SIGKILL after `graceMs` if any member is still alive. Resolves whether the group was
 * running; once it resolves, nothing of the group runs any more.
 */
async function endProcessGroup(pgid, graceMs = 5000) {
    if (!Number.isSafeInteger(pgid) || pgid <= 1 || !processGroupAlive(pgid))
        return false;
    killProcessGroup(pgid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (processGroupAlive(pgid) && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 50));
    if (processGroupAlive(pgid))
        killProcessGroup(pgid, 'SIGKILL');
    while (processGroupAlive(pgid))
        await new Promise((done) => setTimeout(done, 20));
    return true;
}
/**
 * Runs `argv[0]` with arguments `argv[1..]` — never through a shell — in its own process group, streaming
 * its output line by line. On timeout or abort the whole group (children and grandchildren) gets SIGTERM,
 * then SIGKILL after a grace period.
 *
 * @throws ConfigurationError when `argv` is empty, the working directory does not exist, or the executable does not
 *   exist (ENOENT) or is not executable.
 * @example
 * const result = await runCommand(['node', '-e', 'console.log(1)'])
 * // result.exitCode === 0, result.stdoutTail → ['1']
 */
async function runCommand(argv, options = {}) {
    const [file, ...args] = argv;
    if (file === undefined || file === '') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('the command is empty', {}, 'give the program to run as the first element of the argument list');
    }
    if (options.cwd !== undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(options.cwd)) {
        // spawn reports a missing cwd as ENOENT too, which would blame the program
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the working directory ${options.cwd} does not exist`, {}, 'create it in an earlier step or fix the path');
    }
    const keep = Math.max(0, options.keepTailLines ?? 50);
    const graceMs = options.killGraceMs ?? 5000;
    const stdoutTail = [];
    const stderrTail = [];
    const started = Date.now();
    if (options.signal?.aborted === true) {
        return {
            exitCode: null,
            signal: null,
            timedOut: false,
            cancelled: true,
            durationMs: 0,
            stdoutTail,
            stderrTail,
            pid: null,
        };
    }
    return await new Promise((resolve, reject) => {
        let timedOut = false;
        let cancelled = false;
        let settled = false;
        let killTimer;
        let timeoutTimer;
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, {
            cwd: options.cwd,
            env: (0,_core_secrets_scrub_child_environment_js__WEBPACK_IMPORTED_MODULE_3__/* .scrubChildEnvironment */ .T)(options.env ?? process.env, options.explicitEnv),
            shell: false,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const pushLine = (stream, line) => {
            const tail = stream === 'stdout' ? stdoutTail : stderrTail;
            if (keep > 0) {
                tail.push(line);
                if (tail.length > keep)
                    tail.shift();
            }
            options.onLine?.(stream, line);
        };
        const out = createLineSplitter((line) => pushLine('stdout', line), options.maxLineChars);
        const err = createLineSplitter((line) => pushLine('stderr', line), options.maxLineChars);
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => out.write(chunk));
        child.stderr.on('data', (chunk) => err.write(chunk));
        const terminate = () => {
            const pid = child.pid;
            if (pid === undefined)
                return;
            killProcessGroup(pid, 'SIGTERM');
            if (killTimer === undefined) {
                killTimer = setTimeout(() => {
                    killProcessGroup(pid, 'SIGKILL');
                }, graceMs);
            }
        };
        const onAbort = () => {
            cancelled = true;
            terminate();
        };
        child.once('spawn', () => {
            if (child.pid !== undefined)
                options.onSpawn?.(child.pid);
            if (options.timeoutMs !== undefined) {
                timeoutTimer = setTimeout(() => {
                    timedOut = true;
                    terminate();
                }, options.timeoutMs);
            }
            options.signal?.addEventListener('abort', onAbort, { once: true });
        });
        child.once('error', (error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timeoutTimer);
            clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', onAbort);
            if (error.code === 'ENOENT') {
                reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the program "${file}" was not found${options.cwd !== undefined ? ` (working directory ${options.cwd})` : ''}`, {}, 'install it on the runner, put it on PATH, or give an absolute path'));
            }
            else if (error.code === 'EACCES') {
                reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`the program "${file}" is not executable`, {}, `run chmod +x ${file}, or call it through its interpreter`));
            }
            else {
                reject(error);
            }
        });
        child.once('close', (code, signal) => {
            if (settled)
                return;
            settled = true;
            out.end();
            err.end();
            clearTimeout(timeoutTimer);
            options.signal?.removeEventListener('abort', onAbort);
            const pid = child.pid ?? null;
            // The leader is gone; make sure nothing it left behind in its group survives a timeout or cancellation.
            if ((timedOut || cancelled) && pid !== null && processGroupAlive(pid)) {
                killProcessGroup(pid, 'SIGKILL');
            }
            clearTimeout(killTimer);
            if (pid !== null)
                options.onExit?.(pid);
            resolve({
                exitCode: code,
                signal,
                timedOut,
                cancelled,
                durationMs: Date.now() - started,
                stdoutTail,
                stderrTail,
                pid,
            });
        });
    });
}
/**
 * Replaces `{name}` inside each argv element with `values[name]` — string substitution only, never a shell,
 * so a value can never become a second argument or a command. `{{` and `}}` stand for literal braces.
 *
 * @throws ConfigurationError naming the placeholder and the known names when a placeholder has no value.
 * @example
 * expandPlaceholders(['predict', '--in', '{input}'], { input: 'a b.csv' }) // → ['predict', '--in', 'a b.csv']
 */
function expandPlaceholders(argv, values) {
    return argv.map((element) => element.replace(/\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_-]*)\}/g, (match, name) => {
        if (match === '{{')
            return '{';
        if (match === '}}')
            return '}';
        if (name !== undefined && Object.prototype.hasOwnProperty.call(values, name))
            return values[name];
        const known = Object.keys(values);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`unknown placeholder {${name ?? ''}} in the command argument "${element}"`, {}, known.length > 0
            ? `use one of ${known.map((k) => `{${k}}`).join(', ')}, or write {{ and }} for literal braces`
            : 'this command takes no placeholders; write {{ and }} for literal braces');
    }));
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


/***/ })

};
