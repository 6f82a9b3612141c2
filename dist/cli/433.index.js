export const id = 433;
export const ids = [433];
export const modules = {

/***/ 61569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ compileContractPattern)
/* harmony export */ });
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);

/**
 * Compiles a contract `pattern` (ECMAScript syntax) for RE2 (the `re2js` port): matching takes time linear in the
 * cell's length whatever the pattern, so that `^(a+)+$` cannot hang a gate on a crafted cell. JavaScript-only
 * syntax with an RE2 equivalent is translated (named groups `(?<n>…)`, `\uXXXX`); what RE2 cannot do in linear time —
 * backreferences (`\1`), lookahead and lookbehind — is refused with the reason. `test` finds a match anywhere in the
 * text, as RegExp.prototype.test does: anchor the pattern with ^…$ to match whole values.
 * @throws never
 * @example
 * ((p) => p.ok && p.test('2024-01'))(compileContractPattern('^\\d{4}-\\d{2}$')) // => true
 * @example
 * compileContractPattern('(a)\\1').ok // => false
 */
function compileContractPattern(pattern) {
    try {
        const re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.translateRegExp(pattern));
        return { ok: true, test: (text) => re.test(text) };
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return {
            ok: false,
            reason: `${detail} (patterns run in RE2, a linear-time engine without backreferences or lookaround)`,
        };
    }
}


/***/ }),

/***/ 52073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ ruleMostly),
/* harmony export */   u: () => (/* binding */ ruleSeverity)
/* harmony export */ });
/**
 * The `mostly` of one row-level rule of a column: the per-rule value, else the column's single value, else
 * undefined (every non-null cell must satisfy the rule).
 * @throws never
 * @example
 * ruleMostly({ type: 'int', mostly: { max: 0.9 } }, 'max') // => 0.9
 * @example
 * ruleMostly({ type: 'int', mostly: 0.95 }, 'min') // => 0.95
 */
function ruleMostly(rule, key) {
    const { mostly } = rule;
    return typeof mostly === 'number' ? mostly : mostly?.[key];
}
/**
 * The severity of one rule of a column: the per-rule value, else the column's single value, else `error`.
 * @throws never
 * @example
 * ruleSeverity({ type: 'int', severity: { max: 'warning' } }, 'max') // => 'warning'
 * @example
 * ruleSeverity({ type: 'int', severity: { max: 'warning' } }, 'min') // => 'error'
 */
function ruleSeverity(rule, key) {
    const { severity } = rule;
    return (typeof severity === 'string' ? severity : severity?.[key]) ?? 'error';
}


/***/ }),

/***/ 55743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nn: () => (/* binding */ planPartitions)
/* harmony export */ });
/* unused harmony exports MIN_SPLIT_BYTES, MIN_SPLIT_ROWS, SPLIT_PARQUET, planParquetRowGroups */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _io_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3194);


/** Files smaller than this are scanned on one thread (a worker's start and the merge cost more than they save). */
const MIN_SPLIT_BYTES = 8 << 20;
/** Bytes per range at least. */
const MIN_RANGE_BYTES = 4 << 20;
/** Parquet files with fewer rows than this are scanned on one thread. */
const MIN_SPLIT_ROWS = 200_000;
/** Whether Parquet files are split by row groups (off until measured faster at 1M and 5M rows). */
const SPLIT_PARQUET = false;
const WHOLE = [{ kind: 'whole-file' }];
/**
 * How to scan `path` with up to `parts` tasks: byte ranges for an uncompressed CSV/TSV file of at least
 * MIN_SPLIT_BYTES (at least MIN_RANGE_BYTES each), else the whole file. A file whose header cannot be read is
 * scanned whole (the sequential scan reports why).
 * @throws never
 */
async function planPartitions(path, parts) {
    try {
        // Byte ranges are CSV records: a Parquet file (chunk-read too) must never be cut at its bytes' "line ends".
        const format = (0,_io_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__/* .datasetFormat */ .QV)(path);
        if (format.format === 'parquet' && SPLIT_PARQUET)
            return await planParquetRowGroups(path, parts);
        if (parts < 2 || format.format !== 'csv' || format.gzip || !(0,_io_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__/* .columnChunksSupported */ .jF)(path))
            return WHOLE;
        const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).size;
        if (size < MIN_SPLIT_BYTES)
            return WHOLE;
        const header = await (0,_io_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__/* .datasetHeader */ .eZ)(path);
        const ranges = await (0,_io_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__/* .candidateCsvRanges */ .GU)(path, header, Math.min(parts, Math.floor(size / MIN_RANGE_BYTES)));
        if (ranges === undefined)
            return WHOLE;
        return ranges.map((range) => ({ kind: 'csv-bytes', ...range }));
    }
    catch {
        return WHOLE;
    }
}
/**
 * How to scan a Parquet file with up to `parts` tasks: consecutive runs of its row groups with about equal rows, when
 * it has at least MIN_SPLIT_ROWS rows in two or more row groups; else the whole file. A file whose metadata cannot be
 * read is scanned whole (the sequential scan reports why).
 * @throws never
 */
async function planParquetRowGroups(path, parts, minRows = MIN_SPLIT_ROWS) {
    try {
        const { count, rows } = await (0,_io_dataset_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parquetRowGroups */ .hQ)(path);
        const total = rows.reduce((sum, n) => sum + n, 0);
        const tasks = Math.min(parts, count);
        if (tasks < 2 || total < minRows)
            return WHOLE;
        const plan = [];
        let first = 0;
        let done = 0;
        for (let t = 0; t < tasks; t++) {
            // This task's row groups: until its share of the rows, leaving one for each task after it (the last: the rest).
            let last = first;
            if (t === tasks - 1)
                last = count;
            else {
                const target = (total * (t + 1)) / tasks;
                do
                    done += rows[last++];
                while (last < count - (tasks - t - 1) && done + rows[last] / 2 <= target);
            }
            plan.push({ kind: 'parquet-row-groups', first, count: last - first });
            first = last;
        }
        return plan.length < 2 ? WHOLE : plan;
    }
    catch {
        return WHOLE;
    }
}


/***/ }),

/***/ 74433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deserializeError: () => (/* binding */ deserializeError),
  joinRanges: () => (/* binding */ joinRanges),
  runScanWorker: () => (/* binding */ runScanWorker),
  scanDatasets: () => (/* binding */ scanDatasets),
  scanWorkersEnabled: () => (/* binding */ scanWorkersEnabled),
  serializeError: () => (/* binding */ serializeError)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/io/dataset/index.ts + 3 modules
var dataset = __webpack_require__(3194);
// EXTERNAL MODULE: ./src/io/worker-thread.ts
var worker_thread = __webpack_require__(71217);
// EXTERNAL MODULE: ./src/validate-data/scan-worker-mark.ts
var scan_worker_mark = __webpack_require__(30637);
// EXTERNAL MODULE: ./src/core/contract/compile-contract-pattern.ts
var compile_contract_pattern = __webpack_require__(61569);
// EXTERNAL MODULE: ./src/core/data/cell-value.ts
var cell_value = __webpack_require__(73406);
// EXTERNAL MODULE: ./src/core/data/column-chunk.ts + 1 modules
var column_chunk = __webpack_require__(52306);
// EXTERNAL MODULE: ./src/core/contract/classify-cell.ts
var classify_cell = __webpack_require__(41555);
;// CONCATENATED MODULE: ./src/core/contract/contract.ts
const COLUMN_TYPES = (/* unused pure expression or super */ null && (['int', 'float', 'string', 'bool', 'timestamp', 'category']));
const MOSTLY_RULES = ['type', 'min', 'max', 'allowed_values', 'pattern', 'length'];
const SEVERITY_RULES = [
    ...MOSTLY_RULES,
    'max_null_fraction',
    'unique',
    'mean',
    'stdev',
    'quantiles',
];

// EXTERNAL MODULE: ./src/core/contract/messages.ts
var messages = __webpack_require__(95696);
// EXTERNAL MODULE: ./src/core/contract/row-rule-check.ts
var row_rule_check = __webpack_require__(6280);
// EXTERNAL MODULE: ./src/core/contract/rule-options.ts
var rule_options = __webpack_require__(52073);
;// CONCATENATED MODULE: ./src/core/contract/hash-string64.ts
/**
 * A 64-bit non-cryptographic hash of a string (cyrb53's two 32-bit lanes, both kept whole), written into
 * `out[0]` (high lane) and `out[1]` (low lane) so that a hot loop allocates nothing. Used by uniqueness checks,
 * which keep one hash per distinct value instead of the value.
 * @see https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js (public domain; the 53-bit original)
 * @throws never
 * @example
 * ((out) => (hashString64('a', out), out))(new Uint32Array(2)) // => Uint32Array [1344023463, 2194241793]
 */
