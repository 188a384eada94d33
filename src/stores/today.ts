import { defineStore } from 'pinia'
import { computed } from 'vue'
import { newIntroducedOnDay } from '@/domain/scheduling/days'
import { todaySummary } from '@/domain/stats/reviews'
import { localDayNumber } from '@/domain/time'
import { useBankStore } from './bank'
import { useClockStore } from './clock'
import { useProgressStore } from './progress'

/** What the home screen shows for the learner's local today: the same figures as the progress page. */
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
    answeredToday: computed(() => summary.value.answeredToday),
    dueCount: computed(() => summary.value.dueToday),
    streakDays: computed(() => summary.value.streak),
    /** The streak is a lower bound until the rest of the log is read: home shows it as "8+". */
    streakMayBeLonger: computed(() => summary.value.streakMayBeLonger),
    newCount,
    unseenCount,
    goal: computed(() => progress.settings.dailyGoal),
    learnedCount: computed(() => progress.cards.size),
  }
})
