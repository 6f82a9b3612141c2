export const id = 247;
export const ids = [247];
export const modules = {

/***/ 41555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oh: () => (/* binding */ isIsoTimestamp),
/* harmony export */   UP: () => (/* binding */ parsedCellHasType)
/* harmony export */ });
/* unused harmony export cellHasType */
/* harmony import */ var _data_cell_value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73406);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * Whether a present (non-missing) cell is a value of `type`. int: a whole number (`'42'`, `42`); float: any
 * finite number; bool: true/false/1/0/yes/no; timestamp: an ISO 8601 date or date-time string that is a real
 * calendar instant; string and category: anything.
 * @throws never
 * @example
 * cellHasType('4.5', 'int') // => false
 */
function cellHasType(cell, type) {
    return parsedCellHasType(cell, type === 'int' || type === 'float' ? cellNumberOrNaN(cell) : Number.NaN, type);
}
/**
 * {@link cellHasType} for a cell whose number the caller has already parsed (`cellNumberOrNaN`): a scan parses
 * each cell once and asks every question of that one number.
 * @throws never
 * @example
 * parsedCellHasType('42', 42, 'int') // => true
 */
function parsedCellHasType(cell, number, type) {
    switch (type) {
        case 'int':
            return Number.isInteger(number);
        case 'float':
            return Number.isFinite(number);
        case 'bool':
            return (0,_data_cell_value_js__WEBPACK_IMPORTED_MODULE_0__/* .cellToBoolean */ .sv)(cell) !== undefined;
        case 'timestamp':
            return isIsoTimestamp(cell);
        case 'string':
        case 'category':
            return true;
    }
}
/**
 * Whether a cell is an ISO 8601 date or date-time string that names a real calendar instant: `YYYY-MM-DD`,
 * optionally `T` or a space and `hh:mm`, `:ss`, `.fraction` (1–9 digits), and `Z` or an offset `±hh[:]mm`;
 * surrounding whitespace is ignored. Day, hour, minute, second and offset are range-checked (Date.parse would roll
 * 2024-02-30 over into March). Checked character by character: scans call this for every text cell.
 * @throws never
 * @example
 * isIsoTimestamp('2024-02-30') // => false
 */
function isIsoTimestamp(cell) {
    if (typeof cell !== 'string' || cell.length < 10)
        return false;
    const first = cell.charCodeAt(0);
    const last = cell.charCodeAt(cell.length - 1);
    const edge = first <= 32 || last <= 32 || first >= 127 || last >= 127;
    const text = edge ? cell.trim() : cell;
    const n = text.length;
    if (n < 10 || !isCalendarDate(text))
        return false;
    if (n === 10)
        return true;
    const i = timeOfDayEnd(text, n);
    if (i < 0)
        return false;
    return i === n || isZoneSuffix(text, i, n);
}
// Whether text starts with `YYYY-MM-DD` naming a real calendar day (text is at least 10 characters long).
function isCalendarDate(text) {
    if (text.charCodeAt(4) !== MINUS || text.charCodeAt(7) !== MINUS)
        return false;
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1)
        return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}
// The index after `Thh:mm[:ss[.fraction]]` (or a space for T) following the date, or -1 when it is not one.
function timeOfDayEnd(text, n) {
    const separator = text.charCodeAt(10);
    if ((separator !== 84 && separator !== 32) || n < 16 || text.charCodeAt(13) !== COLON)
        return -1; // T or space
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return -1;
    if (16 >= n || text.charCodeAt(16) !== COLON)
        return 16;
    const second = digits(text, 17, 2);
    if (second < 0 || second > 59)
        return -1;
    return 19 < n && text.charCodeAt(19) === DOT ? fractionEnd(text, 20, n) : 19;
}
// The index after the 1–9 fraction digits at `start`, or -1 when there are none or more than nine.
function fractionEnd(text, start, n) {
    let i = start;
    while (i < n && isDigit(text.charCodeAt(i)))
        i++;
    return i - start < 1 || i - start > 9 ? -1 : i;
}
// Whether text from i to its end is `Z` or an offset `±hh[:]mm`.
function isZoneSuffix(text, i, n) {
    const zone = text.charCodeAt(i);
    if (zone === 90)
        return i + 1 === n; // Z
    if (zone !== PLUS && zone !== MINUS)
        return false;
    const offsetHour = digits(text, i + 1, 2);
    const colon = text.charCodeAt(i + 3) === COLON ? 1 : 0;
    const offsetMinute = digits(text, i + 3 + colon, 2);
    return offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59 && i + 5 + colon === n;
}
const MINUS = 45;
const PLUS = 43;
const COLON = 58;
const DOT = 46;
function isDigit(code) {
    return code >= 48 && code <= 57;
}
// The value of `count` ASCII digits at `start`, or -1 when one of them is not a digit (or past the end).
function digits(text, start, count) {
    let value = 0;
    for (let i = start; i < start + count; i++) {
        const code = text.charCodeAt(i);
        if (!(code >= 48 && code <= 57))
            return -1;
        value = value * 10 + code - 48;
    }
    return value;
}


/***/ }),

/***/ 21055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ Hash64Set)
/* harmony export */ });
const SHARD_BITS = 6;
const SHARDS = 1 << SHARD_BITS;
const INITIAL_SHARD_CAPACITY = 1 << 8;
/** Above this share of occupied slots a shard doubles (linear probing stays short below it). */
const MAX_LOAD = 0.7;
/**
 * A set of 64-bit hashes (each given as two 32-bit lanes) in flat Uint32Arrays with open addressing and linear
 * probing: 8 bytes a slot, at most 1/0.35 slots a member, so about 11–23 bytes per distinct value instead of the
 * ~40 of a `Set<number>`, and no garbage-collector pressure. The table is split into 64 shards by the top hash
 * bits that grow one at a time, so a growth step holds 1/64 of the table twice, not all of it (peak memory stays
 * the table's own). The all-zero hash marks an empty slot, so it is stored as (0, 1): one extra collision in 2⁶⁴.
 * @throws never
 * @example
 * new Hash64Set().add(1, 2) // => true (false when the pair is already in the set)
 */
