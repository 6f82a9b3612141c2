export const id = 194;
export const ids = [194];
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

/***/ 52306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ CELL_BOOLEAN),
  Bj: () => (/* binding */ CELL_NUMBER),
  jv: () => (/* binding */ CELL_TEXT),
  Ne: () => (/* binding */ NativeColumnChunk),
  hM: () => (/* binding */ TextColumnChunk),
  KZ: () => (/* binding */ chunkCell),
  _6: () => (/* binding */ decodeUtf8),
  gn: () => (/* binding */ isNumberCell)
});

// EXTERNAL MODULE: ./src/core/data/hash32.ts
var hash32 = __webpack_require__(16655);
// EXTERNAL MODULE: ./src/core/data/parse-number-text.ts
var parse_number_text = __webpack_require__(53861);
;// CONCATENATED MODULE: ./src/core/data/parse-number-bytes.ts

const ZERO = 48;
const NINE = 57;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/**
 * The number the UTF-8 bytes `bytes[start, end)` spell, exactly as {@link parseNumberText} reads their text (NaN when
 * they are no number), without making a string on the common path: plain ASCII decimals of at most 15 significant
 * digits within 10^±22 take Clinger's fast path over the bytes; everything else (surrounding whitespace, non-ASCII
 * edges, `inf`, long mantissas) is decoded with `decode` and handed to parseNumberText.
 * @throws never
 * @example
 * parseNumberBytes(new TextEncoder().encode('-1.5e3'), 0, 6, (b, s, e) => new TextDecoder().decode(b.subarray(s, e))) // => -1500
 */
function parseNumberBytes(bytes, start, end, decode) {
    if (end <= start)
        return Number.NaN;
    const first = bytes[start];
    const last = bytes[end - 1];
    if (first <= 32 || last <= 32 || first >= 127 || last >= 127)
        return (0,parse_number_text/* parseNumberText */.k)(decode(bytes, start, end));
    let i = start;
    if (first === PLUS || first === MINUS)
        i++;
    let mantissa = 0;
    let digits = 0;
    let fractionDigits = 0;
    let c = i < end ? bytes[i] : -1;
    while (c >= ZERO && c <= NINE) {
        mantissa = mantissa * 10 + (c - ZERO);
        digits++;
        c = ++i < end ? bytes[i] : -1;
    }
    if (c === DOT) {
        c = ++i < end ? bytes[i] : -1;
        while (c >= ZERO && c <= NINE) {
            mantissa = mantissa * 10 + (c - ZERO);
            digits++;
            fractionDigits++;
            c = ++i < end ? bytes[i] : -1;
        }
    }
    if (digits === 0) {
        return i === end || (c !== 73 && c !== 105) ? Number.NaN : (0,parse_number_text/* parseNumberText */.k)(decode(bytes, start, end));
    }
    let exponent = 0;
    if (c === 69 || c === 101) {
        c = ++i < end ? bytes[i] : -1;
        let exponentSign = 1;
        if (c === PLUS || c === MINUS) {
            if (c === MINUS)
                exponentSign = -1;
            c = ++i < end ? bytes[i] : -1;
        }
        let exponentDigits = 0;
        while (c >= ZERO && c <= NINE) {
            if (exponent < 1e6)
                exponent = exponent * 10 + (c - ZERO);
            exponentDigits++;
            c = ++i < end ? bytes[i] : -1;
        }
        if (exponentDigits === 0)
            return Number.NaN;
        exponent *= exponentSign;
    }
    if (i !== end)
        return Number.NaN;
    const scale = exponent - fractionDigits;
    if (digits <= 15 && scale >= -22 && scale <= 22) {
        const value = scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
        return first === MINUS ? -value : value;
    }
    return Number(decode(bytes, start, end));
}

;// CONCATENATED MODULE: ./src/core/data/column-chunk.ts


const textDecoder = new TextDecoder('utf-8');
/**
 * Decodes UTF-8 with the platform's TextDecoder (the default decoder of a chunk).
 * @throws never
 * @example
 * decodeUtf8(new Uint8Array([104, 105]), 0, 2) // => 'hi'
 */
function decodeUtf8(bytes, start, end) {
    return textDecoder.decode(bytes.subarray(start, end));
}
class TextColumnChunk {
    length;
    bytes;
    starts;
    ends;
    parsedNumbers;
    missing;
    nonAscii;
    decode;
    cachedDictionary;
    constructor(
    /** Rows in the chunk. */
    length, bytes, starts, ends, 
    /** The numbers when the reader has them; undefined: parsed from the bytes on first use of {@link numbers}. */
    parsedNumbers, missing, 
    /** 1 where the field has a byte ≥ 0x80 (its UTF-16 length differs from its byte length). */
    nonAscii, decode = decodeUtf8) {
        this.length = length;
        this.bytes = bytes;
        this.starts = starts;
        this.ends = ends;
        this.parsedNumbers = parsedNumbers;
        this.missing = missing;
        this.nonAscii = nonAscii;
        this.decode = decode;
    }
    /** The number each row spells (NaN: missing or no number). */
    get numbers() {
        this.parsedNumbers ??= parseNumbers(this, this.cachedDictionary);
        return this.parsedNumbers;
    }
    /** The cell text of row `r` (null when missing): one decode, for examples and rare paths. */
    text(r) {
        return this.missing[r] === 1 ? null : this.decode(this.bytes, this.starts[r], this.ends[r]);
    }
    /** The length of row `r`'s text in UTF-16 code units (`text(r).length`) without decoding it. */
    textLength(r) {
        const start = this.starts[r];
        const end = this.ends[r];
        if (this.nonAscii[r] !== 1)
            return end - start;
        let units = 0;
        const bytes = this.bytes;
        for (let i = start; i < end; i++) {
            const b = bytes[i];
            if ((b & 0xc0) !== 0x80)
                units += b >= 0xf0 ? 2 : 1;
        }
        return units;
    }
    /** Dictionary ids per row, keyed by the field bytes; built on first use and kept. */
    dictionary() {
        this.cachedDictionary ??= buildDictionary(this);
        return this.cachedDictionary;
    }
}
// The numbers of a text chunk: once per dictionary entry when the dictionary is built (a category column read as
// numbers too, in a profile), else once per row.
function parseNumbers(c, dictionary) {
    const { length, bytes, starts, ends, missing, decode } = c;
    const numbers = new Float64Array(length);
    if (dictionary !== undefined) {
        const { ids, firstRows } = dictionary;
        const byEntry = new Float64Array(firstRows.length);
        for (let id = 0; id < firstRows.length; id++) {
            const r = firstRows[id];
            byEntry[id] = parseNumberBytes(bytes, starts[r], ends[r], decode);
        }
        for (let r = 0; r < length; r++) {
            const id = ids[r];
            numbers[r] = id < 0 ? Number.NaN : byEntry[id];
        }
        return numbers;
    }
    for (let r = 0; r < length; r++)
        numbers[r] = missing[r] === 1 ? Number.NaN : parseNumberBytes(bytes, starts[r], ends[r], decode);
    return numbers;
}
function buildDictionary(c) {
    const { length, bytes, starts, ends, missing } = c;
    const ids = new Int32Array(length);
    let size = 16;
    while (size < length * 2)
        size <<= 1;
    const mask = size - 1;
    const table = new Int32Array(size).fill(-1);
    const firstRows = [];
    const entries = [];
    const countList = [];
    for (let r = 0; r < length; r++) {
        if (missing[r] === 1) {
            ids[r] = -1;
            continue;
        }
        const start = starts[r];
        const end = ends[r];
        let slot = (0,hash32/* fnv1aBytes */._)(bytes, start, end) & mask;
        for (;;) {
            const id = table[slot];
            if (id < 0) {
                const fresh = entries.length;
                table[slot] = fresh;
                firstRows.push(r);
                countList.push(1);
                entries.push(c.decode(bytes, start, end));
                ids[r] = fresh;
                break;
            }
            const other = firstRows[id];
            if (sameBytes(bytes, start, end, starts[other], ends[other])) {
                countList[id] = countList[id] + 1;
                ids[r] = id;
                break;
            }
            slot = (slot + 1) & mask;
        }
    }
    return { ids, entries, counts: Int32Array.from(countList), firstRows: Int32Array.from(firstRows) };
}
function sameBytes(bytes, a, aEnd, b, bEnd) {
    if (aEnd - a !== bEnd - b)
        return false;
    for (let i = 0; i < aEnd - a; i++)
        if (bytes[a + i] !== bytes[b + i])
            return false;
    return true;
}
/** What a {@link NativeColumnChunk} row holds (`kinds[r]`): text (or missing), a JS number, a boolean. */
const CELL_TEXT = 0;
const CELL_NUMBER = 1;
const CELL_BOOLEAN = 2;
const noBytes = new Uint8Array(0);
let identity = new Int32Array(0);
let ones = new Uint8Array(0);
// Shared read-only row index arrays (starts[r] = r, ends[r] = r + 1) and an all-ones mask, grown on demand.
function rowIndexes(length) {
    if (identity.length < length + 1) {
        identity = new Int32Array(Math.max(length + 1, identity.length * 2));
        for (let i = 0; i < identity.length; i++)
            identity[i] = i;
        ones = new Uint8Array(identity.length).fill(1);
    }
    return {
        starts: identity.subarray(0, length),
        ends: identity.subarray(1, length + 1),
        nonAscii: ones.subarray(0, length),
    };
}
/**
 * One column of a block of rows of a typed dataset (Parquet, JSON Lines, JSON arrays): the cells the row readers
 * yield, held without per-row objects. A number cell lives in `numbers` only (its text `String(n)` is made only when
 * asked for); a text or boolean cell is an id into `texts` (a boolean's text is `true`/`false`, as `String` gives);
 * `missing` marks nulls (and NaN numbers, which every consumer reads as missing). It is a {@link TextColumnChunk}
 * whose rows decode through `text(r)`: `starts[r] = r`, every row flagged non-ASCII, so byte-level consumers (the
 * uniqueness hash) go through the decoder. Use {@link chunkCell} for a row's native cell.
 */
class NativeColumnChunk extends TextColumnChunk {
    builtDictionary;
    kinds;
    textIds;
    texts;
    constructor(length, numbers, missing, 
    /** {@link CELL_TEXT} / {@link CELL_NUMBER} / {@link CELL_BOOLEAN} per row. */
    kinds, 
    /** Per text/boolean row its index in `texts`; −1 for missing and number rows. */
    textIds, texts, 
    /** The chunk's dictionary when the caller has it (a column with no number rows: ids are `textIds`). */
    dictionary) {
        const holder = {};
        const { starts, ends, nonAscii } = rowIndexes(length);
        super(length, noBytes, starts, ends, numbers, missing, nonAscii, (_bytes, start) => holder.chunk.text(start) ?? '');
        holder.chunk = this;
        this.kinds = kinds;
        this.textIds = textIds;
        this.texts = texts;
        this.builtDictionary = dictionary;
    }
    text(r) {
        if (this.missing[r] === 1)
            return null;
        return this.kinds[r] === CELL_NUMBER ? String(this.numbers[r]) : this.texts[this.textIds[r]];
    }
    textLength(r) {
        return this.text(r)?.length ?? 0;
    }
    /** The native cell of row `r`: null, a number, a boolean or a string. */
    cell(r) {
        if (this.missing[r] === 1)
            return null;
        const kind = this.kinds[r];
        if (kind === CELL_NUMBER)
            return this.numbers[r];
        const text = this.texts[this.textIds[r]];
        return kind === CELL_BOOLEAN ? text === 'true' : text;
    }
    dictionary() {
        this.builtDictionary ??= buildNativeDictionary(this);
        return this.builtDictionary;
    }
}
/**
 * The cell a row reader yields for row `r` of a chunk column: native for a {@link NativeColumnChunk}, else the text.
 * @throws never
 * @example
 * chunkCell(new NativeColumnChunk(1, new Float64Array([2]), new Uint8Array(1), new Uint8Array([1]), new Int32Array([-1]), []), 0) // => 2
 */
function chunkCell(c, r) {
    return c instanceof NativeColumnChunk ? c.cell(r) : c.text(r);
}
/**
 * Whether row `r` of a chunk column is a JS number cell (a Parquet/JSON number; never for CSV text).
 * @throws never
 */
function isNumberCell(c, r) {
    return c instanceof NativeColumnChunk && c.missing[r] !== 1 && c.kinds[r] === CELL_NUMBER;
}
// The dictionary of a native column keyed by each cell's text (a number 1 and a string '1' share an entry, as the
// text the row path counts is the same): numbers by value when the chunk has no text rows, else by text.
function buildNativeDictionary(c) {
    const { length, missing, kinds, numbers, textIds, texts } = c;
    const ids = new Int32Array(length);
    const entries = [];
    const counts = [];
    const firstRows = [];
    let anyText = false;
    for (let r = 0; r < length; r++)
        if (missing[r] !== 1 && kinds[r] !== CELL_NUMBER)
            anyText = true;
    const byNumber = new Map();
    const byText = new Map();
    for (let r = 0; r < length; r++) {
        if (missing[r] === 1) {
            ids[r] = -1;
            continue;
        }
        const isNumber = kinds[r] === CELL_NUMBER;
        let id;
        if (isNumber && !anyText) {
            const n = numbers[r];
            id = byNumber.get(n);
            if (id === undefined)
                byNumber.set(n, (id = fresh(String(n), r)));
        }
        else {
            const text = isNumber ? String(numbers[r]) : texts[textIds[r]];
            id = byText.get(text);
            if (id === undefined)
                byText.set(text, (id = fresh(text, r)));
        }
        counts[id] = counts[id] + 1;
        ids[r] = id;
    }
    return { ids, entries, counts: Int32Array.from(counts), firstRows: Int32Array.from(firstRows) };
    function fresh(text, r) {
        entries.push(text);
        counts.push(0);
        firstRows.push(r);
        return entries.length - 1;
    }
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

/***/ 75710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ DEFAULT_MAX_FIELD_BYTES)
/* harmony export */ });
/**
 * 16 MiB: the default longest CSV field or JSON line (policy validate-data.limits.max_field_bytes), far above any
 * real cell and far below V8's string limit (~512 MiB), where an unbounded line ended in "Invalid string length".
 */
const DEFAULT_MAX_FIELD_BYTES = 16 * 1024 * 1024;


/***/ }),

/***/ 44258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ dataMessages)
/* harmony export */ });
/* unused harmony export SUPPORTED_DATASET_EXTENSIONS */
/**
 * Messages and hints of the dataset readers (`src/io/dataset`). Tests compare against these functions.
 * A message says what is wrong; the DataError/ConfigurationError carries where (file, line, column)
 * and the hint says how to fix it.
 */
const SUPPORTED_DATASET_EXTENSIONS = [
    '.csv',
    '.tsv',
    '.csv.gz',
    '.tsv.gz',
    '.jsonl',
    '.ndjson',
    '.jsonl.gz',
    '.ndjson.gz',
    '.parquet',
    '.json',
];
const quote = (text) => JSON.stringify(text);
const list = (names) => names.map(quote).join(', ');
const dataMessages = {
    unsupportedExtension: (path) => `cannot tell the format of dataset "${path}" from its extension; supported: ${SUPPORTED_DATASET_EXTENSIONS.join(', ')}`,
    unsupportedExtensionHint: () => 'rename the file to one of the supported extensions (the format is chosen by extension only)',
    unreadablePath: (path, code) => code === 'ENOENT'
        ? `dataset "${path}" does not exist`
        : code === 'EACCES' || code === 'EPERM'
            ? `dataset "${path}" cannot be read: permission denied`
            : code === 'EISDIR'
                ? `dataset "${path}" is a directory, not a file`
                : `dataset "${path}" cannot be read (${code})`,
    unreadablePathHint: () => 'check the path (relative paths are resolved from the working directory) and that an earlier step created the file',
    corruptGzip: (path, detail) => `dataset "${path}" is not a valid gzip file: ${detail}`,
    corruptGzipHint: () => 'compress the file again with gzip, or drop the .gz extension if it is not compressed',
    invalidDelimiter: (delimiter) => `the CSV delimiter must be one character other than a quote, CR or LF; got ${quote(delimiter)}`,
    invalidDelimiterHint: () => 'use a single character such as "," ";" "|" or a tab ("\\t" in YAML double quotes)',
    emptyFile: (path, format = 'csv') => format === 'csv'
        ? `dataset "${path}" is empty: it has no header row`
        : `dataset "${path}" is empty: it has no JSON object`,
    emptyFileHint: (format = 'csv') => format === 'csv'
        ? 'write a header row with the column names on the first line'
        : 'write one JSON object per line; an empty file has no columns to check',
    emptyHeaderName: (position) => `column ${position} of the header row has an empty name`,
    emptyHeaderNameHint: () => 'give every column a name in the header row (the first line)',
    duplicateHeaderName: (name, first, second) => `column name ${quote(name)} appears twice in the header row (columns ${first} and ${second})`,
    duplicateHeaderNameHint: () => 'rename one of the columns so that every column name is unique',
    unterminatedQuote: (field) => `field ${field} opens a quote (") that is never closed`,
    unterminatedQuoteHint: () => 'close the quoted field with ", and write a quote inside a quoted field as two quotes ("")',
    textAfterClosingQuote: (field, found) => `field ${field} has ${quote(found)} after its closing quote; expected a delimiter or the end of the line`,
    textAfterClosingQuoteHint: () => 'quote the whole field, and write a quote inside a quoted field as two quotes ("")',
    raggedRow: (expected, got) => `row has ${got} fields, but the header has ${expected}`,
    raggedRowHint: (delimiter, expected, got) => got > expected
        ? `a field probably contains the delimiter ${quote(delimiter)}: quote that field, or check the delimiter (input or file extension)`
        : got === 1 && expected > 1
            ? `the row has no delimiter ${quote(delimiter)}: check the delimiter (a .tsv file is read with tabs) or remove the stray line`
            : 'a field is missing: write an empty field (two delimiters in a row) for a missing value',
    invalidUtf8: (byteOffset) => `invalid UTF-8 byte sequence at byte offset ${byteOffset}`,
    invalidUtf8Hint: () => 'save the file as UTF-8 (for example: iconv -f latin1 -t utf-8 in.csv > out.csv)',
    invalidJson: (parserMessage) => `line is not valid JSON: ${parserMessage}`,
    invalidJsonHint: () => 'write one complete JSON object per line (JSON Lines); multi-line JSON is not allowed',
    jsonDuplicateKey: (key) => `line has key ${JSON.stringify(key)} twice in one object (JSON would keep only the last value)`,
    jsonDuplicateKeyHint: () => 'write each key once per object, or rename one of the two',
    jsonTooDeep: (max) => `line nests JSON objects and arrays more than ${max} levels deep`,
    jsonTooDeepHint: () => 'flatten the value: columns hold scalars, and nested values are kept only as JSON text',
    fieldTooLong: (what, max) => `${what} is longer than ${max} bytes, the limit for one ${what === 'line' ? 'JSON line' : 'CSV field'}`,
    fieldTooLongHint: () => 'check the file for a missing newline or an unterminated quote; if the long value is real, raise validate-data.limits.max_field_bytes in the policy file',
    jsonLineNotObject: (kind) => `line holds a JSON ${kind}, not an object`,
    jsonLineNotObjectHint: () => 'write one JSON object per line, e.g. {"age": 31, "country": "FR"}',
    missingColumn: (path, column, present) => `dataset "${path}" has no column ${quote(column)}; its columns are ${list(present)}`,
    missingColumnHint: (column, present) => {
        const near = closestName(column, present);
        return near === undefined
            ? 'check the column name (names are case-sensitive) or add the column to the dataset'
            : `did you mean ${quote(near)}? Column names are case-sensitive and spaces count`;
    },
    corruptParquet: (path, detail) => `dataset "${path}" is not a readable Parquet file: ${detail}`,
    corruptParquetHint: () => 'write the file again with a Parquet writer (pyarrow, pandas.to_parquet, polars) and check that it was not truncated',
};
/** The name in `names` closest to `name` (same up to case and surrounding spaces, or 1–2 edits away), if any. */
function closestName(name, names) {
    const norm = (text) => text.trim().toLowerCase();
    const exact = names.find((candidate) => norm(candidate) === norm(name));
    if (exact !== undefined)
        return exact;
    let best;
    // At most 1 edit for short names (else "age" would suggest "name"), 2 for longer ones.
    let bestDistance = name.trim().length <= 4 ? 2 : 3;
    for (const candidate of names) {
        const distance = editDistance(norm(name), norm(candidate), bestDistance);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** Levenshtein distance, or `limit` when it is at least `limit`. */
function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) >= limit)
        return limit;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return Math.min(previous[b.length], limit);
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

