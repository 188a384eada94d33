/**
 * The exam layer where the app meets it: the cards as a session sees them, and a deck's day (due, new) as home and
 * the deck screen count it, while the deck's exam lies ahead. Stored cards are never changed (see `rules.ts`).
 */
import { deckDay, type DeckDay } from '../deck/counts'
import type { MemoryCard } from '../scheduling/types'
import { examContext, examDue, examNewQuota, type ExamContext } from './rules'

/** A deck's exam context, or null when it has none, it is over, or the stored day is not one `examContext` takes. */
export function activeExam(examDay: number | undefined, now: number, timeZone: string, target: number): ExamContext | null {
  if (examDay === undefined) return null
  try {
    const exam = examContext({ now, timeZone, examDay, target })
    return exam.active ? exam : null
  } catch {
    // A date too far ahead (or otherwise refused) is shown on the deck screen; the schedule stays the learner's own.
    return null
  }
}

/** Facts of the deck never met: no card, or a card still new. */
export function notIntroduced(factIds: readonly string[], cards: ReadonlyMap<string, MemoryCard>): number {
  let count = 0
  for (const id of factIds) {
    const card = cards.get(id)
    if (!card || card.state === 'new') count++
  }
  return count
}

/**
 * The cards with the deck's due dates brought earlier by `examDue` (a copy; cards of other decks as they are). A
 * session built from it reviews what the exam needs, and the scheduler answers from the stored card as always.
 */
export function cardsForExam(
  cards: ReadonlyMap<string, MemoryCard>,
  factIds: readonly string[],
  exam: ExamContext,
): Map<string, MemoryCard> {
  const out = new Map(cards)
  for (const id of factIds) {
    const card = cards.get(id)
    if (!card) continue
    const due = examDue(card, exam)
    if (due !== card.due) out.set(id, { ...card, due })
  }
  return out
}

/** `deckDay` under the exam: over the cards as the exam sees them, with the day's limit of new facts it sets. */
export function examDeckDay(
  factIds: readonly string[],
  cards: ReadonlyMap<string, MemoryCard>,
  options: { now: number; timeZone: string; newPerDay: number; introducedToday: number; exam: ExamContext },
): DeckDay {
  const { exam, ...day } = options
  const newPerDay = examNewQuota(exam, { notIntroduced: notIntroduced(factIds, cards), newIntroducedToday: day.introducedToday, newPerDay: day.newPerDay })
  return deckDay(factIds, cardsForExam(cards, factIds, exam), { ...day, newPerDay })
}