function hashString64(text, out) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    finish64(h1, h2, out);
}
/**
 * {@link hashString64} of the text of UTF-8 bytes `[start, end)`, computed from the bytes when they are ASCII (each
 * byte is then its UTF-16 code unit); `nonAscii` text is decoded with `decode` first.
 * @throws never
 * @example
 * ((out) => (hashBytes64(new Uint8Array([97]), 0, 1, false, () => 'a', out), out))(new Uint32Array(2)) // => Uint32Array [1344023463, 2194241793]
 */
function hashBytes64(bytes, start, end, nonAscii, decode, out) {
    if (nonAscii) {
        hashString64(decode(bytes, start, end), out);
        return;
    }
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = start; i < end; i++) {
        const ch = bytes[i];
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    finish64(h1, h2, out);
}
function finish64(a, b, out) {
    let h1 = a;
    let h2 = b;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    out[0] = h2 >>> 0;
    out[1] = h1 >>> 0;
}

// EXTERNAL MODULE: ./src/core/contract/hash64-set.ts
var hash64_set = __webpack_require__(21055);
;// CONCATENATED MODULE: ./src/core/contract/unique-values.ts


const INITIAL_RUN = 1 << 12;
const noDecode = () => '';
/** Largest canonical-integer text the run takes, in digits (exact in a double). */
const MAX_DIGITS = 15;
/** Below this a whole number's `String` has no exponent and at most MAX_DIGITS digits. */
const RUN_LIMIT = 10 ** MAX_DIGITS;
/**
 * The distinct texts of a `unique` column, as a uniqueness check needs them: whether each new text was seen before.
 * Texts that spell a non-negative integer canonically (digits only, no leading zero, at most 15 digits: the decimal
 * `String(n)` gives) and arrive in increasing order — row numbers, auto-increment keys, the common case of a unique
 * column — are kept as a sorted run of numbers: appending is one comparison and one store, where a hash set costs a
 * random memory access per row (measured: ~200 ns a value at a million values). Every other text, an integer that
 * arrives out of order included, goes to a {@link Hash64Set} by its 64-bit text hash. The two never hold the same
 * text: an out-of-order integer is below the run's last value, so a later run value can only be new, and one found
 * in the run is a repeat. {@link members} gives the same hashes a hash set of every text would hold.
 * @throws never
 * @example
 * ((u) => [u.addInteger(1), u.addInteger(2), u.addInteger(1)])(new UniqueValues()) // => [true, true, false]
 */
class UniqueValues {
    run = new Float64Array(INITIAL_RUN);
    runLength = 0;
    others = new hash64_set/* Hash64Set */.H();
    digits = new Uint8Array(16);
    hash = new Uint32Array(2);
    /** Distinct texts seen. */
    get size() {
        return this.runLength + this.others.size;
    }
    /** Adds the canonical integer text of `value` (0 ≤ value < 10^15, whole); true when it is new. */
    addInteger(value) {
        const length = this.runLength;
        if (length === 0 || value > this.run[length - 1]) {
            if (length === this.run.length) {
                const grown = new Float64Array(length * 2);
                grown.set(this.run);
                this.run = grown;
            }
            this.run[length] = value;
            this.runLength = length + 1;
            return true;
        }
        if (this.inRun(value))
            return false;
        this.hashInteger(value);
        return this.others.add(this.hash[0], this.hash[1]);
    }
    /** Adds a text (a canonical integer goes to the run); true when it is new. */
    addText(text) {
        const integer = canonicalIntegerText(text);
        if (integer >= 0)
            return this.addInteger(integer);
        hashString64(text, this.hash);
        return this.others.add(this.hash[0], this.hash[1]);
    }
    /**
     * Adds the text of UTF-8 bytes `[start, end)` without decoding ASCII (see hashBytes64; `decode` for the rest);
     * true when it is new.
     */
    addBytes(bytes, start, end, nonAscii, decode) {
        if (nonAscii)
            return this.addText(decode(bytes, start, end));
        const integer = canonicalIntegerBytes(bytes, start, end);
        if (integer >= 0)
            return this.addInteger(integer);
        hashBytes64(bytes, start, end, false, noDecode, this.hash);
        return this.others.add(this.hash[0], this.hash[1]);
    }
    /** Adds the text `String(n)` of a number cell (a whole 0 ≤ n < 10^15 straight to the run); true when it is new. */
    addNumber(n) {
        return Number.isInteger(n) && n >= 0 && n < RUN_LIMIT ? this.addInteger(n) : this.addText(String(n));
    }
    /** The 64-bit hashes of every distinct text as (high, low) pairs (see Hash64Set.members). */
    members() {
        const others = this.others.members();
        const out = new Uint32Array(others.length + this.runLength * 2);
        out.set(others);
        let at = others.length;
        for (let i = 0; i < this.runLength; i++) {
            this.hashInteger(this.run[i]);
            out[at++] = this.hash[0];
            out[at++] = this.hash[1];
        }
        return out;
    }
    inRun(value) {
        let lo = 0;
        let hi = this.runLength - 1;
        const run = this.run;
        while (lo <= hi) {
            const mid = (lo + hi) >>> 1;
            const at = run[mid];
            if (at === value)
                return true;
            if (at < value)
                lo = mid + 1;
            else
                hi = mid - 1;
        }
        return false;
    }
    // hashString64 of String(value), from its digits (no string made).
    hashInteger(value) {
        const digits = this.digits;
        let at = digits.length;
        let rest = value;
        do {
            const next = Math.floor(rest / 10);
            digits[--at] = 48 + (rest - next * 10);
            rest = next;
        } while (rest > 0);
        hashBytes64(digits, at, digits.length, false, noDecode, this.hash);
    }
}
/**
 * The value of ASCII bytes `[start, end)` when they spell a non-negative integer canonically (see UniqueValues),
 * else −1.
 * @throws never
 * @example
 * canonicalIntegerBytes(new TextEncoder().encode('042'), 0, 3) // => -1
 */
function canonicalIntegerBytes(bytes, start, end) {
    const length = end - start;
    if (length < 1 || length > MAX_DIGITS)
        return -1;
    if (length > 1 && bytes[start] === 48)
        return -1;
    let value = 0;
    for (let i = start; i < end; i++) {
        const d = bytes[i] - 48;
        if (d < 0 || d > 9)
            return -1;
        value = value * 10 + d;
    }
    return value;
}
/**
 * {@link canonicalIntegerBytes} of a string.
 * @throws never
 * @example
 * canonicalIntegerText('120') // => 120
 */