/***/ 90289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   s: () => (/* binding */ scanJsonLine)
/* harmony export */ });
/** JSON nesting deeper than this on one JSON Lines line is refused (a deeper value would overflow the stack). */
const MAX_JSON_DEPTH = 64;
const QUOTE = 34;
const BACKSLASH = 92;
/** Index of the quote that closes the string opened at `open`. */
function stringEnd(text, open) {
    let from = open + 1;
    for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1)
            return text.length;
        let slashes = 0;
        for (let k = close - 1; k > open && text.charCodeAt(k) === BACKSLASH; k--)
            slashes++;
        if (slashes % 2 === 0)
            return close;
        from = close + 1;
    }
}
/** End of the number literal starting at `start`. */
function numberEnd(text, start) {
    let i = start;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // digits, '+', '-', '.', 'e', 'E'
        if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 101 || c === 69))
            break;
    }
    return i;
}
/**
 * An integer literal (no fraction, no exponent) that does not read back as the same digits: its nearest double prints
 * differently (9007199254740993 reads as …992). A double's own shortest digits (what JSON.stringify writes, e.g.
 * 123456789012345680000) read back the same and stay a number.
 */
function isUnsafeIntegerLiteral(literal) {
    const digits = literal.charCodeAt(0) === 45 ? literal.length - 1 : literal.length;
    return digits >= 16 && /^-?\d+$/.test(literal) && String(Number(literal)) !== literal;
}
/**
 * Scans one line of JSON text that JSON.parse accepted, iteratively (no recursion, so any depth is safe): the first
 * key repeated within one object, nesting past `maxDepth`, and the top-level integer literals a double would change.
 * Keys are compared decoded ("a" and "\u0061" are the same key, as JSON.parse sees them).
 * @throws never (on text JSON.parse accepted)
 * @example
 * scanJsonLine('{"a": 1, "b": {"a": 2}}').duplicateKey // => undefined
 * @example
 * scanJsonLine('{"a": 1, "a": 2}').duplicateKey // => 'a'
 * @example
 * scanJsonLine('{"id": 9007199254740993}').unsafeIntegers?.get('id') // => '9007199254740993'
 * @example
 * scanJsonLine('{"a": [[[1]]]}', 3).tooDeep // => true
 */
function scanJsonLine(text, maxDepth = MAX_JSON_DEPTH) {
    const state = { keys: [], expectKey: false, lastTopKey: '', unsafe: undefined };
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
            const close = stringEnd(text, i);
            if (state.expectKey && !addKey(state, text.slice(i + 1, close)))
                return { duplicateKey: decodeKey(text.slice(i + 1, close)) };
            i = close;
        }
        else if (c === 45 || (c >= 48 && c <= 57))
            i = readNumber(state, text, i) - 1;
        else if (!punctuation(state, c, maxDepth))
            return { tooDeep: true };
    }
    return state.unsafe === undefined ? {} : { unsafeIntegers: state.unsafe };
}
/** Brackets, commas and colons (anything else outside strings and numbers is skipped); false past the depth. */
function punctuation(state, c, maxDepth) {
    if (c === 123 /* { */ || c === 91 /* [ */) {
        state.keys.push(c === 123 ? new Set() : null);
        state.expectKey = c === 123;
        return state.keys.length <= maxDepth;
    }
    if (c === 125 /* } */ || c === 93 /* ] */) {
        state.keys.pop();
        state.expectKey = false;
    }
    else if (c === 44 /* , */)
        state.expectKey = state.keys[state.keys.length - 1] !== null;
    else if (c === 58 /* : */)
        state.expectKey = false;
    return true;
}
/** A number literal at `start`: a top-level integer a double would change is noted. Returns its end. */
function readNumber(state, text, start) {
    const end = numberEnd(text, start);
    if (state.keys.length === 1 && end - start >= 16) {
        const literal = text.slice(start, end);
        if (isUnsafeIntegerLiteral(literal))
            (state.unsafe ??= new Map()).set(state.lastTopKey, literal);
    }
    return end;
}
/** A key as JSON.parse reads it (escapes decoded). */
function decodeKey(raw) {
    return raw.includes('\\') ? JSON.parse(`"${raw}"`) : raw;
}
/** Adds a key to the innermost object's keys; false when that object already has it. */
function addKey(state, raw) {
    const key = decodeKey(raw);
    const own = state.keys[state.keys.length - 1];
    if (own.has(key))
        return false;
    own.add(key);
    if (state.keys.length === 1)
        state.lastTopKey = key;
    state.expectKey = false;
    return true;
}


/***/ }),

/***/ 74326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ CsvParser),
/* harmony export */   fV: () => (/* binding */ completeUtf8Length),
/* harmony export */   uB: () => (/* binding */ resolveHeader),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44258);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75710);
/**
 * A push parser for RFC 4180 CSV over bytes, with the conventions of `src/core/data/cell-value.ts`.
 *
 * - Input: UTF-8 bytes in chunks of any size (a chunk may end inside a multi-byte character, inside a
 *   quoted field, between CR and LF). A UTF-8 byte order mark at the start of the file is dropped.
 *   Bytes are validated with `buffer.isUtf8` and decoded once per chunk; fields are `String#slice`s.
 * - Records end at LF or CRLF. A lone CR inside an unquoted field is data. The last record may lack a newline.
 * - A field that starts with `"` is quoted: it may hold the delimiter, CR, LF; `""` is one quote.
 *   After the closing quote only the delimiter or the end of the line may follow (else DataError).
 *   A quote in the middle of an unquoted field is kept as data (lenient, like pandas).
 * - Unquoted empty field → null; unquoted field equal to a null value → null; quoted field → its text,
 *   so `""` is the empty string. Nothing else is converted: cells are strings.
 * - The first non-blank record is the header: names are taken verbatim (quoted or not), must be
 *   non-empty and unique.
 * - Blank lines (nothing, or only CR, between two newlines) are skipped when the header has two or more
 *   columns (they cannot be a row there) and before the header. With a single column a blank line is
 *   a row whose cell is null (that is how a one-column writer writes null).
 * - Every data record must have as many fields as the header (else DataError "ragged row").
 * - Line numbers are 1-based physical lines (LF count + 1) of the decoded text: the line where a record
 *   starts, counting newlines embedded in quoted fields.
 */




const NO_COLUMNS = [];
const QUOTE = 34;
const LF = 10;
const CR = 13;
class CsvParser {
    /** The header row (all columns of the file), once read. */
    header;
    /** Output columns: the projection, or the header. */
    columns;
    /** Parsed rows not yet taken. */
    rows = [];
    /** Line of each row in `rows`. */
    lines = [];
    /** Data rows parsed so far (taken or not). */
    rowCount = 0;
    file;
    delimiter;
    delimiterCode;
    nullSet;
    nullFirst;
    maxNullLength;
    requested;
    maxFieldBytes;
    /** maxFieldBytes ÷ 3: a field of at most this many UTF-16 units is within the limit (≤ 3 UTF-8 bytes per unit). */
    maxFieldUnits;
    projection;
    width = 0;
    outWidth = 0;
    carry = Buffer.alloc(0);
    pending = '';
    pendingLine = 1;
    bytesFed = 0;
    started = false;
    /** Length of the incomplete record at the last parse: parse again once the text has doubled. */
    reparseAt = 0;
    constructor(options) {
        const { delimiter } = options;
        if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
            throw new RangeError(`CsvParser: the delimiter must be one character other than a quote, CR or LF; got ${JSON.stringify(delimiter)}`);
        }
        this.file = options.file;
        this.delimiter = delimiter;
        this.delimiterCode = delimiter.charCodeAt(0);
        this.nullSet = new Set(options.nullValues);
        this.nullFirst = new Uint8Array(65536);
        let max = 0;
        for (const value of options.nullValues) {
            if (value.length > 0)
                this.nullFirst[value.charCodeAt(0)] = 1;
            if (value.length > max)
                max = value.length;
        }
        this.maxNullLength = max;
        this.requested = options.columns;
        this.maxFieldBytes = options.maxFieldBytes ?? _types_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_FIELD_BYTES */ .K;
        this.maxFieldUnits = Math.floor(this.maxFieldBytes / 3);
    }
    /** Parses the complete records in `chunk` (plus what earlier chunks left). */
    push(chunk) {
        const incoming = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, incoming]) : incoming;
        const start = this.bytesFed - this.carry.length;
        this.bytesFed += incoming.length;
        const cut = completeUtf8Length(bytes);
        const body = bytes.subarray(0, cut);
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(body))
            this.throwInvalidUtf8(body, start);
        this.carry = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : Buffer.alloc(0);
        let text = body.toString('utf8');
        if (!this.started && text.length > 0) {
            this.started = true;
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
        }
        // A record longer than the new text: wait for more before parsing it again (keeps long fields linear).
        if (this.pending.length + text.length < 2 * this.reparseAt) {
            this.pending += text;
            return;
        }
        this.parse(this.pending + text, false);
    }
    /** Parses what is left; throws on an unterminated quote or a truncated UTF-8 character. */
    end() {
        if (this.carry.length > 0)
            this.throwInvalidUtf8(this.carry, this.bytesFed - this.carry.length);
        this.parse(this.pending, true);
    }
    /** Removes and returns up to `count` parsed rows. */
    take(count) {
        if (count >= this.rows.length) {
            const taken = { rows: this.rows, lines: this.lines };
            this.rows = [];
            this.lines = [];
            return taken;
        }
        const taken = { rows: this.rows.slice(0, count), lines: this.lines.slice(0, count) };
        this.rows = this.rows.slice(count);
        this.lines = this.lines.slice(count);
        return taken;
    }
    parse(text, final) {
        const n = text.length;
        const delimiter = this.delimiter;
        const delimiterCode = this.delimiterCode;
        const nullSet = this.nullSet;
        const nullFirst = this.nullFirst;
        const maxNullLength = this.maxNullLength;
        let line = this.pendingLine;
        let pos = 0;
        let nextNewline = -1;
        let nextDelimiter = -1;
        let nextQuote = -1;
        const rows = this.rows;
        const lines = this.lines;
        while (pos < n) {
            const recordStart = pos;
            const recordLine = line;
            let lineStart = pos;
            let field = 0;
            const inHeader = this.header === undefined;
            const projection = this.projection;
            const width = this.width;
            const row = inHeader ? [] : new Array(this.outWidth);
            const headerColumns = inHeader ? [] : NO_COLUMNS;
            let end;
            if (!inHeader) {
                if (nextQuote < pos) {
                    nextQuote = text.indexOf('"', pos);
                    if (nextQuote === -1)
                        nextQuote = n;
                }
                if (nextNewline < pos) {
                    nextNewline = text.indexOf('\n', pos);
                    if (nextNewline === -1)
                        nextNewline = n;
                }
                if (nextQuote > nextNewline && (nextNewline < n || final)) {
                    // Fast path: a whole record without quotes. Same rules as below, fewer branches per field.
                    const lineEnd = nextNewline;
                    const stop = lineEnd < n && lineEnd > pos && text.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
                    let start = pos;
                    for (;;) {
                        if (nextDelimiter < start) {
                            nextDelimiter = text.indexOf(delimiter, start);
                            if (nextDelimiter === -1)
                                nextDelimiter = n;
                        }
                        const fieldEnd = nextDelimiter < stop ? nextDelimiter : stop;
                        if (fieldEnd - start > this.maxFieldUnits)
                            this.checkField(text, start, fieldEnd, recordLine);
                        const target = projection === undefined ? (field < width ? field : -1) : field < width ? projection[field] : -1;
                        if (target >= 0) {
                            if (fieldEnd === start) {
                                row[target] = null;
                            }
                            else {
                                const raw = text.slice(start, fieldEnd);
                                row[target] =
                                    raw.length <= maxNullLength && nullFirst[raw.charCodeAt(0)] === 1 && nullSet.has(raw) ? null : raw;
                            }
                        }
                        field++;
                        if (fieldEnd === stop)
                            break;
                        start = fieldEnd + 1;
                    }
                    pos = lineEnd < n ? lineEnd + 1 : n;
                    if (lineEnd < n)
                        line++;
                    if (field === 1 && stop === recordStart && width > 1)
                        continue;
                    if (field !== width)
                        this.throwRagged(width, field, recordLine);
                    rows.push(row);
                    lines.push(recordLine);
                    this.rowCount++;
                    continue;
                }
            }
            for (;;) {
                let value;
                const target = inHeader
                    ? field
                    : projection === undefined
                        ? field < width
                            ? field
                            : -1
                        : field < width
                            ? projection[field]
                            : -1;
                if (pos < n && text.charCodeAt(pos) === QUOTE) {
                    const fieldLine = line;
                    const fieldColumn = pos - lineStart + 1;
                    let j = pos + 1;
                    let escaped = false;
                    let close;
                    for (;;) {
                        const q = text.indexOf('"', j);
                        if (q === -1) {
                            if (!final)
                                return this.keep(text, recordStart, recordLine, pos, fieldLine);
                            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.unterminatedQuote(field + 1), { file: this.file, line: fieldLine, column: fieldColumn }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.unterminatedQuoteHint());
                        }
                        if (q + 1 < n) {
                            if (text.charCodeAt(q + 1) === QUOTE) {
                                escaped = true;
                                j = q + 2;
                                continue;
                            }
                        }
                        else if (!final) {
                            return this.keep(text, recordStart, recordLine, pos, fieldLine);
                        }
                        close = q;
                        break;
                    }
                    if (close - pos - 1 > this.maxFieldUnits)
                        this.checkField(text, pos + 1, close, fieldLine);
                    if (target >= 0 || inHeader) {
                        const raw = text.slice(pos + 1, close);
                        value = escaped ? raw.replaceAll('""', '"') : raw;
                    }
                    else {
                        value = null;
                    }
                    let k = text.indexOf('\n', pos + 1);
                    while (k !== -1 && k < close) {
                        line++;
                        lineStart = k + 1;
                        k = text.indexOf('\n', k + 1);
                    }
                    if (inHeader)
                        headerColumns.push(fieldColumn);
                    pos = close + 1;
                    if (pos >= n) {
                        end = n;
                    }
                    else {
                        const c = text.charCodeAt(pos);
                        if (c === delimiterCode || c === LF) {
                            end = pos;
                        }
                        else if (c === CR && pos + 1 < n && text.charCodeAt(pos + 1) === LF) {
                            end = pos + 1;
                        }
                        else if (c === CR && pos + 1 >= n) {
                            if (!final)
                                return this.keep(text, recordStart, recordLine, pos, line);
                            end = n; // a file that ends with `"…"` CR (a CRLF cut short)
                        }
                        else {
                            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.textAfterClosingQuote(field + 1, /^[^\r\n]{0,10}/.exec(text.slice(pos, pos + 10))[0]), { file: this.file, line, column: pos - lineStart + 1 }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.textAfterClosingQuoteHint());
                        }
                    }
                }
                else {
                    if (nextDelimiter < pos) {
                        nextDelimiter = text.indexOf(delimiter, pos);
                        if (nextDelimiter === -1)
                            nextDelimiter = n;
                    }
                    if (nextNewline < pos) {
                        nextNewline = text.indexOf('\n', pos);
                        if (nextNewline === -1)
                            nextNewline = n;
                    }
                    end = nextDelimiter < nextNewline ? nextDelimiter : nextNewline;
                    if (end - pos > this.maxFieldUnits)
                        this.checkField(text, pos, end, line);
                    if (end === n && !final)
                        return this.keep(text, recordStart, recordLine, pos, line);
                    if (inHeader)
                        headerColumns.push(pos - lineStart + 1);
                    if (target >= 0 || inHeader) {
                        let stop = end;
                        if (end === nextNewline && stop > pos && text.charCodeAt(stop - 1) === CR)
                            stop--;
                        if (stop === pos) {
                            value = inHeader ? '' : null;
                        }
                        else {
                            const raw = text.slice(pos, stop);
                            value =
                                !inHeader && raw.length <= maxNullLength && nullFirst[raw.charCodeAt(0)] === 1 && nullSet.has(raw)
                                    ? null
                                    : raw;
                        }
                    }
                    else {
                        value = null;
                    }
                }
                if (inHeader)
                    row.push(value);
                else if (target >= 0)
                    row[target] = value;
                field++;
                if (end < n && text.charCodeAt(end) === delimiterCode) {
                    pos = end + 1;
                    continue;
                }
                break;
            }
            // End of record at `end` (an LF, or the end of the text).
            pos = end < n ? end + 1 : n;
            const blank = field === 1 && (end === recordStart || (end === recordStart + 1 && text.charCodeAt(recordStart) === CR));
            if (end < n)
                line++;
            if (inHeader) {
                if (blank)
                    continue;
                this.setHeader(row, headerColumns, recordLine);
                continue;
            }
            if (blank && width > 1)
                continue;
            if (field !== width)
                this.throwRagged(width, field, recordLine);
            rows.push(row);
            lines.push(recordLine);
            this.rowCount++;
        }
        this.pending = '';
        this.pendingLine = line;
        this.reparseAt = 0;
    }
    throwRagged(width, field, line) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.raggedRow(width, field), { file: this.file, line }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.raggedRowHint(this.delimiter === '\t' ? '\\t' : this.delimiter, width, field));
    }
    /** A field longer than maxFieldBytes is a DataError at its line (checked before its text is kept or copied). */
    checkField(text, start, end, line) {
        if (end - start <= this.maxFieldUnits || Buffer.byteLength(text.slice(start, end)) <= this.maxFieldBytes)
            return;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.fieldTooLong('field', this.maxFieldBytes), { file: this.file, line }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.fieldTooLongHint());
    }
    /** Keeps an incomplete record for the next chunk; its last field, still open, is held to maxFieldBytes. */
    keep(text, recordStart, recordLine, fieldStart, fieldLine) {
        this.checkField(text, fieldStart, text.length, fieldLine);
        this.pending = text.slice(recordStart);
        this.pendingLine = recordLine;
        this.reparseAt = this.pending.length;
    }
    setHeader(names, columns, line) {
        const resolved = resolveHeader(this.file, names, columns, line, this.requested);
        this.header = names;
        this.width = names.length;
        this.columns = resolved.columns;
        this.outWidth = resolved.columns.length;
        if (this.requested !== undefined)
            this.projection = resolved.projection;
    }
    throwInvalidUtf8(bytes, fileOffset) {
        const bad = firstInvalidUtf8(bytes);
        let line = this.pendingLine;
        for (let i = 0; i < this.pending.length; i++)
            if (this.pending.charCodeAt(i) === LF)
                line++;
        for (let i = 0; i < bad; i++)
            if (bytes[i] === LF)
                line++;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.invalidUtf8(fileOffset + bad), { file: this.file, line }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.invalidUtf8Hint());
    }
}
/**
 * Checks a header row (non-empty, unique names; `columns` gives each name's column for the error) and maps it to the
 * output: `projection[field]` is the output column of each file column (−1: not read), `columns` the output names.
 * @throws {DataError} on an empty or repeated name, or a requested column the header lacks
 */