class Hash64Set {
    size = 0;
    high;
    low;
    sizes = new Uint32Array(SHARDS);
    /** `expected`: members it will likely hold (a merge knows), so that the shards start at their final size. */
    constructor(expected = 0) {
        let capacity = INITIAL_SHARD_CAPACITY;
        while (capacity * MAX_LOAD * SHARDS < expected)
            capacity *= 2;
        this.high = Array.from({ length: SHARDS }, () => new Uint32Array(capacity));
        this.low = Array.from({ length: SHARDS }, () => new Uint32Array(capacity));
    }
    /** Adds the hash; true when it was new, false when it was already a member. */
    add(high, low) {
        if (high === 0 && low === 0)
            low = 1;
        const shard = high >>> (32 - SHARD_BITS);
        if (!insert(this.high[shard], this.low[shard], high >>> 0, low >>> 0))
            return false;
        this.size++;
        const count = ++this.sizes[shard];
        if (count > MAX_LOAD * this.high[shard].length)
            this.grow(shard);
        return true;
    }
    /**
     * Every member as interleaved (high, low) pairs, in table order (a shard profile carries these to mode: merge).
     * @example
     * ((s) => (s.add(1, 2), s.members()))(new Hash64Set()) // => Uint32Array [1, 2]
     */
    members() {
        const out = new Uint32Array(this.size * 2);
        let at = 0;
        for (let s = 0; s < SHARDS; s++) {
            const highs = this.high[s];
            const lows = this.low[s];
            for (let i = 0; i < highs.length; i++) {
                if (highs[i] === 0 && lows[i] === 0)
                    continue;
                out[at++] = highs[i];
                out[at++] = lows[i];
            }
        }
        return out;
    }
    /** Bytes held by the table (for reports of memory use). */
    get bytes() {
        let total = 0;
        for (let s = 0; s < SHARDS; s++)
            total += this.high[s].byteLength + this.low[s].byteLength;
        return total;
    }
    grow(shard) {
        const oldHigh = this.high[shard];
        const oldLow = this.low[shard];
        const high = new Uint32Array(oldHigh.length * 2);
        const low = new Uint32Array(oldHigh.length * 2);
        for (let i = 0; i < oldHigh.length; i++) {
            const sh = oldHigh[i];
            const sl = oldLow[i];
            if (sh !== 0 || sl !== 0)
                insert(high, low, sh, sl);
        }
        this.high[shard] = high;
        this.low[shard] = low;
    }
}
// Inserts into one shard (its length a power of two, never full); false when the hash is already there.
function insert(highs, lows, high, low) {
    const mask = highs.length - 1;
    let slot = (low ^ Math.imul(high, 0x9e3779b1)) & mask;
    for (;;) {
        const sh = highs[slot];
        const sl = lows[slot];
        if (sh === 0 && sl === 0)
            break;
        if (sh === high && sl === low)
            return false;
        slot = (slot + 1) & mask;
    }
    highs[slot] = high;
    lows[slot] = low;
    return true;
}


/***/ }),

