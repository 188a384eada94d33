import pluginVue from 'eslint-plugin-vue'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

/**
 * The layering of docs/architecture.md, enforced: each folder may only import downwards.
 * domain → nothing but ts-fsrs and valibot; persistence → domain; engine → domain, and only types of
 * persistence (the storage port); workers → domain; stores → engine + persistence; components → props in,
 * events out.
 */
const storage = ['idb-keyval', '@/persistence', '@/persistence/*', '**/persistence/**', '../persistence', '../persistence/*']
const framework = ['vue', 'pinia', 'vue-router', '@/stores/*', '**/stores/**', '@/composables/*', '**/composables/**']

export default defineConfigWithVueTs(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'test-results*/**', 'playwright-report/**', 'dev-dist/**'] },
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [{ group: ['idb-keyval'], message: 'Only src/persistence may import idb-keyval.' }] }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...storage, ...framework, 'pouchdb-*', '@/sync/*'], message: 'src/domain is pure TypeScript: no Vue, Pinia, IndexedDB, PouchDB or persistence.' }],
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'src/domain runs in plain Node.' },
        { name: 'localStorage', message: 'src/domain runs in plain Node.' },
        { name: 'indexedDB', message: 'src/domain runs in plain Node.' },
      ],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'Pass an rng in (domain/random.ts).' },
        { object: 'Date', property: 'now', message: 'Pass `now` in.' },
      ],
    },
  },
  {
    files: ['src/persistence/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: framework, message: 'src/persistence depends on the domain only.' }],
      }],
    },
  },
  {
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: framework, message: 'src/engine is plain TypeScript: no Vue or Pinia (state cells are passed in).' },
          { group: storage, allowTypeImports: true, message: 'src/engine reaches storage through the port it is given: import only types.' },
        ],
      }],
    },
  },
  {
    files: ['src/workers/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...storage, ...framework], message: 'src/workers are thin entries over the domain: no Vue, Pinia or storage.' }],
      }],
    },
  },
  {
    files: ['src/views/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: storage, message: 'Views reach storage through the stores only.' }],
      }],
    },
  },
  {
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: [...storage, 'pinia', '@/stores/*', '**/stores/**'], message: 'Components take props and emit events: no stores or persistence.' }],
      }],
    },
  },
)