function resolveHeader(file, names, columns, line, requested) {
    const seen = new Map();
    names.forEach((name, index) => {
        if (name === '') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.emptyHeaderName(index + 1), { file, line, column: columns[index] }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.emptyHeaderNameHint());
        }
        const first = seen.get(name);
        if (first !== undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.duplicateHeaderName(name, first + 1, index + 1), { file, line, column: columns[index] }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.duplicateHeaderNameHint());
        }
        seen.set(name, index);
    });
    const projection = new Int32Array(names.length).fill(-1);
    if (requested === undefined) {
        for (let j = 0; j < names.length; j++)
            projection[j] = j;
        return { projection, columns: names };
    }
    requested.forEach((column, target) => {
        const source = seen.get(column);
        if (source === undefined) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.missingColumn(file, column, names), { file }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.missingColumnHint(column, names));
        }
        projection[source] = target;
    });
    return { projection, columns: [...requested] };
}
/** Length of the prefix of `bytes` that does not end inside a multi-byte UTF-8 sequence. */
function completeUtf8Length(bytes) {
    const n = bytes.length;
    for (let back = 1; back <= 3 && back <= n; back++) {
        const b = bytes[n - back];
        if ((b & 0xc0) === 0x80)
            continue; // continuation byte: look further back
        const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        return need > back ? n - back : n;
    }
    return n;
}
/** Index of the first byte that starts an invalid UTF-8 sequence (or `bytes.length` if none). */
function firstInvalidUtf8(bytes) {
    const n = bytes.length;
    let i = 0;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            min = 0x80;
        }
        else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            min = 0x800;
        }
        else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            min = 0x10000;
        }
        else {
            return i;
        }
        if (i + need >= n)
            return i;
        let code = b & (0xff >> (need + 2));
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if ((c & 0xc0) !== 0x80)
                return i;
            code = (code << 6) | (c & 0x3f);
        }
        if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
            return i;
        i += need + 1;
    }
    return n;
}


/***/ }),

/***/ 87903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ datasetFormat)
/* harmony export */ });
/* harmony import */ var _core_data_messages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44258);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);


/**
 * The format of a dataset, chosen by its extension only (case-insensitive):
 * `.csv` `.tsv` (tab) `.csv.gz` `.tsv.gz` → CSV; `.jsonl` `.ndjson` (`.gz`) → JSON Lines; `.parquet` → Parquet;
 * `.json` → one JSON array of row objects (src/io/dataset/json-array).
 * @throws {ConfigurationError} for any other extension, listing the supported ones
 * @example
 * datasetFormat('data/train.tsv.gz') // => { format: 'csv', gzip: true, delimiter: '\t' }
 */
function datasetFormat(path) {
    const name = path.toLowerCase();
    const gzip = name.endsWith('.gz');
    const base = gzip ? name.slice(0, -3) : name;
    if (base.endsWith('.csv'))
        return { format: 'csv', gzip, delimiter: ',' };
    if (base.endsWith('.tsv'))
        return { format: 'csv', gzip, delimiter: '\t' };
    if (base.endsWith('.jsonl') || base.endsWith('.ndjson'))
        return { format: 'jsonl', gzip, delimiter: ',' };
    if (base.endsWith('.parquet') && !gzip)
        return { format: 'parquet', gzip, delimiter: ',' };
    if (base.endsWith('.json') && !gzip)
        return { format: 'json-array', gzip, delimiter: ',' };
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .dataMessages */ .e.unsupportedExtension(path), { file: path }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_0__/* .dataMessages */ .e.unsupportedExtensionHint());
}


/***/ }),

/***/ 3194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GU: () => (/* reexport */ candidateCsvRanges),
  nZ: () => (/* reexport */ cell_value/* cellToNumber */.nZ),
  hu: () => (/* reexport */ cell_value/* cellToString */.hu),
  jF: () => (/* reexport */ read_chunks/* columnChunksSupported */.jF),
  QV: () => (/* reexport */ dataset_format/* datasetFormat */.Q),
  eZ: () => (/* reexport */ datasetHeader),
  hQ: () => (/* reexport */ read_chunks/* parquetRowGroups */.hQ),
  tt: () => (/* reexport */ rangesProven),
  LZ: () => (/* reexport */ read_chunks/* readColumnChunks */.LZ),
  JP: () => (/* reexport */ read_dataset/* readDataset */.J),
  IK: () => (/* reexport */ read_dataset_columns/* readDatasetColumns */.I)
});

// UNUSED EXPORTS: DEFAULT_BATCH_SIZE, DEFAULT_NULL_VALUES, candidateCsvRangesAt, cellToBoolean, isMissing, quoteCsvField, readColumns, writeCsv

// EXTERNAL MODULE: ./src/io/dataset/read-dataset.ts + 1 modules
var read_dataset = __webpack_require__(99221);
// EXTERNAL MODULE: ./src/io/dataset/read-dataset-columns.ts
var read_dataset_columns = __webpack_require__(48420);
// EXTERNAL MODULE: ./src/core/data/messages.ts
var messages = __webpack_require__(44258);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/io/dataset/csv/csv-parser.ts
var csv_parser = __webpack_require__(74326);
// EXTERNAL MODULE: ./src/io/dataset/dataset-format.ts
var dataset_format = __webpack_require__(87903);
// EXTERNAL MODULE: ./src/io/dataset/jsonl/read-jsonl.ts
var read_jsonl = __webpack_require__(22375);
// EXTERNAL MODULE: ./src/io/dataset/json-array/read-json-array.ts + 1 modules
var read_json_array = __webpack_require__(19464);
// EXTERNAL MODULE: ./src/io/dataset/open-dataset.ts
var open_dataset = __webpack_require__(66654);
// EXTERNAL MODULE: ./src/io/dataset/parquet/read-parquet.ts
var read_parquet = __webpack_require__(55503);
// EXTERNAL MODULE: ./src/io/dataset/types.ts
var types = __webpack_require__(8326);
// EXTERNAL MODULE: ./src/core/data/limits.ts
var limits = __webpack_require__(75710);
;// CONCATENATED MODULE: ./src/io/dataset/dataset-header.ts









/**
 * The column names of a dataset: the CSV header row (reads only up to it), the Parquet schema's
 * top-level columns, or for JSON Lines the union of keys in first-seen order (reads the whole file).
 * @throws {ConfigurationError} unknown extension, missing or unreadable path
 * @throws {DataError} empty file, bad header (empty or duplicate name), malformed content before the header ends
 * @example
 * await datasetHeader('fixtures/datasets/tiny.csv') // => ['id', 'name']
 */
async function datasetHeader(path, options = {}) {
    const format = (0,dataset_format/* datasetFormat */.Q)(path);
    if (format.format === 'json-array')
        return (0,read_json_array/* jsonArrayHeader */.BA)(path);
    if (format.format === 'jsonl') {
        let columns = [];
        for await (const batch of (0,read_jsonl/* readJsonl */.f)(path, {
            gzip: format.gzip,
            batchSize: 1 << 16,
            chunkSize: types/* DEFAULT_CHUNK_SIZE */.WI,
            maxFieldBytes: limits/* DEFAULT_MAX_FIELD_BYTES */.K,
        }))
            columns = batch.columns;
        return [...columns];
    }
    const handle = await (0,open_dataset/* openDataset */.J)(path);
    try {
        if (format.format === 'parquet') {
            return (0,read_parquet/* parquetColumnNames */.Br)(await (0,read_parquet/* readParquetMetadata */.o2)(path, await (0,read_parquet/* fileBuffer */.lW)(handle)));
        }
        const parser = new csv_parser/* CsvParser */.C2({
            file: path,
            delimiter: options.delimiter ?? format.delimiter,
            nullValues: types/* DEFAULT_NULL_VALUES */.LL,
        });
        for await (const chunk of (0,open_dataset/* datasetChunks */.l)(handle, path, { gzip: format.gzip, chunkSize: 1 << 16 })) {
            parser.push(chunk);
            if (parser.header !== undefined)
                return parser.header;
        }
        parser.end();
        if (parser.header !== undefined)
            return parser.header;
        throw new errors/* DataError */.fL(messages/* dataMessages */.e.emptyFile(path), { file: path, line: 1 }, messages/* dataMessages */.e.emptyFileHint());
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/io/dataset/csv/csv-ranges.ts

const LF = 10;
/** Bytes read after a cut to find its first line end; a cut without one within them is dropped. */
const WINDOW = 1 << 20;
/**
 * Candidate byte ranges of an uncompressed CSV file for a parallel scan: `count` ranges of about equal size, each
 * after the first starting just after the first LF at or after its cut. A candidate is only a guess (the LF may lie
 * inside a quoted field); it is proven when the scan of the range before it, whose own start is proven (by induction
 * from the file's start), stops exactly there: {@link rangesProven}. Undefined when the file is too small to split.
 * @throws never (an unreadable file gives undefined: the sequential scan reports it)
 */
async function candidateCsvRanges(path, header, count) {
    if (count < 2)
        return undefined;
    return candidateCsvRangesAt(path, header, (size) => Array.from({ length: count - 1 }, (_, k) => Math.floor((size * (k + 1)) / count)));
}
/**
 * {@link candidateCsvRanges} at the cuts `cutsOf(size)` gives (ascending byte offsets; tests cut anywhere).
 * @throws never
 */
async function candidateCsvRangesAt(path, header, cutsOf) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch {
        return undefined;
    }
    try {
        const size = (await handle.stat()).size;
        const starts = [];
        const window = Buffer.alloc(WINDOW);
        for (const cut of cutsOf(size)) {
            if (cut < (starts.at(-1) ?? 0) || cut >= size)
                continue;
            const { bytesRead } = await handle.read(window, 0, WINDOW, cut);
            const lf = window.subarray(0, bytesRead).indexOf(LF);
            const start = cut + lf + 1;
            if (lf >= 0 && start < size && start > (starts.at(-1) ?? 0))
                starts.push(start);
        }
        if (starts.length === 0)
            return undefined;
        return [0, ...starts].map((start, i) => ({
            start,
            stopAt: starts[i] ?? Number.POSITIVE_INFINITY,
            ...(i === 0 ? {} : { header }),
        }));
    }
    finally {
        await handle.close();
    }
}
/**
 * Whether every candidate start was a record start: range i's scan stopped at range i+1's start (`ends[i]`: the
 * offset where range i's scan stopped). Range 0 starts at the file's start, so by induction each range was read
 * in the right quote state.
 * @throws never
 */
function rangesProven(ranges, ends) {
    for (let i = 0; i + 1 < ranges.length; i++)
        if (ends[i] !== ranges[i + 1].start)
            return false;
    return true;
}

// EXTERNAL MODULE: ./src/io/dataset/read-chunks.ts + 1 modules
var read_chunks = __webpack_require__(89251);
;// CONCATENATED MODULE: ./src/io/dataset/write-csv.ts
const DEFAULT_NULLS = new Set(['', 'NA', 'N/A', 'null', 'NULL', 'NaN', 'nan']);
/**
 * One CSV field as `readDataset` reads it back: `null` → empty (unquoted), `''` → `""`; a string is quoted
 * when it holds the delimiter, a quote, CR or LF, starts with a byte order mark, or equals a null value
 * (so that it stays a string); quotes inside are doubled. Numbers use `String(n)`, booleans `true`/`false`.
 * @example
 * quoteCsvField('say "hi", ok') // => '"say ""hi"", ok"'
 */
function quoteCsvField(value, delimiter = ',', nullValues = DEFAULT_NULLS) {
    if (value === null)
        return '';
    if (typeof value !== 'string')
        return String(value);
    if (value === '' ||
        nullValues.has(value) ||
        value.includes('"') ||
        value.includes(delimiter) ||
        value.includes('\n') ||
        value.includes('\r') ||
        value.charCodeAt(0) === 0xfeff) {
        return `"${value.replaceAll('"', '""')}"`;
    }
    return value;
}
/**
 * A CSV document (header row, then one record per row, each ending with `newline`) that `readDataset`
 * reads back to the same cells (strings; numbers and booleans come back as their text).
 * @throws {RangeError} if a row's length differs from the number of columns
 * @example
 * writeCsv([['1', null], ['', 'a,b']], ['id', 'name']) // => 'id,name\n1,\n"","a,b"\n'
 */
function writeCsv(rows, columns, options = {}) {
    const delimiter = options.delimiter ?? ',';
    const newline = options.newline ?? '\n';
    const nulls = options.nullValues === undefined ? DEFAULT_NULLS : new Set(options.nullValues);
    const out = [columns.map((name) => quoteCsvField(name, delimiter, nulls)).join(delimiter)];
    rows.forEach((row, index) => {
        if (row.length !== columns.length) {
            throw new RangeError(`writeCsv: row ${index} has ${row.length} cells but there are ${columns.length} columns`);
        }
        out.push(row.map((cell) => quoteCsvField(cell, delimiter, nulls)).join(delimiter));
    });
    return out.join(newline) + newline;
}

// EXTERNAL MODULE: ./src/core/data/cell-value.ts
var cell_value = __webpack_require__(73406);
;// CONCATENATED MODULE: ./src/io/dataset/index.ts
// Public surface of the dataset readers. Conventions: docs/actions/datasets.md and src/core/data/cell-value.ts.
// Reading






// Writing

// Types and defaults




/***/ }),

/***/ 19464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BA: () => (/* binding */ jsonArrayHeader),
  s5: () => (/* binding */ readJsonArray)
});

// UNUSED EXPORTS: MAX_JSON_ARRAY_BYTES, splitJsonArray

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/data/messages.ts
var messages = __webpack_require__(44258);
// EXTERNAL MODULE: ./src/core/data/scan-json-line.ts
var scan_json_line = __webpack_require__(90289);
// EXTERNAL MODULE: ./src/core/error-message.ts
var error_message = __webpack_require__(90007);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/io/dataset/json-array/messages.ts
/** Messages of the JSON-array dataset reader (`.json`: one array of row objects). */
const jsonArrayMessages = {
    tooLarge: (path, limit) => `${path} is larger than ${limit / 1024 / 1024} MiB, the most a JSON array dataset is read whole`,
    tooLargeHint: (path) => `convert it to JSON Lines, which is streamed at any size: jq -c '.[]' ${path} > ${path.replace(/\.json$/i, '')}.jsonl`,
    notArray: (found) => `the file holds ${found}, not a JSON array of row objects`,
    notArrayHint: () => 'write [{"age": 31, "country": "FR"}, …], or one object per line as JSON Lines (.jsonl)',
    elementNotObject: (index, kind) => `element ${index + 1} of the array is a JSON ${kind}, not an object`,
    elementNotObjectHint: () => 'each element is one row: an object of column → value',
    unterminated: () => 'the array is not closed: the file ends inside it',
    unterminatedHint: () => 'check that the file was written completely (a closing ] is missing)',
    invalidJson: (parserMessage) => `element is not valid JSON: ${parserMessage}`,
    invalidUtf8: () => 'the file is not valid UTF-8',
};

;// CONCATENATED MODULE: ./src/io/dataset/json-array/read-json-array.ts
/**
 * JSON-array reader (`.json`): one array of row objects, `[{"age": 31}, {"age": 45}]`, pretty-printed or not, as
 * pandas' `to_json(orient="records")` and most APIs write it. Read whole, so bounded (MAX_JSON_ARRAY_BYTES; past it a
 * DataError says to convert to JSON Lines, which streams). Rows have the JSON Lines reader's semantics: columns are
 * the union of keys in first-seen order, an absent key is null, nested values are their JSON text, integers a double
 * would change keep their digits; a duplicate key or too deep a nesting is a DataError. A row's line is the line
 * where its object starts.
 */







