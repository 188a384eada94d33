import type { MemoryCard } from '../scheduling/types'
import { createDayOf, dateParts } from './days'
import type { DayForecast } from './types'

/**
 * Facts falling due on each of the next `days` local days, today first. Overdue facts are counted
 * today, since that is when the learner will meet them; new facts are never "due" (they enter through
 * the daily new-fact limit), so they are left out.
 */
export function dueForecast(cards: Iterable<MemoryCard>, now: number, timeZone: string, days = 30): DayForecast[] {
  const dayOf = createDayOf(timeZone)
  const today = dayOf(now)
  const out: DayForecast[] = []
  for (let i = 0; i < days; i++) out.push({ day: today + i, date: dateParts(today + i), count: 0, overdue: 0 })
  for (const card of cards) {
    if (card.state === 'new') continue
    const row = out[Math.max(0, dayOf(card.due) - today)]
    if (!row) continue
    row.count++
    if (card.due < now) row.overdue++
  }
  return out
}