/***/ 95696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ contractMessages)
/* harmony export */ });
// Recurring messages of the data contract; tests compare against these functions.
const contractMessages = {
    missingColumn: (column) => `required column "${column}" is missing`,
    extraColumns: (columns) => `${columns.length} column(s) not in the contract: ${columns
        .slice(0, 10)
        .map((c) => `"${c}"`)
        .join(', ')} (extra_columns: forbid)`,
    rowCount: (rows, min, max) => `${rows} row(s); the contract allows ${min ?? 0} … ${max ?? '∞'}`,
    nullFraction: (column, nulls, fraction, max) => `column "${column}": ${nulls} missing value(s) (${formatFraction(fraction)}), more than max_null_fraction ${max}`,
    typeMismatch: (column, type, count) => `column "${column}": ${count} value(s) are not ${type}`,
    belowMin: (column, count, min, strict = false) => `column "${column}": ${count} value(s) ${strict ? 'at or below' : 'below'} min ${min}${strict ? ' (strict_min)' : ''}`,
    aboveMax: (column, count, max, strict = false) => `column "${column}": ${count} value(s) ${strict ? 'at or above' : 'above'} max ${max}${strict ? ' (strict_max)' : ''}`,
    notAllowed: (column, count) => `column "${column}": ${count} value(s) outside allowed_values`,
    patternMismatch: (column, count, pattern) => `column "${column}": ${count} value(s) do not match /${pattern}/`,
    lengthOutOfRange: (column, count, min, max) => `column "${column}": ${count} value(s) with a length outside ${min ?? 0} … ${max ?? '∞'}`,
    duplicates: (column, count) => `column "${column}": ${count} duplicate value(s) where unique is required`,
    uniqueAcrossShards: (column, shards) => `column "${column}": unique holds across ${shards} shard(s)`,
    duplicatesAcrossShards: (column, count, across, shards) => `column "${column}": ${count} duplicate value(s) where unique is required (${across} of them repeat a value of another shard; ${shards} shards)`,
    uniqueAcrossShardsUnknown: (column, shards, shard, source, hashes) => `column "${column}": uniqueness across ${shards} shard(s) cannot be checked: shard ${shard} (${source}) ${hashes === null ? 'had more distinct values than a profile carries' : 'carries no value hashes for it (profile it again with this modelgate and the contract)'}; a check that cannot be made is not a pass`,
    uniquenessLimit: (column, limit) => `column "${column}": more than ${limit} distinct values; uniqueness could not be checked exactly within the memory limit`,
    passed: (column, rule) => `column "${column}": ${rule} holds`,
    /** A broken rule of severity warning: reported, the gate does not fail on it. */
    asWarning: (message) => `${message} (severity: warning; the gate does not fail on it)`,
    mostly: (column, rule, count, considered, share, mostly, ok, severity) => {
        const text = `column "${column}": ${considered - count} of ${considered} non-null value(s) satisfy ${rule} (${formatFraction(share)}); mostly ${mostly} ${ok ? 'holds' : 'is not met'}`;
        return !ok && severity === 'warning' ? contractMessages.asWarning(text) : text;
    },
    aggregate: (column, what, value, bounds, ok, approximate) => `column "${column}": ${what} ${formatValue(value)} ${ok ? 'is within' : 'is outside'} ${bounds}${approximate === undefined ? '' : ` (${approximate})`}`,
    aggregateUnmeasurable: (column, what, numbers, needed) => `column "${column}": ${what} cannot be computed from ${numbers} number(s) (it needs at least ${needed}); a check that cannot be made is not a pass`,
    sketchQuantile: (epsilon) => `estimated from the profile's quantile sketch (more values than the profile keeps exactly): rank error at most ${(epsilon * 100).toPrecision(3)}% of the values, i.e. it is an exact quantile of some q′ within q ± ${epsilon.toPrecision(3)}`,
    invalidPattern: (column, pattern, reason) => `column "${column}": pattern /${pattern}/ cannot be used: ${reason}`,
    // What readContract refuses (ConfigurationErrors naming the contract path).
    nonFiniteNumber: (path, value) => `data contract: ${path} is ${String(value)}; bounds, fractions and counts must be finite numbers`,
    boundsReversed: (path, min, max) => `data contract: ${path} has min ${min} > max ${max}`,
    nonFiniteNumberHint: () => 'write a finite number (YAML .nan, .inf and -.inf are refused), or remove the key',
    unusablePattern: (path, pattern, reason) => `data contract: ${path} /${pattern}/ cannot be used: ${reason}`,
    unusablePatternHint: () => 'rewrite the pattern without backreferences or lookahead/lookbehind (e.g. list alternatives, or check the rest with allowed_values)',
    emptyData: () => 'the dataset has no rows; a contract cannot pass on no data',
};
function formatValue(v) {
    return Number.isInteger(v) ? String(v) : v.toPrecision(6);
}
function formatFraction(f) {
    return `${(f * 100).toPrecision(3)}%`;
}


/***/ }),

/***/ 6280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ brokenStatus),
/* harmony export */   l: () => (/* binding */ mostlyCheck)
/* harmony export */ });
/* harmony import */ var _messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95696);

/** What a broken rule's check reports: `fail` for severity error, `warn` for severity warning. */
function brokenStatus(severity) {
    return severity === 'warning' ? 'warn' : 'fail';
}
/**
 * The check of a row-level rule with `mostly` (Great Expectations' semantics): it passes when the share of non-null
 * cells that satisfy it, (considered − count) / considered, is ≥ mostly; no non-null cell at all passes (nothing
 * breaks the rule; the nulls check judges missing values). `observed` is that share. The same function judges one
 * scan and the summed shards (combineShardChecks), so both give the same check.
 * @throws never
 * @example
 * mostlyCheck({ id: 'contract.a.max', column: 'a', rule: 'max: 1', count: 5, considered: 100, rows: 100, mostly: 0.95, severity: 'error', examples: [], locations: [] }).status // => 'pass'
 * @example
 * mostlyCheck({ id: 'contract.a.max', column: 'a', rule: 'max: 1', count: 6, considered: 100, rows: 100, mostly: 0.95, severity: 'error', examples: [], locations: [] }).status // => 'fail'
 */
function mostlyCheck(t) {
    const satisfied = t.considered - t.count;
    const share = t.considered > 0 ? satisfied / t.considered : 1;
    const ok = share >= t.mostly;
    return {
        id: t.id,
        status: ok ? 'pass' : brokenStatus(t.severity),
        observed: share,
        measure: 'share of non-null rows satisfying',
        threshold: { min: t.mostly, rule: `${t.rule}, mostly: ${t.mostly}` },
        message: _messages_js__WEBPACK_IMPORTED_MODULE_0__/* .contractMessages */ .x.mostly(t.column, t.rule, t.count, t.considered, share, t.mostly, ok, t.severity),
        ...(t.count > 0 ? { locations: t.locations, examples: t.examples } : {}),
        details: {
            count: t.count,
            considered: t.considered,
            fraction: t.rows > 0 ? t.count / t.rows : 0,
            mostly: t.mostly,
            rule: t.rule,
            column: t.column,
            ...(t.severity === 'warning' ? { severity: t.severity } : {}),
        },
    };
}


/***/ }),

/***/ 57960:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cc: () => (/* binding */ CATEGORY_CAP),
  LI: () => (/* binding */ EXACT_VALUES_LIMIT),
  ft: () => (/* binding */ HASH_BUCKETS),
  O0: () => (/* binding */ createColumnProfile),
  IY: () => (/* binding */ exactValues),
  ZA: () => (/* binding */ finishColumnProfile),
  XG: () => (/* binding */ hashBucket),
  qU: () => (/* binding */ hashedCounts),
  wh: () => (/* binding */ profileAddCategoryCount),
  _U: () => (/* binding */ profileAddNumber),
  _Q: () => (/* binding */ profileAddParsed),
  VX: () => (/* binding */ sampleCounts),
  wX: () => (/* binding */ sampledAt)
});

