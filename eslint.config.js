// ESLint (flat config) with typescript-eslint's recommended rules, without
// type information so it stays fast. Only rules that catch bugs are on;
// layout is Prettier's job. Astro components are type-checked by `astro check`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'content/',
      'diagrams/',
      'test/golden/',
      'public/pagefind/',
      '.tmp/',
      'test-results/',
      '**/*.astro',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Bugs, not taste.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-implicit-coercion': ['error', { boolean: false }],
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-unreachable-loop': 'error',
      'no-constructor-return': 'error',
      'no-duplicate-imports': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // A statement that is only `a && b()` or `c ? d() : e()` is a call; a bare expression is a slip.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // Taste, not bugs: escapes and spaces in regular expressions are left to the author.
      'no-useless-escape': 'off',
      'no-regex-spaces': 'off',
      // Flags `let ok = false; try { ok = f() } catch { ok = false }`, a safe default, not a bug.
      'no-useless-assignment': 'off',
      // The project checks `!` by tests and zod; `any` is refused by tsconfig's strict mode where it matters.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Scripts bundled for the browser and the static files served as they are.
    files: ['src/scripts/**', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
