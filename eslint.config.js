import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import officeAddins from 'eslint-plugin-office-addins';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'examples/**', 'test-results/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      // Office.js is a global namespace, not a module.
      'no-undef': 'off',
    },
  },
  {
    // Only the Office adapter and the add-in entry points may touch Office.js.
    files: ['src/engine/**', 'src/cli/**', 'src/adapters/exceljs/**', 'src/taskpane/components/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Office', message: 'Office.js is called in src/adapters/office only.' }, { name: 'Excel', message: 'Office.js is called in src/adapters/office only.' }],
    },
  },
  {
    // Microsoft's Office add-in rules for the code that calls Office.js. Its shipped config leaves
    // the parser to the caller; the TypeScript parser is set here. The rules recognise a request
    // context named `context`, so the adapter names it so everywhere.
    files: ['src/adapters/office/**/*.ts', 'src/commands/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // The package patcher runs in Node and in the browser: Uint8Array and TextEncoder, no Buffer or node:*.
    files: ['src/adapters/xlsx-package/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'buffer', 'exceljs', 'react'] }],
      'no-restricted-globals': ['error', { name: 'Buffer', message: 'Isomorphic code: use Uint8Array.' }, { name: 'process', message: 'Isomorphic code: no process.' }],
    },
  },
  {
    // The Kolada client runs in the CLI and in the pane: fetch, URL and AbortController only.
    files: ['src/kolada/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'buffer', 'exceljs', 'react'] }],
      'no-restricted-globals': ['error', { name: 'Buffer', message: 'Isomorphic code: use Uint8Array.' }, { name: 'process', message: 'Isomorphic code: no process.' }],
    },
  },
  {
    // The engine is pure: no file I/O, no Node, no React.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'react', 'react-dom', 'exceljs', '@fluentui/*'] }],
    },
  },
);
