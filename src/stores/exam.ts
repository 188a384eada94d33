import { defineStore } from 'pinia'
import { computed } from 'vue'
import { deckDay, newIntroducedByDeck } from '@/domain/deck/counts'
import { activeExam, examDeckDay, MAX_EXAM_DAYS_AHEAD, planExam, type ExamPlan } from '@/domain/exam'
import { BUILT_IN_DECK_ID } from '@/domain/progress/types'
import { localDayNumber } from '@/domain/time'
import { useBankStore } from './bank'
import { useClockStore } from './clock'
import { useProgressStore } from './progress'
import { useTodayStore } from './today'

/** Why an exam date was refused. */
export type ExamDateError = 'not-a-date' | 'past' | 'too-far'

/** The local day number of a calendar date `YYYY-MM-DD` (what a date input gives), or null. */
export function dayOfDate(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return null
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(y, m - 1, d)
  const back = new Date(ms)
  // 2026-02-31 is not a date: Date.UTC would roll it over into March.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null
  return ms / 86_400_000
}

/** The calendar date `YYYY-MM-DD` of a local day number (for a date input's value and `min`). */
export const dateOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10)

/**
 * Study toward an exam date, per deck: the dates (kept in the settings, so they travel with sync), each deck's plan
 * for home and the deck screen, and the day's counts under the exam. Loaded by the screens that show a plan, not
 * with the app; once loaded it counts the decks' days for the today store too.
 */
export const useExamStore = defineStore('exam', () => {
  const progress = useProgressStore()
  const bank = useBankStore()
  const clock = useClockStore()
  const today = useTodayStore()

  const today_ = computed(() => localDayNumber(clock.now, clock.timeZone))
  const exams = computed(() => progress.settings.exams)
  const factIdsOf = (deckId: string) =>
    deckId === BUILT_IN_DECK_ID ? bank.factIds : progress.decks.find((d) => d.id === deckId)?.factIds

  /** Each deck's plan, for the decks with an exam date (a deck no longer on the device is left out). */
  const plans = computed(() => {
    const introduced = newIntroducedByDeck(progress.log, clock.now, clock.timeZone)
    const out = new Map<string, ExamPlan>()
    for (const [deckId, examDay] of Object.entries(exams.value)) {
      const factIds = factIdsOf(deckId)
      if (!factIds) continue
      try {
        out.set(deckId, planExam({
          now: clock.now, timeZone: clock.timeZone, examDay, target: progress.settings.requestRetention, factIds,
          cards: progress.cards, newPerDay: progress.settings.newPerDay, newIntroducedToday: introduced.get(deckId) ?? 0,
        }))
      } catch {
        // A stored day the plan refuses (too far ahead): the deck is studied as usual, its screen offers a new date.
      }
    }
    return out
  })

  function check(day: number | null): ExamDateError | null {
    if (day === null) return 'not-a-date'
    if (day < today_.value) return 'past'
    if (day - today_.value > MAX_EXAM_DAYS_AHEAD) return 'too-far'
    return null
  }

  /** Sets (or moves) a deck's exam date; an invalid date is refused with the reason and nothing is changed. */
  async function setExam(deckId: string, date: string): Promise<ExamDateError | null> {
    const day = dayOfDate(date)
    const error = check(day)
    if (error) return error
    await progress.updateSettings({ exams: { ...exams.value, [deckId]: day! } })
    return null
  }

  async function clearExam(deckId: string) {
    const { [deckId]: _gone, ...rest } = exams.value
    await progress.updateSettings({ exams: rest })
  }

  // Home's and the deck screen's counts follow the exam once this store is loaded.
  today.count = (deckId, factIds, cards, options) => {
    const exam = activeExam(exams.value[deckId], options.now, options.timeZone, progress.settings.requestRetention)
    return exam ? examDeckDay(factIds, cards, { ...options, exam }) : deckDay(factIds, cards, options)
  }

  return { today: today_, exams, plans, setExam, clearExam, maxDaysAhead: MAX_EXAM_DAYS_AHEAD }
})