function canonicalIntegerText(text) {
    const length = text.length;
    if (length < 1 || length > MAX_DIGITS)
        return -1;
    if (length > 1 && text.charCodeAt(0) === 48)
        return -1;
    let value = 0;
    for (let i = 0; i < length; i++) {
        const d = text.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

;// CONCATENATED MODULE: ./src/core/contract/create-contract-checker.ts









const isMostlyRule = (key) => MOSTLY_RULES.includes(key);
/**
 * Distinct values per column a uniqueness check holds (one 64-bit hash each in a flat table: at most 128 MiB at
 * this limit); beyond it the check is an `error`, never a silent pass.
 */
const UNIQUE_LIMIT = 10_000_000;
/** Example rows kept per violated rule (their lines become check-run annotations). */
const DEFAULT_MAX_EXAMPLES = 5;
const tally = () => ({ count: 0, examples: [] });
/** Whether a number breaks the rule's `min` (`strict_min`: equal breaks it too). */
function belowMin(rule, n) {
    return rule.min !== undefined && (n < rule.min || (n === rule.min && rule.strict_min === true));
}
/** Whether a number breaks the rule's `max` (`strict_max`: equal breaks it too). */
function aboveMax(rule, n) {
    return rule.max !== undefined && (n > rule.max || (n === rule.max && rule.strict_max === true));
}
/** A present chunk cell's type check: int/float from its number, bool/timestamp from its entry's verdict. */
const numericType = (type) => type === 'int' || type === 'float';
let noNumbers = new Float64Array(0);
// Only int / float types and bounds read a cell's number: a text column's numbers are never parsed (all NaN here).
function numbersRead(rule, c) {
    if (rule.min !== undefined || rule.max !== undefined || numericType(rule.type))
        return c.numbers;
    if (noNumbers.length < c.length)
        noNumbers = new Float64Array(c.length).fill(Number.NaN);
    return noNumbers;
}
function chunkCellTyped(type, n, verdict) {
    if (type === 'int')
        return Number.isInteger(n);
    if (type === 'float')
        return Number.isFinite(n);
    if (type === 'bool' || type === 'timestamp')
        return (verdict & BAD_TYPE) === 0;
    return true;
}
/** What a dictionary entry's text breaks (bits): its type (bool/timestamp), allowed_values, pattern, length. */
const BAD_TYPE = 1;
const BAD_ALLOWED = 2;
const BAD_PATTERN = 4;
const BAD_LENGTH = 8;
/**
 * Creates a streaming checker of `contract` over a file with columns `header`. Memory is bounded: counts per
 * rule, up to `maxExamples` example rows per rule, and per `unique` column its distinct values (≤ {@link UNIQUE_LIMIT};
 * see UniqueValues: 8–16 bytes each for integers in increasing order, else a 64-bit hash in 11–23 bytes; a hash
 * collision, probability about n²/2⁶⁵ — 3·10⁻⁶ at ten million values — would report one false duplicate).
 * Pure: no I/O; `file` is only used for the check locations.
 * @throws {RangeError} never for data; an invalid `pattern` becomes an `error` check
 * @example
 * createContractChecker({ columns: { a: { type: 'int' } } }, ['a'], 'x.csv').finish().length // => 3
 */
function createContractChecker(contract, header, file, options = {}) {
    const maxExamples = options.maxExamples ?? DEFAULT_MAX_EXAMPLES;
    const uniqueLimit = options.uniqueLimit ?? UNIQUE_LIMIT;
    const states = [];
    let currentHeader = header;
    let rows = 0;
    // Columns are attached when the header names them: at once for CSV and Parquet, on first sight for JSON Lines,
    // whose keys can appear late (the rows before lacked the key: nulls).
    const attach = () => {
        for (const [name, rule] of Object.entries(contract.columns)) {
            const index = currentHeader.indexOf(name);
            if (index < 0 || states.some((s) => s.name === name))
                continue;
            const compiled = rule.pattern === undefined ? undefined : (0,compile_contract_pattern/* compileContractPattern */.g)(rule.pattern);
            const regex = compiled?.ok === true ? compiled.test : undefined;
            const regexError = compiled?.ok === false ? compiled.reason : undefined;
            states.push({
                name,
                rule,
                index,
                nulls: rows,
                type: tally(),
                min: tally(),
                max: tally(),
                allowed: tally(),
                pattern: tally(),
                length: tally(),
                duplicate: tally(),
                allowedSet: rule.allowed_values === undefined ? undefined : new Set(rule.allowed_values.map((v) => String(v))),
                regex,
                regexError,
                seen: rule.unique === true ? new UniqueValues() : undefined,
                overflow: false,
            });
        }
    };
    attach();
    let firstLine;
    const record = (t, line, value) => {
        t.count++;
        if (t.examples.length < maxExamples)
            t.examples.push({ line, value });
    };
    function observe(batch, lines, numbers) {
        rows += batch.length;
        if (firstLine === undefined && lines.length > 0)
            firstLine = lines[0];
        for (const s of states)
            observeColumn(s, batch, lines, numbers?.[s.index]);
    }
    // One column of a batch: nulls, then per present cell its type, numeric bounds and text rules.
    function observeColumn(s, batch, lines, parsed) {
        const { rule } = s;
        const numericRule = rule.min !== undefined || rule.max !== undefined;
        const textual = rule.pattern !== undefined || rule.min_length !== undefined || rule.max_length !== undefined;
        const needsNumber = numericRule || rule.type === 'int' || rule.type === 'float';
        for (let r = 0; r < batch.length; r++) {
            const cell = batch[r][s.index];
            const line = lines[r];
            if ((0,cell_value/* isMissing */.b2)(cell)) {
                s.nulls++;
                continue;
            }
            const n = parsed !== undefined ? parsed[r] : needsNumber ? (0,cell_value/* cellNumberOrNaN */.U0)(cell) : Number.NaN;
            if (!(0,classify_cell/* parsedCellHasType */.UP)(cell, n, rule.type)) {
                record(s.type, line, cell);
                continue;
            }
            if (numericRule && n === n) {
                if (belowMin(rule, n))
                    record(s.min, line, cell);
                if (aboveMax(rule, n))
                    record(s.max, line, cell);
            }
            if (s.allowedSet !== undefined || textual || s.seen !== undefined)
                observeText(s, line, cell);
        }
    }
    // The rules on a present cell's text: allowed values, pattern, length, uniqueness.
    function observeText(s, line, cell) {
        const { rule } = s;
        const text = (0,cell_value/* cellToString */.hu)(cell) ?? '';
        if (s.allowedSet !== undefined && !s.allowedSet.has(text))
            record(s.allowed, line, cell);
        if (s.regex !== undefined && !s.regex(text))
            record(s.pattern, line, cell);
        if ((rule.min_length !== undefined && text.length < rule.min_length) ||
            (rule.max_length !== undefined && text.length > rule.max_length)) {
            record(s.length, line, cell);
        }
        if (s.seen !== undefined && !s.overflow) {
            if (!s.seen.addText(text))
                record(s.duplicate, line, cell);
            else if (s.seen.size > uniqueLimit) {
                s.overflow = true;
                s.seen = undefined;
            }
        }
    }
    function observeChunk(chunk) {
        rows += chunk.length;
        if (firstLine === undefined && chunk.length > 0)
            firstLine = chunk.lines[0];
        for (const s of states)
            observeTextColumn(s, chunk.cells[s.index], chunk.lines);
    }
    // observeColumn over a text column chunk: per row only numbers, ids and bytes; each distinct text judged once.
    function observeTextColumn(s, c, lines) {
        const { rule } = s;
        const { missing, length } = c;
        const textual = rule.pattern !== undefined || rule.min_length !== undefined || rule.max_length !== undefined;
        const wordType = rule.type === 'bool' || rule.type === 'timestamp';
        const verdicts = wordType || textual || s.allowedSet !== undefined ? judgeEntries(s, c) : undefined;
        const ids = verdicts === undefined ? undefined : c.dictionary().ids;
        const bounded = rule.min !== undefined || rule.max !== undefined;
        const numbers = numbersRead(rule, c);
        for (let r = 0; r < length; r++) {
            if (missing[r] === 1) {
                s.nulls++;
                continue;
            }
            const n = numbers[r];
            const verdict = ids === undefined ? 0 : verdicts[ids[r]];
            if (!chunkCellTyped(rule.type, n, verdict)) {
                recordRow(s.type, c, r, lines);
                continue;
            }
            if (bounded && n === n) {
                if (belowMin(rule, n))
                    recordRow(s.min, c, r, lines);
                if (aboveMax(rule, n))
                    recordRow(s.max, c, r, lines);
            }
            if (verdict !== 0)
                recordVerdict(s, verdict, c, r, lines);
            if (s.seen !== undefined && !s.overflow)
                observeUniqueRow(s, c, r, lines);
        }
    }
    function recordVerdict(s, verdict, c, r, lines) {
        if ((verdict & BAD_ALLOWED) !== 0)
            recordRow(s.allowed, c, r, lines);
        if ((verdict & BAD_PATTERN) !== 0)
            recordRow(s.pattern, c, r, lines);
        if ((verdict & BAD_LENGTH) !== 0)
            recordRow(s.length, c, r, lines);
    }
    // Uniqueness of row r of a chunk: its text, from the bytes (a typed cell: its number or its text).
    function observeUniqueRow(s, c, r, lines) {
        const seen = s.seen;
        const fresh = c instanceof column_chunk/* NativeColumnChunk */.Ne
            ? (0,column_chunk/* isNumberCell */.gn)(c, r)
                ? seen.addNumber(c.numbers[r])
                : seen.addText(c.text(r) ?? '')
            : seen.addBytes(c.bytes, c.starts[r], c.ends[r], c.nonAscii[r] === 1, c.decode);
        if (!fresh)
            recordRow(s.duplicate, c, r, lines);
        else if (seen.size > uniqueLimit) {
            s.overflow = true;
            s.seen = undefined;
        }
    }
    // Per dictionary entry of a chunk column: which of the type (bool/timestamp) and text rules its text breaks.
    function judgeEntries(s, c) {
        const { rule } = s;
        const { entries, firstRows } = c.dictionary();
        const out = new Uint8Array(entries.length);
        for (let id = 0; id < entries.length; id++) {
            const text = entries[id];
            let verdict = 0;
            const n = numericType(rule.type) ? c.numbers[firstRows[id]] : Number.NaN;
            if (!(0,classify_cell/* parsedCellHasType */.UP)(text, n, rule.type))
                verdict |= BAD_TYPE;
            if (s.allowedSet !== undefined && !s.allowedSet.has(text))
                verdict |= BAD_ALLOWED;
            if (s.regex !== undefined && !s.regex(text))
                verdict |= BAD_PATTERN;
            if ((rule.min_length !== undefined && text.length < rule.min_length) ||
                (rule.max_length !== undefined && text.length > rule.max_length))
                verdict |= BAD_LENGTH;
            out[id] = verdict;
        }
        return out;
    }
    // `record` for row r of a chunk: the text is decoded only while the rule still keeps examples.
    function recordRow(t, c, r, lines) {
        t.count++;
        if (t.examples.length < maxExamples)
            t.examples.push({ line: lines[r], value: (0,column_chunk/* chunkCell */.KZ)(c, r) });
    }
    function extendHeader(longer) {
        currentHeader = longer;
        attach();
    }
    function ruleCheck(s, id, t, message, passRule, rule, key) {
        const severity = (0,rule_options/* ruleSeverity */.u)(s.rule, key);
        const mostly = isMostlyRule(key) ? (0,rule_options/* ruleMostly */.f)(s.rule, key) : undefined;
        const examples = t.examples.map((e) => ({ value: e.value, line: e.line }));
        const locations = t.examples.map((e) => ({ file, line: e.line }));
        if (mostly !== undefined) {
            const { count } = t;
            const considered = rows - s.nulls;
            const column = s.name;
            return (0,row_rule_check/* mostlyCheck */.l)({
                id: `contract.${column}.${id}`,
                column,
                rule,
                count,
                considered,
                rows,
                mostly,
                severity,
                examples,
                locations,
            });
        }
        const fraction = rows > 0 ? t.count / rows : 0;
        const warning = severity === 'warning';
        return {
            id: `contract.${s.name}.${id}`,
            status: t.count > 0 ? (0,row_rule_check/* brokenStatus */.K)(severity) : 'pass',
            observed: t.count,
            measure: 'violating rows',
            threshold: { max: 0, rule },
            message: t.count > 0
                ? warning
                    ? messages/* contractMessages */.x.asWarning(message)
                    : message
                : messages/* contractMessages */.x.passed(s.name, passRule),
            ...(t.count > 0
                ? {
                    locations,
                    examples,
                    details: { count: t.count, fraction, examples: t.examples, ...(warning ? { severity } : {}) },
                }
                : warning
                    ? { details: { severity } }
                    : {}),
        };
    }
    function finish() {
        const checks = [rowsCheck()];
        const missingColumns = Object.entries(contract.columns)
            .filter(([name, rule]) => rule.required !== false && !states.some((s) => s.name === name))
            .map(([name]) => name);
        for (const name of missingColumns) {
            checks.push({
                id: `contract.${name}.present`,
                status: 'fail',
                observed: false,
                threshold: { rule: 'required' },
                message: messages/* contractMessages */.x.missingColumn(name),
                locations: [{ file, line: 1 }],
            });
        }
        if (contract.extra_columns === 'forbid')
            checks.push(extraColumnsCheck());
        const inContractOrder = Object.keys(contract.columns).flatMap((name) => states.filter((s) => s.name === name));
        for (const s of inContractOrder)
            checks.push(...columnChecks(s));
        return checks;
    }
    // `contract.rows`: no rows is an error, a count outside the contract's bounds a failure.
    function rowsCheck() {
        const bounds = contract.rows ?? {};
        if (rows === 0) {
            return {
                id: 'contract.rows',
                status: 'error',
                observed: 0,
                threshold: { min: Math.max(1, bounds.min ?? 1) },
                message: messages/* contractMessages */.x.emptyData(),
                locations: [{ file }],
            };
        }
        const bad = (bounds.min !== undefined && rows < bounds.min) || (bounds.max !== undefined && rows > bounds.max);
        return {
            id: 'contract.rows',
            status: bad ? 'fail' : 'pass',
            observed: rows,
            measure: 'rows',
            threshold: {
                ...(bounds.min === undefined ? {} : { min: bounds.min }),
                ...(bounds.max === undefined ? {} : { max: bounds.max }),
            },
            message: messages/* contractMessages */.x.rowCount(rows, bounds.min, bounds.max),
        };
    }
    // `contract.columns.extra` under `extra_columns: forbid`: the header's columns the contract does not name.
    function extraColumnsCheck() {
        const extra = currentHeader.filter((c) => !(c in contract.columns));
        return {
            id: 'contract.columns.extra',
            status: extra.length > 0 ? 'fail' : 'pass',
            observed: extra.length,
            measure: 'extra columns',
            threshold: { max: 0, rule: 'extra_columns: forbid' },
            message: extra.length > 0 ? messages/* contractMessages */.x.extraColumns(extra) : 'no columns outside the contract',
            ...(extra.length > 0
                ? {
                    locations: [{ file, line: 1 }],
                    examples: extra.map((value) => ({ value, line: 1 })),
                    details: { columns: extra },
                }
                : {}),
        };
    }
    // The checks of one present column, in a fixed order: type, nulls, min, max, allowed values, pattern, length, unique.
    function columnChecks(s) {
        const { rule, name } = s;
        const checks = [
            ruleCheck(s, 'type', s.type, messages/* contractMessages */.x.typeMismatch(name, rule.type, s.type.count), `type ${rule.type}`, `type: ${rule.type}`, 'type'),
            nullsCheck(s),
        ];
        if (rule.min !== undefined)
            checks.push(ruleCheck(s, 'min', s.min, messages/* contractMessages */.x.belowMin(name, s.min.count, rule.min, rule.strict_min === true), `min ${rule.min}${rule.strict_min === true ? ' (strict)' : ''}`, `min: ${rule.min}${rule.strict_min === true ? ', strict_min: true' : ''}`, 'min'));
        if (rule.max !== undefined)
            checks.push(ruleCheck(s, 'max', s.max, messages/* contractMessages */.x.aboveMax(name, s.max.count, rule.max, rule.strict_max === true), `max ${rule.max}${rule.strict_max === true ? ' (strict)' : ''}`, `max: ${rule.max}${rule.strict_max === true ? ', strict_max: true' : ''}`, 'max'));
        if (s.allowedSet !== undefined)
            checks.push(ruleCheck(s, 'allowed-values', s.allowed, messages/* contractMessages */.x.notAllowed(name, s.allowed.count), 'allowed_values', 'allowed_values', 'allowed_values'));
        if (rule.pattern !== undefined)
            checks.push(patternCheck(s, rule.pattern));
        if (rule.min_length !== undefined || rule.max_length !== undefined) {
            checks.push(ruleCheck(s, 'length', s.length, messages/* contractMessages */.x.lengthOutOfRange(name, s.length.count, rule.min_length, rule.max_length), 'string length', 'min_length/max_length', 'length'));
        }
        if (rule.unique === true)
            checks.push(uniqueCheck(s));
        return checks;
    }
    // `.nulls`: the column's missing fraction against max_null_fraction (0 by default).
    function nullsCheck(s) {
        const { rule, name } = s;
        const maxNull = rule.max_null_fraction ?? 0;
        const nullFraction = rows > 0 ? s.nulls / rows : 0;
        const severity = (0,rule_options/* ruleSeverity */.u)(rule, 'max_null_fraction');
        const broken = messages/* contractMessages */.x.nullFraction(name, s.nulls, nullFraction, maxNull);
        return {
            id: `contract.${name}.nulls`,
            status: rows > 0 && nullFraction > maxNull ? (0,row_rule_check/* brokenStatus */.K)(severity) : 'pass',
            observed: nullFraction,
            measure: 'null fraction',
            threshold: { max: maxNull },
            message: nullFraction > maxNull
                ? severity === 'warning'
                    ? messages/* contractMessages */.x.asWarning(broken)
                    : broken
                : messages/* contractMessages */.x.passed(name, `max_null_fraction ${maxNull}`),
            details: { count: s.nulls, fraction: nullFraction, ...(severity === 'warning' ? { severity } : {}) },
        };
    }
    // `.pattern`: an error when the pattern does not compile, else the cells that do not match it.
    function patternCheck(s, pattern) {
        if (s.regexError !== undefined) {
            return {
                id: `contract.${s.name}.pattern`,
                status: 'error',
                observed: null,
                threshold: { rule: pattern },
                message: messages/* contractMessages */.x.invalidPattern(s.name, pattern, s.regexError),
            };
        }
        return ruleCheck(s, 'pattern', s.pattern, messages/* contractMessages */.x.patternMismatch(s.name, s.pattern.count, pattern), `pattern /${pattern}/`, pattern, 'pattern');
    }
    // `.unique`: an error past the distinct-value limit, else the duplicate cells.
    function uniqueCheck(s) {
        if (s.overflow) {
            return {
                id: `contract.${s.name}.unique`,
                status: 'error',
                observed: null,
                threshold: { max: 0, rule: 'unique' },
                message: messages/* contractMessages */.x.uniquenessLimit(s.name, uniqueLimit),
            };
        }
        return ruleCheck(s, 'unique', s.duplicate, messages/* contractMessages */.x.duplicates(s.name, s.duplicate.count), 'unique', 'unique', 'unique');
    }
    function uniqueHashes() {
        const out = new Map();
        for (const s of states)
            if (s.rule.unique === true)
                out.set(s.name, s.seen === undefined ? null : s.seen.members());
        return out;
    }
    return { observe, observeChunk, extendHeader, finish, uniqueHashes };
}

// EXTERNAL MODULE: ./src/core/profile/column-profile.ts + 2 modules
var column_profile = __webpack_require__(57960);
;// CONCATENATED MODULE: ./src/core/profile/profile-chunk.ts




/**
 * Adds one column chunk of text cells (a CSV block) to a profile: the same profile as `profileAddParsed` on each of
 * its cells in row order (the property test holds the two equal), computed with loops over the chunk's typed arrays.
 * Categories are counted per dictionary id and folded in once per chunk while the column stays clear of the cap and
 * once it is past it (hashed); a column that froze (all numbers, CATEGORY_CAP distinct values) needs no text at all
 * but its lengths; the one chunk that reaches the cap goes cell by cell through profileAddParsed with the
 * dictionary's strings, so the cap's order-dependent rules (freeze or hash) apply exactly.
 * @throws never
 */
function profileAddTextChunk(p, c) {
    if (p.categoriesFrozen)
        return addFrozen(p, c);
    const { ids, entries, counts, firstRows } = c.dictionary();
    if (p.hashed === null && p.distinct + entries.length >= column_profile/* CATEGORY_CAP */.cc) {
        for (let r = 0; r < c.length; r++) {
            const id = ids[r];
            const n = c.numbers[r];
            // A native number (Parquet, JSON) goes in as the number: a frozen column skips its length, as the row path does.
            (0,column_profile/* profileAddParsed */._Q)(p, id < 0 ? null : (0,column_chunk/* isNumberCell */.gn)(c, r) ? n : entries[id], n);
        }
        return;
    }
    // Clear of the cap, or past it (hashed: the column has a non-number, so it can no longer freeze): each entry is
    // folded in once, in order of first appearance, which gives the buckets and the coordinated sample of a
    // cell-by-cell pass (the sample's level only rises when a new value arrives).
    const { numbers, missing, length } = c;
    let absent = 0;
    for (let r = 0; r < length; r++)
        absent += missing[r];
    p.rows += length;
    p.missing += absent;
    for (let id = 0; id < entries.length; id++) {
        const text = entries[id];
        const count = counts[id];
        if (p.minLength === null || text.length < p.minLength)
            p.minLength = text.length;
        if (p.maxLength === null || text.length > p.maxLength)
            p.maxLength = text.length;
        (0,column_profile/* profileAddCategoryCount */.wh)(p, text, count);
        if (!Number.isFinite(numbers[firstRows[id]])) {
            if ((0,cell_value/* cellToBoolean */.sv)(text) !== undefined)
                p.booleans += count;
            else if ((0,classify_cell/* isIsoTimestamp */.Oh)(text))
                p.timestamps += count;
        }
    }
    addNumbers(p, numbers, length);
}
// A frozen column: lengths and `otherCount` per present cell, numbers in row order, words only for non-numbers.
function addFrozen(p, c) {
    const { numbers, missing, length } = c;
    let minLength = p.minLength ?? Number.POSITIVE_INFINITY;
    let maxLength = p.maxLength ?? Number.NEGATIVE_INFINITY;
    let present = 0;
    let tracked = 0;
    const native = c instanceof column_chunk/* NativeColumnChunk */.Ne;
    for (let r = 0; r < length; r++) {
        if (missing[r] === 1)
            continue;
        present++;
        const n = numbers[r];
        if (native && (0,column_chunk/* isNumberCell */.gn)(c, r)) {
            // A native number's length goes untracked in a frozen column (profileAddParsed).
            if (Number.isFinite(n))
                (0,column_profile/* profileAddNumber */._U)(p, n);
            continue;
        }
        tracked++;
        const units = c.textLength(r);
        if (units < minLength)
            minLength = units;
        if (units > maxLength)
            maxLength = units;
        if (Number.isFinite(n))
            (0,column_profile/* profileAddNumber */._U)(p, n);
        else {
            const text = c.text(r);
            if ((0,cell_value/* cellToBoolean */.sv)(text) !== undefined)
                p.booleans++;
            else if ((0,classify_cell/* isIsoTimestamp */.Oh)(text))
                p.timestamps++;
        }
    }
    p.rows += length;
    p.missing += length - present;
    p.otherCount += present;
    if (tracked > 0) {
        p.minLength = minLength;
        p.maxLength = maxLength;
    }
}
function addNumbers(p, numbers, length) {
    for (let r = 0; r < length; r++) {
        const n = numbers[r];
        if (Number.isFinite(n))
            (0,column_profile/* profileAddNumber */._U)(p, n);
    }
}

;// CONCATENATED MODULE: ./src/validate-data/scan-dataset.ts





/** Distinct values per column a range scan counts completely (so that a range after the first merges exactly). */
const COMPLETE_COUNTS_LIMIT = 1 << 16;
/**
 * Reads a dataset once, streaming: column profiles for every column and, when given, the contract checks. Each
 * cell is parsed as a number once per batch (column by column) and that number serves the profile and the checks.
 * JSON Lines are read once too: their columns are the keys as they appear, and a key first seen late has nulls
 * for the rows before it.
 */
async function scanDataset(path, contract, options) {
    // Formats whose columns are the union of keys, known only at the end of the file.
    const growing = ['jsonl', 'json-array'].includes((0,dataset/* datasetFormat */.QV)(path).format);
    const header = growing ? [] : await (0,dataset/* datasetHeader */.eZ)(path);
    const profiles = header.map((name) => (0,column_profile/* createColumnProfile */.O0)(name));
    const profiled = options.profiled === undefined ? undefined : new Set(options.profiled);
    // Per column: profiled in full, or only its rows and nulls counted (nothing else reads the rest).
    const full = (name) => profiled === undefined || profiled.has(name);
    const fully = header.map(full);
    const checker = contract === undefined
        ? undefined
        : createContractChecker(contract, header, path, { maxExamples: options.maxExamples });
    const read = {
        signal: options.signal,
        ...(options.maxFieldBytes === undefined ? {} : { maxFieldBytes: options.maxFieldBytes }),
        ...(growing ? {} : { columns: header }),
    };
    if (options.range !== undefined)
        return scanRange(path, { range: options.range }, read, header, profiles, fully, checker);
    if (options.rowGroups !== undefined)
        return scanRange(path, { rowGroups: options.rowGroups }, read, header, profiles, fully, checker);
    if ((0,dataset/* columnChunksSupported */.jF)(path))
        return scanChunks(path, read, header, profiles, fully, checker);
    return scanRows(path, read, header, profiles, full, checker);
}
/** The row readers (JSON Lines, JSON arrays, compressed or non-UTF-8 CSV): cells one by one; a late key's nulls. */
async function scanRows(path, read, first, profiles, full, checker) {
    let header = first;
    let fully = header.map(full);
    let numbers = [];
    let rowsSoFar = 0;
    for await (const batch of (0,dataset/* readDataset */.JP)(path, read)) {
        const rows = batch.rows;
        if (batch.columns.length > header.length) {
            header = [...batch.columns];
            for (let j = profiles.length; j < header.length; j++) {
                const profile = (0,column_profile/* createColumnProfile */.O0)(header[j]);
                profile.rows = profile.missing = rowsSoFar;
                profiles.push(profile);
            }
            fully = header.map(full);
            checker?.extendHeader(header);
        }
        if (numbers.length < header.length || (numbers[0]?.length ?? 0) < rows.length)
            numbers = header.map(() => new Float64Array(Math.max(rows.length, numbers[0]?.length ?? 0)));
        for (let j = 0; j < header.length; j++) {
            const profile = profiles[j];
            const column = numbers[j];
            const inFull = fully[j] === true;
            for (let r = 0; r < rows.length; r++) {
                const cell = rows[r][j] ?? null;
                const n = (0,cell_value/* cellNumberOrNaN */.U0)(cell);
                column[r] = n;
                if (inFull)
                    (0,column_profile/* profileAddParsed */._Q)(profile, cell, n);
                else
                    profileAddPresence(profile, (0,cell_value/* isMissing */.b2)(cell) ? 1 : 0);
            }
        }
        checker?.observe(rows, batch.lines, numbers);
        rowsSoFar += rows.length;
    }
    return finishScan(header, profiles, checker);
}
/** CSV/TSV: column chunks straight from the bytes (no per-cell strings); the same profiles and checks. */
async function scanChunks(path, read, header, profiles, fully, checker) {
    for await (const chunk of (0,dataset/* readColumnChunks */.LZ)(path, read)) {
        for (let j = 0; j < header.length; j++)
            addChunk(profiles[j], chunk.cells[j], fully[j] === true);
        checker?.observeChunk(chunk);
    }
    return finishScan(header, profiles, checker);
}
/**
 * One part of a file in a parallel scan — a byte range of a CSV file or a run of row groups of a Parquet file: the
 * scan of its records, where it stopped, complete counts.
 */
async function scanRange(path, part, read, header, profiles, fully, checker) {
    let next = 'range' in part
        ? { offset: part.range.start, line: 1 }
        : { offset: part.rowGroups.first + part.rowGroups.count, line: 1 };
    const counts = header.map(() => new Map());
    const chunks = 'range' in part
        ? (0,dataset/* readColumnChunks */.LZ)(path, { ...read, range: part.range, onRangeEnd: (end) => (next = end) })
        : (0,dataset/* readColumnChunks */.LZ)(path, { ...read, rowGroups: part.rowGroups });
    for await (const chunk of chunks) {
        for (let j = 0; j < header.length; j++) {
            const profile = profiles[j];
            addChunk(profile, chunk.cells[j], fully[j] === true);
            const known = counts[j];
            // A column counted only (no categories) merges from its counts: its complete counts stay empty.
            if (fully[j] !== true)
                continue;
            if (known === null || known === undefined)
                continue;
            if (profile.categoriesFrozen) {
                counts[j] = null;
                continue;
            }
            const { entries, counts: entryCounts } = chunk.cells[j].dictionary();
            for (let id = 0; id < entries.length; id++) {
                const text = entries[id];
                known.set(text, (known.get(text) ?? 0) + entryCounts[id]);
            }
            if (known.size > COMPLETE_COUNTS_LIMIT)
                counts[j] = null;
        }
        checker?.observeChunk(chunk);
    }
    return { ...finishScan(header, profiles, checker), range: { next, completeCounts: counts } };
}
/** One chunk column into its profile: in full, or only its rows and nulls. */
function addChunk(profile, cells, inFull) {
    if (inFull)
        return profileAddTextChunk(profile, cells);
    const { missing, length } = cells;
    let absent = 0;
    for (let r = 0; r < length; r++)
        absent += missing[r];
    profile.rows += length;
    profile.missing += absent;
}
/** A cell of a column counted only: a row, and a null when `absent` is 1. */
function profileAddPresence(profile, absent) {
    profile.rows++;
    profile.missing += absent;
}
function finishScan(header, profiles, checker) {
    return {
        header,
        profiles: profiles.map(column_profile/* finishColumnProfile */.ZA),
        contractChecks: checker?.finish(),
        ...(checker === undefined ? {} : { uniqueHashes: checker.uniqueHashes() }),
    };
}

// EXTERNAL MODULE: ./src/core/profile/merge-profiles.ts
var merge_profiles = __webpack_require__(84064);
;// CONCATENATED MODULE: ./src/core/profile/continue-profile.ts


/**
 * The profile one pass gives over the rows of `a` followed by the rows of `b` (two consecutive byte ranges of a file,
 * both profiles finished), or undefined when the category state cannot be rebuilt exactly: then scan sequentially.
 * Counts, ranges, lengths and word counts add; exact values merge sorted; moments use mergeProfiles' parallel update
 * (equal to the one-pass Welford values up to rounding) and so do sketches past EXACT_VALUES_LIMIT (the same rank
 * error bound). Categories follow the cap's order-dependent rules exactly: a frozen `a` stays frozen (every present
 * value of `b` is "other"); otherwise `b`'s complete counts (`bCounts`, or its categories when it never reached
 * the cap) are replayed onto `a` in order of first appearance — exact once `a` is hashed (it can no longer freeze)
 * and while the union stays below CATEGORY_CAP (it cannot freeze or start hashing mid-way).
 * @throws {RangeError} if the profiles are of different columns
 * @example
 * continueProfile(createColumnProfile('a'), createColumnProfile('a'), null)?.rows // => 0
 */
function continueProfile(a, b, bCounts) {
    const merged = (0,merge_profiles/* mergeProfiles */.N)(a, b);
    // As one pass compares (`n < min`): the first of equal bounds stays (−0 before a later +0, unlike Math.min).
    const min = a.min === null || (b.min !== null && b.min < a.min) ? b.min : a.min;
    const max = a.max === null || (b.max !== null && b.max > a.max) ? b.max : a.max;
    const numeric = { ...merged, min, max };
    if (a.categoriesFrozen) {
        return {
            ...numeric,
            categories: new Map(a.categories),
            distinct: a.distinct,
            otherCount: a.otherCount + b.rows - b.missing,
            categoriesFrozen: true,
            hashed: null,
            sampled: null,
            sampleLevel: 0,
        };
    }
    const counts = b.hashed === null && !b.categoriesFrozen ? b.categories : bCounts;
    if (counts === null)
        return undefined;
    if (a.hashed === null) {
        let fresh = 0;
        for (const key of counts.keys())
            if (!a.categories.has(key))
                fresh++;
        if (a.distinct + fresh >= column_profile/* CATEGORY_CAP */.cc)
            return undefined;
    }
    const replay = {
        ...numeric,
        categories: new Map(a.categories),
        distinct: a.distinct,
        otherCount: a.otherCount,
        categoriesFrozen: false,
        hashed: a.hashed === null ? null : [...a.hashed],
        sampled: a.sampled === null ? null : new Map(a.sampled),
        sampleLevel: a.sampleLevel,
    };
    for (const [key, count] of counts)
        (0,column_profile/* profileAddCategoryCount */.wh)(replay, key, count);
    return replay;
}

;// CONCATENATED MODULE: ./src/validate-data/scan-merge.ts




/**
 * Merges the scans of consecutive byte ranges of one file (range 0 first; lines of range i counted from its start)
 * into the scan one sequential pass gives: profiles with continueProfile, contract tallies added with their example
 * lines offset by the lines of the ranges before (the first `maxExamples` in line order), uniqueness across ranges
 * from the ranges' value hashes. Where the result could differ from the sequential pass (a duplicate across ranges,
 * whose lines are not known; a category state that cannot be rebuilt; a check it does not know) it says why instead.
 * @throws never
 */
function mergeRangeScans(file, contract, scans, maxExamples) {
    const first = scans[0];
    const offsets = [];
    let lines = 0;
    for (const scan of scans) {
        offsets.push(lines);
        lines += (scan.range?.next.line ?? 1) - 1;
    }
    const profiles = [];
    for (let j = 0; j < first.profiles.length; j++) {
        let profile = first.profiles[j];
        for (let i = 1; i < scans.length; i++) {
            const scan = scans[i];
            const next = continueProfile(profile, scan.profiles[j], scan.range?.completeCounts[j] ?? null);
            if (next === undefined)
                return { ok: false, reason: `the categories of column "${profile.name}"` };
            profile = next;
        }
        profiles.push(profile);
    }
    if (contract === undefined || first.contractChecks === undefined)
        return { ok: true, scan: { header: first.header, profiles, contractChecks: undefined } };
    const unique = mergeUnique(scans);
    if (typeof unique === 'string')
        return { ok: false, reason: unique };
    const checks = mergeChecks(file, contract, scans, offsets, maxExamples);
    if (typeof checks === 'string')
        return { ok: false, reason: checks };
    return { ok: true, scan: { header: first.header, profiles, contractChecks: checks, uniqueHashes: unique } };
}
/** The `unique` columns' hashes over all ranges; a value in two ranges (or too many values) is a reason instead. */
function mergeUnique(scans) {
    const out = new Map();
    for (const column of scans[0].uniqueHashes?.keys() ?? []) {
        // Sized up front (the ranges' counts are known): growing it shard by shard cost more than the inserts.
        const expected = scans.reduce((sum, scan) => sum + (scan.uniqueHashes?.get(column)?.length ?? 0) / 2, 0);
        const union = new hash64_set/* Hash64Set */.H(Math.min(expected, UNIQUE_LIMIT + 1));
        for (const scan of scans) {
            const hashes = scan.uniqueHashes?.get(column);
            if (hashes === undefined || hashes === null)
                return `the distinct values of unique column "${column}"`;
            for (let i = 0; i < hashes.length; i += 2) {
                if (!union.add(hashes[i], hashes[i + 1]))
                    return `a value repeated across ranges in "${column}"`;
            }
        }
        if (union.size > UNIQUE_LIMIT)
            return `the distinct values of unique column "${column}"`;
        out.set(column, union.members());
    }
    return out;
}
const RULES = ['type', 'nulls', 'min', 'max', 'allowed-values', 'pattern', 'length', 'unique', 'present'];
function mergeChecks(file, contract, scans, offsets, maxExamples) {
    const lists = scans.map((scan) => scan.contractChecks ?? []);
    const ids = lists[0].map((c) => c.id);
    if (lists.some((list) => list.length !== ids.length || list.some((c, k) => c.id !== ids[k])))
        return 'the ranges gave different checks';
    const rows = lists.reduce((sum, list) => sum + Number(list.find((c) => c.id === 'contract.rows')?.observed ?? 0), 0);
    if (rows === 0)
        return 'no rows';
    const out = [];
    for (let k = 0; k < ids.length; k++) {
        const id = ids[k];
        const group = lists.map((list) => list[k]);
        if (id === 'contract.rows') {
            out.push(rowsCheck(contract, rows));
            continue;
        }
        if (id === 'contract.columns.extra') {
            out.push(group[0]);
            continue;
        }
        const rule = RULES.find((r) => id.endsWith(`.${r}`));
        const name = rule === undefined ? '' : id.slice('contract.'.length, -rule.length - 1);
        if (rule === undefined || !id.startsWith('contract.') || contract.columns[name] === undefined)
            return `check ${id}`;
        const merged = mergeGroup(file, contract, rule, name, group, offsets, rows, maxExamples);
        if (typeof merged === 'string')
            return merged;
        out.push(merged);
    }
    return out;
}
/** `contract.rows` over the whole file (as the checker builds it for a file with rows). */
function rowsCheck(contract, rows) {
    const bounds = contract.rows ?? {};
    const bad = (bounds.min !== undefined && rows < bounds.min) || (bounds.max !== undefined && rows > bounds.max);
    return {
        id: 'contract.rows',
        status: bad ? 'fail' : 'pass',
        observed: rows,
        measure: 'rows',
        threshold: {
            ...(bounds.min === undefined ? {} : { min: bounds.min }),
            ...(bounds.max === undefined ? {} : { max: bounds.max }),
        },
        message: messages/* contractMessages */.x.rowCount(rows, bounds.min, bounds.max),
    };
}
function mergeGroup(file, contract, rule, name, group, offsets, rows, maxExamples) {
    const first = group[0];
    if (rule === 'present' || group.some((c) => c.status === 'error')) {
        // Not counted per row: a missing column, a pattern that does not compile, uniqueness past its limit.
        return group.find((c) => c.status === 'error') ?? first;
    }
    const tallied = scan_merge_tally(group, offsets, maxExamples);
    if (typeof tallied === 'string')
        return tallied;
    const { count, examples } = tallied;
    const column = contract.columns[name];
    if (rule === 'nulls') {
        const max = column.max_null_fraction ?? 0;
        const fraction = count / rows;
        return {
            ...first,
            status: fraction > max ? 'fail' : 'pass',
            observed: fraction,
            message: fraction > max
                ? messages/* contractMessages */.x.nullFraction(name, count, fraction, max)
                : messages/* contractMessages */.x.passed(name, `max_null_fraction ${max}`),
            details: { count, fraction },
        };
    }
    if (count === 0)
        return group.find((c) => c.status === 'pass') ?? first;
    const failing = group.find((c) => c.status !== 'pass');
    return {
        id: failing.id,
        status: 'fail',
        observed: count,
        ...(failing.measure === undefined ? {} : { measure: failing.measure }),
        ...(failing.threshold === undefined ? {} : { threshold: failing.threshold }),
        message: failMessage(rule, name, contract, count),
        locations: examples.map((e) => ({ file, line: e.line })),
        examples: examples.map((e) => ({ value: e.value, line: e.line })),
        details: { count, fraction: count / rows, examples },
    };
}
/** A rule's count over the ranges and its first examples in line order (each range's lines offset). */
function scan_merge_tally(group, offsets, maxExamples) {
    let count = 0;
    const examples = [];
    for (let i = 0; i < group.length; i++) {
        const check = group[i];
        const details = check.details;
        if (check.status === 'pass' && check.id.endsWith('.nulls') === false)
            continue;
        if (typeof details?.count !== 'number')
            return `check ${check.id} without a count`;
        count += details.count;
        for (const e of details.examples ?? []) {
            if (examples.length < maxExamples)
                examples.push({ line: e.line + offsets[i], value: e.value });
        }
    }
    return { count, examples };
}
function failMessage(rule, name, contract, count) {
    const c = contract.columns[name];
    switch (rule) {
        case 'type':
            return messages/* contractMessages */.x.typeMismatch(name, c.type, count);
        case 'min':
            return messages/* contractMessages */.x.belowMin(name, count, c.min, c.strict_min === true);
        case 'max':
            return messages/* contractMessages */.x.aboveMax(name, count, c.max, c.strict_max === true);
        case 'allowed-values':
            return messages/* contractMessages */.x.notAllowed(name, count);
        case 'pattern':
            return messages/* contractMessages */.x.patternMismatch(name, count, c.pattern);
        case 'length':
            return messages/* contractMessages */.x.lengthOutOfRange(name, count, c.min_length, c.max_length);
        case 'unique':
            return messages/* contractMessages */.x.duplicates(name, count);
    }
}

;// CONCATENATED MODULE: ./src/core/data/partition-shares.ts
/**
 * How many parts to cut each file of one scan into, for `workers` worker threads: each file's share of the workers
 * by its size (at least one part each). Why: splitting a file into byte ranges costs a merge of its profiles on the
 * main thread (sorted numbers merged, sketches combined) — at 1M rows most of a drift run's serial time — so when
 * the data and the reference already keep both workers busy side by side, each is scanned whole; a file much larger
 * than the other still gets its share of the cores.
 * @throws never
 * @example
 * partitionShares([75e6, 76e6], 2) // => [1, 1]
 * partitionShares([380e6, 75e6], 2) // => [2, 1]
 * partitionShares([75e6], 2) // => [2]
 */
function partitionShares(sizes, workers) {
    const total = sizes.reduce((sum, size) => sum + Math.max(0, size), 0);
    if (sizes.length === 0)
        return [];
    if (total === 0)
        return sizes.map(() => 1);
    return sizes.map((size) => Math.max(1, Math.round((workers * Math.max(0, size)) / total)));
}

// EXTERNAL MODULE: ./src/validate-data/scan-partition.ts
var scan_partition = __webpack_require__(55743);
;// CONCATENATED MODULE: ./src/validate-data/scan-workers.ts











/** Worker threads at most (each holds its ranges' profiles; the CPUs bound the gain). */
const MAX_WORKERS = 8;
/** Whether `scanDatasets` will use worker threads for more than one dataset. */
function scanWorkersEnabled() {
    return (0,scan_worker_mark/* scanWorkerEntry */.cC)() !== undefined;
}
/** The body of a scan worker: scans its one dataset and posts the result (its sorted values moved, not copied). */
async function runScanWorker() {
    const input = external_node_worker_threads_.workerData;
    let output;
    let transfer = [];
    try {
        const { partition } = input;
        const scan = await scanDataset(input.job.path, input.job.contract, {
            maxExamples: input.maxExamples,
            signal: new AbortController().signal,
            ...(input.maxFieldBytes === undefined ? {} : { maxFieldBytes: input.maxFieldBytes }),
            ...(partition.kind === 'csv-bytes' ? { range: partition } : {}),
            ...(partition.kind === 'parquet-row-groups' ? { rowGroups: partition } : {}),
            ...(input.job.profiled === undefined ? {} : { profiled: input.job.profiled }),
        });
        transfer = scan.profiles.flatMap((p) => p.values instanceof Float64Array && p.values.byteLength > 0 ? [p.values.buffer] : []);
        output = { ok: true, scan };
    }
    catch (error) {
        output = { ok: false, error: serializeError(error) };
    }
    external_node_worker_threads_.parentPort?.postMessage(output, transfer);
}
/**
 * Scans datasets (the current data and the reference): in a pool of worker threads when enabled (at most
 * `os.availableParallelism()`, never more than tasks), else in order on this thread. A large uncompressed CSV file is
 * split into byte ranges, a large Parquet file into runs of row groups, scanned in parallel and merged into exactly the scan one pass gives (scan-merge.ts); when a
 * range start cannot be proven or the merge could not be exact, that file is scanned again in one pass (said on
 * `debug`). Errors come back as the same UserError classes, with their locations.
 * @throws {UserError} what scanning a dataset throws; an aborted signal rejects with its reason
 */
async function scanDatasets(jobs, options) {
    const entry = (0,scan_worker_mark/* scanWorkerEntry */.cC)();
    const parallelism = Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), MAX_WORKERS));
    const shares = entry === undefined ? [] : partitionShares(await Promise.all(jobs.map((j) => fileSize(j.path))), parallelism);
    const plans = entry === undefined ? [] : await Promise.all(jobs.map((job, j) => (0,scan_partition/* planPartitions */.nn)(job.path, shares[j])));
    const tasks = plans.flatMap((plan, j) => plan.map((partition, i) => ({ j, i, partition })));
    if (entry === undefined || tasks.length < 2) {
        const scans = [];
        for (const job of jobs)
            scans.push(await scanDataset(job.path, job.contract, withProfiled(options, job)));
        return scans;
    }
    // Round-robin over the files, so that data and reference are read at the same time.
    tasks.sort((x, y) => x.i - y.i || x.j - y.j);
    const results = plans.map((plan) => plan.map(() => ({ ok: false, error: undefined })));
    const workers = [];
    try {
        let next = 0;
        const run = async () => {
            while (next < tasks.length) {
                const task = tasks[next++];
                const scanned = scanInWorker(entry, jobs[task.j], task.partition, options, workers);
                // A whole file's error is the scan's error; a range's is judged once all ranges are in (joinRanges).
                const settled = await scanned.then((scan) => ({ ok: true, scan }), (error) => ({ ok: false, error }));
                if (!settled.ok && task.partition.kind === 'whole-file') {
                    next = tasks.length;
                    throw settled.error;
                }
                ;
                results[task.j][task.i] = settled;
            }
        };
        await Promise.all(Array.from({ length: Math.min(parallelism, tasks.length) }, run));
    }
    finally {
        for (const worker of workers)
            void worker.terminate();
    }
    const scans = [];
    for (const [j, job] of jobs.entries())
        scans.push(await joinRanges(job, plans[j], results[j], options));
    return scans;
}
/**
 * One file's scan from its tasks' results (in plan order): a whole file's, or its ranges merged exactly, else one
 * sequential pass (said on `debug`); the first range's error is the file's error.
 * @throws {UserError} what the first range, or the sequential pass, throws
 */
