import { computed, getCurrentInstance, onMounted, ref, toValue, type MaybeRefOrGetter } from 'vue'

export interface UsePwaOptions {
  /**
   * True while a question is open: the update prompt waits until it turns false, so a new version is only offered
   * between questions. A ref, a computed or a getter that reads reactive state (`() => session.phase === 'asking'`).
   */
  busy?: MaybeRefOrGetter<boolean>
  /** How often an open app asks the server for a new version; 0 turns the timer off. */
  checkEveryMs?: number
  /**
   * When to register the service worker: by default once the calling component has mounted, the screen has been
   * painted and the page is idle.
   */
  schedule?: (register: () => void) => void
}

const HOUR = 60 * 60 * 1000

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

/**
 * Service-worker registration with the learner in charge of updates. `showUpdate` turns true when a new version is
 * waiting and nothing is busy; nothing reloads until `update()` is called from the prompt.
 */
export function usePwa({ busy = false, checkEveryMs = HOUR, schedule = afterPaint }: UsePwaOptions = {}) {
  // Set by update(): only a reload this tab asked for may happen. Another tab accepting the update also hands this
  // tab to the new worker; then this tab offers a reload instead of taking one in the middle of a question.
  let requested = false
  const takenOver = ref(false)

  const needRefresh = ref(false)
  const offlineReady = ref(false)
  // The registration code loads when it runs, after the first screen: it is not part of the start bundle.
  const register = async () => (await import('virtual:pwa-register')).registerSW({
    onNeedRefresh: () => (needRefresh.value = true),
    onOfflineReady: () => (offlineReady.value = true),
    onNeedReload() {
      if (requested) window.location.reload()
      else takenOver.value = true
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return
      const check = () => {
        if (navigator.onLine) void registration.update().catch(() => undefined)
      }
      if (checkEveryMs > 0) setInterval(check, checkEveryMs)
      window.addEventListener('online', check)
    },
  })
  // Resolves to the plugin's "hand over to the waiting worker" once the worker has been registered.
  const registered = new Promise<(reloadPage?: boolean) => Promise<void>>((resolve) => {
    const later = () => schedule(() => resolve(register()))
    // Called from App's setup: its `mounted` comes once the first screen, with the screen it opened on, is built.
    if (getCurrentInstance()) onMounted(later)
    else later()
  })

  const waiting = computed(() => needRefresh.value || takenOver.value)
  const isBusy = computed(() => toValue(busy))

  if (typeof document !== 'undefined') document.documentElement.dataset.appVersion = __APP_VERSION__

  return {
    /** The version this page runs (package.json, or APP_VERSION at build time). */
    version: __APP_VERSION__,
    /** A new version is waiting, whether or not the prompt may show yet. */
    needRefresh: waiting,
    /** What AppUpdatePrompt's `needRefresh` prop should get: a waiting version, and no question open. */
    showUpdate: computed(() => waiting.value && !isBusy.value),
    /** The app is cached and works offline (first visit); the notice is not deferred, it asks for nothing. */
    offlineReady,
    /** Hands over to the waiting version and reloads once it controls the page. */
    update: async () => {
      if (takenOver.value) {
        window.location.reload()
        return
      }
      requested = true
      await (await registered)(true)
    },
    /** Hides the prompt; the waiting version still takes over at the next start of the app. */
    dismiss: () => {
      needRefresh.value = false
      takenOver.value = false
      offlineReady.value = false
    },
  }
}
