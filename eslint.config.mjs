import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

// Cyclomatic complexity (ESLint `complexity`: one for the function, plus one per if, loop, case, catch, ternary,
// `&&`, `||`, `??`) above which a function fails the lint. Measured on src/ before the cap (1,298 functions):
// median 1, p90 8, p95 13, p99 27; 52 functions above 15, 28 above 20. 20 flags the functions that mix several
// concerns (gather + decide + format) without churning the numeric routines at 16–20 (a KS sweep, DeLong), whose
// branches are one algorithm. See docs/DEVELOPING.md, "Lint".
const MAX_COMPLEXITY = 20

// Files exempt from the complexity cap. Each is a hand-written scanner on the hot path of every dataset scan, where
// one loop over character codes with its branches inline is both the fastest and the most readable form.
const COMPLEXITY_EXEMPT = [
  // The RFC 4180 byte state machine (quotes, delimiters, CR/LF, UTF-8 edges): one switch per byte.
  'src/io/dataset/csv/csv-parser.ts',
  // One pass over a number's characters (sign, digits, fraction, exponent, Clinger's fast path) per cell.
  'src/core/data/parse-number-text.ts',
  // The same two scanners over bytes: the column-chunk CSV tokenizer and the number parser it calls per field.
  'src/io/dataset/csv/csv-tokenizer.ts',
  'src/core/data/parse-number-bytes.ts',
]

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'bench/data/**',
      'bench/results/**',
      'demo-output/**',
      'examples/**/*.py',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        AbortController: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        fetch: 'readonly',
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      // import-x reads the imported files itself: tell it which ones are modules and how to parse TypeScript.
      'import-x/extensions': ['.ts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // Source imports spell `./x.js` for `./x.ts` (NodeNext); the resolver maps them back.
      'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      complexity: ['error', MAX_COMPLEXITY],
    },
  },
  {
    files: COMPLEXITY_EXEMPT,
    rules: { complexity: 'off' },
  },
  {
    // Plain JavaScript (scripts, examples, this file) is not in tsconfig.json: lint it without type information.
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // src/core is pure and imports only src/core. "Outward" is any relative import that leaves src/core, which
  // depends on the file's depth (src/core/x.ts or src/core/area/x.ts); core's own registry/ folder is inside.
  ...[
    { files: ['src/core/*.ts'], outward: '^\\.\\./' },
    { files: ['src/core/*/*.ts'], outward: '^\\.\\./\\.\\./' },
  ].map(({ files, outward }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@actions/*',
                '@octokit/*',
                'node:*',
                'fs',
                'path',
                'http',
                'https',
                'child_process',
                'os',
                'crypto',
                'process',
              ],
              message: 'src/core is pure: take data as arguments and return data.',
            },
            { regex: outward, message: 'core must not import outward; pass an interface in from main.ts.' },
          ],
        },
      ],
    },
  })),
)
