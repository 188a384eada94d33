import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

/** Serves the bench page alone: only the persistence code and the domain it needs, no app. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: { '@': fileURLToPath(new URL('../../../src', import.meta.url)) } },
  server: { hmr: false },
  logLevel: 'warn',
})
