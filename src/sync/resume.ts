/** Starts sync after the first screen when the learner turned it on (App.vue loads this only then). */
import { afterPaint } from '@/composables/pwa-later'
import { useSyncStore } from '@/stores/sync'

export function resumeSync(): void {
  afterPaint(() => void useSyncStore().start())
}
