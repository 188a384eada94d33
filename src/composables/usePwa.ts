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
 * Service-worker registration with the learner in charge of updates. `showUpdate` turns true when a new version is
 * waiting and nothing is busy; nothing reloads until `update()` is called from the prompt.
 */
/** By default: once the first screen has been painted and the page is idle (`afterPaint`, loaded after mount). */
const afterFirstPaint = (run: () => void) => void import('./pwa-later').then((m) => m.afterPaint(run))

export function usePwa({ busy = false, checkEveryMs = HOUR, schedule = afterFirstPaint }: UsePwaOptions = {}) {
  // Set by update(): only a reload this tab asked for may happen. Another tab accepting the update also hands this
  // tab to the new worker; then this tab offers a reload instead of taking one in the middle of a question.
  let requested = false
  const takenOver = ref(false)

  const needRefresh = ref(false)
  const offlineReady = ref(false)
  // The registration code loads when it runs, after the first screen: it is not part of the start bundle.
  const register = async () => (await import('./pwa-later')).registerWorker({
    checkEveryMs,
    onNeedRefresh: () => (needRefresh.value = true),
    onOfflineReady: () => (offlineReady.value = true),
    onNeedReload() {
      if (requested) window.location.reload()
      else takenOver.value = true
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
