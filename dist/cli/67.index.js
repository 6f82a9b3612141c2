export const id = 67;
export const ids = [67];
export const modules = {

/***/ 73406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U0: () => (/* binding */ cellNumberOrNaN),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   hu: () => (/* binding */ cellToString),
/* harmony export */   nZ: () => (/* binding */ cellToNumber),
/* harmony export */   sv: () => (/* binding */ cellToBoolean)
/* harmony export */ });
/* harmony import */ var _parse_number_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53861);

/**
 * Whether a cell is missing: `null`, or a number that is `NaN`.
 * An empty string `''` (a quoted empty CSV field) is a present, empty value, not a missing one.
 * @example
 * isMissing(null) // => true
 * isMissing('') // => false
 */
function isMissing(cell) {
    return cell === null || (typeof cell === 'number' && Number.isNaN(cell));
}
/**
 * Strict conversion of a cell to a finite-or-infinite number, or `undefined` when the cell is not a number.
 * Numbers pass through (NaN → undefined). Strings are trimmed of surrounding whitespace and must then be a
 * whole decimal literal (`'1e3'`, `' 12 '`, `'-0.5'`, `'.5'`, `'+7'`), or `inf`/`Infinity` with an optional
 * sign. Partial numbers (`'12abc'`), empty strings, hexadecimal (`'0x1F'`), thousands separators
 * (`'1,000'`), booleans and `null` give `undefined` — unlike `Number('')`, which is 0.
 * @example
 * cellToNumber(' 1e3 ') // => 1000
 * cellToNumber('12abc') // => undefined
 */
function cellToNumber(cell) {
    if (typeof cell === 'number')
        return Number.isNaN(cell) ? undefined : cell;
    if (typeof cell !== 'string')
        return undefined;
    const n = (0,_parse_number_text_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumberText */ .k)(cell);
    return Number.isNaN(n) ? undefined : n;
}
/**
 * The number of a cell as `cellToNumber` reads it, or NaN when it has none: the allocation-free form that scans
 * compute once per cell and hand to the profile and the contract checks.
 * @example
 * cellNumberOrNaN('12abc') // => NaN
 */
function cellNumberOrNaN(cell) {
    if (typeof cell === 'string')
        return (0,_parse_number_text_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNumberText */ .k)(cell);
    return typeof cell === 'number' ? cell : Number.NaN;
}
const TRUE_WORDS = new Set(['true', '1', 'yes']);
const FALSE_WORDS = new Set(['false', '0', 'no']);
/**
 * Conversion of a cell to a boolean, or `undefined` when it is not one. Booleans pass through; the numbers
 * 1 and 0; strings `true`/`false`/`1`/`0`/`yes`/`no`, case-insensitive, trimmed.
 * @example
 * cellToBoolean('Yes') // => true
 * cellToBoolean('2') // => undefined
 */
function cellToBoolean(cell) {
    if (typeof cell === 'boolean')
        return cell;
    if (typeof cell === 'number')
        return cell === 1 ? true : cell === 0 ? false : undefined;
    if (typeof cell !== 'string')
        return undefined;
    // The longest word is 5 characters: longer text without surrounding whitespace is no boolean (no allocation).
    if (cell.length > 5 &&
        cell.charCodeAt(0) > 32 &&
        cell.charCodeAt(cell.length - 1) > 32 &&
        cell.charCodeAt(0) < 127 &&
        cell.charCodeAt(cell.length - 1) < 127)
        return undefined;
    const word = cell.trim().toLowerCase();
    if (TRUE_WORDS.has(word))
        return true;
    if (FALSE_WORDS.has(word))
        return false;
    return undefined;
}
/**
 * The text of a cell, or `undefined` for a missing one (`null`, NaN). Numbers use JavaScript's shortest
 * round-trip form (`String(0.1)` is `'0.1'`), booleans are `'true'`/`'false'`, strings pass through unchanged.
 * @example
 * cellToString(1.5) // => '1.5'
 * cellToString(null) // => undefined
 */
function cellToString(cell) {
    if (isMissing(cell))
        return undefined;
    return typeof cell === 'string' ? cell : String(cell);
}


/***/ }),

/***/ 16655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ fnv1aBytes),
/* harmony export */   s: () => (/* binding */ fmix32)
/* harmony export */ });
/**
 * FNV-1a over bytes [start, end), as an unsigned 32-bit number: the hash of the byte-keyed tables (chunk
 * dictionaries, KeyIndex).
 * @throws never
 * @example fnv1aBytes(new Uint8Array([97]), 0, 1) // => 3826002220
 */
function fnv1aBytes(bytes, start, end) {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ bytes[i], 0x01000193);
    return h >>> 0;
}
/**
 * murmur3's 32-bit finaliser: spreads every input bit over the output bits (unsigned 32-bit), so that the low bits of
 * a weak hash (FNV-1a's, a double's words) can index a table or draw a sample.
 * @throws never
 * @example fmix32(0) // => 0
 */
function fmix32(hash) {
    let h = hash;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}


/***/ }),

/***/ 53861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ parseNumberText)
/* harmony export */ });
// A decimal number: optional sign, digits with an optional fraction (or a fraction alone), optional exponent.
// Also the IEEE words Infinity/-Infinity/+Infinity (pandas reads `inf`; we accept the JS spelling and `inf`).
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INFINITY = /^([+-]?)(?:inf|infinity)$/i;
const ZERO = 48;
const NINE = 57;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
/**
 * The number a text cell spells, or NaN when it is not one: the grammar of `cellToNumber` (a whole decimal literal
 * after trimming whitespace, or `inf`/`Infinity` with an optional sign). This is the hot path of every dataset
 * scan, so plain ASCII text is checked by one pass over its character codes; text with surrounding whitespace or
 * non-ASCII edges takes the trimming regular-expression path, which accepts exactly the same language.
 * @throws never
 * @example
 * parseNumberText('-1.5e3') // => -1500
 */
function parseNumberText(text) {
    const n = text.length;
    if (n === 0)
        return Number.NaN;
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(n - 1);
    if (first <= 32 || last <= 32 || first >= 127 || last >= 127)
        return parseTrimmed(text);
    let i = 0;
    if (first === PLUS || first === MINUS)
        i = 1;
    // Digits accumulate into an exact integer mantissa while they fit (≤ 15 significant digits, < 2⁵³).
    let mantissa = 0;
    let digits = 0;
    let fractionDigits = 0;
    let c = text.charCodeAt(i);
    while (c >= ZERO && c <= NINE) {
        mantissa = mantissa * 10 + (c - ZERO);
        digits++;
        c = text.charCodeAt(++i);
    }
    if (c === DOT) {
        c = text.charCodeAt(++i);
        while (c >= ZERO && c <= NINE) {
            mantissa = mantissa * 10 + (c - ZERO);
            digits++;
            fractionDigits++;
            c = text.charCodeAt(++i);
        }
    }
    if (digits === 0)
        return i === n || (c !== 73 && c !== 105) ? Number.NaN : parseTrimmed(text); // I/i: inf, Infinity
    let exponent = 0;
    if (c === 69 || c === 101) {
        // e/E: an exponent needs at least one digit after its optional sign.
        c = text.charCodeAt(++i);
        let exponentSign = 1;
        if (c === PLUS || c === MINUS) {
            if (c === MINUS)
                exponentSign = -1;
            c = text.charCodeAt(++i);
        }
        let exponentDigits = 0;
        while (c >= ZERO && c <= NINE) {
            if (exponent < 1e6)
                exponent = exponent * 10 + (c - ZERO);
            exponentDigits++;
            c = text.charCodeAt(++i);
        }
        if (exponentDigits === 0)
            return Number.NaN;
        exponent *= exponentSign;
    }
    if (i !== n)
        return Number.NaN;
    // Clinger's fast path: an exact mantissa times or divided by an exact power of ten is one correctly rounded
    // IEEE operation, so it equals what Number() computes; anything longer goes to Number().
    const scale = exponent - fractionDigits;
    if (digits <= 15 && scale >= -22 && scale <= 22) {
        const value = scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
        return first === MINUS ? -value : value;
    }
    return Number(text);
}
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
function parseTrimmed(cell) {
    const text = cell.trim();
    if (text.length === 0)
        return Number.NaN;
    if (DECIMAL.test(text))
        return Number(text);
    const infinity = INFINITY.exec(text);
    if (infinity)
        return infinity[1] === '-' ? -Infinity : Infinity;
    return Number.NaN;
}


/***/ }),

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

/***/ 16887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ resumeDeployment),
/* harmony export */   i: () => (/* binding */ startDeployment)
/* harmony export */ });
/* harmony import */ var _core_error_message_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90007);
/* harmony import */ var _job_deployment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11254);


/**
 * Returns a tracker for the statuses of the GitHub Deployment of the job's environment: the one GitHub Actions
 * already created for this job when it declares `environment:` (findRunDeployment: reused, so one run is one
 * deployment on the environment page), otherwise a new one for the commit the job runs on. Deployments are the record GitHub's environment page shows of what is live; modelgate never lets
 * them decide anything, so every API failure is a warning naming the permission (`deployments: write`) and the
 * tracker does nothing after it. A `success` status marks earlier deployments of the environment inactive.
 * @throws never
 */
