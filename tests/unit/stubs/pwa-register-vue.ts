/**
 * Stands in for vite-plugin-pwa's `virtual:pwa-register/vue`, which only exists inside a Vite build with the
 * plugin. Tests that care about its behaviour replace it with `vi.mock`.
 */
import { ref } from 'vue'

export function useRegisterSW() {
  return { needRefresh: ref(false), offlineReady: ref(false), updateServiceWorker: async () => undefined }
}