/** The largest JSON array read (whole, in memory): 256 MiB. */
const MAX_JSON_ARRAY_BYTES = 256 * 1024 * 1024;
const isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
/** Index after the string whose opening quote is at `open`. */
function afterString(text, open) {
    for (let i = open + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 92)
            i++;
        else if (c === 34)
            return i + 1;
    }
    return text.length;
}
/** Index after the JSON value starting at `start` (an object, an array, a string or a scalar). */
function afterValue(text, start) {
    const first = text.charCodeAt(start);
    if (first === 34)
        return afterString(text, start);
    if (first !== 123 && first !== 91) {
        let i = start;
        while (i < text.length && !isSpace(text.charCodeAt(i)) && text[i] !== ',' && text[i] !== ']')
            i++;
        return i;
    }
    let depth = 0;
    for (let i = start; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34)
            i = afterString(text, i) - 1;
        else if (c === 123 || c === 91)
            depth++;
        else if ((c === 125 || c === 93) && --depth === 0)
            return i + 1;
    }
    return text.length;
}
function kindOf(text) {
    const c = text[0];
    if (c === '[')
        return 'array';
    if (c === '"')
        return 'string';
    if (c === 'n')
        return 'null';
    if (c === 't' || c === 'f')
        return 'boolean';
    return 'number';
}
/** The elements of the top-level array with the line each starts on. */
function splitJsonArray(text, path) {
    let i = 0;
    let line = 1;
    const skip = () => {
        while (i < text.length && isSpace(text.charCodeAt(i)))
            if (text.charCodeAt(i++) === 10)
                line++;
    };
    const advance = (to) => {
        for (let k = i; k < to; k++)
            if (text.charCodeAt(k) === 10)
                line++;
        i = to;
    };
    if (text.charCodeAt(0) === 0xfeff)
        i = 1;
    skip();
    if (text[i] !== '[')
        throw new errors/* DataError */.fL(jsonArrayMessages.notArray(i >= text.length ? 'nothing' : `a JSON ${text[i] === '{' ? 'object' : kindOf(text.slice(i))}`), { file: path, line }, jsonArrayMessages.notArrayHint());
    i++;
    const elements = [];
    for (;;) {
        skip();
        if (i >= text.length)
            throw new errors/* DataError */.fL(jsonArrayMessages.unterminated(), { file: path, line }, jsonArrayMessages.unterminatedHint());
        if (text[i] === ']' && elements.length === 0)
            break;
        const start = i;
        const startLine = line;
        advance(afterValue(text, i));
        const element = text.slice(start, i);
        if (element[0] !== '{')
            throw new errors/* DataError */.fL(jsonArrayMessages.elementNotObject(elements.length, kindOf(element)), { file: path, line: startLine }, jsonArrayMessages.elementNotObjectHint());
        elements.push({ text: element, line: startLine });
        skip();
        if (text[i] === ',')
            i++;
        else if (text[i] === ']')
            break;
        else if (i >= text.length)
            throw new errors/* DataError */.fL(jsonArrayMessages.unterminated(), { file: path, line }, jsonArrayMessages.unterminatedHint());
        else
            throw new errors/* DataError */.fL(jsonArrayMessages.invalidJson(`unexpected ${JSON.stringify(text[i])} after element ${elements.length}`), { file: path, line }, messages/* dataMessages */.e.invalidJsonHint());
    }
    i++;
    skip();
    if (i < text.length)
        throw new errors/* DataError */.fL(jsonArrayMessages.invalidJson('text after the closing ]'), { file: path, line }, messages/* dataMessages */.e.invalidJsonHint());
    return elements;
}
/** One element as a row object, with the JSON Lines reader's checks (duplicate keys, depth, unsafe integers). */
function parseElement(element, path) {
    let parsed;
    try {
        parsed = JSON.parse(element.text);
    }
    catch (error) {
        throw new errors/* DataError */.fL(jsonArrayMessages.invalidJson((0,error_message/* errorMessage */.g)(error)), { file: path, line: element.line }, messages/* dataMessages */.e.invalidJsonHint());
    }
    const facts = (0,scan_json_line/* scanJsonLine */.s)(element.text);
    if (facts.tooDeep === true)
        throw new errors/* DataError */.fL(messages/* dataMessages */.e.jsonTooDeep(scan_json_line/* MAX_JSON_DEPTH */.K), { file: path, line: element.line }, messages/* dataMessages */.e.jsonTooDeepHint());
    if (facts.duplicateKey !== undefined)
        throw new errors/* DataError */.fL(messages/* dataMessages */.e.jsonDuplicateKey(facts.duplicateKey), { file: path, line: element.line }, messages/* dataMessages */.e.jsonDuplicateKeyHint());
    if (facts.unsafeIntegers !== undefined)
        for (const [key, literal] of facts.unsafeIntegers)
            parsed[key] = literal;
    return parsed;
}
const cellOf = (value) => value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? value
    : JSON.stringify(value);
async function readText(path, maxBytes) {
    const size = (await (0,promises_.stat)(path)).size;
    if (size > maxBytes)
        throw new errors/* DataError */.fL(jsonArrayMessages.tooLarge(path, maxBytes), { file: path }, jsonArrayMessages.tooLargeHint(path));
    const bytes = await (0,promises_.readFile)(path);
    if (bytes.length > maxBytes)
        throw new errors/* DataError */.fL(jsonArrayMessages.tooLarge(path, maxBytes), { file: path }, jsonArrayMessages.tooLargeHint(path));
    if (!(0,external_node_buffer_.isUtf8)(bytes))
        throw new errors/* DataError */.fL(jsonArrayMessages.invalidUtf8(), { file: path }, messages/* dataMessages */.e.invalidJsonHint());
    return bytes.toString('utf8');
}
async function* readJsonArray(path, options) {
    options.signal?.throwIfAborted();
    const elements = splitJsonArray(await readText(path, options.maxBytes ?? MAX_JSON_ARRAY_BYTES), path);
    const projected = options.columns !== undefined;
    const columns = projected ? [...(options.columns ?? [])] : [];
    const index = new Map(columns.map((name, i) => [name, i]));
    const seen = new Set();
    let rows = [];
    let lines = [];
    const flush = () => {
        for (const row of rows)
            while (row.length < columns.length)
                row.push(null);
        const batch = { columns: [...columns], rows, lines };
        rows = [];
        lines = [];
        return batch;
    };
    for (const element of elements) {
        const object = parseElement(element, path);
        const row = new Array(columns.length).fill(null);
        for (const key in object) {
            seen.add(key);
            let at = index.get(key);
            if (at === undefined && !projected) {
                at = columns.length;
                columns.push(key);
                index.set(key, at);
            }
            if (at !== undefined)
                row[at] = cellOf(object[key]);
        }
        rows.push(row);
        lines.push(element.line);
        if (rows.length >= options.batchSize) {
            options.signal?.throwIfAborted();
            yield flush();
        }
    }
    const missing = projected ? columns.find((name) => !seen.has(name)) : undefined;
    if (missing !== undefined)
        throw new errors/* DataError */.fL(messages/* dataMessages */.e.missingColumn(path, missing, [...seen]), { file: path }, messages/* dataMessages */.e.missingColumnHint(missing, [...seen]));
    if (rows.length > 0)
        yield flush();
}
/** The columns of a JSON array dataset: the union of its objects' keys in first-seen order (reads the whole file). */
async function jsonArrayHeader(path) {
    let columns = [];
    for await (const batch of readJsonArray(path, { batchSize: 1 << 16 }))
        columns = batch.columns;
    return [...columns];
}


/***/ }),

/***/ 22375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ readJsonl),
/* harmony export */   p: () => (/* binding */ readJsonlChunks)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44258);
/* harmony import */ var _core_data_scan_json_line_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(90289);
/* harmony import */ var _core_error_message_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90007);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _csv_csv_parser_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74326);
/* harmony import */ var _open_dataset_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66654);
/* harmony import */ var _native_column_builder_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50229);
/**
 * JSON Lines reader: one JSON object per line (LF or CRLF); lines holding only whitespace are skipped.
 *
 * Columns are the union of the keys in first-seen order. They are append-only: a key first seen on a
 * later line is added at the end, so a batch's `columns` may be longer than an earlier batch's, and the
 * rows of earlier batches simply lacked that key (their value is null; `readDatasetColumns` fills those
 * nulls in). Within a batch, every row has `columns.length` cells. An absent key is null.
 * Values: strings, numbers, booleans and null as they are; nested objects and arrays become their JSON text;
 * an integer literal a double would change (an id above 2^53: 9007199254740993 reads as …992) keeps its digits as
 * text. A key twice in one object,
 * nesting deeper than MAX_JSON_DEPTH and a line longer than `maxFieldBytes` are DataErrors naming the line.
 * With `columns` (projection) the columns are fixed from the start; a requested key that no line holds
 * is a DataError raised at the end of the file.
 */








async function* readJsonl(path, options) {
    yield* readJsonlInto(path, options, rowSink);
}
/**
 * JSON Lines as column chunks: the cells of {@link readJsonl} filled straight into chunk columns (no row arrays); a
 * chunk's `columns` are the keys seen so far (append-only, as readJsonl's batches).
 */
async function* readJsonlChunks(path, options) {
    yield* readJsonlInto(path, { ...options, batchSize: options.chunkRows }, (columns) => chunkSink(options.chunkRows, columns));
}
// Rows of cells, as readDataset yields them.
function rowSink() {
    let rows = [];
    let lines = [];
    let current = [];
    return {
        row(line) {
            current = [];
            rows.push(current);
            lines.push(line);
        },
        set(column, cell) {
            while (current.length < column)
                current.push(null);
            current[column] = cell;
        },
        get size() {
            return rows.length;
        },
        take(count, columns) {
            const takeRows = count >= rows.length ? rows : rows.slice(0, count);
            const takeLines = count >= lines.length ? lines : lines.slice(0, count);
            if (takeRows === rows) {
                rows = [];
                lines = [];
            }
            else {
                rows = rows.slice(count);
                lines = lines.slice(count);
            }
            const width = columns.length;
            for (const row of takeRows)
                while (row.length < width)
                    row.push(null);
            return { columns: [...columns], rows: takeRows, lines: takeLines };
        },
    };
}
// Chunk columns filled as the lines come; a column first seen mid-chunk is missing in the rows before. A full chunk
// is finished at once (its columns: the keys seen so far) and queued until taken.
function chunkSink(chunkRows, columns) {
    const done = [];
    let queued = 0;
    let builders = [];
    let lines = new Float64Array(chunkRows);
    let r = -1;
    const finish = () => {
        const length = r + 1;
        while (builders.length < columns.length)
            builders.push(new _native_column_builder_js__WEBPACK_IMPORTED_MODULE_5__/* .NativeColumnBuilder */ .L(chunkRows));
        const chunk = {
            columns: [...columns],
            length,
            cells: builders.map((b) => b.finish(length)),
            lines: lines.subarray(0, length),
        };
        builders = [];
        lines = new Float64Array(chunkRows);
        r = -1;
        return chunk;
    };
    return {
        row(line) {
            if (r + 1 === chunkRows) {
                done.push(finish());
                queued += chunkRows;
            }
            r++;
            lines[r] = line;
        },
        set(column, cell) {
            while (builders.length <= column)
                builders.push(new _native_column_builder_js__WEBPACK_IMPORTED_MODULE_5__/* .NativeColumnBuilder */ .L(chunkRows));
            builders[column].set(r, cell);
        },
        get size() {
            return queued + r + 1;
        },
        take() {
            const chunk = done.shift();
            if (chunk === undefined)
                return finish();
            queued -= chunk.length;
            return chunk;
        },
    };
}
async function* readJsonlInto(path, options, makeSink) {
    options.signal?.throwIfAborted();
    const handle = await (0,_open_dataset_js__WEBPACK_IMPORTED_MODULE_4__/* .openDataset */ .J)(path);
    const projected = options.columns !== undefined;
    const columns = options.columns === undefined ? [] : [...options.columns];
    const index = new Map(columns.map((name, i) => [name, i]));
    const seen = new Set();
    const lastKeys = [];
    const lastTargets = [];
    const sink = makeSink(columns);
    let objects = 0;
    let line = 1; // line of the start of `pending`
    let pending = '';
    let pendingBytes = 0; // UTF-8 bytes in `pending`
    let carry = Buffer.alloc(0);
    let fed = 0;
    let started = false;
    const parseLine = (text, lineNumber) => {
        if (isBlank(text))
            return;
        if (text.length * 3 > options.maxFieldBytes && Buffer.byteLength(text) > options.maxFieldBytes)
            throwTooLong(lineNumber);
        const parsed = parseObject(text, path, lineNumber);
        objects++;
        sink.row(lineNumber);
        let position = 0;
        for (const key in parsed) {
            const value = parsed[key];
            // Lines usually repeat the previous line's keys in the same order: compare (interned) keys first.
            let target;
            if (lastKeys[position] === key) {
                target = lastTargets[position];
            }
            else {
                let found = index.get(key);
                if (found === undefined && !projected) {
                    found = columns.length;
                    columns.push(key);
                    index.set(key, found);
                }
                if (projected && !seen.has(key))
                    seen.add(key);
                target = found ?? -1;
                lastKeys[position] = key;
                lastTargets[position] = target;
            }
            position++;
            if (target >= 0)
                sink.set(target, cellOf(value));
        }
    };
    const feed = (text, final) => {
        if (!final && text.indexOf('\n') === -1) {
            pendingBytes += Buffer.byteLength(text);
            // A line with no end in sight: refused before it outgrows what a string can hold.
            if (pendingBytes > options.maxFieldBytes)
                throwTooLong(line);
            pending += text; // a rope: flattened once, when the line ends
            return;
        }
        const all = pending + text;
        let start = 0;
        // `pending` holds no newline: search only the new text (keeps a line longer than a chunk linear).
        let from = pending.length;
        for (;;) {
            const newline = all.indexOf('\n', from);
            if (newline === -1)
                break;
            parseLine(all.slice(start, newline), line);
            line++;
            start = newline + 1;
            from = start;
        }
        pending = all.slice(start);
        pendingBytes = Buffer.byteLength(pending);
        if (pendingBytes > options.maxFieldBytes)
            throwTooLong(line);
        if (final && pending.length > 0) {
            parseLine(pending, line);
            pending = '';
        }
    };
    try {
        for await (const chunk of (0,_open_dataset_js__WEBPACK_IMPORTED_MODULE_4__/* .datasetChunks */ .l)(handle, path, options)) {
            const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
            const offset = fed - carry.length;
            fed += chunk.length;
            const cut = (0,_csv_csv_parser_js__WEBPACK_IMPORTED_MODULE_3__/* .completeUtf8Length */ .fV)(bytes);
            const body = bytes.subarray(0, cut);
            if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(body))
                throwInvalidUtf8(body, offset);
            carry = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : Buffer.alloc(0);
            let text = body.toString('utf8');
            if (!started && text.length > 0) {
                started = true;
                if (text.charCodeAt(0) === 0xfeff)
                    text = text.slice(1);
            }
            feed(text, false);
            while (sink.size >= options.batchSize) {
                yield sink.take(options.batchSize, columns);
                options.signal?.throwIfAborted();
            }
        }
        if (carry.length > 0)
            throwInvalidUtf8(carry, fed - carry.length);
        feed('', true);
        if (objects === 0 && !projected) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.emptyFile(path, 'jsonl'), { file: path, line: 1 }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.emptyFileHint('jsonl'));
        }
        if (projected) {
            const missing = columns.find((name) => !seen.has(name));
            if (missing !== undefined) {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.missingColumn(path, missing, [...seen]), { file: path }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.missingColumnHint(missing, [...seen]));
            }
        }
        while (sink.size > 0) {
            yield sink.take(options.batchSize, columns);
            options.signal?.throwIfAborted();
        }
    }
    finally {
        await handle.close();
    }
    function throwTooLong(at) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.fieldTooLong('line', options.maxFieldBytes), { file: path, line: at }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.fieldTooLongHint());
    }
    function throwInvalidUtf8(bytes, fileOffset) {
        const bad = (0,_csv_csv_parser_js__WEBPACK_IMPORTED_MODULE_3__/* .firstInvalidUtf8 */ .vE)(bytes);
        let at = line;
        for (let i = 0; i < pending.length; i++)
            if (pending.charCodeAt(i) === 10)
                at++;
        for (let i = 0; i < bad; i++)
            if (bytes[i] === 10)
                at++;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.invalidUtf8(fileOffset + bad), { file: path, line: at }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.invalidUtf8Hint());
    }
}
/** True for a line of only spaces, tabs and carriage returns (skipped, as blank lines are). */
function isBlank(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9 && c !== 13)
            return false;
    }
    return true;
}
/** One line's JSON object; a DataError at the line (and column, where V8 names one) otherwise. */
function parseObject(text, path, lineNumber) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        const message = (0,_core_error_message_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error);
        // V8 says "… at position N" (0-based); give it as the column.
        const position = /at position (\d+)/.exec(message);
        const location = position
            ? { file: path, line: lineNumber, column: Number(position[1]) + 1 }
            : { file: path, line: lineNumber };
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.invalidJson(message), location, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.invalidJsonHint());
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'array' : typeof parsed;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.jsonLineNotObject(kind), { file: path, line: lineNumber }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.jsonLineNotObjectHint());
    }
    const facts = (0,_core_data_scan_json_line_js__WEBPACK_IMPORTED_MODULE_7__/* .scanJsonLine */ .s)(text);
    if (facts.tooDeep === true)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.jsonTooDeep(_core_data_scan_json_line_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_JSON_DEPTH */ .K), { file: path, line: lineNumber }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.jsonTooDeepHint());
    if (facts.duplicateKey !== undefined)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.jsonDuplicateKey(facts.duplicateKey), { file: path, line: lineNumber }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.jsonDuplicateKeyHint());
    const object = parsed;
    // Integers a double cannot hold exactly (ids above 2^53) keep their digits as text.
    if (facts.unsafeIntegers !== undefined)
        for (const [key, literal] of facts.unsafeIntegers)
            object[key] = literal;
    return object;
}
/** A JSON value as a cell: scalars as they are, nested objects and arrays as their JSON text. */
function cellOf(value) {
    return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : JSON.stringify(value);
}


/***/ }),

/***/ 50229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ NativeColumnBuilder)
/* harmony export */ });
/* harmony import */ var _core_data_column_chunk_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52306);
/* harmony import */ var _core_data_parse_number_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53861);


/**
 * Fills one chunk column of typed cells (Parquet values, JSON values) row by row, straight into the arrays of a
 * {@link NativeColumnChunk}: numbers into `numbers`, text and booleans as ids of a dictionary built as the rows come.
 * A row never set is missing (a JSON key absent from that line).
 */
