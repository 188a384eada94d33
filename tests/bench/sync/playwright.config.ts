import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs'

/** `npm run bench:sync`: two devices of 5,000 answers each converging through a CouchDB-protocol server. */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../../test-results-bench-sync',
  workers: 1,
  timeout: 300_000,
  reporter: [['list']],
  use: {
    serviceWorkers: 'allow',
    timezoneId: 'Asia/Ho_Chi_Minh',
    locale: 'vi-VN',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
})
