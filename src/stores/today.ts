import { defineStore } from 'pinia'
import { computed } from 'vue'
import { newIntroducedOnDay } from '@/domain/scheduling/days'
import { todaySummary } from '@/domain/stats/reviews'
import { localDayNumber } from '@/domain/time'
import { useBankStore } from './bank'
import { useClockStore } from './clock'
import { useProgressStore } from './progress'

/** The learner's local today, for the home screen and the top of the progress page. */
export const useTodayStore = defineStore('today', () => {
  const bank = useBankStore()
  const progress = useProgressStore()
  const clock = useClockStore()

  const today = computed(() => localDayNumber(clock.now, clock.timeZone))
  // Until the whole log has been read (in the background), a long streak is known only to be at least so long.
  const summary = computed(() =>
    todaySummary(progress.log, progress.cards.values(), clock.now, clock.timeZone, progress.logComplete ? undefined : progress.logSince))
  const unseenCount = computed(() => bank.factIds.filter((id) => !progress.cards.has(id)).length)
  const newCount = computed(() => {
    const left = progress.settings.newPerDay - newIntroducedOnDay(progress.log, today.value, clock.timeZone)
    return Math.max(0, Math.min(left, unseenCount.value))
  })

  return {
    today,
    /** Answered, correct, streak and due today (`todaySummary`). */
    summary,
    answeredToday: computed(() => summary.value.answeredToday),
    dueCount: computed(() => summary.value.dueToday),
    /** The streak in days, as "8+" while it is only known to be at least that long (the rest of the log unread). */
    streakText: computed(() => `${summary.value.streak}${summary.value.streakMayBeLonger ? '+' : ''}`),
    newCount,
    unseenCount,
    goal: computed(() => progress.settings.dailyGoal),
    learnedCount: computed(() => progress.cards.size),
  }
})