class NativeColumnBuilder {
    numbers;
    missing;
    kinds;
    textIds;
    texts = [];
    counts = [];
    firstRows = [];
    known = new Map();
    numberCells = 0;
    constructor(capacity) {
        this.numbers = new Float64Array(capacity).fill(Number.NaN);
        this.missing = new Uint8Array(capacity).fill(1);
        this.kinds = new Uint8Array(capacity);
        this.textIds = new Int32Array(capacity).fill(-1);
    }
    /** Row `r` holds `cell` (null or a NaN number: missing). */
    set(r, cell) {
        if (typeof cell === 'string')
            this.setText(r, cell, _core_data_column_chunk_js__WEBPACK_IMPORTED_MODULE_0__/* .CELL_TEXT */ .jv);
        else if (typeof cell === 'number') {
            if (cell !== cell)
                return;
            this.missing[r] = 0;
            this.numbers[r] = cell;
            this.kinds[r] = _core_data_column_chunk_js__WEBPACK_IMPORTED_MODULE_0__/* .CELL_NUMBER */ .Bj;
            this.numberCells++;
        }
        else if (typeof cell === 'boolean')
            this.setText(r, cell ? 'true' : 'false', _core_data_column_chunk_js__WEBPACK_IMPORTED_MODULE_0__/* .CELL_BOOLEAN */ .Y);
    }
    setText(r, text, kind) {
        let id = this.known.get(text);
        if (id === undefined) {
            id = this.texts.length;
            this.known.set(text, id);
            this.texts.push(text);
            this.counts.push(0);
            this.firstRows.push(r);
            this.numbers[r] = (0,_core_data_parse_number_text_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNumberText */ .k)(text);
        }
        else
            this.numbers[r] = this.numbers[this.firstRows[id]];
        this.counts[id] = this.counts[id] + 1;
        this.textIds[r] = id;
        this.kinds[r] = kind;
        this.missing[r] = 0;
    }
    /** The chunk column of rows 0 … length − 1 (the builder is not used again). */
    finish(length) {
        const textIds = this.textIds.subarray(0, length);
        const dictionary = this.numberCells === 0
            ? {
                ids: textIds,
                entries: this.texts,
                counts: Int32Array.from(this.counts),
                firstRows: Int32Array.from(this.firstRows),
            }
            : undefined;
        return new _core_data_column_chunk_js__WEBPACK_IMPORTED_MODULE_0__/* .NativeColumnChunk */ .Ne(length, this.numbers.subarray(0, length), this.missing.subarray(0, length), this.kinds.subarray(0, length), textIds, this.texts, dictionary);
    }
}


/***/ }),

/***/ 66654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ openDataset),
/* harmony export */   l: () => (/* binding */ datasetChunks)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_data_messages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44258);
/* harmony import */ var _core_error_message_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90007);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74296);





/**
 * Opens a dataset file for reading; a missing, unreadable or directory path is a ConfigurationError naming it.
 * @throws {ConfigurationError} on ENOENT, EACCES, EPERM, EISDIR and other open errors
 */
async function openDataset(path) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
        const stat = await handle.stat();
        if (stat.isDirectory())
            throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        return handle;
    }
    catch (error) {
        await handle?.close();
        const code = error.code ?? 'EIO';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .dataMessages */ .e.unreadablePath(path, code), { file: path }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .dataMessages */ .e.unreadablePathHint());
    }
}
/** Bytes per read from disk. */
const READ_SIZE = 1 << 20;
/**
 * The bytes of an open dataset as a stream of chunks of about `chunkSize` bytes, gunzipped when `gzip`.
 * Errors of the gzip decoder become a DataError naming the file.
 */
async function* datasetChunks(handle, path, options) {
    // Disk reads are large (few thread-pool round trips, so the parser does not wait on I/O); the parser
    // is fed `chunkSize` slices (small slices keep fewer rows alive per GC, and tests make them tiny).
    const raw = handle.createReadStream({ highWaterMark: READ_SIZE, autoClose: false, start: options.start ?? 0 });
    const stream = options.gzip ? raw.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)({ chunkSize: 1 << 16 })) : raw;
    if (options.gzip)
        raw.on('error', (error) => stream.destroy(error));
    const size = options.chunkSize;
    try {
        for await (const chunk of stream) {
            options.signal?.throwIfAborted();
            if (chunk.length <= size) {
                yield chunk;
                continue;
            }
            for (let at = 0; at < chunk.length; at += size)
                yield chunk.subarray(at, at + size);
        }
    }
    catch (error) {
        if (options.gzip &&
            typeof error.code === 'string' &&
            error.code.startsWith('Z_')) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .dataMessages */ .e.corruptGzip(path, (0,_core_error_message_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .g)(error)), { file: path }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_2__/* .dataMessages */ .e.corruptGzipHint());
        }
        throw error;
    }
    finally {
        stream.destroy();
        raw.destroy();
    }
}


/***/ }),

/***/ 75469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ parquetRowGroups),
  l: () => (/* binding */ readParquetChunks)
});

// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(20138);
// EXTERNAL MODULE: ./src/core/data/column-chunk.ts + 1 modules
var column_chunk = __webpack_require__(52306);
// EXTERNAL MODULE: ./src/io/dataset/native-column-builder.ts
var native_column_builder = __webpack_require__(50229);
// EXTERNAL MODULE: ./src/io/dataset/open-dataset.ts
var open_dataset = __webpack_require__(66654);
// EXTERNAL MODULE: ./src/io/dataset/parquet/read-parquet.ts
var read_parquet = __webpack_require__(55503);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(16167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 1 modules
var datapage = __webpack_require__(13243);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/delta.js
var delta = __webpack_require__(88499);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/encoding.js
var src_encoding = __webpack_require__(23448);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var plain = __webpack_require__(74809);
// EXTERNAL MODULE: ./src/core/data/parse-number-text.ts
var parse_number_text = __webpack_require__(53861);
;// CONCATENATED MODULE: ./src/io/dataset/parquet/decode-flat-column.ts








const textDecoder = new TextDecoder(); // hyparquet's stringFromBytes decoder (same defaults)
/**
 * The rule for a top-level column of `metadata`, when it is flat and of a type decoded here; undefined otherwise.
 * The branches follow hyparquet's `convert` in its order, so a type it converts to something else (a date, a
 * timestamp, JSON, a UUID, a BigUint64) is left to it.
 * @throws never
 */
function flatColumnSpec(metadata, name) {
    const child = (0,src_metadata/* parquetSchema */.YR)(metadata).children.find((c) => c.element.name === name);
    if (child === undefined || child.children.length > 0)
        return undefined;
    const element = child.element;
    if (element.repetition_type === 'REPEATED')
        return undefined;
    const rule = flatColumnRule(element);
    if (rule === undefined)
        return undefined;
    return { name, element, rule, maxDefinitionLevel: element.repetition_type === 'REQUIRED' ? 0 : 1 };
}
function flatColumnRule(element) {
    const { type, converted_type: ctype, logical_type: ltype } = element;
    if (ctype === 'DECIMAL')
        return type === 'INT32' || type === 'INT64' ? 'decimal' : undefined;
    if (type === undefined || type === 'INT96' || type === 'FIXED_LEN_BYTE_ARRAY' || convertedElsewhere(element))
        return undefined;
    if (ctype === 'UTF8' || ltype?.type === 'STRING' || type === 'BYTE_ARRAY')
        return type === 'BYTE_ARRAY' ? 'string' : undefined;
    return numericRule(element);
}
// The rest of convert's branches: unsigned integers, FLOAT16, timestamps, else the stored value.
function numericRule({ type, converted_type: ctype, logical_type: ltype }) {
    const unsigned = ltype?.type === 'INTEGER' && !ltype.isSigned ? ltype.bitWidth : 0;
    if (ctype === 'UINT_64' || unsigned === 64)
        return undefined;
    if (ctype === 'UINT_32' || unsigned === 32)
        return type === 'INT32' ? 'uint32' : undefined;
    if (ltype?.type === 'FLOAT16' || ltype?.type === 'TIMESTAMP')
        return undefined;
    return type === 'BOOLEAN' ? 'boolean' : type === 'INT64' ? 'int64' : 'number'; // INT32, FLOAT, DOUBLE
}
const CONVERTED_ELSEWHERE = new Set(['DATE', 'TIMESTAMP_MILLIS', 'TIMESTAMP_MICROS', 'JSON', 'BSON', 'INTERVAL']);
const LOGICAL_ELSEWHERE = new Set(['GEOMETRY', 'GEOGRAPHY', 'UUID']);
// Whether hyparquet's convert turns the column into dates, JSON, geometry or UUIDs before its text and numbers rules.
function convertedElsewhere({ converted_type: ctype, logical_type: ltype }) {
    return ((ctype !== undefined && CONVERTED_ELSEWHERE.has(ctype)) ||
        (ltype !== undefined && LOGICAL_ELSEWHERE.has(ltype.type)));
}
/**
 * Decodes the `rows` rows of one column chunk (`bytes`: its pages, dictionary page first, as the column metadata
 * places them). Undefined when a page is of a kind not decoded here (the caller falls back to hyparquet).
 * @throws {Error} a page that does not decompress or parse (the caller's fallback reports it as hyparquet does)
 */
function decodeFlatColumn(bytes, spec, meta, rows, compressors) {
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
    const text = spec.rule === 'string' || spec.rule === 'boolean';
    const numbers = text ? undefined : new Float64Array(rows);
    const missing = text ? undefined : new Uint8Array(rows);
    const ids = text ? new Int32Array(rows) : undefined;
    let dictionary;
    let row = 0;
    while (row < rows) {
        if (reader.offset >= bytes.byteLength - 1)
            return undefined; // short of values: hyparquet says so
        const header = (0,column/* parquetHeader */.wK)(reader);
        const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
        reader.offset += header.compressed_page_size;
        if (header.type === 'DICTIONARY_PAGE') {
            const count = header.dictionary_page_header?.num_values;
            if (count === undefined)
                return undefined;
            const page = (0,datapage/* decompressPage */.tC)(compressed, header.uncompressed_page_size, meta.codec, compressors);
            dictionary = readDictionary(page, spec, count);
            if (dictionary === undefined)
                return undefined;
            continue;
        }
        const page = dataPage(compressed, header, spec, meta, compressors);
        if (page === undefined || row + page.count > rows)
            return undefined;
        if (ids !== undefined) {
            if (!pageIds(page, spec, dictionary, ids, row))
                return undefined;
        }
        else if (!pageNumbers(page, spec, dictionary, numbers, missing, row))
            return undefined;
        row += page.count;
    }
    return ids !== undefined ? idColumn(ids, spec, dictionary) : numberColumn(numbers, missing, spec);
}
function idColumn(ids, spec, dictionary) {
    if (spec.rule === 'boolean')
        return booleanColumn(ids);
    const entries = dictionary?.kind === 'texts' ? dictionary.entries : [];
    const entryNumbers = new Float64Array(entries.length);
    for (let i = 0; i < entryNumbers.length; i++)
        entryNumbers[i] = (0,parse_number_text/* parseNumberText */.k)(entries[i]);
    return { kind: 'dictionary', ids, entries, entryNumbers, cellKind: column_chunk/* CELL_TEXT */.jv };
}
function numberColumn(numbers, missing, spec) {
    if (spec.rule === 'int64') {
        // parquetCell: an INT64 past the safe integers is its decimal text; leave such a column chunk to hyparquet.
        for (let r = 0; r < numbers.length; r++)
            if (missing[r] === 0 && !Number.isSafeInteger(numbers[r]))
                return undefined;
    }
    return { kind: 'numbers', numbers, missing };
}
const BOOLEAN_ENTRIES = ['false', 'true'];
function booleanColumn(ids) {
    const entryNumbers = Float64Array.from(BOOLEAN_ENTRIES, parse_number_text/* parseNumberText */.k);
    return { kind: 'dictionary', ids, entries: BOOLEAN_ENTRIES, entryNumbers, cellKind: column_chunk/* CELL_BOOLEAN */.Y };
}
function dataPage(compressed, header, spec, meta, compressors) {
    if (header.type === 'DATA_PAGE') {
        const daph = header.data_page_header;
        if (daph === undefined)
            return undefined;
        const page = (0,datapage/* decompressPage */.tC)(compressed, header.uncompressed_page_size, meta.codec, compressors);
        const values = readerOf(page);
        let levels;
        let stored = daph.num_values;
        if (spec.maxDefinitionLevel === 1) {
            levels = new Uint8Array(daph.num_values);
            (0,src_encoding/* readRleBitPackedHybrid */.z)(values, 1, levels);
            stored = presentCount(levels);
        }
        return { count: daph.num_values, levels, encoding: daph.encoding, values, stored };
    }
    if (header.type === 'DATA_PAGE_V2') {
        const daph2 = header.data_page_header_v2;
        if (daph2 === undefined || daph2.repetition_levels_byte_length !== 0 || daph2.num_rows !== daph2.num_values)
            return undefined;
        const levelBytes = daph2.definition_levels_byte_length;
        let levels;
        if (spec.maxDefinitionLevel === 1) {
            levels = new Uint8Array(daph2.num_values);
            (0,src_encoding/* readRleBitPackedHybrid */.z)(readerOf(compressed), 1, levels, levelBytes);
        }
        let page = compressed.subarray(levelBytes);
        if (daph2.is_compressed !== false)
            page = (0,datapage/* decompressPage */.tC)(page, header.uncompressed_page_size - levelBytes, meta.codec, compressors);
        const stored = daph2.num_values - daph2.num_nulls;
        if (levels !== undefined && presentCount(levels) !== stored)
            return undefined;
        return { count: daph2.num_values, levels, encoding: daph2.encoding, values: readerOf(page), stored };
    }
    return undefined;
}
function readerOf(bytes) {
    return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
}
function presentCount(levels) {
    let n = 0;
    for (let i = 0; i < levels.length; i++)
        n += levels[i] === 1 ? 1 : 0;
    return n;
}
function readDictionary(page, spec, count) {
    const reader = readerOf(page);
    if (spec.rule === 'boolean')
        return undefined;
    if (spec.rule === 'string') {
        const raw = (0,plain/* readPlain */.r)(reader, 'BYTE_ARRAY', count, undefined);
        // Entries are distinct texts: two stored entries that decode to the same text are one cell value.
        const canonical = new Int32Array(raw.length);
        const entries = [];
        const seen = new Map();
        for (let i = 0; i < raw.length; i++) {
            const text = textDecoder.decode(raw[i]);
            let id = seen.get(text);
            if (id === undefined) {
                id = entries.length;
                seen.set(text, id);
                entries.push(text);
            }
            canonical[i] = id;
        }
        return { kind: 'texts', canonical, entries };
    }
    const values = new Float64Array(count);
    if (!storedNumbers({ ...reader }, spec, 'PLAIN', count, values))
        return undefined;
    return { kind: 'numbers', values };
}
/**
 * The `count` stored values of a numeric page in `encoding` as cell numbers (`out[0..count)`); false for an encoding
 * not decoded here.
 */
function storedNumbers(reader, spec, encoding, count, out) {
    const type = spec.element.type;
    const { view } = reader;
    if (count === 0)
        return true;
    let source;
    if (encoding === 'PLAIN') {
        if (type === 'INT64') {
            // Two 32-bit halves: hi·2^32 + lo is the exactly rounded Number(bigint), without a BigInt per value.
            let at = reader.offset;
            for (let i = 0; i < count; i++, at += 8)
                out[i] = view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
            reader.offset = at;
            return convertNumbers(out, spec);
        }
        source = (0,plain/* readPlain */.r)(reader, type, count, undefined);
    }
    else if (encoding === 'BYTE_STREAM_SPLIT') {
        source = (0,src_encoding/* byteStreamSplit */.L)(reader, count, type, undefined);
    }
    else if (encoding === 'DELTA_BINARY_PACKED' && (type === 'INT32' || type === 'INT64')) {
        const deltas = type === 'INT32' ? new Int32Array(count) : new BigInt64Array(count);
        (0,delta/* deltaBinaryUnpack */._H)(reader, count, deltas);
        source = deltas;
    }
    else
        return false;
    for (let i = 0; i < count; i++)
        out[i] = Number(source[i]);
    return convertNumbers(out, spec);
}
// hyparquet's convert on numbers already read as doubles: unsigned 32-bit, decimal scale.
function convertNumbers(out, spec) {
    if (spec.rule === 'uint32')
        for (let i = 0; i < out.length; i++)
            out[i] = out[i] >>> 0;
    else if (spec.rule === 'decimal') {
        const factor = 10 ** -(spec.element.scale || 0);
        for (let i = 0; i < out.length; i++)
            out[i] = out[i] * factor;
    }
    return true;
}
// A numeric data page into numbers/missing from row `row` on; false when it cannot be decoded here.
function pageNumbers(page, spec, dictionary, numbers, missing, row) {
    const stored = new Float64Array(page.stored);
    if (page.encoding === 'PLAIN_DICTIONARY' || page.encoding === 'RLE_DICTIONARY') {
        if (dictionary?.kind !== 'numbers')
            return false;
        const ids = dictionaryIds(page);
        const values = dictionary.values;
        // An id past the dictionary is an undefined value in hyparquet: a missing cell.
        for (let i = 0; i < ids.length; i++)
            stored[i] = ids[i] < values.length ? values[ids[i]] : NaN;
    }
    else if (!storedNumbers(page.values, spec, page.encoding, page.stored, stored))
        return false;
    const { levels } = page;
    let k = 0;
    for (let i = 0; i < page.count; i++) {
        const r = row + i;
        if (levels !== undefined && levels[i] !== 1) {
            numbers[r] = NaN;
            missing[r] = 1;
            continue;
        }
        const n = stored[k++];
        numbers[r] = n;
        missing[r] = n !== n ? 1 : 0; // NaN: a missing cell, as isMissing reads it
    }
    return true;
}
// A text or boolean data page into ids from row `row` on; false when it cannot be decoded here.
function pageIds(page, spec, dictionary, ids, row) {
    let stored;
    if (spec.rule === 'boolean') {
        stored = new Int32Array(page.stored);
        if (page.encoding === 'PLAIN') {
            const { view, offset } = page.values;
            for (let i = 0; i < stored.length; i++)
                stored[i] = (view.getUint8(offset + (i >> 3)) >> (i & 7)) & 1;
        }
        else if (page.encoding === 'RLE') {
            (0,src_encoding/* readRleBitPackedHybrid */.z)(page.values, 1, stored);
            for (let i = 0; i < stored.length; i++)
                stored[i] = stored[i] === 0 ? 0 : 1;
        }
        else
            return false;
    }
    else {
        if (page.encoding !== 'PLAIN_DICTIONARY' && page.encoding !== 'RLE_DICTIONARY')
            return false;
        if (dictionary?.kind !== 'texts')
            return false;
        stored = dictionaryIds(page);
        const { canonical } = dictionary;
        for (let i = 0; i < stored.length; i++) {
            const id = stored[i];
            stored[i] = id < canonical.length ? canonical[id] : -1; // past the dictionary: undefined, missing
        }
    }
    const { levels } = page;
    let k = 0;
    for (let i = 0; i < page.count; i++)
        ids[row + i] = levels !== undefined && levels[i] !== 1 ? -1 : stored[k++];
    return true;
}
// The dictionary ids of a dictionary-encoded page (a bit width byte, then RLE/bit-packed ids).
function dictionaryIds(page) {
    const reader = page.values;
    const ids = new Int32Array(page.stored);
    const width = reader.view.getUint8(reader.offset++);
    if (width > 0)
        (0,src_encoding/* readRleBitPackedHybrid */.z)(reader, width, ids, reader.view.byteLength - reader.offset);
    return ids;
}

;// CONCATENATED MODULE: ./src/io/dataset/parquet/parquet-chunks.ts






const DEFAULT_CHUNK_ROWS = 8192;
/**
 * The row groups of a Parquet file (for splitting a scan across workers by row group).
 * @throws {ConfigurationError} an unreadable path
 * @throws {DataError} a file that is not readable Parquet
 */
async function parquetRowGroups(path) {
    const handle = await (0,open_dataset/* openDataset */.J)(path);
    try {
        const metadata = await (0,read_parquet/* readParquetMetadata */.o2)(path, await (0,read_parquet/* fileBuffer */.lW)(handle));
        const rows = metadata.row_groups.map((group) => Number(group.num_rows));
        return { count: rows.length, rows };
    }
    finally {
        await handle.close();
    }
}
/**
 * Streams a Parquet file (or a range of its row groups) as column chunks.
 * @throws {ConfigurationError} an unreadable path
 * @throws {DataError} a file that is not readable Parquet, a projected column the file lacks
 * @throws {RangeError} a row-group range outside the file
 */
async function* readParquetChunks(path, options = {}) {
    options.signal?.throwIfAborted();
    const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
    const handle = await (0,open_dataset/* openDataset */.J)(path);
    try {
        const file = await (0,read_parquet/* fileBuffer */.lW)(handle);
        const metadata = await (0,read_parquet/* readParquetMetadata */.o2)(path, file);
        const requested = (0,read_parquet/* projectedColumns */.S7)(path, metadata, options.columns);
        const unique = [...new Set(requested)];
        const positions = requested.map((name) => unique.indexOf(name));
        const groups = metadata.row_groups;
        const dates = new Map(); // ISO text per date value (convertCell)
        const { first, last } = groupRange(path, options.rowGroups, groups.length);
        const specs = options.genericDecode === true
            ? unique.map(() => undefined)
            : unique.map((name) => flatColumnSpec(metadata, name));
        let rowStart = 0;
        for (let g = 0; g < first; g++)
            rowStart += Number(groups[g].num_rows);
        for (let g = first; g < last; g++) {
            const rowEnd = rowStart + Number(groups[g].num_rows);
            if (rowEnd > rowStart) {
                const group = { index: g, rowStart, rowEnd, specs };
                const columns = await readGroupColumns({ path, file, metadata }, unique, group);
                for (let at = rowStart; at < rowEnd; at += chunkRows) {
                    const end = Math.min(rowEnd, at + chunkRows);
                    const cells = columns.map((column) => columnChunk(column, at - rowStart, end - rowStart, dates));
                    const lines = new Float64Array(end - at);
                    for (let i = 0; i < lines.length; i++)
                        lines[i] = at + i + 2;
                    options.signal?.throwIfAborted();
                    yield { columns: requested, length: end - at, cells: positions.map((i) => cells[i]), lines };
                }
            }
            rowStart = rowEnd;
        }
    }
    finally {
        await handle.close();
    }
}
// The row groups [first, last) that `range` names, checked against the file's `count`.
function groupRange(path, range, count) {
    const first = range?.first ?? 0;
    const last = range === undefined ? count : first + range.count;
    if (!Number.isInteger(first) || first < 0 || !Number.isInteger(last) || last < first || last > count)
        throw new RangeError(`readParquetChunks: row groups ${first}…${last - 1} are outside ${path}'s ${count}`);
    return { first, last };
}
// The decoded columns of one row group, in `columns` order: flat columns by decodeFlatColumn, the rest (and any the
// flat decoder does not take) through hyparquet in one read.
async function readGroupColumns(source, columns, group) {
    const rows = group.rowEnd - group.rowStart;
    const rowGroup = source.metadata.row_groups[group.index];
    const out = await Promise.all(columns.map((name, j) => flatColumn(source, rowGroup, name, group.specs[j], rows, src/* compressors */.Vm)));
    const rest = columns.filter((_, j) => out[j] === undefined);
    if (rest.length === 0)
        return out;
    const pieces = rest.map(() => []);
    await (0,read_parquet/* decodeRowGroup */.uS)(source, rest, group, (j, data, from, to, at) => {
        pieces[j].push({ at, data, from, to });
    });
    rest.forEach((name, k) => (out[columns.indexOf(name)] = groupColumn(pieces[k], rows)));
    return out;
}
// One column chunk by the flat decoder, or undefined when it does not take it (or the chunk does not decode: the
// generic path then reports the error as hyparquet words it).
async function flatColumn(source, rowGroup, name, spec, rows, codecs) {
    if (spec === undefined)
        return undefined;
    const chunk = rowGroup.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name);
    const meta = chunk?.meta_data;
    if (chunk === undefined || meta === undefined || chunk.file_path !== undefined)
        return undefined;
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    const end = start + Number(meta.total_compressed_size);
    try {
        const bytes = new Uint8Array(await source.file.slice(start, end));
        if (bytes.length !== end - start)
            return undefined;
        return decodeFlatColumn(bytes, spec, meta, rows, codecs);
    }
    catch {
        return undefined;
    }
}
function groupColumn(list, rows) {
    if (list.every((piece) => (0,read_parquet/* isNumericArray */.H9)(piece.data))) {
        const numbers = new Float64Array(rows);
        const missing = new Uint8Array(rows);
        for (const { at, data, from, to } of list) {
            const source = data;
            for (let i = from; i < to; i++) {
                const n = source[i];
                numbers[at + i - from] = n;
                if (n !== n)
                    missing[at + i - from] = 1; // NaN: a missing cell, as isMissing reads it
            }
        }
        return { kind: 'numbers', numbers, missing };
    }
    if (list.every((piece) => piece.data instanceof BigInt64Array || piece.data instanceof BigUint64Array)) {
        const numbers = safeIntegers(list, rows);
        if (numbers !== undefined)
            return { kind: 'numbers', numbers, missing: new Uint8Array(rows) };
    }
    if (list.length === 1 && list[0].from === 0 && list[0].to === rows)
        return { kind: 'values', values: list[0].data };
    const values = new Array(rows).fill(null);
    for (const { at, data, from, to } of list)
        for (let i = from; i < to; i++)
            values[at + i - from] = data[i];
    return { kind: 'values', values };
}
// An INT64 column without nulls as numbers, when every value is a safe integer (parquetCell's number); else undefined.
function safeIntegers(list, rows) {
    const numbers = new Float64Array(rows);
    for (const { at, data, from, to } of list) {
        const source = data;
        for (let i = from; i < to; i++) {
            const n = Number(source[i]);
            if (!Number.isSafeInteger(n))
                return undefined;
            numbers[at + i - from] = n;
        }
    }
    return numbers;
}
let allNumbers = new Uint8Array(0);
let noTexts = new Int32Array(0);
// Shared read-only per-row arrays for a chunk whose rows are all numbers (kinds CELL_NUMBER, no text ids).
function numberRows(length) {
    if (allNumbers.length < length) {
        allNumbers = new Uint8Array(length).fill(column_chunk/* CELL_NUMBER */.Bj);
        noTexts = new Int32Array(length).fill(-1);
    }
    return { kinds: allNumbers.subarray(0, length), textIds: noTexts.subarray(0, length) };
}
// Rows [from, to) of a row-group column as a chunk column.
function columnChunk(column, from, to, dates) {
    const length = to - from;
    if (column.kind === 'numbers') {
        const { kinds, textIds } = numberRows(length);
        return new column_chunk/* NativeColumnChunk */.Ne(length, column.numbers.subarray(from, to), column.missing.subarray(from, to), kinds, textIds, []);
    }
    if (column.kind === 'dictionary')
        return dictionaryChunk(column, from, to);
    return valuesChunk(column.values, from, to, dates);
}
let firstSeen = new Int32Array(0);
// Rows [from, to) of a dictionary column as a chunk column, as NativeColumnBuilder fills it from the same texts:
// the chunk's own dictionary in order of first appearance, each row's number that of its text.
function dictionaryChunk(column, from, to) {
    const length = to - from;
    const { ids, entries, entryNumbers, cellKind } = column;
    const numbers = new Float64Array(length);
    const missing = new Uint8Array(length);
    const kinds = new Uint8Array(length);
    const textIds = new Int32Array(length);
    if (firstSeen.length < entries.length)
        firstSeen = new Int32Array(entries.length);
    const local = firstSeen.fill(-1, 0, entries.length);
    const texts = [];
    const counts = [];
    const firstRows = [];
    for (let r = 0; r < length; r++) {
        const id = ids[from + r];
        if (id < 0) {
            numbers[r] = Number.NaN;
            missing[r] = 1;
            textIds[r] = -1;
            continue;
        }
        let own = local[id];
        if (own < 0) {
            own = local[id] = texts.length;
            texts.push(entries[id]);
            counts.push(0);
            firstRows.push(r);
        }
        counts[own] = counts[own] + 1;
        textIds[r] = own;
        numbers[r] = entryNumbers[id];
        kinds[r] = cellKind;
    }
    const dictionary = {
        ids: textIds,
        entries: texts,
        counts: Int32Array.from(counts),
        firstRows: Int32Array.from(firstRows),
    };
    return new column_chunk/* NativeColumnChunk */.Ne(length, numbers, missing, kinds, textIds, texts, dictionary);
}
// hyparquet's values (strings, booleans, bigints, dates, bytes, nested values, null) as a chunk column: each value
// converted as the row path converts it (convertCell), text by a dictionary per chunk.
function valuesChunk(values, from, to, dates) {
    const builder = new native_column_builder/* NativeColumnBuilder */.L(to - from);
    for (let r = 0; r < to - from; r++) {
        const value = values[from + r];
        builder.set(r, typeof value === 'string' ? value : (0,read_parquet/* convertCell */.Sy)(value, dates));
    }
    return builder.finish(to - from);
}


