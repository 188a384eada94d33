import { defineStore } from 'pinia'
import { ref } from 'vue'

/**
 * The one place the app reads the wall clock and the learner's time zone: the domain takes both as
 * arguments. `now` ticks each minute and when the app comes back to the foreground, so "due today"
 * and the streak roll over at the learner's local midnight.
 */
export const useClockStore = defineStore('clock', () => {
  const now = ref(Date.now())
  const timeZone = ref(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC')

  const tick = () => {
    now.value = Date.now()
  }
  if (typeof window !== 'undefined') {
    setInterval(tick, 60_000)
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') tick()
    })
  }

  return { now, timeZone, tick, read: () => Date.now() }
})