async function startDeployment(context, request) {
    const { client, github } = context;
    const { environment } = request;
    const none = { id: undefined, status: () => Promise.resolve() };
    if (environment === undefined || client === undefined || github.owner === undefined || github.repo === undefined) {
        context.logger.info('no GitHub environment or token: nothing is recorded as a GitHub deployment');
        return none;
    }
    const owner = github.owner;
    const repo = github.repo;
    const jobDeployment = await (0,_job_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .findRunDeployment */ .y)(context, environment).catch((error) => {
        context.logger.info(`could not look up this job's own deployment (${(0,_core_error_message_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}): creating one`);
        return undefined;
    });
    if (jobDeployment !== undefined) {
        context.logger.info(`recording on deployment ${jobDeployment}, the one GitHub created for this job`);
        return tracker(context, { owner, repo, id: jobDeployment, environment });
    }
    let id;
    try {
        const created = await client.rest.repos.createDeployment({
            owner,
            repo,
            ref: github.sha ?? github.ref ?? 'HEAD',
            environment,
            task: request.task,
            auto_merge: false,
            required_contexts: [],
            payload: { ...request.payload, [_job_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .MODELGATE_DEPLOYMENT */ .P.key]: _job_deployment_js__WEBPACK_IMPORTED_MODULE_0__/* .MODELGATE_DEPLOYMENT */ .P.value },
            description: request.description.slice(0, 140),
            production_environment: environment === 'production',
            transient_environment: false,
        });
        // A 202 (a merge was attempted instead) has no id: there is nothing to add statuses to.
        if (!('id' in created.data))
            return none;
        id = created.data.id;
    }
    catch (error) {
        context.logger.warning(`could not create a GitHub deployment for ${environment}: ${(0,_core_error_message_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}. It needs \`deployments: write\``);
        return none;
    }
    return tracker(context, { owner, repo, id, environment });
}
/**
 * A tracker for a deployment the main step created (`saved`: its SavedDeployment as JSON), so the post step can
 * record what it did (a rollback) on the same deployment. Nothing when there is none, no token or no repository.
 * @throws never
 */
function resumeDeployment(context, saved) {
    const { client, github } = context;
    let deployment;
    try {
        deployment = saved === undefined || saved === '' ? undefined : JSON.parse(saved);
    }
    catch {
        deployment = undefined;
    }
    if (deployment === undefined || client === undefined || github.owner === undefined || github.repo === undefined)
        return { id: undefined, status: () => Promise.resolve() };
    return tracker(context, { owner: github.owner, repo: github.repo, ...deployment });
}
function tracker(context, deployment) {
    const { client, github } = context;
    const { owner, repo, id, environment } = deployment;
    return {
        id,
        async status(state, description) {
            try {
                await client?.rest.repos.createDeploymentStatus({
                    owner,
                    repo,
                    deployment_id: id,
                    state,
                    environment,
                    description: description.slice(0, 140),
                    ...(github.runUrl === undefined ? {} : { log_url: github.runUrl }),
                    ...(state === 'success' ? { auto_inactive: true } : {}),
                });
            }
            catch (error) {
                context.logger.warning(`could not set the deployment status to ${state}: ${(0,_core_error_message_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}`);
            }
        },
    };
}


/***/ }),

/***/ 11254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ MODELGATE_DEPLOYMENT),
/* harmony export */   y: () => (/* binding */ findRunDeployment)
/* harmony export */ });
/**
 * The payload key that marks a deployment modelgate created, so the lookup below never takes modelgate's own
 * records for the deployment GitHub creates for a job.
 */
const MODELGATE_DEPLOYMENT = { key: 'created_by', value: 'modelgate' };
/** How many of the environment's newest deployments are looked at for the job's own (it was created when the job started). */
const CANDIDATES = 20;
/**
 * The deployment GitHub Actions created for this job: when a job declares `environment:`, GitHub creates a
 * deployment of that environment for the run's commit (after its protection rules approved it) whose newest status
 * is `in_progress` with a link to the run while the job runs. Returns its id, or undefined when this run has none.
 * Deployments modelgate created are skipped. Needs `deployments: read`.
 * @throws whatever the GitHub client throws (the callers decide whether that is an error or a warning)
 */
async function findRunDeployment(context, environment) {
    const { client, github } = context;
    if (client === undefined || github.owner === undefined || github.repo === undefined || github.runUrl === undefined)
        return undefined;
    const { owner, repo, runUrl } = github;
    const shas = new Set([context.env.GITHUB_SHA, github.sha].filter((sha) => sha !== undefined && sha !== ''));
    const { data: deployments } = await client.rest.repos.listDeployments({
        owner,
        repo,
        environment,
        per_page: CANDIDATES,
    });
    for (const deployment of deployments) {
        if (!shas.has(deployment.sha) || createdByModelgate(deployment.payload))
            continue;
        const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
            owner,
            repo,
            deployment_id: deployment.id,
            per_page: 1,
        });
        const newest = statuses[0];
        if (newest?.state === 'in_progress' && [newest.log_url, newest.target_url].some((url) => ofRun(url, runUrl)))
            return deployment.id;
    }
    return undefined;
}
/** A status URL that is this run's page or one of its job pages (`…/actions/runs/<id>/job/<job id>`). */
function ofRun(url, runUrl) {
    return typeof url === 'string' && (url === runUrl || url.startsWith(`${runUrl}/`));
}
function createdByModelgate(payload) {
    return (typeof payload === 'object' &&
        payload !== null &&
        payload[MODELGATE_DEPLOYMENT.key] === MODELGATE_DEPLOYMENT.value);
}


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

/***/ 99510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./src/core/policy/policy-document.ts
var policy_document = __webpack_require__(90794);
// EXTERNAL MODULE: ./src/core/registry/resolve-register-policy.ts
var resolve_register_policy = __webpack_require__(92780);
// EXTERNAL MODULE: ./src/github/action-session.ts + 2 modules
var action_session = __webpack_require__(7652);
// EXTERNAL MODULE: ./src/registry/create-registry.ts
var create_registry = __webpack_require__(37115);
;// CONCATENATED MODULE: ./src/registry/default-registry-url.ts
/**
 * The registry every action uses when neither the `registry` input nor the policy names one:
 * `oci://ghcr.io/<owner>` on a runner (with the workflow token; `permissions: packages: write` to push),
 * `file:.modelgate/registry` in the CLI and the demo. Shared by register-model, evaluate-vs-champion and
 * canary-deploy so that they all read the same registry.
 * @example defaultRegistryUrl({ onRunner: true, owner: 'Acme' }) // => 'oci://ghcr.io/acme'
 */
function defaultRegistryUrl(where) {
    if (where.onRunner && where.owner !== undefined)
        return `oci://ghcr.io/${where.owner.toLowerCase()}`;
    return 'file:.modelgate/registry';
}

;// CONCATENATED MODULE: ./src/register-model/connect-registry.ts



/** The registry URL: the input, the policy, ghcr.io of the repository owner on a runner, else the local default. */
function registryUrl(context, inputs, policy) {
    return (inputs.registry ??
        policy.registry ??
        defaultRegistryUrl({ onRunner: context.onRunner, owner: context.github.owner }));
}
function registryToken(context, inputs, url) {
    if (inputs.registryToken !== undefined)
        return inputs.registryToken;
    // ghcr.io accepts the workflow token (permissions: packages: write).
    return url.startsWith('oci://ghcr.io')
        ? (context.inputs.optional(action_session/* SharedInputs */.nz.GitHubToken) ?? context.env.GITHUB_TOKEN)
        : undefined;
}
/** Opens the registry the inputs and the policy name, with its credentials (masked by the backend). */
async function connectRegistry(context, inputs, policy) {
    const url = registryUrl(context, inputs, policy);
    const token = registryToken(context, inputs, url);
    const registry = await (0,create_registry/* createRegistry */.I)(url, {
        logger: context.logger,
        signal: context.signal,
        ...(token === undefined ? {} : { token }),
        ...(context.github.actor === undefined ? {} : { username: context.github.actor }),
    });
    context.logger.info(`registry: ${registry.description}`);
    return registry;
}

// EXTERNAL MODULE: ./src/register-model/inputs.ts
var register_model_inputs = __webpack_require__(11548);
// EXTERNAL MODULE: ./src/core/gate/action-outputs.ts
var action_outputs = __webpack_require__(74330);
;// CONCATENATED MODULE: ./src/core/registry/alias-at.ts
/**
 * The version an alias pointed at at instant `at`: the `to` of the last move at or before `at`
 * (events are ordered by time; undefined before the first move or after a deletion).
 * Answers "which version was champion on date D".
 * @example aliasAt([{ alias: 'champion', to: 1, at: '2026-01-01T00:00:00Z', by: 'a' }], new Date('2026-02-01')) // => 1
 */
function aliasAt(history, at) {
    let current;
    const sorted = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    for (const event of sorted) {
        if (Date.parse(event.at) > at.getTime())
            break;
        current = event.to;
    }
    return current;
}

