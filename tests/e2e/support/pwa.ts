import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium.mjs'

const run = promisify(execFile)

/** The folder of the build under test: E2E_DIST when set (side-by-side runs), else the default `dist`. */
export const distDir = process.env.E2E_DIST ?? 'dist'

/** Builds the app into a fresh temp folder with its own version, for the update test. */
export async function buildVersion(version: string): Promise<{ outDir: string; remove: () => Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), `pwa-build-${version}-`))
  await run('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, APP_VERSION: version },
  })
  return { outDir, remove: () => rm(outDir, { recursive: true, force: true }) }
}

/**
 * A browser with a real profile on disk: Chromium reports installability only outside incognito, and Playwright's
 * ordinary contexts are incognito.
 */
export async function launchPersistent(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'pwa-profile-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
    serviceWorkers: 'allow',
    locale: 'vi-VN',
  })
  return {
    context,
    close: async () => {
      await context.close()
      await rm(userDataDir, { recursive: true, force: true })
    },
  }
}

/** Resolves once the service worker controls the page (clientsClaim makes that happen on the first visit). */
export async function waitForController(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 })
}

/** Chromium's own installability verdict, as DevTools shows it under Application → Manifest. */
export async function installabilityErrors(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    return installabilityErrors.map((e) => e.errorId)
  } finally {
    await cdp.detach()
  }
}

/**
 * Gives one answer through the most uniform study screen (flashcards: flip, then grade with the "3" key) and
 * returns home, where the day's goal counts it.
 */
export async function answerOneFlashcard(page: Page, origin: string) {
  await page.goto(origin + '/flashcards')
  await page.locator('main [aria-keyshortcuts="Space Enter"]').first().click()
  await expect(page.locator('main button[aria-keyshortcuts="3"]')).toBeEnabled()
  await page.keyboard.press('3')
  await expect(page.locator('main button[aria-keyshortcuts="3"]')).toBeDisabled()
  // Leaving the page aborts a transaction still under way: wait until the answer is stored.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('hoc-bai-bao')
            open.onsuccess = () => {
              const count = open.result.transaction('log').objectStore('log').count()
              count.onsuccess = () => (open.result.close(), resolve(count.result))
            }
            open.onerror = () => resolve(0)
          }),
      ),
    )
    .toBeGreaterThan(0)
  await page.goto(origin + '/')
}