// UNUSED EXPORTS: SAMPLE_CAP, inSample, profileAdd

// EXTERNAL MODULE: ./src/core/data/cell-value.ts
var cell_value = __webpack_require__(73406);
// EXTERNAL MODULE: ./src/core/contract/classify-cell.ts
var classify_cell = __webpack_require__(41555);
// EXTERNAL MODULE: ./src/core/data/hash32.ts
var hash32 = __webpack_require__(16655);
// EXTERNAL MODULE: ./src/core/profile/quantile-sketch.ts
var quantile_sketch = __webpack_require__(92533);
;// CONCATENATED MODULE: ./src/core/profile/sort-float64.ts
/**
 * Sorts finite float64 values ascending in place, with the order `Float64Array.prototype.sort` gives (−0 before +0):
 * an LSD radix sort on the IEEE-754 bits (four 16-bit digits; a digit every value shares is skipped), linear time —
 * TypedArray sort took ~120 ms per million values, the largest single cost of a CSV scan's finish.
 * @throws never
 * @example
 * Array.from(sortFloat64(new Float64Array([2, -1, 0.5]))) // => [-1, 0.5, 2]
 */
function sortFloat64(values) {
    const n = values.length;
    if (n < 256)
        return values.sort();
    const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    // Sortable keys: negative numbers all bits flipped, others the sign bit flipped (little-endian: [low, high]).
    for (let i = 0; i < n; i++) {
        const hi = words[2 * i + 1];
        if (hi >>> 31 === 1) {
            words[2 * i] = ~words[2 * i];
            words[2 * i + 1] = ~hi;
        }
        else
            words[2 * i + 1] = hi ^ 0x80000000;
    }
    const counts = new Int32Array(4 * 65536);
    for (let i = 0; i < n; i++) {
        const lo = words[2 * i];
        const hi = words[2 * i + 1];
        counts[lo & 0xffff]++;
        counts[65536 + (lo >>> 16)]++;
        counts[131072 + (hi & 0xffff)]++;
        counts[196608 + (hi >>> 16)]++;
    }
    let from = words;
    let to = new Uint32Array(n * 2);
    for (let d = 0; d < 4; d++) {
        const base = d * 65536;
        const word = d >> 1;
        const shift = (d & 1) * 16;
        if (counts[base + ((from[word] >>> shift) & 0xffff)] === n)
            continue;
        let sum = 0;
        for (let b = 0; b < 65536; b++) {
            const c = counts[base + b];
            counts[base + b] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const lo = from[2 * i];
            const hi = from[2 * i + 1];
            const at = counts[base + (((word === 0 ? lo : hi) >>> shift) & 0xffff)]++;
            to[2 * at] = lo;
            to[2 * at + 1] = hi;
        }
        const swap = from;
        from = to;
        to = swap;
    }
    if (from !== words)
        words.set(from);
    for (let i = 0; i < n; i++) {
        const hi = words[2 * i + 1];
        if (hi >>> 31 === 0) {
            words[2 * i] = ~words[2 * i];
            words[2 * i + 1] = ~hi;
        }
        else
            words[2 * i + 1] = hi ^ 0x80000000;
    }
    return values;
}

;// CONCATENATED MODULE: ./src/core/profile/value-blocks.ts
/** Values per block (512 KiB). */
const BLOCK_VALUES = 65_536;
/**
 * Blocks holding `initial` (in order), ready for more.
 * @throws never
 * @example
 * createValueBlocks([1, 2]).length // => 2
 */
function createValueBlocks(initial = []) {
    const blocks = { kind: 'blocks', blocks: [], length: 0 };
    for (let i = 0; i < initial.length; i++)
        appendValue(blocks, initial[i]);
    return blocks;
}
/**
 * Appends one value.
 * @throws never
 * @example
 * ((b) => (appendValue(b, 3), b.length))(createValueBlocks()) // => 1
 */
function appendValue(b, n) {
    const at = b.length % BLOCK_VALUES;
    if (at === 0)
        b.blocks.push(new Float64Array(BLOCK_VALUES));
    b.blocks[b.blocks.length - 1][at] = n;
    b.length++;
}
/**
 * The values in arrival order as one Float64Array of exactly their count.
 * @throws never
 * @example
 * Array.from(joinValueBlocks(createValueBlocks([3, 1]))) // => [3, 1]
 */
function joinValueBlocks(b) {
    const out = new Float64Array(b.length);
    let at = 0;
    for (const block of b.blocks) {
        const take = Math.min(BLOCK_VALUES, b.length - at);
        out.set(take === BLOCK_VALUES ? block : block.subarray(0, take), at);
        at += take;
    }
    return out;
}
/**
 * Whether a profile's `values` are blocks still being filled.
 * @throws never
 * @example
 * isValueBlocks([1]) // => false
 */
function isValueBlocks(values) {
    return values?.kind === 'blocks';
}

;// CONCATENATED MODULE: ./src/core/profile/column-profile.ts






/** Numeric values kept exactly per column (8 bytes each); beyond this a column switches to its sketch. */
const EXACT_VALUES_LIMIT = 1_000_000;
/** Distinct category values counted exactly per column; further new values are counted in `otherCount`. */
const CATEGORY_CAP = 1000;
/**
 * Hash buckets of a text column that outgrew CATEGORY_CAP: every present value (the capped ones included) is counted
 * in bucket hash(value) mod HASH_BUCKETS, so that two such columns are still compared on all their values. Equal
 * distributions give equal bucket distributions (the test keeps its false-alarm rate); distinct values that share a
 * bucket only hide differences (any two distinct values collide with probability 1/HASH_BUCKETS).
 */
