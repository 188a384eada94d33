import { defineStore } from 'pinia'
import { computed } from 'vue'
import { answersOnDay, isDueToday, newIntroducedOnDay, streak } from '@/domain/scheduling/days'
import { localDayNumber } from '@/domain/time'
import type { ReviewLogEntry } from '@/domain/scheduling/types'
import { useBankStore } from './bank'
import { useClockStore } from './clock'
import { useProgressStore } from './progress'

/** Local days with answers, read from the end of the (time-ordered) log: a streak only looks back as far as it runs. */
function recentDays(log: readonly ReviewLogEntry[], today: number, timeZone: string): number[] {
  const days: number[] = []
  for (let i = log.length - 1; i >= 0; i--) {
    const day = localDayNumber(log[i]!.reviewedAt, timeZone)
    if (days.at(-1) !== day) {
      if (day < today - days.length - 1) break
      days.push(day)
    }
  }
  return days
}

/** What the home screen shows for the learner's local today. */
export const useTodayStore = defineStore('today', () => {
  const bank = useBankStore()
  const progress = useProgressStore()
  const clock = useClockStore()

  const today = computed(() => localDayNumber(clock.now, clock.timeZone))
  const answeredToday = computed(() => answersOnDay(progress.log, today.value, clock.timeZone).length)
  const dueCount = computed(() => {
    let n = 0
    for (const card of progress.cards.values()) if (isDueToday(card, clock.now, clock.timeZone)) n++
    return n
  })
  const unseenCount = computed(() => bank.factIds.filter((id) => !progress.cards.has(id)).length)
  const newCount = computed(() => {
    const left = progress.settings.newPerDay - newIntroducedOnDay(progress.log, today.value, clock.timeZone)
    return Math.max(0, Math.min(left, unseenCount.value))
  })
  const streakDays = computed(() => streak(recentDays(progress.log, today.value, clock.timeZone), today.value))
  const goal = computed(() => progress.settings.dailyGoal)
  const learnedCount = computed(() => progress.cards.size)

  return { today, answeredToday, dueCount, newCount, unseenCount, streakDays, goal, learnedCount }
})
