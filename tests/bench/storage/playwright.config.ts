import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs'

const PORT = 5199
const root = fileURLToPath(new URL('../../..', import.meta.url))

/** `npm run bench:storage`: the storage layer against 10,000 cards and 100,000 log entries in real Chromium. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 180_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: {
    command: `node_modules/.bin/vite --config tests/bench/storage/vite.config.ts --port ${PORT} --strictPort --host 127.0.0.1`,
    cwd: root,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