const HASH_BUCKETS = 256;
/**
 * Distinct values a hash sample keeps at most: once a text column outgrew CATEGORY_CAP, every value whose sample hash
 * lies below 2³² / 2^sampleLevel is counted exactly, and the level rises (halving the sample) whenever more than this
 * many are kept. The sample is coordinated: both sides keep the same values at the same level, so that a drift
 * comparison sees, on the sampled values, which categories each side has (buckets alone pool ~CATEGORY_CAP/256
 * values each, and two disjoint sets of equally frequent values then look alike).
 */
const SAMPLE_CAP = 1000;
/** The murmur3 finaliser of a value's FNV-1a hash: the hash the coordinated sample reads (unsigned 32-bit). */
const sampleHashOf = hash32/* fmix32 */.s;
function fnv1a(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
/**
 * Whether a value belongs to the coordinated hash sample at `level` (level 0: every value).
 * @throws never
 * @example
 * inSample('a', 0) // => true
 */
function inSample(text, level) {
    return level === 0 || sampleHashOf(fnv1a(text)) < 2 ** (32 - level);
}
/**
 * The hash-sampled values of `counts` at `level` or deeper: the level rises until at most SAMPLE_CAP remain.
 * @throws never
 * @example
 * sampleCounts(new Map([['a', 2]]), 0).level // => 0
 */
function sampleCounts(counts, level) {
    let sample = new Map();
    for (const [k, c] of counts)
        if (inSample(k, level))
            sample.set(k, c);
    let at = level;
    while (sample.size > SAMPLE_CAP) {
        at++;
        const next = new Map();
        for (const [k, c] of sample)
            if (inSample(k, at))
                next.set(k, c);
        sample = next;
    }
    return { sample, level: at };
}
/**
 * A profile's hash sample at `level` (≥ its own): its own sample thinned, or its complete categories sampled while it
 * never outgrew the cap; null for a frozen column and for a hashed one without a sample.
 * @throws never
 * @example
 * sampledAt(createColumnProfile('a'), 3)?.size // => 0
 */
function sampledAt(p, level) {
    // Frozen: no text kept; hashed without a sample (a profile file from before samples): its categories are partial.
    if (p.categoriesFrozen || (p.hashed !== null && p.sampled === null))
        return null;
    const source = p.sampled ?? p.categories;
    const out = new Map();
    for (const [k, c] of source)
        if (inSample(k, level))
            out.set(k, c);
    return out;
}
/** FNV-1a (32-bit) bucket of a text value in [0, HASH_BUCKETS). */
function hashBucket(text) {
    return fnv1a(text) % HASH_BUCKETS;
}
/**
 * The hash buckets of a profile: its own when it outgrew the cap, else built from its (then complete) categories;
 * null for a frozen column (its text was not kept).
 * @throws never
 * @example
 * hashedCounts(createColumnProfile('a'))?.length // => 256
 */
function hashedCounts(p) {
    if (p.categoriesFrozen)
        return null;
    if (p.hashed !== null)
        return p.hashed;
    const out = new Array(HASH_BUCKETS).fill(0);
    for (const [key, count] of p.categories)
        out[hashBucket(key)] = out[hashBucket(key)] + count;
    return out;
}
/**
 * An empty profile of column `name`.
 * @throws never
 * @example
 * createColumnProfile('age').rows // => 0
 */
function createColumnProfile(name) {
    return {
        name,
        rows: 0,
        missing: 0,
        ints: 0,
        numbers: 0,
        booleans: 0,
        timestamps: 0,
        min: null,
        max: null,
        mean: 0,
        m2: 0,
        minLength: null,
        maxLength: null,
        values: [],
        sketch: null,
        categories: new Map(),
        distinct: 0,
        otherCount: 0,
        categoriesFrozen: false,
        hashed: null,
        sampled: null,
        sampleLevel: 0,
    };
}
/**
 * Adds one cell to a profile (streaming; O(1) amortised, memory bounded by the limits above).
 * @throws never
 * @example
 * profileAdd(createColumnProfile('a'), '42') // => undefined
 */
function profileAdd(p, cell) {
    profileAddParsed(p, cell, cellNumberOrNaN(cell));
}
/**
 * {@link profileAdd} for a cell whose number the caller has already parsed with `cellNumberOrNaN` (NaN: none),
 * so that a scan parses each cell once for the profile and the contract checks together.
 * @throws never
 * @example
 * profileAddParsed(createColumnProfile('a'), '42', 42) // => undefined
 */
function profileAddParsed(p, cell, n) {
    p.rows++;
    if ((0,cell_value/* isMissing */.b2)(cell)) {
        p.missing++;
        return;
    }
    if (p.categoriesFrozen && typeof cell === 'number') {
        // A native number (JSON Lines, Parquet) in a frozen column needs no text: String(n) was the costliest step of a
        // Parquet scan. Its length goes untracked, so inferContract gives a frozen column no length bounds.
        p.otherCount++;
    }
    else
        profileAddText(p, typeof cell === 'string' ? cell : String(cell), n);
    if (Number.isFinite(n))
        profileAddNumber(p, n);
    else if ((0,cell_value/* cellToBoolean */.sv)(cell) !== undefined)
        p.booleans++;
    else if ((0,classify_cell/* isIsoTimestamp */.Oh)(cell))
        p.timestamps++;
}
// A present cell's text: its length, then its category count (or the freeze of an all-numbers column at the cap).
function profileAddText(p, text, n) {
    if (p.minLength === null || text.length < p.minLength)
        p.minLength = text.length;
    if (p.maxLength === null || text.length > p.maxLength)
        p.maxLength = text.length;
    if (p.distinct >= CATEGORY_CAP &&
        (p.categoriesFrozen || (p.numbers === p.rows - p.missing - 1 && Number.isFinite(n)))) {
        // Freezes (or stays frozen): the cap is reached and every present value so far, this one included, is a number.
        p.categoriesFrozen = true;
        p.hashed = null;
        p.sampled = null;
        p.sampleLevel = 0;
        p.otherCount++;
    }
    else
        profileAddCategory(p, text);
}
// Counts a value: exactly up to CATEGORY_CAP distinct values, then the rest as "other" and in hashed buckets.
function profileAddCategory(p, text) {
    profileAddCategoryCount(p, text, 1);
}
/**
 * Counts `count` occurrences of one present text value at once, exactly as `count` calls in a row would (a column
 * chunk folds each dictionary entry in once): the cap, the hash buckets and the coordinated sample, whose level only
 * rises when a new value arrives. Lengths, numbers and word counts are the caller's.
 * @throws never
 * @example
 * profileAddCategoryCount(createColumnProfile('a'), 'x', 3) // => undefined
 */
function profileAddCategoryCount(p, text, count) {
    const known = p.categories.get(text);
    if (known !== undefined)
        p.categories.set(text, known + count);
    else if (p.distinct < CATEGORY_CAP) {
        p.categories.set(text, count);
        p.distinct++;
    }
    else {
        if (p.hashed === null)
            startHashing(p);
        p.otherCount += count;
    }
    if (p.hashed !== null) {
        const h = fnv1a(text);
        const b = h % HASH_BUCKETS;
        p.hashed[b] = p.hashed[b] + count;
        if (p.sampled !== null && (p.sampleLevel === 0 || sampleHashOf(h) < 2 ** (32 - p.sampleLevel)))
            addSampled(p, text, count);
    }
}
// The column outgrows CATEGORY_CAP: buckets and the hash sample start from its (so far complete) categories.
function startHashing(p) {
    p.hashed = hashedCounts(p);
    const { sample, level } = sampleCounts(p.categories, 0);
    p.sampled = sample;
    p.sampleLevel = level;
}
// Counts one more occurrence of a sampled value; a new one past SAMPLE_CAP raises the level.
function addSampled(p, text, count) {
    const sampled = p.sampled;
    sampled.set(text, (sampled.get(text) ?? 0) + count);
    if (sampled.size > SAMPLE_CAP) {
        const { sample, level } = sampleCounts(sampled, p.sampleLevel + 1);
        p.sampled = sample;
        p.sampleLevel = level;
    }
}
/**
 * Adds one finite number of a present cell (its text counted elsewhere): counts, range, Welford's mean and M2, the
 * exact values (a sketch past EXACT_VALUES_LIMIT). The column-chunk scan calls this in row order.
 * @throws never
 * @example
 * profileAddNumber(createColumnProfile('a'), 1.5) // => undefined
 */
function profileAddNumber(p, n) {
    p.numbers++;
    if (Number.isInteger(n))
        p.ints++;
    if (p.min === null || n < p.min)
        p.min = n;
    if (p.max === null || n > p.max)
        p.max = n;
    const delta = n - p.mean;
    p.mean += delta / p.numbers;
    p.m2 += delta * (n - p.mean);
    let values = p.values;
    if (values !== null) {
        if (!isValueBlocks(values))
            values = p.values = createValueBlocks(values);
        appendValue(values, n);
        if (values.length > EXACT_VALUES_LIMIT) {
            const sketch = (0,quantile_sketch/* createQuantileSketch */.GC)();
            for (const v of joinValueBlocks(values))
                (0,quantile_sketch/* sketchAdd */.Aj)(sketch, v);
            p.sketch = sketch;
            p.values = null;
        }
    }
    else if (p.sketch !== null)
        (0,quantile_sketch/* sketchAdd */.Aj)(p.sketch, n);
}
/**
 * Ends a scan's work on a profile: its exact values become a sorted Float64Array (drift measurement needs them
 * sorted; sorting where the scan ran keeps that work on the scan's thread). Adding to it later still works.
 * @throws never
 * @example
 * finishColumnProfile(createColumnProfile('a')).values // => Float64Array []
 */
function finishColumnProfile(p) {
    if (isValueBlocks(p.values))
        p.values = sortFloat64(joinValueBlocks(p.values));
    else if (Array.isArray(p.values))
        p.values = sortFloat64(new Float64Array(p.values));
    return p;
}
/**
 * A profile's exact values, or null past EXACT_VALUES_LIMIT: a sorted Float64Array once it is finished, else an
 * array in arrival order (the convention every reader relies on: a Float64Array here is sorted).
 * @throws never
 * @example
 * exactValues(createColumnProfile('a')) // => []
 */
function exactValues(p) {
    return isValueBlocks(p.values) ? Array.from(joinValueBlocks(p.values)) : p.values;
}


/***/ }),

