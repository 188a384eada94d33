import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs'

// E2E_PORT and E2E_DIST let two checkouts (or two people) run the suite side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173)
const DIST = process.env.E2E_DIST ?? 'dist'

/** End-to-end tests against the production build (`npm run build` first), in the system Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties its output folder at start: side-by-side runs (E2E_PORT) each get their own.
  outputDir: process.env.E2E_PORT ? `test-results-${PORT}` : 'test-results',
  // One worker: two cores, and each test starts a browser context with its own service worker.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    serviceWorkers: 'allow',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    // A trace is recorded only when a failed test runs again (CI's retry): recording one for every test made the
    // browser tests a quarter slower. Locally, `npx playwright test <file> --trace on` records one.
    trace: 'on-first-retry',
  },
  webServer: {
    command: `node_modules/.bin/vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
})