// EXTERNAL MODULE: ./src/core/registry/messages.ts
var messages = __webpack_require__(75755);
;// CONCATENATED MODULE: ./src/core/registry/decide-alias-history.ts



const Out = action_outputs/* Outputs */.t['register-model'];
/**
 * The outcome of history mode: the table of every move of `alias`, and either the number of moves (`warn` when
 * there are none) and the current version, or — with `at` (the text as given and its instant, see
 * `parseAliasInstant`) — the version the alias pointed at then (`warn` when none).
 * @example decideAliasHistory('churn', 'champion', [], undefined).checks[0]?.status // => 'warn'
 */
function decideAliasHistory(model, alias, history, at) {
    const figures = [
        {
            kind: 'table',
            title: `History of ${alias}`,
            columns: ['at', 'from', 'to', 'by', 'reason', 'forced', 'run'],
            rows: history.map((e) => [
                e.at,
                e.from ?? null,
                e.to ?? null,
                e.by,
                e.reason ?? '',
                e.forced === true,
                e.runUrl ?? '',
            ]),
        },
    ];
    if (at === undefined) {
        const current = history[history.length - 1]?.to;
        return {
            title: (0,messages/* historyTitle */.Zl)(model, alias, history.length),
            checks: [
                {
                    id: 'history.moves',
                    status: history.length === 0 ? 'warn' : 'pass',
                    observed: history.length,
                    message: (0,messages/* historyMoves */.DG)(alias, history.length),
                },
            ],
            figures,
            outputs: current === undefined ? {} : { [Out.Version]: String(current) },
        };
    }
    const version = aliasAt(history, at.instant);
    return {
        title: (0,messages/* aliasWasTitle */.Wd)(alias, model, version, at.text),
        checks: [
            {
                id: 'history.at',
                status: version === undefined ? 'warn' : 'pass',
                observed: version ?? null,
                message: (0,messages/* aliasAtInstant */.bi)(alias, version, at.instant.toISOString()),
            },
        ],
        figures,
        outputs: version === undefined ? {} : { [Out.Version]: String(version) },
    };
}

;// CONCATENATED MODULE: ./src/core/registry/version-table.ts
/**
 * The "Versions" table of register-model's get and list modes: one row per version, with its aliases, who made
 * it, the status of each stored gate report and the short digest.
 * @example versionTable([]).rows // => []
 */
function versionTable(refs) {
    return {
        kind: 'table',
        title: 'Versions',
        columns: ['version', 'aliases', 'created', 'by', 'reports', 'digest'],
        rows: refs.map((ref) => [
            ref.version,
            ref.aliases.join(', '),
            ref.card.createdAt,
            ref.card.createdBy,
            ref.card.reports.map((report) => `${report.gate}: ${report.status}`).join(', '),
            ref.digest.slice(0, 19),
        ]),
    };
}

;// CONCATENATED MODULE: ./src/core/registry/decide-version-list.ts



const decide_version_list_Out = action_outputs/* Outputs */.t['register-model'];
/**
 * The outcome of list mode: `list.count` is `warn` when the model has no versions (nothing to promote), each record
 * the registry skipped as damaged is a `warn` check with the registry's message, and the latest version is the output.
 * @example decideVersionList('churn', 'file:/r', []).checks[0]?.status // => 'warn'
 */
function decideVersionList(model, registry, refs, skipped = []) {
    const latest = refs[refs.length - 1];
    return {
        title: (0,messages/* versionsTitle */.YQ)(model, refs.length, registry),
        checks: [
            {
                id: 'list.count',
                status: latest === undefined ? 'warn' : 'pass',
                observed: refs.length,
                message: latest === undefined ? (0,messages/* noVersions */.Di)(model) : (0,messages/* versionsListed */.lM)(refs.length, latest.version),
            },
            // A damaged record the registry skipped is named in the report, not only in the log.
            ...skipped.map((message, i) => ({
                id: `list.skipped.${i + 1}`,
                status: 'warn',
                observed: null,
                message,
            })),
        ],
        figures: [versionTable(refs)],
        outputs: latest === undefined ? {} : { [decide_version_list_Out.Version]: String(latest.version), [decide_version_list_Out.Digest]: latest.digest },
    };
}

;// CONCATENATED MODULE: ./src/core/registry/decide-version-lookup.ts



const decide_version_lookup_Out = action_outputs/* Outputs */.t['register-model'];
/**
 * The outcome of get mode: the version found (and where it was downloaded, every file verified), its row of the
 * versions table, and its version, digest and card path as outputs.
 * @example decideVersionLookup({ name: 'churn', version: 2, aliases: ['champion'], digest: 'sha256:ab', card: { createdAt: 't', createdBy: 'ci', reports: [] } }, { cardPath: '/w/c.json' }).title // => 'churn v2 (champion)'
 */
