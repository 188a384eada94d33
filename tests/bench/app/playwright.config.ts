import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs'

/** `npm run bench:app`: the production build in real Chromium, offline, with a stored history. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../../test-results-bench-app',
  workers: 1,
  timeout: 180_000,
  reporter: [['list']],
  use: {
    serviceWorkers: 'allow',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
})
