import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue'
import { useRegisterSW } from 'virtual:pwa-register/vue'

export interface UsePwaOptions {
  /**
   * True while a question is open: the update prompt waits until it turns false, so a new version is only offered
   * between questions. A ref, a computed or a getter that reads reactive state (`() => session.phase === 'asking'`).
   */
  busy?: MaybeRefOrGetter<boolean>
  /** How often an open app asks the server for a new version; 0 turns the timer off. */
  checkEveryMs?: number
}

const HOUR = 60 * 60 * 1000

/**
 * Service-worker registration with the learner in charge of updates. `showUpdate` turns true when a new version is
 * waiting and nothing is busy; nothing reloads until `update()` is called from the prompt.
 */
export function usePwa({ busy = false, checkEveryMs = HOUR }: UsePwaOptions = {}) {
  // Set by update(): only a reload this tab asked for may happen. Another tab accepting the update also hands this
  // tab to the new worker; then this tab offers a reload instead of taking one in the middle of a question.
  let requested = false
  const takenOver = ref(false)

  const { needRefresh, offlineReady, updateServiceWorker } = useRegisterSW({
    // Register after the page's load event: the worker's precache downloads would otherwise compete with the
    // first screen on a slow phone (Lighthouse mobile lost 1–2 performance points to it).
    immediate: false,
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
      await updateServiceWorker(true)
    },
    /** Hides the prompt; the waiting version still takes over at the next start of the app. */
    dismiss: () => {
      needRefresh.value = false
      takenOver.value = false
      offlineReady.value = false
    },
  }
}
