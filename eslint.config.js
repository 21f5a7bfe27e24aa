// ESLint flat config: type-aware rules over the TypeScript sources, plain rules over the
// JavaScript entry points and scripts, and one rule set that keeps the core pure.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The shell: the only places that may touch the file system, the process and the console.
const SHELL = ['bin/**', 'src/cli/**', 'src/io/**'];

// Restricted in the core. `process` is both a global and an import, so both are named.
const FS_MODULES = ['fs', 'fs/promises', 'node:fs', 'node:fs/promises', 'process', 'node:process'];
const CORE_PURITY = 'The core is pure: files, the process and the console belong in src/io/ or src/cli/.';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'out/**', '.bench/**', 'node_modules/**', 'test/fixtures/**'] },

  // A disable comment that no longer silences anything is stale: remove it.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,

  // TypeScript: the recommended type-checked rules, with the project's own tsconfig.
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Unused names are already an error in tsc (noUnusedLocals/Parameters); `_`-prefixed
      // parameters are the way to keep a position in a signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `typeof import('…')` names a module's type without loading it, as a few tests do on purpose.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },

  // JavaScript entry points, scripts and benchmarks run on Node; they are outside the TypeScript
  // project, so they get the plain rules only.
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  // bin/ is CommonJS (bin/package.json), as are the .cjs files.
  {
    files: ['bin/**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // Tests and the vitest config run on Node too.
  {
    files: ['test/**/*.ts', 'vitest.config.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      // vitest types its asymmetric matchers (expect.any, expect.stringMatching) as `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Tests assert on purpose that colour codes and control characters are absent from output.
      'no-control-regex': 'off',
    },
  },

  // The core: everything under src/ except the shell.
  {
    files: ['src/**/*.ts'],
    ignores: SHELL,
    rules: {
      'no-console': 'error',
      'no-restricted-globals': ['error', { name: 'process', message: CORE_PURITY }],
      'no-restricted-imports': ['error', { paths: FS_MODULES.map((name) => ({ name, message: CORE_PURITY })) }],
      'no-restricted-properties': ['error', { object: 'globalThis', property: 'process', message: CORE_PURITY }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.value=/^(node:)?(fs|fs\\/promises|process)$/]', message: CORE_PURITY },
      ],
    },
  },
);
