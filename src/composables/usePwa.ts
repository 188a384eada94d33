import { useRegisterSW } from 'virtual:pwa-register/vue'

/**
 * Service-worker registration with the learner in charge of updates: `needRefresh` turns true when a new
 * version is waiting, and nothing reloads until `update()` is called from the prompt.
 */
export function usePwa() {
  const { needRefresh, offlineReady, updateServiceWorker } = useRegisterSW({ immediate: true })
  return {
    needRefresh,
    offlineReady,
    update: () => updateServiceWorker(true),
    dismiss: () => {
      needRefresh.value = false
      offlineReady.value = false
    },
  }
}