/***/ }),

/***/ 55503:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ parquetColumnNames),
/* harmony export */   H9: () => (/* binding */ isNumericArray),
/* harmony export */   S7: () => (/* binding */ projectedColumns),
/* harmony export */   Sy: () => (/* binding */ convertCell),
/* harmony export */   Xy: () => (/* binding */ readParquet),
/* harmony export */   lW: () => (/* binding */ fileBuffer),
/* harmony export */   o2: () => (/* binding */ readParquetMetadata),
/* harmony export */   uS: () => (/* binding */ decodeRowGroup)
/* harmony export */ });
/* unused harmony export parquetCell */
/* harmony import */ var hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20138);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5611);
/* harmony import */ var _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44258);
/* harmony import */ var _core_error_message_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90007);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _open_dataset_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66654);






/** A hyparquet AsyncBuffer over an open file handle (positioned reads, no stream per slice). */
async function fileBuffer(handle) {
    const { size } = await handle.stat();
    return {
        byteLength: size,
        async slice(start, end) {
            const stop = Math.min(end ?? size, size);
            const length = Math.max(0, stop - start);
            const buffer = new ArrayBuffer(length);
            let done = 0;
            while (done < length) {
                const { bytesRead } = await handle.read(new Uint8Array(buffer, done, length - done), 0, length - done, start + done);
                if (bytesRead === 0)
                    break;
                done += bytesRead;
            }
            return buffer;
        },
    };
}
/** The metadata of a Parquet file; any parse failure is a DataError "not a readable Parquet file". */
async function readParquetMetadata(path, file) {
    try {
        return await (0,hyparquet__WEBPACK_IMPORTED_MODULE_4__/* .parquetMetadataAsync */ .Ei)(file);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.corruptParquet(path, (0,_core_error_message_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error)), { file: path }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.corruptParquetHint());
    }
}
/** Top-level column names of a Parquet file, in schema order. */
function parquetColumnNames(metadata) {
    return (0,hyparquet__WEBPACK_IMPORTED_MODULE_4__/* .parquetSchema */ .YR)(metadata).children.map((child) => child.element.name);
}
const jsonReplacer = (_key, value) => typeof value === 'bigint'
    ? Number.isSafeInteger(Number(value))
        ? Number(value)
        : value.toString()
    : value instanceof Uint8Array
        ? Buffer.from(value).toString('base64')
        : value;
/** One hyparquet value as a cell. */
function parquetCell(value) {
    if (value === null || value === undefined)
        return null;
    switch (typeof value) {
        case 'string':
        case 'number':
        case 'boolean':
            return value;
        case 'bigint': {
            const number = Number(value);
            return Number.isSafeInteger(number) ? number : value.toString();
        }
        default:
            if (value instanceof Date)
                return Number.isNaN(value.getTime()) ? null : value.toISOString();
            if (value instanceof Uint8Array)
                return Buffer.from(value).toString('base64');
            return JSON.stringify(value, jsonReplacer);
    }
}
/** Whether hyparquet decoded a column as numbers in a typed array (INT32, FLOAT, DOUBLE, small ints). */
function isNumericArray(data) {
    return (data instanceof Float64Array ||
        data instanceof Float32Array ||
        data instanceof Int32Array ||
        data instanceof Uint32Array ||
        data instanceof Int16Array ||
        data instanceof Uint16Array ||
        data instanceof Int8Array ||
        data instanceof Uint8Array);
}
/**
 * Decodes rows [rowStart, rowEnd) of `columns` of one row group column by column (hyparquet's onChunk): `take(j, data,
 * from, to, at)` receives column j's decoded values `data[from..to)`, which are rows `at…` of the range. A decode
 * failure, or a column short of values, is a DataError "not a readable Parquet file".
 * @throws {DataError} a corrupt row group
 */
async function decodeRowGroup({ path, file, metadata }, columns, range, take) {
    const { rowStart, rowEnd } = range;
    const rows = rowEnd - rowStart;
    const filled = new Array(columns.length).fill(0);
    const position = new Map(columns.map((name, j) => [name, j]));
    try {
        await (0,hyparquet__WEBPACK_IMPORTED_MODULE_6__/* .parquetRead */ .bA)({
            file,
            metadata,
            columns: [...columns],
            rowStart,
            rowEnd,
            compressors: hyparquet_compressors__WEBPACK_IMPORTED_MODULE_0__/* .compressors */ .Vm,
            onChunk: ({ columnName, columnData, rowStart: chunkStart }) => {
                const j = position.get(columnName);
                if (j === undefined)
                    return;
                // A chunk may hold rows outside the range asked for: keep the overlap.
                const from = Math.max(0, rowStart - chunkStart);
                const to = Math.min(columnData.length, rowEnd - chunkStart);
                if (to > from)
                    take(j, columnData, from, to, chunkStart + from - rowStart);
                filled[j] = filled[j] + Math.max(0, to - from);
            },
        });
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.corruptParquet(path, (0,_core_error_message_js__WEBPACK_IMPORTED_MODULE_5__/* .errorMessage */ .g)(error)), { file: path }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.corruptParquetHint());
    }
    const short = columns.findIndex((_, j) => filled[j] !== rows);
    if (short >= 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.corruptParquet(path, `column "${columns[short]}" has ${filled[short]} values in rows ${rowStart}–${rowEnd - 1}, expected ${rows}`), { file: path }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.corruptParquetHint());
    }
}
// The cells of `columns` for rows [rowStart, rowEnd) of one row group, one array per column.
async function readRowGroupColumns(source, columns, rowStart, rowEnd) {
    const cells = columns.map(() => new Array(rowEnd - rowStart).fill(null));
    const dates = new Map();
    await decodeRowGroup(source, columns, { rowStart, rowEnd }, (j, data, from, to, at) => {
        const target = cells[j];
        if (isNumericArray(data)) {
            for (let i = from; i < to; i++)
                target[at + i - from] = data[i];
        }
        else {
            for (let i = from; i < to; i++)
                target[at + i - from] = convertCell(data[i], dates);
        }
    });
    return cells;
}
/** parquetCell with the ISO text of dates cached in `dates`: a date column repeats few distinct days. */
function convertCell(value, dates) {
    if (value instanceof Date) {
        const time = value.getTime();
        if (Number.isNaN(time))
            return null;
        let text = dates.get(time);
        if (text === undefined) {
            text = value.toISOString();
            if (dates.size < 65536)
                dates.set(time, text);
        }
        return text;
    }
    return parquetCell(value);
}
/**
 * The projection `columns` (all top-level columns when undefined), each checked against the file.
 * @throws {DataError} a column the file lacks, naming the columns present
 */
function projectedColumns(path, metadata, columns) {
    const present = parquetColumnNames(metadata);
    const projection = columns === undefined ? present : [...columns];
    for (const column of projection) {
        if (!present.includes(column)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataError */ .fL(_core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.missingColumn(path, column, present), { file: path }, _core_data_messages_js__WEBPACK_IMPORTED_MODULE_1__/* .dataMessages */ .e.missingColumnHint(column, present));
        }
    }
    return projection;
}
async function* readParquet(path, options) {
    options.signal?.throwIfAborted();
    const handle = await (0,_open_dataset_js__WEBPACK_IMPORTED_MODULE_3__/* .openDataset */ .J)(path);
    try {
        const file = await fileBuffer(handle);
        const metadata = await readParquetMetadata(path, file);
        const columns = projectedColumns(path, metadata, options.columns);
        let rowStart = 0;
        for (const group of metadata.row_groups) {
            const rowEnd = rowStart + Number(group.num_rows);
            if (rowEnd === rowStart)
                continue;
            // One row group as columns of cells: decoded column by column (hyparquet's onChunk), converted with a
            // converter per chunk, then laid out as rows a batch at a time. Reading rows from hyparquet assembled
            // them first and cost a third more CPU.
            const cells = await readRowGroupColumns({ path, file, metadata }, columns, rowStart, rowEnd);
            for (let offset = 0; offset < rowEnd - rowStart; offset += options.batchSize) {
                const count = Math.min(options.batchSize, rowEnd - rowStart - offset);
                const rows = new Array(count);
                const lines = new Array(count);
                for (let i = 0; i < count; i++) {
                    const row = new Array(columns.length);
                    for (let j = 0; j < columns.length; j++)
                        row[j] = cells[j][offset + i];
                    rows[i] = row;
                    lines[i] = rowStart + offset + i + 2;
                }
                options.signal?.throwIfAborted();
                yield { columns, rows, lines };
            }
            rowStart = rowEnd;
        }
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 89251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jF: () => (/* binding */ columnChunksSupported),
  hQ: () => (/* reexport */ parquet_chunks/* parquetRowGroups */.h),
  LZ: () => (/* binding */ readColumnChunks),
  Ej: () => (/* binding */ readColumns)
});

