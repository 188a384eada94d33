import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { deckDay, newIntroducedByDeck, type DeckDay } from '@/domain/deck/counts'
import { BUILT_IN_DECK_ID } from '@/domain/progress/types'
import { todaySummary } from '@/domain/stats/today'
import { localDayNumber } from '@/domain/time'
import { useBankStore } from './bank'
import { useClockStore } from './clock'
import { useProgressStore } from './progress'

/** The learner's local today over every deck, and each deck's, for the home screen and the progress page. */
export const useTodayStore = defineStore('today', () => {
  const bank = useBankStore()
  const progress = useProgressStore()
  const clock = useClockStore()

  const today = computed(() => localDayNumber(clock.now, clock.timeZone))
  // Until the whole log has been read (in the background), a long streak is known only to be at least so long.
  const summary = computed(() =>
    todaySummary(progress.log, progress.cards.values(), clock.now, clock.timeZone, progress.logComplete ? undefined : progress.logSince))
  /** How a deck's day is counted: `deckDay`, or the exam store's count for a deck whose exam lies ahead (set once it loads). */
  const count = shallowRef((_deckId: string, ...args: Parameters<typeof deckDay>) => deckDay(...args))
  /** Each deck's due, new (within its own daily limit), learned and total facts; the built-in deck first. */
  const decks = computed(() => {
    const introduced = newIntroducedByDeck(progress.log, clock.now, clock.timeZone)
    const all = [{ id: BUILT_IN_DECK_ID, factIds: bank.factIds }, ...progress.decks]
    const options = { now: clock.now, timeZone: clock.timeZone, newPerDay: progress.settings.newPerDay }
    return new Map<string, DeckDay>(all.map((d) => [d.id, count.value(d.id, d.factIds, progress.cards, { ...options, introducedToday: introduced.get(d.id) ?? 0 })]))
  })
  const sum = (pick: (d: DeckDay) => number) => computed(() => [...decks.value.values()].reduce((n, d) => n + pick(d), 0))
  const unseenCount = sum((d) => d.total - d.learned)
  const newCount = sum((d) => d.new)

  return {
    today,
    /** Answered, correct, streak and due today (`todaySummary`). */
    summary,
    answeredToday: computed(() => summary.value.answeredToday),
    // Summed over the decks, so a deck's exam (which brings due dates earlier) counts here too.
    dueCount: sum((d) => d.due),
    count,
    /** The streak in days, as "8+" while it is only known to be at least that long (the rest of the log unread). */
    streakText: computed(() => `${summary.value.streak}${summary.value.streakMayBeLonger ? '+' : ''}`),
    newCount,
    unseenCount,
    goal: computed(() => progress.settings.dailyGoal),
    learnedCount: sum((d) => d.learned),
    totalCount: sum((d) => d.total),
    decks,
  }
})