/***/ 84064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ mergeProfiles)
/* harmony export */ });
/* harmony import */ var _column_profile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57960);
/* harmony import */ var _quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92533);


function toSketch(p) {
    if (p.sketch !== null)
        return p.sketch;
    const sketch = (0,_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__/* .createQuantileSketch */ .GC)();
    for (const v of (0,_column_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .exactValues */ .IY)(p) ?? [])
        (0,_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__/* .sketchAdd */ .Aj)(sketch, v);
    return sketch;
}
/**
 * Merges two profiles of the same column (e.g. from matrix shards): counts add exactly, min/max combine, mean and
 * M2 use Chan, Golub & LeVeque's parallel update, category counts add (the cap applies to new keys; values lost to
 * the cap on either side stay in otherCount), exact values concatenate while the total stays ≤ EXACT_VALUES_LIMIT,
 * else both sides become sketches and merge (rank error bound n·H/k, see quantile-sketch.ts). Hash buckets add once
 * the merged column outgrew the cap (a side that did not is bucketed from its complete categories), and so do the
 * hash samples, at the deeper level of the two (see SAMPLE_CAP).
 * @see Chan, Golub & LeVeque (1979) "Updating formulae and a pairwise algorithm for computing sample variances"
 * @throws {RangeError} if the profiles are of different columns
 * @example
 * mergeProfiles(createColumnProfile('a'), createColumnProfile('a')).rows // => 0
 */
