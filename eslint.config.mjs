import js from '@eslint/js'
import tseslint from 'typescript-eslint'

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
  ...tseslint.configs.recommended,
  {
    languageOptions: {
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
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
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
            {
              group: ['**/io/**', '**/github/**', '**/registry/**', '**/traffic/**', '**/metric-providers/**'],
              message: 'core must not import outward; pass an interface in from main.ts.',
            },
          ],
        },
      ],
    },
  },
)