// EXTERNAL MODULE: ./src/core/data/messages.ts
var messages = __webpack_require__(44258);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/core/data/column-chunk.ts + 1 modules
var column_chunk = __webpack_require__(52306);
// EXTERNAL MODULE: ./src/core/data/limits.ts
var limits = __webpack_require__(75710);
// EXTERNAL MODULE: ./src/io/dataset/csv/csv-parser.ts
var csv_parser = __webpack_require__(74326);
;// CONCATENATED MODULE: ./src/io/dataset/csv/csv-tokenizer.ts
/**
 * A byte-level CSV tokenizer that writes straight into column chunks (`src/core/data/column-chunk.ts`): no
 * per-cell string on the hot path. Field bytes stay in the block they were read in (escaped quotes folded in place),
 * numbers are parsed from the bytes (`parseNumberBytes`, the semantics of `parseNumberText`), null values are matched
 * as bytes, and text is decoded only when a consumer asks a chunk for its dictionary.
 *
 * The conventions are exactly those of `CsvParser` (`csv-parser.ts`, the oracle of this file's property test):
 * UTF-8 validated (the same DataError, offset and line), a BOM dropped, LF or CRLF records, quoted fields with `""`
 * escapes, CR and LF inside them, only a delimiter or the end of the line after a closing quote, a lenient quote
 * inside an unquoted field, unquoted empty / null-value fields are null, quoted fields never are, the first non-blank
 * record is the header (non-empty, unique names), blank lines skipped with two or more columns, ragged rows and
 * fields over maxFieldBytes refused, 1-based physical line numbers. The delimiter must be one ASCII character.
 */






const DEFAULT_CHUNK_ROWS = 8192;
const QUOTE = 34;
const NO_NAMES = [];
const NO_COLUMNS = [];
const LF = 10;
const CR = 13;
/** Decodes with Buffer's native UTF-8 decoder (the bytes are validated UTF-8). */
function decodeBuffer(bytes, start, end) {
    return bytes.toString('utf8', start, end);
}
/** UTF-16 code units of the first `count` bytes of `pieces` (valid UTF-8). */
function utf16Units(pieces, count) {
    let units = 0;
    let left = count;
    for (const piece of pieces) {
        const stop = Math.min(piece.length, left);
        for (let i = 0; i < stop; i++) {
            const b = piece[i];
            if ((b & 0xc0) !== 0x80)
                units += b >= 0xf0 ? 2 : 1;
        }
        left -= stop;
        if (left === 0)
            break;
    }
    return units;
}
function noQuote(block, from, to) {
    const q = block.indexOf(QUOTE, from);
    return q === -1 || q >= to;
}
function hasLineEnd(block, from, to) {
    for (let i = from; i < to; i++)
        if (block[i] === LF || block[i] === CR)
            return true;
    return false;
}
/** Whether `name` is a delimiter the byte tokenizer handles (one ASCII character other than a quote, CR, LF). */
function byteDelimiterSupported(delimiter) {
    return delimiter.length === 1 && delimiter.charCodeAt(0) < 128 && !'"\r\n'.includes(delimiter);
}
/** Field flags: a quoted field (never null); a field of a record with a byte ≥ 0x80 (checked per field at the end). */
const QUOTED = 1;
const MAYBE_NON_ASCII = 2;
class CsvTokenizer {
    /** The header row (all columns of the file), once read. */
    header;
    /** Output columns: the projection, or the header. */
    columns;
    /** Data rows tokenized so far. */
    rowCount = 0;
    /** Finished chunks not yet taken. */
    chunks = [];
    file;
    delimiterCode;
    delimiterText;
    nullBytes;
    nullFirst = new Uint8Array(256);
    maxNullBytes;
    requested;
    maxFieldBytes;
    chunkRows;
    /** Output column per file column (−1: not read). */
    projection = new Int32Array(0);
    width = 0;
    outWidth = 0;
    /** Bytes not consumed yet (from the start of the incomplete record), in order; the last ones may be unvalidated. */
    pieces = [];
    piecesLength = 0;
    /** Incomplete UTF-8 bytes at the end of `pieces` (validated once completed). */
    tail = Buffer.alloc(0);
    /** File offset of the first byte in `pieces`, and its line. */
    pendingOffset = 0;
    pendingLine = 1;
    started = false;
    reparseAt = 0;
    builder;
    filled = 0;
    stopAt;
    stopped = false;
    constructor(options) {
        if (!byteDelimiterSupported(options.delimiter)) {
            throw new RangeError(`CsvTokenizer: the delimiter must be one ASCII character other than a quote, CR or LF; got ${JSON.stringify(options.delimiter)}`);
        }
        this.file = options.file;
        this.delimiterText = options.delimiter;
        this.delimiterCode = options.delimiter.charCodeAt(0);
        this.nullBytes = options.nullValues.filter((v) => v.length > 0).map((v) => Buffer.from(v, 'utf8'));
        let max = 0;
        for (const bytes of this.nullBytes) {
            this.nullFirst[bytes[0]] = 1;
            if (bytes.length > max)
                max = bytes.length;
        }
        this.maxNullBytes = max;
        this.requested = options.columns;
        this.maxFieldBytes = options.maxFieldBytes ?? limits/* DEFAULT_MAX_FIELD_BYTES */.K;
        this.chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
        const range = options.range;
        this.stopAt = range?.stopAt ?? Number.POSITIVE_INFINITY;
        if (range !== undefined) {
            this.pendingOffset = range.start;
            // Only the file's first bytes can hold a byte order mark.
            this.started = range.start > 0;
            if (range.header !== undefined)
                this.setHeader([...range.header], range.header.map(() => 1), 1);
        }
    }
    /** Whether a range's tokenizer reached the first record at or after its `stopAt` (it ignores further bytes). */
    get done() {
        return this.stopped;
    }
    /** The file offset of the first record not tokenized yet, and its line (counted from the range's start). */
    get nextRecord() {
        return { offset: this.pendingOffset, line: this.pendingLine };
    }
    /** Tokenizes the complete records in `chunk` (plus what earlier chunks left); the tokenizer copies what it keeps. */
    push(chunk) {
        if (this.stopped)
            return;
        const incoming = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const check = this.tail.length > 0 ? Buffer.concat([this.tail, incoming]) : incoming;
        const cut = (0,csv_parser/* completeUtf8Length */.fV)(check);
        if (!(0,external_node_buffer_.isUtf8)(check.subarray(0, cut))) {
            this.pieces.push(Buffer.from(incoming));
            this.throwInvalidUtf8(this.piecesLength - this.tail.length + (0,csv_parser/* firstInvalidUtf8 */.vE)(check.subarray(0, cut)));
        }
        this.tail = cut < check.length ? Buffer.from(check.subarray(cut)) : Buffer.alloc(0);
        this.pieces.push(Buffer.from(incoming));
        this.piecesLength += incoming.length;
        if (!this.started && this.piecesLength === this.tail.length)
            return;
        if (this.reparseAt > 0 && this.deferred())
            return;
        this.run(false);
    }
    /**
     * Whether to wait for more bytes before tokenizing the long open record again: until its text has doubled (in
     * UTF-16 units, as the row parser measures it), so that a long field is scanned a logarithmic number of times.
     */
    deferred() {
        const bytes = this.piecesLength - this.tail.length;
        if (bytes < 2 * this.reparseAt)
            return true;
        if (bytes >= 6 * this.reparseAt)
            return false;
        return utf16Units(this.pieces, bytes) < 2 * this.reparseAt;
    }
    /** Tokenizes what is left; throws on an unterminated quote or a truncated UTF-8 character. */
    end() {
        if (this.stopped)
            return;
        if (this.tail.length > 0)
            this.throwInvalidUtf8(this.piecesLength - this.tail.length);
        this.run(true);
    }
    /** Removes and returns the finished chunks. */
    take() {
        const taken = this.chunks;
        this.chunks = [];
        return taken;
    }
    run(final) {
        const block = this.pieces.length === 1 ? this.pieces[0] : Buffer.concat(this.pieces);
        let start = 0;
        if (!this.started && block.length > this.tail.length) {
            this.started = true;
            if (block.length >= 3 && block[0] === 0xef && block[1] === 0xbb && block[2] === 0xbf)
                start = 3;
        }
        const usable = final ? block.length : block.length - this.tail.length;
        const consumed = this.tokenize(block, start, usable, final);
        this.flush(block);
        this.pendingOffset += consumed;
        const rest = this.stopped ? block.subarray(block.length) : block.subarray(consumed);
        this.pieces = rest.length > 0 ? [rest] : [];
        this.piecesLength = rest.length;
        if (this.stopped)
            this.tail = Buffer.alloc(0);
    }
    /** Tokenizes records of `block[pos, n)`; returns where the first incomplete record starts (or n). */
    tokenize(block, from, n, final) {
        const delimiter = this.delimiterCode;
        const maxFieldBytes = this.maxFieldBytes;
        const chunkRows = this.chunkRows;
        let line = this.pendingLine;
        let pos = from;
        // Escaped quoted fields of the current record: (cell index, content start, content end) — folded once it is whole.
        const escapes = [];
        const stopPos = this.stopAt - this.pendingOffset;
        // Where the next quote is (n: none before n), and whether the block is all ASCII: a record that ends before the
        // next quote takes the fast path below, which then only compares bytes with the delimiter (native memchr finds
        // the line end and the quotes; V8 runs the delimiter loop without the two other comparisons per byte).
        let nextQuote = -1;
        const allAscii = (0,external_node_buffer_.isAscii)(block.subarray(from, n));
        while (pos < n) {
            if (pos >= stopPos) {
                this.stopped = true;
                break;
            }
            const recordStart = pos;
            const recordLine = line;
            if (this.header !== undefined) {
                // Fast path: a whole data record without quotes (a quote anywhere sends it to the general path below).
                if (nextQuote < pos) {
                    nextQuote = block.indexOf(QUOTE, pos);
                    if (nextQuote === -1 || nextQuote > n)
                        nextQuote = n;
                }
                let j = block.indexOf(LF, pos);
                if (j === -1 || j > n)
                    j = n;
                if (j < nextQuote && j < n) {
                    // The fields are written into the chunk while the delimiters are found; a ragged or over-long record is
                    // refused below, after its row was partly written (the error ends the scan, the row is never counted).
                    const stop = j > pos && block[j - 1] === CR ? j - 1 : j;
                    const width = this.width;
                    if (stop === recordStart && width > 1) {
                        pos = j + 1;
                        line++;
                        continue;
                    }
                    if (this.builder === undefined)
                        this.startChunk();
                    const b = this.builder;
                    const bStarts = b.starts;
                    const bEnds = b.ends;
                    const row = this.filled;
                    const projection = this.projection;
                    let field = 0;
                    let start = pos;
                    let longest = 0;
                    for (let k = pos; k < j; k++) {
                        if (block[k] !== delimiter)
                            continue;
                        if (k - start > longest)
                            longest = k - start;
                        if (field < width) {
                            const target = projection[field];
                            if (target >= 0) {
                                const at = target * chunkRows + row;
                                bStarts[at] = start;
                                bEnds[at] = k;
                            }
                        }
                        field++;
                        start = k + 1;
                    }
                    if (stop - start > longest)
                        longest = stop - start;
                    // The row parser measures each field before it counts them.
                    if (longest > maxFieldBytes)
                        this.throwFieldTooLong(recordLine);
                    if (field + 1 !== width)
                        this.throwRagged(width, field + 1, recordLine);
                    const target = projection[field];
                    if (target >= 0) {
                        const at = target * chunkRows + row;
                        bStarts[at] = start;
                        bEnds[at] = stop;
                    }
                    if (!allAscii) {
                        let acc = 0;
                        for (let k = pos; k < j; k++)
                            acc |= block[k];
                        // Flags are fresh zeros: only a record with a byte ≥ 0x80 marks its fields (checked per field at the end).
                        if (acc >= 128)
                            for (let f = 0; f < width; f++) {
                                const t = projection[f];
                                if (t >= 0)
                                    b.flags[t * chunkRows + row] = MAYBE_NON_ASCII;
                            }
                    }
                    pos = j + 1;
                    line++;
                    b.lines[row] = recordLine;
                    this.rowCount++;
                    if (++this.filled === chunkRows)
                        this.flush(block);
                    continue;
                }
            }
            let lineStart = pos;
            const inHeader = this.header === undefined;
            const headerNames = inHeader ? [] : NO_NAMES;
            const headerColumns = inHeader ? [] : NO_COLUMNS;
            if (!inHeader && this.builder === undefined)
                this.startChunk();
            const b = this.builder;
            const row = this.filled;
            const width = this.width;
            const projection = this.projection;
            escapes.length = 0;
            let field = 0;
            let end;
            for (;;) {
                const target = inHeader ? -1 : field < width ? projection[field] : -1;
                if (pos < n && block[pos] === QUOTE) {
                    const fieldLine = line;
                    const fieldPos = pos;
                    const fieldLineStart = lineStart;
                    let j = pos + 1;
                    let escaped = false;
                    let close = -1;
                    while (close < 0) {
                        const q = block.indexOf(QUOTE, j);
                        if (q === -1 || q >= n) {
                            if (!final)
                                return this.keep(block, recordStart, recordLine, fieldPos, n, fieldLine);
                            // As when the whole file is pushed at once: the open field is measured before the quote is judged.
                            if (n - fieldPos > maxFieldBytes)
                                this.throwFieldTooLong(fieldLine);
                            throw new errors/* DataError */.fL(messages/* dataMessages */.e.unterminatedQuote(field + 1), { file: this.file, line: fieldLine, column: this.column(block, fieldLineStart, fieldPos) }, messages/* dataMessages */.e.unterminatedQuoteHint());
                        }
                        if (q + 1 < n) {
                            if (block[q + 1] === QUOTE) {
                                escaped = true;
                                j = q + 2;
                                continue;
                            }
                        }
                        else if (!final) {
                            return this.keep(block, recordStart, recordLine, fieldPos, n, fieldLine);
                        }
                        close = q;
                    }
                    if (close - pos - 1 > maxFieldBytes)
                        this.throwFieldTooLong(fieldLine);
                    let k = block.indexOf(LF, pos + 1);
                    while (k !== -1 && k < close) {
                        line++;
                        lineStart = k + 1;
                        k = block.indexOf(LF, k + 1);
                    }
                    if (inHeader) {
                        headerColumns.push(this.column(block, fieldLineStart, fieldPos));
                        const raw = block.toString('utf8', pos + 1, close);
                        headerNames.push(escaped ? raw.replaceAll('""', '"') : raw);
                    }
                    else if (target >= 0) {
                        const at = target * chunkRows + row;
                        const bb = b;
                        bb.starts[at] = pos + 1;
                        bb.ends[at] = close;
                        bb.flags[at] = QUOTED | MAYBE_NON_ASCII;
                        if (escaped)
                            escapes.push(at, pos + 1, close);
                    }
                    pos = close + 1;
                    if (pos >= n) {
                        end = n;
                    }
                    else {
                        const c = block[pos];
                        if (c === delimiter || c === LF) {
                            end = pos;
                        }
                        else if (c === CR && pos + 1 < n && block[pos + 1] === LF) {
                            end = pos + 1;
                        }
                        else if (c === CR && pos + 1 >= n) {
                            if (!final)
                                return this.keep(block, recordStart, recordLine, pos, n, line);
                            end = n;
                        }
                        else {
                            // The message quotes up to 10 characters after the quote: wait for them (or the line's end) first.
                            if (!final && n - pos < 40 && !hasLineEnd(block, pos, n))
                                return this.keep(block, recordStart, recordLine, n, n, line);
                            this.throwTextAfterQuote(block, field, pos, n, lineStart, line);
                        }
                    }
                }
                else {
                    let j = pos;
                    let ascii = 0;
                    let c = -1;
                    while (j < n) {
                        c = block[j];
                        if (c === delimiter || c === LF)
                            break;
                        ascii |= c;
                        j++;
                    }
                    end = j;
                    if (end - pos > maxFieldBytes)
                        this.checkUnquotedLength(block, recordStart, pos, end, line, inHeader);
                    if (end === n && !final)
                        return this.keep(block, recordStart, recordLine, pos, n, line);
                    let stop = end;
                    if ((end === n || c === LF) && stop > pos && block[stop - 1] === CR)
                        stop--;
                    if (inHeader) {
                        headerColumns.push(this.column(block, lineStart, pos));
                        headerNames.push(stop === pos ? '' : block.toString('utf8', pos, stop));
                    }
                    else if (target >= 0) {
                        const at = target * chunkRows + row;
                        const bb = b;
                        bb.starts[at] = pos;
                        bb.ends[at] = stop;
                        bb.flags[at] = ascii >= 128 ? MAYBE_NON_ASCII : 0;
                    }
                }
                field++;
                if (end < n && block[end] === delimiter) {
                    pos = end + 1;
                    continue;
                }
                break;
            }
            pos = end < n ? end + 1 : n;
            const blank = field === 1 && (end === recordStart || (end === recordStart + 1 && block[recordStart] === CR));
            if (end < n)
                line++;
            if (inHeader) {
                if (blank)
                    continue;
                this.setHeader(headerNames, headerColumns, recordLine);
                continue;
            }
            if (blank && width > 1)
                continue;
            if (field !== width)
                this.throwRagged(width, field, recordLine);
            if (escapes.length > 0)
                this.foldEscapes(block, escapes);
            b.lines[row] = recordLine;
            this.rowCount++;
            if (++this.filled === this.chunkRows)
                this.flush(block);
        }
        this.pendingLine = line;
        this.reparseAt = 0;
        return pos;
    }
    /** Folds `""` to `"` in place in the escaped fields of a whole record (`escapes`: cell index, start, end). */
    foldEscapes(block, escapes) {
        const b = this.builder;
        for (let e = 0; e < escapes.length; e += 3) {
            const start = escapes[e + 1];
            const end = escapes[e + 2];
            let w = start;
            for (let r = start; r < end; r++) {
                const c = block[r];
                block[w++] = c;
                if (c === QUOTE)
                    r++;
            }
            b.ends[escapes[e]] = w;
        }
    }
    /**
     * An unquoted field of `end - pos` bytes, over the limit: the row parser measures a data record without quotes that
     * ends at LF without its CR (the header and every other field with it), so a field one CR over the limit passes there.
     */
    checkUnquotedLength(block, recordStart, pos, end, line, inHeader) {
        const crlf = !inHeader && block[end] === LF && block[end - 1] === CR;
        if (crlf && end - 1 - pos <= this.maxFieldBytes && noQuote(block, recordStart, end))
            return;
        this.throwFieldTooLong(line);
    }
    isNull(block, start, stop) {
        const length = stop - start;
        for (const value of this.nullBytes) {
            if (value.length !== length)
                continue;
            let same = true;
            for (let i = 0; i < length; i++) {
                if (block[start + i] !== value[i]) {
                    same = false;
                    break;
                }
            }
            if (same)
                return true;
        }
        return false;
    }
    startChunk() {
        const cells = this.chunkRows * this.outWidth;
        this.builder = {
            starts: new Int32Array(cells),
            ends: new Int32Array(cells),
            flags: new Uint8Array(cells),
            lines: new Float64Array(this.chunkRows),
        };
        this.filled = 0;
    }
    /** Ends the chunk being filled (its rows reference `block`): missing masks and numbers, column by column. */
    flush(block) {
        const b = this.builder;
        if (b === undefined || this.filled === 0)
            return;
        const length = this.filled;
        const size = this.chunkRows;
        const cells = [];
        for (let j = 0; j < this.outWidth; j++) {
            const starts = b.starts.subarray(j * size, j * size + length);
            const ends = b.ends.subarray(j * size, j * size + length);
            const flags = b.flags.subarray(j * size, j * size + length);
            const missing = new Uint8Array(length);
            this.finishColumn(block, starts, ends, flags, missing);
            cells.push(new column_chunk/* TextColumnChunk */.hM(length, block, starts, ends, undefined, missing, flags, decodeBuffer));
        }
        this.chunks.push({ columns: this.columns, length, cells, lines: b.lines.subarray(0, length) });
        this.builder = undefined;
        this.filled = 0;
    }
    /** One column of a finished chunk: null values (unquoted only), exact non-ASCII flags (numbers: parsed on use). */
    finishColumn(block, starts, ends, flags, missing) {
        const nullFirst = this.nullFirst;
        const maxNullBytes = this.maxNullBytes;
        for (let r = 0; r < starts.length; r++) {
            const start = starts[r];
            const end = ends[r];
            const flag = flags[r];
            if ((flag & QUOTED) === 0 &&
                (end === start ||
                    (end - start <= maxNullBytes && nullFirst[block[start]] === 1 && this.isNull(block, start, end)))) {
                missing[r] = 1;
                flags[r] = 0;
                continue;
            }
            if ((flag & MAYBE_NON_ASCII) !== 0) {
                let acc = 0;
                for (let i = start; i < end; i++)
                    acc |= block[i];
                flags[r] = acc >= 128 ? 1 : 0;
            }
            else
                flags[r] = 0;
        }
    }
    /** Keeps the incomplete record from `recordStart`; its open field (from `fieldStart`) is held to maxFieldBytes. */
    keep(block, recordStart, recordLine, fieldStart, n, fieldLine) {
        if (n - fieldStart > this.maxFieldBytes)
            this.throwFieldTooLong(fieldLine);
        this.pendingLine = recordLine;
        this.reparseAt = utf16Units([block.subarray(recordStart, n)], n - recordStart);
        return recordStart;
    }
    /** The 1-based column (UTF-16 units, as the row parser counts) of byte `pos` on the line starting at `lineStart`. */
    column(block, lineStart, pos) {
        return block.toString('utf8', lineStart, pos).length + 1;
    }
    setHeader(names, columns, line) {
        const resolved = (0,csv_parser/* resolveHeader */.uB)(this.file, names, columns, line, this.requested);
        this.header = names;
        this.width = names.length;
        this.projection = resolved.projection;
        this.columns = resolved.columns;
        this.outWidth = resolved.columns.length;
    }
    throwRagged(width, field, line) {
        throw new errors/* DataError */.fL(messages/* dataMessages */.e.raggedRow(width, field), { file: this.file, line }, messages/* dataMessages */.e.raggedRowHint(this.delimiterText === '\t' ? '\\t' : this.delimiterText, width, field));
    }
    throwFieldTooLong(line) {
        throw new errors/* DataError */.fL(messages/* dataMessages */.e.fieldTooLong('field', this.maxFieldBytes), { file: this.file, line }, messages/* dataMessages */.e.fieldTooLongHint());
    }
    throwTextAfterQuote(block, field, pos, n, lineStart, line) {
        const after = block.toString('utf8', pos, Math.min(n, pos + 40)).slice(0, 10);
        throw new errors/* DataError */.fL(messages/* dataMessages */.e.textAfterClosingQuote(field + 1, /^[^\r\n]{0,10}/.exec(after)[0]), { file: this.file, line, column: this.column(block, lineStart, pos) }, messages/* dataMessages */.e.textAfterClosingQuoteHint());
    }
    /** Throws the invalid-UTF-8 DataError for the byte at `at` in `pieces` (its file offset and line). */
    throwInvalidUtf8(at) {
        const bytes = Buffer.concat(this.pieces);
        let line = this.pendingLine;
        for (let i = 0; i < at && i < bytes.length; i++)
            if (bytes[i] === LF)
                line++;
        throw new errors/* DataError */.fL(messages/* dataMessages */.e.invalidUtf8(this.pendingOffset + at), { file: this.file, line }, messages/* dataMessages */.e.invalidUtf8Hint());
    }
}

