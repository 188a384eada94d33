/**
 * The service worker's registration and its timing, loaded after the first screen (src/composables/usePwa.ts
 * holds the state the prompt shows and calls these).
 */
import { registerSW } from 'virtual:pwa-register'

/**
 * Once the screen has been shown (the browser's largest-contentful-paint entry, or the next frame where that entry
 * does not exist) and the page is idle. Registering sooner loads workbox-window and starts the worker's precache
 * downloads while the first screen is still being built; on a slow phone that delayed the first question by a few
 * hundred milliseconds. A tab opened in the background paints nothing: there the timer registers after 5 s.
 */
export function afterPaint(run: () => void): void {
  if (typeof window === 'undefined') return
  let done = false
  const go = () => {
    if (done) return
    done = true
    const idle = window.requestIdleCallback ?? ((next: () => void) => setTimeout(next, 200))
    idle(run, { timeout: 2000 })
  }
  setTimeout(go, 5000)
  if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    new PerformanceObserver((_list, observer) => {
      observer.disconnect()
      go()
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  } else {
    requestAnimationFrame(() => setTimeout(go, 0))
  }
}

/** Registers the worker; a waiting version is checked for every `checkEveryMs` and when the device comes online. */
export function registerWorker(options: {
  checkEveryMs: number
  onNeedRefresh(): void
  onOfflineReady(): void
  onNeedReload(): void
}): (reloadPage?: boolean) => Promise<void> {
  const { checkEveryMs, onNeedRefresh, onOfflineReady, onNeedReload } = options
  return registerSW({
    onNeedRefresh,
    onOfflineReady,
    onNeedReload,
    onRegisteredSW(_url, registration) {
      if (!registration) return
      const check = () => {
        if (navigator.onLine) void registration.update().catch(() => undefined)
      }
      if (checkEveryMs > 0) setInterval(check, checkEveryMs)
      window.addEventListener('online', check)
    },
  })
}