function mergeProfiles(a, b) {
    if (a.name !== b.name)
        throw new RangeError(`mergeProfiles: cannot merge column "${a.name}" with column "${b.name}"`);
    const numbers = a.numbers + b.numbers;
    const delta = b.mean - a.mean;
    const mean = numbers === 0 ? 0 : a.mean + (delta * b.numbers) / numbers;
    const m2 = numbers === 0 ? 0 : a.m2 + b.m2 + (delta * delta * a.numbers * b.numbers) / numbers;
    const categories = new Map(a.categories);
    let distinct = a.distinct;
    let otherCount = a.otherCount + b.otherCount;
    for (const [key, count] of b.categories) {
        const existing = categories.get(key);
        if (existing !== undefined)
            categories.set(key, existing + count);
        else if (distinct < _column_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .CATEGORY_CAP */ .cc) {
            categories.set(key, count);
            distinct++;
        }
        else
            otherCount += count;
    }
    const frozen = a.categoriesFrozen || b.categoriesFrozen;
    const hashed = frozen ? null : mergeBuckets(a, b, otherCount);
    const sample = hashed === null ? null : mergeSamples(a, b);
    const exact = a.values !== null && b.values !== null && a.values.length + b.values.length <= _column_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .EXACT_VALUES_LIMIT */ .LI;
    const minOf = (x, y) => x === null ? y : y === null ? x : Math.min(x, y);
    const maxOf = (x, y) => x === null ? y : y === null ? x : Math.max(x, y);
    return {
        name: a.name,
        rows: a.rows + b.rows,
        missing: a.missing + b.missing,
        ints: a.ints + b.ints,
        numbers,
        booleans: a.booleans + b.booleans,
        timestamps: a.timestamps + b.timestamps,
        min: minOf(a.min, b.min),
        max: maxOf(a.max, b.max),
        mean,
        m2,
        minLength: minOf(a.minLength, b.minLength),
        maxLength: maxOf(a.maxLength, b.maxLength),
        values: exact ? mergeValues((0,_column_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .exactValues */ .IY)(a) ?? [], (0,_column_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .exactValues */ .IY)(b) ?? []) : null,
        sketch: exact ? null : (0,_quantile_sketch_js__WEBPACK_IMPORTED_MODULE_1__/* .sketchMerge */ .nQ)(toSketch(a), toSketch(b)),
        categories,
        distinct,
        otherCount,
        categoriesFrozen: frozen,
        hashed,
        sampled: sample === null ? null : sample.sample,
        sampleLevel: sample === null ? 0 : sample.level,
    };
}
/**
 * Both sides' exact values: two finished profiles' sorted Float64Arrays merge into one sorted Float64Array (a
 * Float64Array of values is always sorted); otherwise `a`'s then `b`'s in a JS array (arrival order, sorted when the
 * profile is finished). Merging typed arrays directly avoids spreading 1M numbers through a JS array, which was
 * the largest cost of merging the scans of a 1M-row file.
 */
function mergeValues(a, b) {
    if (a instanceof Float64Array && b instanceof Float64Array)
        return mergeSorted(a, b);
    return Array.from(a).concat(Array.from(b));
}
/** The exact values of both sides merged in order (both sorted, as finishColumnProfile leaves them). */
function mergeSorted(x, y) {
    const out = new Float64Array(x.length + y.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < x.length && j < y.length) {
        const u = x[i];
        const v = y[j];
        // Float64Array sort order: −0 before +0.
        if (u < v || (u === v && (!Object.is(u, 0) || Object.is(u, -0)))) {
            out[k++] = u;
            i++;
        }
        else {
            out[k++] = v;
            j++;
        }
    }
    while (i < x.length)
        out[k++] = x[i++];
    while (j < y.length)
        out[k++] = y[j++];
    return out;
}
/** Hash buckets once the merged column outgrew the cap: each side's own, or those of its complete categories. */
function mergeBuckets(a, b, otherCount) {
    const ha = (0,_column_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .hashedCounts */ .qU)(a);
    const hb = (0,_column_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .hashedCounts */ .qU)(b);
    if ((a.hashed === null && b.hashed === null && otherCount === 0) || ha === null || hb === null)
        return null;
    return ha.map((c, i) => c + hb[i]);
}
/** The two sides' hash samples at the deeper of their levels, counts added, thinned to SAMPLE_CAP. */
function mergeSamples(a, b) {
    const level = Math.max(a.sampleLevel, b.sampleLevel);
    const sa = (0,_column_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .sampledAt */ .wX)(a, level);
    const sb = (0,_column_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .sampledAt */ .wX)(b, level);
    if (sa === null || sb === null)
        return null;
    for (const [k, c] of sb)
        sa.set(k, (sa.get(k) ?? 0) + c);
    return (0,_column_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .sampleCounts */ .VX)(sa, level);
}


/***/ }),