function decideVersionLookup(ref, where) {
    return {
        title: (0,messages/* versionTitle */.T4)(ref.name, ref.version, ref.aliases),
        checks: [
            {
                id: 'get.version',
                status: 'pass',
                observed: ref.version,
                message: where.downloadedTo === undefined
                    ? (0,messages/* versionFound */.Hh)(ref.name, ref.version)
                    : (0,messages/* versionDownloaded */.GX)(ref.name, ref.version, where.downloadedTo),
            },
        ],
        figures: [versionTable([ref])],
        outputs: { [decide_version_lookup_Out.Version]: String(ref.version), [decide_version_lookup_Out.Digest]: ref.digest, [decide_version_lookup_Out.ModelCardPath]: where.cardPath },
    };
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/registry/parse-alias-instant.ts


/**
 * The instant of the `at` input of history mode: an ISO 8601 date-time, or a bare date meaning the end of that
 * day (UTC), so "champion on 2026-03-01" includes that day's moves.
 * @throws ConfigurationError naming the input when the text is not a date.
 * @example parseAliasInstant('2026-03-01').toISOString() // => '2026-03-01T23:59:59.999Z'
 */
function parseAliasInstant(text, input = 'at') {
    const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T23:59:59.999Z` : text);
    if (Number.isNaN(at.getTime()))
        throw new errors/* ConfigurationError */.j1((0,messages/* notADate */.P9)(text), { input }, 'write an ISO 8601 date, e.g. 2026-03-01 or 2026-03-01T12:00:00Z');
    return at;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/register-model/write-card.ts


/** Writes a version's model card into the work folder (the `model-card-path` output) and returns its path. */
async function writeCard(context, ref) {
    const dir = (0,external_node_path_.resolve)(context.workDir);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const path = (0,external_node_path_.join)(dir, `model-card-${ref.name}-v${ref.version}.json`);
    await (0,promises_.writeFile)(path, `${JSON.stringify(ref.card, null, 2)}\n`);
    return path;
}

;// CONCATENATED MODULE: ./src/register-model/lookup.ts






// The read-only modes: get, list and history. They never move anything.
/** get mode: the version given (or the alias's), downloaded into model-path and verified when it is set. */
async function getVersion(context, inputs, registry) {
    const selector = inputs.version !== undefined ? { version: inputs.version } : { alias: inputs.fromAlias ?? inputs.alias };
    const ref = await registry.get(inputs.modelName, selector);
    if (inputs.modelPath !== undefined)
        await registry.download(ref, inputs.modelPath);
    const cardPath = await writeCard(context, ref);
    const where = inputs.modelPath === undefined ? { cardPath } : { cardPath, downloadedTo: inputs.modelPath };
    return { outcome: decideVersionLookup(ref, where), version: ref.version };
}
/** list mode: every version of the model, and what the registry skipped as damaged while listing. */
async function listVersions(inputs, registry, warnings = []) {
    const refs = await registry.list(inputs.modelName);
    return { outcome: decideVersionList(inputs.modelName, registry.description, refs, warnings) };
}
/** history mode: every move of the alias, or the version it pointed at on `at`. */
async function aliasHistory(inputs, registry) {
    const history = await registry.aliasHistory(inputs.modelName, inputs.alias);
    const at = inputs.at === undefined ? undefined : { text: inputs.at, instant: parseAliasInstant(inputs.at, register_model_inputs/* Inputs */.G0.At) };
    return { outcome: decideAliasHistory(inputs.modelName, inputs.alias, history, at) };
}

;// CONCATENATED MODULE: ./src/core/registry/alias-move.ts


const alias_move_Out = action_outputs/* Outputs */.t['register-model'];
/**
 * The reason recorded for a move: the one given, else for a rollback `rollback from v<previous>`.
 * @example moveReason('rollback', undefined, 4) // => 'rollback from v4'
 * @example moveReason('promote', undefined, 4) // => undefined
 */
function moveReason(mode, given, previous) {
    return given ?? (mode === 'rollback' ? (0,messages/* rollbackReason */.d4)(previous) : undefined);
}
/**
 * The outputs of an alias move: the target version and digest, and the version the alias left.
 * @example aliasMoveOutputs({ model: 'churn', alias: 'champion', version: 2, digest: 'sha256:ab', previous: undefined, reason: undefined }) // => { version: '2', digest: 'sha256:ab' }
 */
function aliasMoveOutputs(move) {
    return {
        [alias_move_Out.Version]: String(move.version),
        [alias_move_Out.Digest]: move.digest,
        ...(move.previous === undefined ? {} : { [alias_move_Out.PreviousVersion]: String(move.previous) }),
    };
}
/**
 * The outcome of a move that happened: the checks that allowed it (`before`), then a passing `<mode>.alias` check
 * that records from → to and why.
 * @example movedAliasOutcome('rollback', { model: 'churn', alias: 'champion', version: 1, digest: 'sha256:ab', previous: 2, reason: 'rollback from v2' }, []).title // => 'Rolled back churn: champion is now v1'
 */
function movedAliasOutcome(mode, move, before) {
    return {
        title: mode === 'rollback'
            ? (0,messages/* rolledBackTitle */.qN)(move.model, move.alias, move.version)
            : (0,messages/* promotedTitle */.YD)(move.model, move.alias, move.version),
        checks: [
            ...before,
            {
                id: `${mode}.alias`,
                status: 'pass',
                observed: move.version,
                message: (0,messages/* aliasMoved */._X)(move.alias, move.model, move.previous, move.version, move.reason),
            },
        ],
        figures: [],
        outputs: aliasMoveOutputs(move),
    };
}

;// CONCATENATED MODULE: ./src/core/registry/decide-promotion-outcome.ts


/** The `promotion.reports` check: what the rule asked and what the stored reports gave. */
function reportsCheck(decision, move) {
    const { allowed, forced, refusals, warnings, rule } = decision;
    return {
        id: 'promotion.reports',
        status: allowed ? (forced || warnings.length > 0 ? 'warn' : 'pass') : 'fail',
        observed: refusals.length > 0
            ? `${refusals.length} problem(s)`
            : warnings.length > 0
                ? 'passing with warnings'
                : 'all passing',
        threshold: { rule: (0,messages/* promotionRule */.WE)(rule.requiredGates, rule.allowWarn) },
        message: !allowed
            ? (0,messages/* promotionRefused */.yT)(move.model, move.version, move.alias, refusals)
            : forced
                ? (0,messages/* forcedPastReports */.hn)(move.reason, refusals)
                : warnings.length > 0
                    ? (0,messages/* reportsPassedWithWarnings */.Zg)(warnings)
                    : (0,messages/* reportsPassed */.wJ)(),
    };
}
/**
 * The outcome of a promotion from its decision (`decidePromotion`): the `promotion.reports` check is `pass` when
 * every stored report passed, `warn` when the alias accepted warnings or the move was forced, `fail` when refused.
 * A refused promotion's title says why and the alias did not move; otherwise the caller has moved it (`move`) and
 * the outcome adds the `promote.alias` check.
 * @example decidePromotionOutcome({ allowed: false, refusals: ['x'], warnings: [], forced: false, rule: { alias: 'champion', requiredGates: [], allowWarn: false } }, { model: 'churn', alias: 'champion', version: 2, digest: 'sha256:ab', previous: 1, reason: undefined }).checks[0]?.status // => 'fail'
 */
function decidePromotionOutcome(decision, move) {
    const reports = reportsCheck(decision, move);
    if (!decision.allowed)
        return { title: reports.message, checks: [reports], figures: [], outputs: aliasMoveOutputs(move) };
    return movedAliasOutcome('promote', move, [reports]);
}

;// CONCATENATED MODULE: ./src/core/registry/decide-rollback-outcome.ts

/**
 * The outcome of rollback mode once the alias has moved back (to `rollbackTarget` of its history, or the version
 * given): one passing `rollback.alias` check. A rollback is never gated on reports: it restores what was live.
 * @example decideRollbackOutcome({ model: 'churn', alias: 'champion', version: 1, digest: 'sha256:ab', previous: 2, reason: 'rollback from v2' }).outputs // => { version: '1', digest: 'sha256:ab', 'previous-version': '2' }
 */
function decideRollbackOutcome(move) {
    return movedAliasOutcome('rollback', move, []);
}

;// CONCATENATED MODULE: ./src/core/registry/rollback-target.ts
/**
 * The version a rollback moves an alias back to: the `from` of its latest move (so a rollback followed
 * by another rollback toggles between the two, as `git checkout -` does). Undefined when there is none.
 * @example rollbackTarget([{ alias: 'champion', to: 1, at: 't1', by: 'a' }, { alias: 'champion', from: 1, to: 2, at: 't2', by: 'a' }]) // => 1
 */
function rollbackTarget(history) {
    const last = history[history.length - 1];
    return last?.from;
}

// EXTERNAL MODULE: ./src/github/job-environment.ts + 2 modules
var job_environment = __webpack_require__(97322);
// EXTERNAL MODULE: ./src/registry/move-alias-by-rule.ts + 1 modules
var move_alias_by_rule = __webpack_require__(57914);
;// CONCATENATED MODULE: ./src/register-model/actor.ts
/** Who is acting, for model cards and alias history: the workflow actor, else the local user. */
const actor = (context) => context.github.actor ?? context.env.USER ?? 'modelgate';

// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(16887);
;// CONCATENATED MODULE: ./src/register-model/record-deployment.ts

/**
 * Records a promotion as a GitHub Deployment of the job's environment with a `success` status, so the
 * environment page shows which model version is live. Failures are warnings: the alias has already moved, and
 * the registry's alias history is the record.
 */
async function recordDeployment(context, environment, promotion) {
    const deployment = await (0,deployments/* startDeployment */.i)(context, {
        environment,
        task: `deploy:${promotion.model}`,
        description: `${promotion.model} v${promotion.version} → ${promotion.alias}`,
        payload: {
            model: promotion.model,
            version: promotion.version,
            alias: promotion.alias,
            registry: promotion.registry,
        },
    });
    await deployment.status('success', promotion.reason ?? `${promotion.alias} is now v${promotion.version}`);
    return deployment.id;
}

;// CONCATENATED MODULE: ./src/register-model/move-alias.ts












/** The job may move the alias: it runs in the environment the policy names (verified), and a forced move says why. */
async function assertMayMove(context, inputs, policy) {
    await (0,job_environment/* assertProtectedAliasMayMove */.$)(context, policy.protectedAliases, {
        alias: inputs.alias,
        environment: inputs.environment,
        input: register_model_inputs/* Inputs */.G0.Environment,
    });
    if (inputs.force && inputs.reason === undefined)
        throw new errors/* ConfigurationError */.j1((0,messages/* forceNeedsReason */.Fe)(register_model_inputs/* Inputs */.G0.Force, register_model_inputs/* Inputs */.G0.Reason), { input: register_model_inputs/* Inputs */.G0.Reason }, (w) => `say why the gates are overridden in ${w.name(register_model_inputs/* Inputs */.G0.Reason)}`);
}
/** The version the alias moves to: the one given, else the rollback target of its history, else from-alias. */
async function target(inputs, registry, mode, history) {
    if (mode === 'rollback') {
        const version = inputs.version ?? rollbackTarget(history);
        if (version === undefined)
            throw new errors/* ConfigurationError */.j1((0,messages/* nothingToRollBack */.Bz)(inputs.modelName, inputs.alias), { input: register_model_inputs/* Inputs */.G0.Alias }, (w) => `promote a version first, or give ${w.name(register_model_inputs/* Inputs */.G0.Version)} explicitly`);
        return await registry.get(inputs.modelName, { version });
    }
    if (inputs.version !== undefined)
        return await registry.get(inputs.modelName, { version: inputs.version });
    if (inputs.fromAlias !== undefined)
        return await registry.get(inputs.modelName, { alias: inputs.fromAlias });
    throw new errors/* ConfigurationError */.j1((0,messages/* promoteNeedsTarget */.RQ)(register_model_inputs/* Inputs */.G0.Version, register_model_inputs/* Inputs */.G0.FromAlias), { input: register_model_inputs/* Inputs */.G0.Version }, (w) => `set ${w.setting(register_model_inputs/* Inputs */.G0.Version, '7')} or ${w.setting(register_model_inputs/* Inputs */.G0.FromAlias, 'challenger')}`);
}
/**
 * promote and rollback modes: either moves the alias only when the promotion rule allows the target version
 * (moveAliasByRule: its stored reports against the alias's required gates, or forced with a reason). Each move is
 * recorded in the alias history and as a GitHub deployment of the job's environment.
 */
async function moveAlias(context, inputs, policy, registry, mode) {
    await assertMayMove(context, inputs, policy);
    const history = await registry.aliasHistory(inputs.modelName, inputs.alias);
    const previous = (await registry.aliases(inputs.modelName))[inputs.alias];
    const ref = await target(inputs, registry, mode, history);
    const move = {
        model: ref.name,
        alias: inputs.alias,
        version: ref.version,
        digest: ref.digest,
        previous,
        reason: moveReason(mode, inputs.reason, previous),
    };
    const { decision, event } = await (0,move_alias_by_rule/* moveAliasByRule */.T)(registry, {
        model: inputs.modelName,
        version: ref.version,
        rule: (0,resolve_register_policy/* aliasRule */.h_)(policy, inputs.alias),
        force: inputs.force,
        audit: {
            at: context.now().toISOString(),
            by: actor(context),
            ...(move.reason === undefined ? {} : { reason: move.reason }),
            ...(context.github.runUrl === undefined ? {} : { runUrl: context.github.runUrl }),
        },
    });
    if (event === undefined)
        return { outcome: decidePromotionOutcome(decision, move), version: ref.version };
    await recordDeployment(context, inputs.environment, {
        model: ref.name,
        version: ref.version,
        alias: inputs.alias,
        registry: registry.description,
        ...(move.reason === undefined ? {} : { reason: move.reason }),
    });
    const outcome = mode === 'rollback' ? decideRollbackOutcome(move) : decidePromotionOutcome(decision, move);
    return { outcome, version: ref.version };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/core/registry/build-model-card.ts
/**
 * Builds the model card draft (everything but the version, which the registry assigns), files sorted by path
 * so the card is canonical.
 * @example buildModelCard({ name: 'churn', files: [], createdBy: 'ci', createdAt: new Date(0) }).createdAt // => '1970-01-01T00:00:00.000Z'
 */
function buildModelCard(input) {
    return {
        schemaVersion: 1,
        name: input.name,
        files: [...input.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
        metrics: input.metrics ?? {},
        reports: input.reports ?? [],
        ...(input.modelDigest === undefined ? {} : { modelDigest: input.modelDigest }),
        ...(input.signedReports === undefined || input.signedReports.length === 0
            ? {}
            : { signedReports: input.signedReports }),
        lineage: input.lineage ?? {},
        ...(input.evaluation === undefined ? {} : { evaluation: input.evaluation }),
        ...(input.reference === undefined ? {} : { reference: input.reference }),
        ...(input.scans === undefined || input.scans.length === 0 ? {} : { scans: input.scans }),
        ...(input.explanation === undefined ? {} : { explanation: input.explanation }),
        createdBy: input.createdBy,
        createdAt: input.createdAt.toISOString(),
        ...(input.description === undefined ? {} : { description: input.description }),
    };
}

// EXTERNAL MODULE: ./src/core/registry/promotion-command.ts
var promotion_command = __webpack_require__(24494);
;// CONCATENATED MODULE: ./src/core/registry/decide-registration.ts



const decide_registration_Out = action_outputs/* Outputs */.t['register-model'];
/**
 * The outcome of register mode: one passing `register.version` check, the files table, and the promotion command
 * to run next as the summary.
 * @example decideRegistration({ name: 'churn', version: 3, digest: 'sha256:ab', files: [], registry: 'file:/r', cardPath: '/w/c.json' }).title // => 'Registered churn v3 in file:/r'
 */
function decideRegistration(stored) {
    const command = stored.promote === undefined
        ? undefined
        : (0,promotion_command/* promotionCommand */.l)({
            repository: stored.promote.repository,
            serverUrl: stored.promote.serverUrl,
            workflow: stored.promote.workflow,
            model: stored.name,
            version: stored.version,
        });
    return {
        title: (0,messages/* registeredTitle */.jD)(stored.name, stored.version, stored.registry),
        checks: [
            {
                id: 'register.version',
                status: 'pass',
                observed: stored.version,
                message: (0,messages/* versionStored */.Id)(stored.name, stored.version, stored.files.length, stored.digest),
            },
        ],
        figures: [
            {
                kind: 'table',
                title: 'Files',
                columns: ['path', 'bytes', 'sha256'],
                rows: stored.files.map((file) => [file.path, file.size, file.sha256]),
            },
        ],
        ...(command === undefined ? {} : { summary: command.markdown }),
        outputs: {
            [decide_registration_Out.Version]: String(stored.version),
            [decide_registration_Out.Digest]: stored.digest,
            [decide_registration_Out.ModelCardPath]: stored.cardPath,
        },
    };
}

// EXTERNAL MODULE: ./src/core/governance/messages.ts
var governance_messages = __webpack_require__(87282);
// EXTERNAL MODULE: ./src/core/registry/report-binding.ts
var report_binding = __webpack_require__(29381);
// EXTERNAL MODULE: ./src/io/hash-file.ts
var hash_file = __webpack_require__(12145);
// EXTERNAL MODULE: ./src/registry/model-files.ts + 1 modules
var model_files = __webpack_require__(9506);
// EXTERNAL MODULE: ./src/core/error-message.ts
var error_message = __webpack_require__(90007);
// EXTERNAL MODULE: ./src/io/read-bounded-text.ts
var read_bounded_text = __webpack_require__(46288);
;// CONCATENATED MODULE: ./src/register-model/read-json-file.ts



/** Reports, metrics and lineage files larger than this are refused (issue #15); real ones are kilobytes. */
const MAX_JSON_FILE_BYTES = 16 * 1024 * 1024;
/** Reads and parses a JSON file given by an input; a clear user error names the input and the file. */
function readJsonFile(path, input) {
    return Promise.resolve().then(() => parseJsonFile(path, input));
}
function parseJsonFile(path, input) {
    let text;
    try {
        text = (0,read_bounded_text/* readBoundedText */.Ht)(path, (w) => `${w.name(input)} file ${path}`, MAX_JSON_FILE_BYTES);
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        throw new errors/* DataError */.fL(error.wording.message, { input, file: path }, error.wording.hint ?? 'check the path');
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* DataError */.fL(`${path} is not valid JSON: ${(0,error_message/* errorMessage */.g)(error)}`, { input, file: path }, 'write the file with JSON.stringify / json.dump');
    }
}
/** The numeric leaves of a metrics object, flattened with dots (`{ "auc": 0.8, "by": { "f1": 0.7 } }` → auc, by.f1). */
function numericLeaves(value, prefix = '') {
    const out = {};
    if (typeof value === 'number' && Number.isFinite(value))
        out[prefix] = value;
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const [key, child] of Object.entries(value))
            Object.assign(out, numericLeaves(child, prefix === '' ? key : `${prefix}.${key}`));
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/profile/merge-profile-lists.ts
var merge_profile_lists = __webpack_require__(27269);
// EXTERNAL MODULE: ./src/core/profile/column-profile.ts + 2 modules
var column_profile = __webpack_require__(57960);
// EXTERNAL MODULE: ./src/core/profile/quantile-sketch.ts
var quantile_sketch = __webpack_require__(92533);
;// CONCATENATED MODULE: ./src/core/profile/sketch-large-columns.ts


/**
 * Exact numeric values a stored profile keeps per column; a column with more is stored as its quantile sketch. A
 * sketch of n values holds about k·log2(n/k) items (≈ 40,000 at n = 10⁶ with k = 8192), so below this bound exact
 * values cost no more than the sketch would, and above it the sketch is what a model card can carry: a 10⁶-row
 * training set was ~18 MB of JSON per numeric column on the card (0.38 MB as a sketch).
 */
const STORED_EXACT_VALUES_LIMIT = 8 * quantile_sketch/* DEFAULT_SKETCH_K */.FG;
/**
 * The profile as a model card stores it: columns with more than `limit` exact values hold a quantile sketch of them
 * instead (drift against it then reports comparison `sketch` with the sketch's rank-error bound, never a false
 * alarm from the approximation); every count, moment and category is unchanged. The input is not modified.
 * @throws {RangeError} limit is not a positive integer
 * @example
 * sketchLargeColumns([], 10) // => []
 */
function sketchLargeColumns(columns, limit = STORED_EXACT_VALUES_LIMIT) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`sketchLargeColumns: limit must be ≥ 1, got ${limit}`);
    return columns.map((column) => {
        const values = (0,column_profile/* exactValues */.IY)(column);
        if (values === null || values.length <= limit)
            return column;
        const sketch = (0,quantile_sketch/* createQuantileSketch */.GC)();
        for (const value of values)
            (0,quantile_sketch/* sketchAdd */.Aj)(sketch, value);
        return { ...column, values: null, sketch };
    });
}

// EXTERNAL MODULE: ./src/io/profile-file.ts + 2 modules
var profile_file = __webpack_require__(84924);
;// CONCATENATED MODULE: ./src/register-model/read-reference.ts




/**
 * The reference profile stored on the card (`reference`): the profile files validate-data's `mode: profile` wrote
 * on the training data and, optionally, on the evaluation predictions, merged column by column (shards of one
 * dataset add up; a predictions profile adds its score columns), with each file's sha256 and the time. A numeric
 * column with more than STORED_EXACT_VALUES_LIMIT values is stored as its quantile sketch (cards stay small).
 * Undefined when `reference-profile` is empty.
 * @throws ConfigurationError/DataError naming the file when one is not a readable, well-formed profile file
 */
async function readReference(paths, now) {
    if (paths.length === 0)
        return undefined;
    const files = paths.map((path) => (0,profile_file/* readProfileFile */.CI)(path));
    const sources = [];
    for (const path of paths)
        sources.push({ path, sha256: await (0,hash_file/* sha256File */.Q)(path) });
    return {
        columns: (0,profile_file/* profileColumnsToJson */.aZ)(sketchLargeColumns((0,merge_profile_lists/* mergeProfileLists */.P)(files.map((file) => file.columns)))),
        sources,
        createdAt: now.toISOString(),
    };
}

// EXTERNAL MODULE: ./src/core/evidence/in-toto-statement.ts
var in_toto_statement = __webpack_require__(60427);
// EXTERNAL MODULE: ./src/io/evidence/report-envelope.ts + 2 modules
var report_envelope = __webpack_require__(61253);
// EXTERNAL MODULE: ./src/io/schema-validator.ts
var schema_validator = __webpack_require__(70114);
;// CONCATENATED MODULE: ./src/register-model/read-reports.ts









const isEnvelope = (value) => typeof value === 'object' && value !== null && 'payloadType' in value && 'signatures' in value;
/** The envelope in `value` read from `file`. @throws ConfigurationError naming the file when it is not one */
async function openEnvelopeFile(file, value) {
    const opened = (0,report_envelope/* openReportEnvelope */.fs)(value ?? (await readJsonFile(file, register_model_inputs/* Inputs */.G0.Reports)));
    if (opened.kind === 'invalid')
        throw new errors/* ConfigurationError */.j1((0,messages/* notAReportEnvelope */.DY)(file, opened.problem), { input: register_model_inputs/* Inputs */.G0.Reports, file }, 'pass the report-path output of a gate (its signed .dsse.json beside it is read too), or re-run the gate with signing-key');
    return { ...opened.envelope, report: opened.report };
}
/** One `reports` entry: a report (with its envelope when one was written beside it) or an envelope itself. */
async function readOne(path) {
    const value = await readJsonFile(path, register_model_inputs/* Inputs */.G0.Reports);
    if (isEnvelope(value)) {
        const { report, ...envelope } = await openEnvelopeFile(path, value);
        return { report, envelope };
    }
    const beside = (0,in_toto_statement/* signedReportPath */.oP)(path);
    if (beside === path || !(0,external_node_fs_.existsSync)(beside))
        return { report: value };
    const { report: signed, ...envelope } = await openEnvelopeFile(beside);
    if (!(0,report_envelope/* envelopeMatches */.K5)(envelope, value) || signed === undefined)
        throw new errors/* ConfigurationError */.j1((0,messages/* envelopeDiffers */.kw)(path, beside), { input: register_model_inputs/* Inputs */.G0.Reports, file: path }, 'register the report as the gate wrote it, or re-run the gate');
    return { report: value, envelope };
}
/**
 * The gate reports to store with the version: each must match schemas/gate-report.schema.json, and each must be
 * about the version being registered (the same model digest, its predictions, its commit: reportBindingProblem).
 * A report signed by its gate (a DSSE envelope beside it, or given directly) is stored with its envelope.
 * @throws ConfigurationError naming the file and what is wrong; nothing is registered
 */
async function readReports(paths, identity, modelPath) {
    const reports = [];
    const signedReports = [];
    const unbound = [];
    for (const path of paths) {
        const { report, envelope } = await readOne(path);
        const problems = (0,schema_validator/* schemaProblems */.Ic)('gate-report', report);
        if (problems.length > 0)
            throw new errors/* ConfigurationError */.j1((0,messages/* notAGateReport */.wr)(path, problems.map((p) => `${p.path.join('.') || '(report)'} ${p.message}`)), { input: register_model_inputs/* Inputs */.G0.Reports, file: path }, 'pass the report-path outputs of the gates, as they wrote them');
        const gateReport = report;
        const refusal = (0,report_binding/* reportBindingProblem */.vE)(`report ${path} (${gateReport.gate})`, gateReport, identity);
        if (refusal !== undefined)
            unbound.push(refusal);
        if (envelope !== undefined)
            signedReports.push({ report: reports.length, envelope });
        reports.push(gateReport);
    }
    if (unbound.length > 0)
        throw new errors/* ConfigurationError */.j1((0,messages/* reportsNotAboutVersion */.e5)(identity.model, modelPath, unbound), { input: register_model_inputs/* Inputs */.G0.Reports }, 'pass the reports of the run that produced model-path (each names what it judged by digest)');
    return { reports, signedReports };
}

;// CONCATENATED MODULE: ./src/core/governance/scan-severity.ts
/** Severities a scan finding can have, worst first; `unknown` where the scanner gave none. */
const SCAN_SEVERITIES = ['critical', 'high', 'medium', 'low', 'none', 'unknown'];
/**
 * The CVSS v3 qualitative rating of a base score (FIRST, CVSS v3.1 specification §5): 0 none, 0.1–3.9 low,
 * 4.0–6.9 medium, 7.0–8.9 high, 9.0–10.0 critical. GitHub code scanning reads SARIF's `security-severity` the same way.
 * @example severityOfScore(7.5) // => 'high'
 * @example severityOfScore(9) // => 'critical'
 */
function severityOfScore(score) {
    if (!Number.isFinite(score) || score < 0 || score > 10)
        return 'unknown';
    if (score >= 9)
        return 'critical';
    if (score >= 7)
        return 'high';
    if (score >= 4)
        return 'medium';
    if (score > 0)
        return 'low';
    return 'none';
}
/**
 * Whether `severity` is at least as bad as `floor`. `unknown` (the scanner gave no score) ranks as `medium`: it
 * meets a `medium` or `low` floor, not a `high` one; the check's table still lists it.
 * @example atLeast('critical', 'high') // => true
 * @example atLeast('unknown', 'high') // => false
 */
function atLeast(severity, floor) {
    const rank = (s) => s === 'unknown' ? SCAN_SEVERITIES.indexOf('medium') : SCAN_SEVERITIES.indexOf(s);
    return rank(severity) <= rank(floor);
}

;// CONCATENATED MODULE: ./src/core/governance/scan-findings.ts


function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function arrayAt(value, file, path) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new errors/* DataError */.fL(`${path} is not an array`, { file, path }, 'pass the scanner’s unmodified JSON output');
    return value;
}
function scan_findings_text(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
/** `security-severity` as GitHub reads it: a decimal string (or number) in [0, 10]. */
function securityScore(properties) {
    if (!isObject(properties))
        return undefined;
    const raw = properties['security-severity'];
    const score = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
    return Number.isFinite(score) && score >= 0 && score <= 10 ? score : undefined;
}
/** SARIF `level` when no score exists: error → high, warning → medium, note → low, none → none. */
function severityOfLevel(level) {
    return level === 'error' ? 'high' : level === 'note' ? 'low' : level === 'none' ? 'none' : 'medium';
}
function sarifLocation(result) {
    const first = Array.isArray(result.locations) ? result.locations[0] : undefined;
    if (!isObject(first) || !isObject(first.physicalLocation))
        return undefined;
    const artifact = first.physicalLocation.artifactLocation;
    return isObject(artifact) ? scan_findings_text(artifact.uri) : undefined;
}
/**
 * Findings of a SARIF 2.1.0 log (CodeQL, Trivy, Bandit, osv-scanner's `--format sarif`, …). A result's severity is
 * its rule's `properties.security-severity` score where present (GitHub's convention), else its `level`, else its
 * rule's `defaultConfiguration.level`, else `warning` (SARIF §3.27.10). Suppressed results are left out.
 * @throws {DataError} naming the file and the JSON path when the log is not SARIF
 */
function parseSarif(log, file) {
    if (!isObject(log) || typeof log.version !== 'string' || !log.version.startsWith('2.1'))
        throw new errors/* DataError */.fL('not a SARIF 2.1 log (no "version": "2.1.0")', { file }, 'pass a SARIF 2.1.0 file or an osv-scanner JSON report');
    const findings = [];
    arrayAt(log.runs, file, 'runs').forEach((run, r) => {
        if (!isObject(run))
            throw new errors/* DataError */.fL(`runs[${r}] is not an object`, { file, path: `runs[${r}]` });
        const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : {};
        const tool = scan_findings_text(driver.name) ?? 'SARIF';
        const rules = new Map();
        for (const rule of arrayAt(driver.rules, file, `runs[${r}].tool.driver.rules`))
            if (isObject(rule) && typeof rule.id === 'string')
                rules.set(rule.id, rule);
        arrayAt(run.results, file, `runs[${r}].results`).forEach((result, i) => {
            if (!isObject(result))
                throw new errors/* DataError */.fL(`runs[${r}].results[${i}] is not an object`, { file, path: `runs[${r}].results[${i}]` });
            if (Array.isArray(result.suppressions) && result.suppressions.length > 0)
                return;
            const id = scan_findings_text(result.ruleId) ?? (isObject(result.rule) ? scan_findings_text(result.rule.id) : undefined) ?? 'unnamed-rule';
            const rule = rules.get(id);
            const score = securityScore(rule?.properties) ?? securityScore(result.properties);
            const defaultLevel = isObject(rule?.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
            const severity = score !== undefined ? severityOfScore(score) : severityOfLevel(result.level ?? defaultLevel);
            const message = isObject(result.message) ? (scan_findings_text(result.message.text) ?? '') : '';
            const where = sarifLocation(result);
            findings.push({
                tool,
                id,
                severity,
                ...(score !== undefined ? { score } : {}),
                ...(where !== undefined ? { where } : {}),
                message,
            });
        });
    });
    return findings;
}
/**
 * Findings of an osv-scanner JSON report (`osv-scanner scan --format json`): one per vulnerability group of each
 * package (groups merge aliases, so one CVE published as GHSA and GO ids counts once), scored by the group's
 * `max_severity` (a CVSS score as text; empty → unknown).
 * @throws {DataError} naming the file and the JSON path when the report is not osv-scanner's
 */
function parseOsvScanner(report, file) {
    if (!isObject(report) || !Array.isArray(report.results))
        throw new errors/* DataError */.fL('not an osv-scanner JSON report (no "results" array)', { file }, 'run osv-scanner with --format json');
    const findings = [];
    report.results.forEach((result, r) => {
        if (!isObject(result))
            throw new errors/* DataError */.fL(`results[${r}] is not an object`, { file, path: `results[${r}]` });
        const source = isObject(result.source) ? scan_findings_text(result.source.path) : undefined;
        arrayAt(result.packages, file, `results[${r}].packages`).forEach((entry, p) => {
            if (!isObject(entry) || !isObject(entry.package))
                throw new errors/* DataError */.fL(`results[${r}].packages[${p}] has no "package"`, {
                    file,
                    path: `results[${r}].packages[${p}]`,
                });
            const name = scan_findings_text(entry.package.name) ?? 'unknown package';
            const version = scan_findings_text(entry.package.version);
            const label = version === undefined ? name : `${name}@${version}`;
            const groups = arrayAt(entry.groups, file, `results[${r}].packages[${p}].groups`);
            const vulnerabilities = arrayAt(entry.vulnerabilities, file, `results[${r}].packages[${p}].vulnerabilities`);
            // Older reports without groups: one finding per vulnerability.
            const units = groups.length > 0 ? groups : vulnerabilities.map((v) => ({ ids: [isObject(v) ? v.id : undefined] }));
            for (const unit of units) {
                if (!isObject(unit))
                    continue;
                const ids = Array.isArray(unit.ids) ? unit.ids.filter((x) => typeof x === 'string') : [];
                const score = typeof unit.max_severity === 'string' && unit.max_severity.trim() !== ''
                    ? Number(unit.max_severity)
                    : Number.NaN;
                const scored = Number.isFinite(score) && score >= 0 && score <= 10;
                findings.push({
                    tool: 'osv-scanner',
                    id: ids[0] ?? 'unknown-vulnerability',
                    severity: scored ? severityOfScore(score) : 'unknown',
                    ...(scored ? { score } : {}),
                    where: source === undefined ? label : `${label} (${source})`,
                    message: ids.length > 1 ? `${label}: ${ids.join(', ')}` : `${label}: ${ids[0] ?? 'unknown vulnerability'}`,
                });
            }
        });
    });
    return findings;
}
/** Which format a parsed scan file is: SARIF has `version` and `runs`, osv-scanner JSON has `results`. */
function detectScanFormat(parsed, file) {
    if (isObject(parsed) && Array.isArray(parsed.runs) && typeof parsed.version === 'string')
        return 'sarif';
    if (isObject(parsed) && Array.isArray(parsed.results))
        return 'osv-scanner';
    throw new errors/* DataError */.fL('not a scan result modelgate reads', { file }, 'pass a SARIF 2.1.0 log (any scanner) or an osv-scanner JSON report (osv-scanner scan --format json)');
}
function parseScanFindings(parsed, file) {
    return detectScanFormat(parsed, file) === 'sarif' ? parseSarif(parsed, file) : parseOsvScanner(parsed, file);
}

;// CONCATENATED MODULE: ./src/core/governance/decide-scan.ts

function summarizeFindings(findings) {
    const counts = Object.fromEntries(SCAN_SEVERITIES.map((s) => [s, 0]));
    for (const finding of findings)
        counts[finding.severity] += 1;
    return counts;
}
/**
 * The scan check of a promotion or evaluation: fail when any finding not accepted is at or above `failAt`, warn at
 * or above `warnAt`, pass otherwise (no findings at all is a pass: the scanner ran and found nothing). The worst
 * findings are kept in the details, at most 20, so the report shows what to fix.
 */
function decideScanFindings(findings, policy, file) {
    const accepted = new Set(policy.accepted);
    const open = findings.filter((f) => !accepted.has(f.id));
    const failing = open.filter((f) => atLeast(f.severity, policy.failAt));
    const warning = policy.warnAt === undefined
        ? []
        : open.filter((f) => !atLeast(f.severity, policy.failAt) && atLeast(f.severity, policy.warnAt));
    const summary = summarizeFindings(findings);
    const counted = SCAN_SEVERITIES.filter((s) => summary[s] > 0).map((s) => `${summary[s]} ${s}`);
    const status = failing.length > 0 ? 'fail' : warning.length > 0 ? 'warn' : 'pass';
    const worst = [...failing, ...warning].slice(0, 20);
    const acceptedCount = findings.length - open.length;
    const message = findings.length === 0
        ? `${file}: no findings`
        : `${file}: ${findings.length} finding(s) (${counted.join(', ')})` +
            (failing.length > 0 ? `; ${failing.length} at or above ${policy.failAt}` : '') +
            (acceptedCount > 0 ? `; ${acceptedCount} accepted by policy` : '');
    return {
        id: 'governance.scan',
        status,
        observed: failing.length,
        measure: `findings at or above ${policy.failAt}`,
        threshold: { max: 0 },
        message,
        // The report's table shows the first of them (id and severity): what to fix, without opening the JSON.
        ...(worst.length === 0 ? {} : { examples: worst.slice(0, 5).map((f) => ({ value: `${f.id} (${f.severity})` })) }),
        details: { summary, accepted: [...accepted], worst: worst.map((f) => ({ ...f })) },
    };
}

;// CONCATENATED MODULE: ./src/core/governance/scan-record.ts

/**
 * The scan checks of a registration (decideScanFindings per file; the id is `governance.scan`, or
 * `governance.scan.<n>` (1-based) when several files are given) and the record of each for the model card.
 * @example
 * scanChecks([{ file: 'osv.json', sha256: 'ab', format: 'osv-scanner', scanners: ['osv-scanner'], findings: [] }], { failAt: 'high', accepted: [] }).records[0]?.status // => 'pass'
 */
function scanChecks(files, policy) {
    const accepted = new Set(policy.accepted);
    const checks = [];
    const records = [];
    files.forEach((f, i) => {
        const check = decideScanFindings(f.findings, policy, f.file);
        checks.push(files.length === 1 ? check : { ...check, id: `governance.scan.${i + 1}` });
        records.push({
            file: f.file,
            sha256: f.sha256,
            format: f.format,
            scanners: [...new Set([...f.scanners, ...f.findings.map((x) => x.tool)])].sort(),
            counts: summarizeFindings(f.findings),
            accepted: f.findings.filter((x) => accepted.has(x.id)).length,
            status: check.status,
        });
    });
    return { checks, records };
}
/**
 * The scanners a scan result names: each SARIF run's `tool.driver.name` (and version when given), or `osv-scanner`.
 * @example scanResultScanners({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Trivy', version: '0.58.1' } } }] }, 'sarif') // => ['Trivy 0.58.1']
 */
function scanResultScanners(parsed, format) {
    if (format === 'osv-scanner')
        return ['osv-scanner'];
    const runs = parsed.runs;
    if (!Array.isArray(runs))
        return [];
    const names = runs.flatMap((run) => {
        const driver = run?.tool?.driver;
        if (typeof driver?.name !== 'string')
            return [];
        return [typeof driver.version === 'string' ? `${driver.name} ${driver.version}` : driver.name];
    });
    return [...new Set(names)].sort();
}

;// CONCATENATED MODULE: ./src/register-model/read-scans.ts





/**
 * Reads each scan-results file (SARIF 2.1.0 or osv-scanner JSON, detected from its content) with its sha256.
 * @throws DataError naming the file when it is not JSON or not a scan result modelgate reads
 */
async function readScans(files) {
    const scans = [];
    for (const file of files) {
        const parsed = await readJsonFile(file, register_model_inputs/* Inputs */.G0.ScanResults);
        const format = detectScanFormat(parsed, file);
        scans.push({
            file,
            sha256: await (0,hash_file/* sha256File */.Q)(file),
            format,
            scanners: scanResultScanners(parsed, format),
            findings: parseScanFindings(parsed, file),
        });
    }
    return scans;
}

;// CONCATENATED MODULE: ./src/core/governance/scan-policy.ts
/**
 * Resolves `register-model.scan`: fail at `high`, warn at `medium`, nothing accepted, not required.
 * @example resolveScanPolicy(undefined) // => { failAt: 'high', warnAt: 'medium', accepted: [], required: false }
 */
function resolveScanPolicy(section) {
    return {
        failAt: section?.fail_at ?? 'high',
        warnAt: section?.warn_at ?? 'medium',
        accepted: section?.accepted ?? [],
        required: section?.required ?? false,
    };
}

;// CONCATENATED MODULE: ./src/core/governance/decide-scan-refusal.ts

/**
 * The outcome of a registration refused on its scan results: the scan checks (at least one failing), nothing stored,
 * no outputs.
 * @example
 * decideScanRefusal('churn', [{ id: 'governance.scan', status: 'fail', observed: 1, message: 'osv.json: 1 finding(s)' }]).title // => "Not registered: churn has scan findings at or above the policy's fail_at in 1 file"
 */
function decideScanRefusal(model, checks) {
    return {
        title: governance_messages/* governanceMessages */.F.scanRefused(model, checks.filter((c) => c.status === 'fail').length),
        summary: governance_messages/* governanceMessages */.F.scanRefusedSummary,
        checks,
        figures: [],
        outputs: {},
    };
}

// EXTERNAL MODULE: ./src/core/governance/explain-messages.ts
var explain_messages = __webpack_require__(24140);
// EXTERNAL MODULE: ./src/core/governance/explanation.ts
var governance_explanation = __webpack_require__(13111);
;// CONCATENATED MODULE: ./src/register-model/read-explanation.ts






/**
 * Reads the explanation input (feature importances) for the card, with the file's sha256. Registration is refused
 * (before anything is stored) when `register-model.explanation.required` is set and no file is given: the card is
 * immutable, so a version registered without one could never gain it.
 * @throws ConfigurationError when required and missing; DataError naming the file when it is not an explanation
 */
async function readExplanation(file, section) {
    if (file === undefined) {
        if (section?.explanation?.required === true)
            throw new errors/* ConfigurationError */.j1(explain_messages/* explainMessages */.i.explanationRequired, { input: register_model_inputs/* Inputs */.G0.Explanation, path: 'register-model.explanation.required' }, explain_messages/* explainMessages */.i.fixExplanationRequired);
        return undefined;
    }
    const explanation = (0,governance_explanation/* parseExplanation */.N)(await readJsonFile(file, register_model_inputs/* Inputs */.G0.Explanation), file);
    return { file, sha256: await (0,hash_file/* sha256File */.Q)(file), ...explanation };
}

;// CONCATENATED MODULE: ./src/register-model/register.ts






















/** The lineage of the run (repository, commit, run URL), with the lineage file of train-on-runner over it. */
async function readLineage(context, path) {
    const file = path === undefined ? {} : (await readJsonFile(path, register_model_inputs/* Inputs */.G0.Lineage));
    return {
        ...(context.github.repository === undefined ? {} : { repository: context.github.repository }),
        ...(context.github.sha === undefined ? {} : { commit: context.github.sha }),
        ...(context.github.runUrl === undefined ? {} : { runUrl: context.github.runUrl }),
        ...file,
    };
}
/** The stored evaluation (predictions inside the model, and the sha256 of the data they scored), when given. */
async function readEvaluation(inputs, modelPath) {
    if ((inputs.evaluationData === undefined) !== (inputs.predictions === undefined))
        throw new errors/* ConfigurationError */.j1((0,messages/* evaluationPairing */.bx)(register_model_inputs/* Inputs */.G0.EvaluationData, register_model_inputs/* Inputs */.G0.Predictions), { input: inputs.predictions === undefined ? register_model_inputs/* Inputs */.G0.Predictions : register_model_inputs/* Inputs */.G0.EvaluationData }, (w) => `set both (the predictions file inside ${w.name(register_model_inputs/* Inputs */.G0.ModelPath)}, and the data it scored) or neither`);
    if (inputs.evaluationData === undefined || inputs.predictions === undefined)
        return undefined;
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(modelPath, ...inputs.predictions.split('/'))))
        throw new errors/* ConfigurationError */.j1((0,messages/* predictionsOutsideModel */.Fg)(inputs.predictions, modelPath, register_model_inputs/* Inputs */.G0.ModelPath), { input: register_model_inputs/* Inputs */.G0.Predictions }, (w) => `give its path relative to ${w.name(register_model_inputs/* Inputs */.G0.ModelPath)}, e.g. predictions.csv`);
    return { dataSha256: await (0,hash_file/* sha256File */.Q)(inputs.evaluationData), predictionsFile: inputs.predictions };
}
/** register mode: stores model-path as a new immutable version with its card (reports, metrics, lineage). */
async function register(context, inputs, registry) {
    const modelPath = inputs.modelPath;
    if (modelPath === undefined)
        throw new errors/* ConfigurationError */.j1((0,messages/* registerNeedsModelPath */.jJ)(), { input: register_model_inputs/* Inputs */.G0.ModelPath }, 'set model-path to the directory train-on-runner wrote');
    const metrics = inputs.metrics === undefined ? {} : numericLeaves(await readJsonFile(inputs.metrics, register_model_inputs/* Inputs */.G0.Metrics));
    const lineage = await readLineage(context, inputs.lineage);
    const evaluation = await readEvaluation(inputs, modelPath);
    const reference = await readReference(inputs.referenceProfile, context.now());
    // The model digest of what is about to be stored (the backend lists the files the same way): every report must
    // be about it before anything is registered.
    const identity = (0,report_binding/* versionIdentity */.HN)({
        name: inputs.modelName,
        files: await (0,model_files/* collectModelFiles */.Hh)(modelPath),
        lineage,
        ...(evaluation === undefined ? {} : { evaluation }),
    });
    const { reports, signedReports } = await readReports(inputs.reports, identity, modelPath);
    // Scan results are judged before anything is stored: a finding at or above fail_at refuses the registration.
    const scanPolicy = resolveScanPolicy((0,policy_document/* policySection */.U)(context.policy, 'register-model')?.scan);
    if (scanPolicy.required && inputs.scanResults.length === 0)
        throw new errors/* ConfigurationError */.j1(governance_messages/* governanceMessages */.F.scanRequired(register_model_inputs/* Inputs */.G0.ScanResults), { input: register_model_inputs/* Inputs */.G0.ScanResults, path: 'register-model.scan.required' }, governance_messages/* governanceMessages */.F.fixScanRequired(register_model_inputs/* Inputs */.G0.ScanResults));
    const explanation = await readExplanation(inputs.explanation, (0,policy_document/* policySection */.U)(context.policy, 'register-model'));
    const scans = scanChecks(await readScans(inputs.scanResults), scanPolicy);
    if (scans.checks.some((c) => c.status === 'fail'))
        return { outcome: decideScanRefusal(inputs.modelName, scans.checks), modelDigest: identity.modelDigest };
    const card = buildModelCard({
        name: inputs.modelName,
        files: [],
        metrics,
        reports,
        modelDigest: identity.modelDigest,
        signedReports,
        lineage,
        ...(evaluation === undefined ? {} : { evaluation }),
        ...(reference === undefined ? {} : { reference }),
        scans: scans.records,
        ...(explanation === undefined ? {} : { explanation }),
        createdBy: actor(context),
        createdAt: context.now(),
    });
    const ref = await registry.register({
        name: inputs.modelName,
        modelDir: modelPath,
        card,
        ...(inputs.version === undefined ? {} : { version: inputs.version }),
    });
    const { repository, serverUrl } = context.github;
    const outcome = decideRegistration({
        name: ref.name,
        version: ref.version,
        digest: ref.digest,
        files: ref.card.files,
        registry: registry.description,
        cardPath: await writeCard(context, ref),
        ...(repository === undefined ? {} : { promote: { repository, serverUrl, workflow: inputs.promoteWorkflow } }),
    });
    return {
        outcome: { ...outcome, checks: [...outcome.checks, ...scans.checks] },
        version: ref.version,
        modelDigest: identity.modelDigest,
    };
}

;// CONCATENATED MODULE: ./src/register-model/main.ts







/** register-model: one mode per run (register, promote, rollback, get, list, history) over one registry. */
async function main(context) {
    const inputs = (0,register_model_inputs/* readInputs */.Ko)(context.inputs);
    const policy = (0,resolve_register_policy/* resolveRegisterPolicy */.oF)((0,policy_document/* policySection */.U)(context.policy, 'register-model'));
    // What the registry warns about while reading (a damaged card or event it skipped) also goes into list's report.
    const skipped = [];
    const logger = {
        ...context.logger,
        warning: (message, location) => {
            skipped.push(message);
            context.logger.warning(message, location);
        },
    };
    const registry = await connectRegistry({ ...context, logger }, inputs, policy);
    const run = async () => {
        switch (inputs.mode) {
            case 'register':
                return await register(context, inputs, registry);
            case 'promote':
            case 'rollback':
                return await moveAlias(context, inputs, policy, registry, inputs.mode);
            case 'get':
                return await getVersion(context, inputs, registry);
            case 'list':
                return await listVersions(inputs, registry, skipped);
            case 'history':
                return await aliasHistory(inputs, registry);
        }
    };
    const { outcome, version, modelDigest } = await run();
    return {
        outcome,
        subject: {
            model: inputs.modelName,
            ...(version === undefined ? {} : { version: String(version) }),
            ...(modelDigest === undefined ? {} : { modelDigest }),
            ...(context.github.sha === undefined ? {} : { commit: context.github.sha }),
        },
    };
}


/***/ })

};
