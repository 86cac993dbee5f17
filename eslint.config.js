import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'examples/**', 'test-results/**'] },
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
    // The engine is pure: no file I/O, no Node, no React.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'react', 'react-dom', 'exceljs', '@fluentui/*'] }],
    },
  },
);