/***/ 92533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ sketchAdd),
/* harmony export */   BC: () => (/* binding */ sketchRankErrorBound),
/* harmony export */   FG: () => (/* binding */ DEFAULT_SKETCH_K),
/* harmony export */   GC: () => (/* binding */ createQuantileSketch),
/* harmony export */   HZ: () => (/* binding */ sketchWeightedSorted),
/* harmony export */   nQ: () => (/* binding */ sketchMerge)
/* harmony export */ });
/* harmony import */ var _stats_is_sorted_ascending_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98626);

const DEFAULT_SKETCH_K = 8192;
/**
 * An empty sketch.
 * @throws {RangeError} if k is not an even integer ≥ 2
 * @example
 * createQuantileSketch(4).n // => 0
 */
function createQuantileSketch(k = DEFAULT_SKETCH_K) {
    if (!Number.isInteger(k) || k < 2 || k % 2 !== 0)
        throw new RangeError(`createQuantileSketch: k must be an even integer >= 2, got ${k}`);
    return { k, levels: [[]], n: 0, offsets: [0] };
}
/**
 * Adds one value (NaN is ignored).
 * @throws never
 * @example
 * sketchAdd(createQuantileSketch(4), 1.5) // => undefined
 */
function sketchAdd(sketch, value) {
    if (Number.isNaN(value))
        return;
    const level0 = sketch.levels[0];
    level0.push(value);
    sketch.n++;
    if (level0.length >= sketch.k)
        compact(sketch, 0);
}
function compact(sketch, h) {
    let level = h;
    while (sketch.levels[level].length >= sketch.k) {
        const source = sketch.levels[level];
        // Level 0 fills in arrival order and is sorted here (a typed-array sort without a comparator is about ten times
        // faster than Array#sort((a, b) => a - b)); higher levels are kept sorted by merging, unless a sketchMerge
        // concatenated them.
        const items = level > 0 && (0,_stats_is_sorted_ascending_js__WEBPACK_IMPORTED_MODULE_0__/* .isSortedAscending */ .M)(source) ? source : new Float64Array(source).sort();
        if (sketch.levels.length === level + 1) {
            sketch.levels.push([]);
            sketch.offsets.push(0);
        }
        const offset = sketch.offsets[level];
        sketch.offsets[level] = 1 - offset;
        // An odd item out (the largest) stays on this level.
        const paired = items.length - (items.length % 2);
        const run = [];
        for (let i = offset; i < paired; i += 2)
            run.push(items[i]);
        sketch.levels[level] = paired < items.length ? [items[paired]] : [];
        const up = sketch.levels[level + 1];
        sketch.levels[level + 1] = (0,_stats_is_sorted_ascending_js__WEBPACK_IMPORTED_MODULE_0__/* .isSortedAscending */ .M)(up) ? mergeSorted(up, run) : up.concat(run);
        level++;
    }
}
function mergeSorted(a, b) {
    const out = new Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < a.length && j < b.length)
        out[o++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[o++] = a[i++];
    while (j < b.length)
        out[o++] = b[j++];
    return out;
}
/**
 * Merges `b` into a copy of `a` (same k): level-wise union, then compaction. The error bound adds up: n·H/k of the
 * merged n.
 * @throws {RangeError} if the two sketches have different k
 * @example
 * sketchMerge(createQuantileSketch(4), createQuantileSketch(4)).n // => 0
 */
function sketchMerge(a, b) {
    if (a.k !== b.k)
        throw new RangeError(`sketchMerge: sketches have different k (${a.k} vs ${b.k})`);
    const out = { k: a.k, levels: a.levels.map((l) => [...l]), n: a.n + b.n, offsets: [...a.offsets] };
    b.levels.forEach((items, h) => {
        while (out.levels.length <= h) {
            out.levels.push([]);
            out.offsets.push(0);
        }
        ;
        out.levels[h].push(...items);
    });
    for (let h = 0; h < out.levels.length; h++)
        if (out.levels[h].length >= out.k)
            compact(out, h);
    return out;
}
/**
 * The sketch's items in ascending order with their weights (2^level): a weighted sample whose ECDF is within
 * the stated rank error of the data's.
 * @throws never
 * @example
 * sketchWeightedSorted({ k: 4, levels: [[3, 1]], n: 2, offsets: [0] }) // => { values: Float64Array [1, 3], weights: Float64Array [1, 1] }
 */
function sketchWeightedSorted(sketch) {
    const pairs = [];
    sketch.levels.forEach((items, h) => {
        for (const v of items)
            pairs.push([v, 2 ** h]);
    });
    pairs.sort((p, q) => p[0] - q[0]);
    return { values: Float64Array.from(pairs, (p) => p[0]), weights: Float64Array.from(pairs, (p) => p[1]) };
}
/**
 * Upper bound on the rank error of the sketch as a fraction of n: H/k with H the number of levels (0 while nothing
 * has been compacted: the sketch is then exact).
 * @throws never
 * @example
 * sketchRankErrorBound(createQuantileSketch(4)) // => 0
 */
function sketchRankErrorBound(sketch) {
    return sketch.levels.length <= 1 ? 0 : (sketch.levels.length - 1) / sketch.k;
}


/***/ }),

/***/ 98626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ isSortedAscending)
/* harmony export */ });
/**
 * Whether the values are in ascending order (equal neighbours allowed): a linear check that lets callers skip a
 * sort of data that arrives sorted.
 * @throws never
 * @example
 * isSortedAscending([1, 2, 2, 3]) // => true
 */
function isSortedAscending(values) {
    for (let i = 1; i < values.length; i++)
        if (values[i] < values[i - 1])
            return false;
    return true;
}


/***/ })

};