// EXTERNAL MODULE: ./src/io/dataset/dataset-format.ts
var dataset_format = __webpack_require__(87903);
// EXTERNAL MODULE: ./src/io/dataset/open-dataset.ts
var open_dataset = __webpack_require__(66654);
// EXTERNAL MODULE: ./src/io/dataset/parquet/parquet-chunks.ts + 1 modules
var parquet_chunks = __webpack_require__(75469);
// EXTERNAL MODULE: ./src/io/dataset/jsonl/read-jsonl.ts
var read_jsonl = __webpack_require__(22375);
// EXTERNAL MODULE: ./src/io/dataset/types.ts
var types = __webpack_require__(8326);
;// CONCATENATED MODULE: ./src/io/dataset/read-chunks.ts








const read_chunks_DEFAULT_CHUNK_ROWS = 8192;
/** Bytes handed to the tokenizer at a time: one disk read (a chunk's rows reference the block they were read in). */
const BLOCK_SIZE = 1 << 20;
/**
 * Whether scans read `path` through {@link readColumnChunks}, with the columns of its header: a Parquet file, or a
 * CSV/TSV file (gzipped or not) whose delimiter is one ASCII character. JSON Lines chunks (readColumnChunks reads
 * them) have columns that grow as keys appear, which scanDataset's chunk scan does not take yet; they and JSON arrays
 * are read as row batches (`readDataset`).
 * @throws {ConfigurationError} an unknown extension
 */
function columnChunksSupported(path, options = {}) {
    const format = (0,dataset_format/* datasetFormat */.Q)(path);
    if (format.format === 'parquet')
        return true;
    return format.format === 'csv' && byteDelimiterSupported(options.delimiter ?? format.delimiter);
}
/**
 * Streams a dataset as column chunks (`src/core/data/column-chunk.ts`): the cells `readDataset` yields, held
 * column by column (CSV: numbers parsed from the bytes, text decoded on demand; Parquet: row groups decoded column
 * by column; JSON Lines: each line's values filled into chunk columns, whose `columns` grow as keys appear, as
 * readDataset's batches do — `NativeColumnChunk`s), with the same errors. `columns` projects (a name given twice shares one chunk);
 * `chunkSize` is ignored (blocks are one disk read); `rowGroups` reads a slice of a Parquet file.
 * @throws {ConfigurationError} an unreadable path, a file that is not CSV/TSV with an ASCII delimiter or Parquet
 * @throws {DataError} malformed content, a projected column the file lacks, an empty CSV file
 */
async function* readColumnChunks(path, options = {}) {
    const format = (0,dataset_format/* datasetFormat */.Q)(path);
    if (format.format === 'parquet')
        yield* (0,parquet_chunks/* readParquetChunks */.l)(path, options);
    else if (format.format === 'jsonl')
        yield* jsonlChunks(path, format.gzip, options);
    else
        yield* csvChunks(path, format, options);
}
async function* csvChunks(path, format, options) {
    if (options.rowGroups !== undefined)
        throw new RangeError(`readColumnChunks: rowGroups is for Parquet, not ${path}`);
    const delimiter = options.delimiter ?? format.delimiter;
    if (format.format !== 'csv' || !byteDelimiterSupported(delimiter)) {
        throw new RangeError(`readColumnChunks: ${path} is not a CSV/TSV file with a one-character ASCII delimiter`);
    }
    const requested = options.columns;
    const unique = requested === undefined ? undefined : [...new Set(requested)];
    const positions = requested?.map((name) => unique.indexOf(name));
    options.signal?.throwIfAborted();
    const handle = await (0,open_dataset/* openDataset */.J)(path);
    try {
        const tokenizer = createTokenizer(path, delimiter, unique, options);
        const reshape = (chunk) => positions === undefined || requested === undefined || positions.length === chunk.cells.length
            ? chunk
            : { ...chunk, columns: [...requested], cells: positions.map((i) => chunk.cells[i]) };
        if (options.range !== undefined && format.gzip)
            throw new RangeError(`readColumnChunks: ${path} is gzipped: no ranges`);
        const read = { gzip: format.gzip, chunkSize: BLOCK_SIZE, signal: options.signal, start: options.range?.start ?? 0 };
        for await (const block of (0,open_dataset/* datasetChunks */.l)(handle, path, read)) {
            tokenizer.push(block);
            for (const chunk of tokenizer.take()) {
                yield reshape(chunk);
                options.signal?.throwIfAborted();
            }
            if (tokenizer.done)
                break;
        }
        tokenizer.end();
        options.onRangeEnd?.(tokenizer.nextRecord);
        if (tokenizer.columns === undefined) {
            throw new errors/* DataError */.fL(messages/* dataMessages */.e.emptyFile(path), { file: path, line: 1 }, messages/* dataMessages */.e.emptyFileHint());
        }
        for (const chunk of tokenizer.take())
            yield reshape(chunk);
    }
    finally {
        await handle.close();
    }
}
function createTokenizer(path, delimiter, columns, options) {
    return new CsvTokenizer({
        file: path,
        delimiter,
        nullValues: options.nullValues ?? types/* DEFAULT_NULL_VALUES */.LL,
        columns,
        maxFieldBytes: options.maxFieldBytes ?? limits/* DEFAULT_MAX_FIELD_BYTES */.K,
        ...(options.chunkRows === undefined ? {} : { chunkRows: options.chunkRows }),
        ...(options.range === undefined ? {} : { range: options.range }),
    });
}

// JSON Lines as chunks whose columns grow as keys appear (see readJsonlChunks); a name projected twice shares one.
async function* jsonlChunks(path, gzip, options) {
    const requested = options.columns;
    const unique = requested === undefined ? undefined : [...new Set(requested)];
    const chunks = (0,read_jsonl/* readJsonlChunks */.p)(path, {
        gzip,
        chunkSize: types/* DEFAULT_CHUNK_SIZE */.WI,
        chunkRows: options.chunkRows ?? read_chunks_DEFAULT_CHUNK_ROWS,
        columns: unique,
        signal: options.signal,
        maxFieldBytes: options.maxFieldBytes ?? limits/* DEFAULT_MAX_FIELD_BYTES */.K,
    });
    for await (const chunk of chunks) {
        yield requested === undefined || unique?.length === requested.length
            ? chunk
            : { ...chunk, columns: [...requested], cells: requested.map((name) => chunk.cells[unique.indexOf(name)]) };
    }
}
/**
 * Every chunk of the named columns of a CSV/TSV or Parquet dataset, in file order (for files that fit in memory: prediction
 * files of ~1M rows). See {@link readColumnChunks}.
 * @throws what readColumnChunks throws
 */
async function readColumns(path, names, options = {}) {
    const chunks = [];
    for await (const chunk of readColumnChunks(path, { ...options, columns: names }))
        chunks.push(chunk);
    return chunks;
}


/***/ }),

/***/ 48420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ readDatasetColumns)
/* harmony export */ });
/* harmony import */ var _read_dataset_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99221);

/**
 * Reads whole columns of a dataset into arrays (for prediction files of ~1M rows): a projection of
 * `columns`, in that order. Rows of a header-only file: `rowCount` 0 and empty arrays.
 * @throws {DataError} when the dataset lacks one of `columns` (naming the file, the column, the columns present)
 * @example
 * const { values, rowCount } = await readDatasetColumns('preds.csv', ['y_true', 'y_pred']) // rowCount => 1000000
 */
async function readDatasetColumns(path, columns, options = {}) {
    const arrays = columns.map(() => []);
    const lines = [];
    for await (const batch of (0,_read_dataset_js__WEBPACK_IMPORTED_MODULE_0__/* .readDataset */ .J)(path, { ...options, columns })) {
        const width = columns.length;
        for (let j = 0; j < width; j++) {
            const target = arrays[j];
            for (const row of batch.rows)
                target.push(row[j] ?? null);
        }
        for (const line of batch.lines)
            lines.push(line);
    }
    return {
        columns: [...columns],
        values: new Map(columns.map((name, j) => [name, arrays[j]])),
        lines,
        rowCount: lines.length,
    };
}


/***/ }),

/***/ 99221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ readDataset)
});

// EXTERNAL MODULE: ./src/core/data/messages.ts
var messages = __webpack_require__(44258);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/io/dataset/open-dataset.ts
var open_dataset = __webpack_require__(66654);
// EXTERNAL MODULE: ./src/io/dataset/csv/csv-parser.ts
var csv_parser = __webpack_require__(74326);
;// CONCATENATED MODULE: ./src/io/dataset/csv/read-csv.ts




/**
 * Streams a CSV/TSV file (optionally gzipped) as row batches; see `csv-parser.ts` for the conventions.
 * A header-only file yields no batch. An empty file (no header) is a DataError.
 */
async function* readCsv(path, options) {
    options.signal?.throwIfAborted();
    const handle = await (0,open_dataset/* openDataset */.J)(path);
    try {
        const parser = new csv_parser/* CsvParser */.C2({
            file: path,
            delimiter: options.delimiter,
            nullValues: options.nullValues,
            columns: options.columns,
            maxFieldBytes: options.maxFieldBytes,
        });
        const { batchSize } = options;
        for await (const chunk of (0,open_dataset/* datasetChunks */.l)(handle, path, options)) {
            parser.push(chunk);
            while (parser.rows.length >= batchSize) {
                const { rows, lines } = parser.take(batchSize);
                yield { columns: parser.columns, rows, lines };
                options.signal?.throwIfAborted();
            }
        }
        parser.end();
        if (parser.columns === undefined) {
            throw new errors/* DataError */.fL(messages/* dataMessages */.e.emptyFile(path), { file: path, line: 1 }, messages/* dataMessages */.e.emptyFileHint());
        }
        while (parser.rows.length > 0) {
            const { rows, lines } = parser.take(batchSize);
            yield { columns: parser.columns, rows, lines };
            options.signal?.throwIfAborted();
        }
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/io/dataset/dataset-format.ts
var dataset_format = __webpack_require__(87903);
// EXTERNAL MODULE: ./src/io/dataset/jsonl/read-jsonl.ts
var read_jsonl = __webpack_require__(22375);
// EXTERNAL MODULE: ./src/io/dataset/json-array/read-json-array.ts + 1 modules
var read_json_array = __webpack_require__(19464);
// EXTERNAL MODULE: ./src/io/dataset/parquet/read-parquet.ts
var read_parquet = __webpack_require__(55503);
// EXTERNAL MODULE: ./src/io/dataset/types.ts
var types = __webpack_require__(8326);
// EXTERNAL MODULE: ./src/core/data/limits.ts
var limits = __webpack_require__(75710);
;// CONCATENATED MODULE: ./src/io/dataset/read-dataset.ts








/**
 * Streams a dataset (CSV/TSV, JSON Lines, Parquet; gzip for CSV/JSONL, chosen by extension) as batches
 * of rows with the source line of each row. Memory stays flat in file size: one chunk and one batch
 * at a time (one row group for Parquet). A header-only file yields no batches. A column listed twice in
 * `columns` is read once and appears twice in each row.
 * @throws {ConfigurationError} unknown extension, bad delimiter, missing or unreadable path
 * @throws {DataError} malformed content (with file, line, column and a hint), a projected column the file lacks
 * @example
 * for await (const batch of readDataset('fixtures/datasets/tiny.csv')) console.log(batch.rows[0]) // => ['1', 'a']
 */
function readDataset(path, options = {}) {
    const format = (0,dataset_format/* datasetFormat */.Q)(path);
    const batchSize = positiveInteger('batchSize', options.batchSize ?? types/* DEFAULT_BATCH_SIZE */.jg);
    const chunkSize = positiveInteger('chunkSize', options.chunkSize ?? types/* DEFAULT_CHUNK_SIZE */.WI);
    const delimiter = options.delimiter ?? format.delimiter;
    if (format.format === 'csv')
        checkDelimiter(delimiter, path);
    const requested = options.columns;
    if (requested !== undefined && new Set(requested).size < requested.length)
        return repeatColumns(path, requested, options);
    const maxFieldBytes = positiveInteger('maxFieldBytes', options.maxFieldBytes ?? limits/* DEFAULT_MAX_FIELD_BYTES */.K);
    const common = { batchSize, chunkSize, columns: requested, signal: options.signal };
    switch (format.format) {
        case 'csv':
            return readCsv(path, {
                ...common,
                gzip: format.gzip,
                delimiter,
                nullValues: options.nullValues ?? types/* DEFAULT_NULL_VALUES */.LL,
                maxFieldBytes,
            });
        case 'jsonl':
            return (0,read_jsonl/* readJsonl */.f)(path, { ...common, gzip: format.gzip, maxFieldBytes });
        case 'parquet':
            return (0,read_parquet/* readParquet */.Xy)(path, common);
        case 'json-array':
            return (0,read_json_array/* readJsonArray */.s5)(path, common);
    }
}
function positiveInteger(name, value) {
    if (!Number.isInteger(value) || value < 1)
        throw new RangeError(`readDataset: ${name} must be a positive integer; got ${value}`);
    return value;
}
function checkDelimiter(delimiter, path) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
        throw new errors/* ConfigurationError */.j1(messages/* dataMessages */.e.invalidDelimiter(delimiter), { file: path }, messages/* dataMessages */.e.invalidDelimiterHint());
    }
}
/** A column asked for twice (e.g. a label that is also a sensitive feature): read it once, repeat it. */
async function* repeatColumns(path, requested, options) {
    const unique = [...new Set(requested)];
    const positions = requested.map((name) => unique.indexOf(name));
    for await (const batch of readDataset(path, { ...options, columns: unique })) {
        yield {
            columns: [...requested],
            rows: batch.rows.map((row) => positions.map((i) => row[i] ?? null)),
            lines: batch.lines,
        };
    }
}


/***/ }),

/***/ 8326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LL: () => (/* binding */ DEFAULT_NULL_VALUES),
/* harmony export */   WI: () => (/* binding */ DEFAULT_CHUNK_SIZE),
/* harmony export */   jg: () => (/* binding */ DEFAULT_BATCH_SIZE)
/* harmony export */ });

/** pandas' common defaults (a subset of `pandas.read_csv` na_values). */
const DEFAULT_NULL_VALUES = ['', 'NA', 'N/A', 'null', 'NULL', 'NaN', 'nan'];
const DEFAULT_BATCH_SIZE = 4096;
const DEFAULT_CHUNK_SIZE = 1 << 16;


/***/ })

};