async function joinRanges(job, plan, settled, options) {
    const first = settled[0];
    if (!first.ok)
        throw first.error;
    if (settled.length === 1)
        return first.scan;
    let reason;
    if (settled.every((s) => s.ok)) {
        const scans = settled.map((s) => s.scan);
        const ranges = plan.flatMap((p) => (p.kind === 'csv-bytes' ? [p] : []));
        // Row groups need no proof: each starts a record.
        const proven = plan.every((p) => p.kind === 'parquet-row-groups') ||
            (0,dataset/* rangesProven */.tt)(ranges, scans.map((scan) => scan.range?.next.offset ?? -1));
        if (proven) {
            const merged = mergeRangeScans(job.path, job.contract, scans, options.maxExamples);
            if (merged.ok)
                return merged.scan;
            reason = `merging the ranges exactly needs one pass (${merged.reason})`;
        }
        else
            reason = 'a range start could not be proven a record start (a line end inside a quoted field)';
    }
    else
        reason = 'a range after the first reported an error; one pass reports the first one exactly';
    options.debug?.(`${job.path}: scanning in one pass: ${reason}`);
    return scanDataset(job.path, job.contract, withProfiled(options, job));
}
function withProfiled(options, job) {
    return job.profiled === undefined ? options : { ...options, profiled: job.profiled };
}
async function scanInWorker(entry, job, partition, options, workers) {
    options.signal.throwIfAborted();
    const input = {
        mark: scan_worker_mark/* SCAN_WORKER_MARK */.zd,
        job,
        partition,
        maxExamples: options.maxExamples,
        maxFieldBytes: options.maxFieldBytes,
    };
    const output = await (0,worker_thread/* runWorkerOnce */.V)(entry, input, {
        workers,
        signal: options.signal,
        abortError: () => abortError(options.signal),
        what: `the worker thread scanning ${job.path}`,
    });
    if (output.ok)
        return output.scan;
    throw deserializeError(output.error, job.path);
}
/** What a worker posts for a thrown error; a user error keeps its wording on both surfaces (--flag in the CLI). */
function serializeError(error) {
    if (error instanceof errors/* UserError */.yo) {
        const kind = error instanceof errors/* DataError */.fL ? 'DataError' : error instanceof errors/* ServiceError */._7 ? 'ServiceError' : 'ConfigurationError';
        const { message, hint } = error.wording;
        return {
            kind,
            message: (0,errors/* wordingTexts */.xm)(message),
            location: { ...error.location },
            ...(hint === undefined ? {} : { hint: (0,errors/* wordingTexts */.xm)(hint) }),
        };
    }
    const e = error instanceof Error ? error : new Error(String(error));
    return { kind: 'bug', message: e.message, ...(e.stack === undefined ? {} : { stack: e.stack }) };
}
/** The error a worker posted, rebuilt on the main thread: the same UserError class and wording, or a bug naming `path`. */
function deserializeError(error, path) {
    const hint = error.kind === 'bug' || error.hint === undefined ? undefined : (0,errors/* wordingOf */.O3)(error.hint);
    switch (error.kind) {
        case 'ConfigurationError':
            return new errors/* ConfigurationError */.j1((0,errors/* wordingOf */.O3)(error.message), error.location, hint);
        case 'DataError':
            return new errors/* DataError */.fL((0,errors/* wordingOf */.O3)(error.message), error.location, hint);
        case 'ServiceError':
            return new errors/* ServiceError */._7((0,errors/* wordingOf */.O3)(error.message), error.location, hint);
        case 'bug': {
            const bug = new Error(`scanning ${path} failed in a worker thread: ${error.message}`);
            if (error.stack !== undefined)
                bug.stack = `${bug.message}\n--- in the worker thread ---\n${error.stack}`;
            return bug;
        }
    }
}
/** The error an aborted scan rejects with: the signal's reason when it is an Error (ours always are), else one naming it. */
function abortError(signal) {
    const reason = signal.reason;
    return reason instanceof Error ? reason : new Error(`the scan was aborted: ${String(reason)}`);
}
/** The file's size in bytes; 0 when it cannot be read (the scan then reports why). */
async function fileSize(path) {
    return (0,promises_.stat)(path).then((info) => info.size, () => 0);
}


/***/ })

};
