import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { bankIndex } from './scripts/bank-index-plugin.ts'

export default defineConfig({
  plugins: [vue(), bankIndex(new URL('./questions/bank.json', import.meta.url))],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      'virtual:pwa-register': fileURLToPath(new URL('./tests/unit/stubs/pwa-register.ts', import.meta.url)),
    },
  },
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    // Plain Node by default: the domain never needs a DOM. Component tests opt in with
    // `// @vitest-environment happy-dom` at the top of the file.
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
})
