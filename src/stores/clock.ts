import { defineStore } from 'pinia'
import { ref } from 'vue'

const monotonic = () => (typeof performance !== 'undefined' ? performance.now() : 0)

/**
 * The one place the app reads the wall clock and the learner's time zone: the domain takes both as
 * arguments. `now` ticks each minute and when the app comes back to the foreground, so "due today"
 * and the streak roll over at the learner's local midnight.
 */
export const useClockStore = defineStore('clock', () => {
  /**
   * The wall clock, or, when it gives no usable number (a broken or tampered Date), the last good reading
   * moved on by the monotonic clock: an answer is never stamped with NaN or with a made-up year.
   */
  let lastGood = { wall: Date.now(), mono: monotonic() }
  const read = (): number => {
    const wall = Date.now()
    if (Number.isFinite(wall) && wall > 0) {
      lastGood = { wall, mono: monotonic() }
      return wall
    }
    return Number.isFinite(lastGood.wall) ? Math.round(lastGood.wall + (monotonic() - lastGood.mono)) : 0
  }

  const now = ref(read())
  const timeZone = ref(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC')

  const tick = () => {
    now.value = read()
  }
  if (typeof window !== 'undefined') {
    setInterval(tick, 60_000)
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') tick()
    })
  }

  return { now, timeZone, tick, read }
})
