/**
 * What each deck has for today: due reviews, new facts allowed (the daily limit of new facts is per deck,
 * as in Anki: a deck made today can be studied even when another used up its new facts), facts learned.
 */
import { answersOnDay } from '../scheduling/days'
import type { MemoryCard, ReviewLogEntry } from '../scheduling/types'
import { endOfLocalDay, localDayNumber } from '../time'

export interface DeckDay {
  due: number
  /** New facts the deck may still introduce today. */
  new: number
  /** Facts with a card, and all the facts studied. */
  learned: number
  total: number
}

/** New facts introduced today, per deck (an answer whose card was new). */
export function newIntroducedByDeck(log: readonly ReviewLogEntry[], now: number, timeZone: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const e of answersOnDay(log, localDayNumber(now, timeZone), timeZone)) {
    if (e.previous === null || e.previous.state === 'new') out.set(e.deckId, (out.get(e.deckId) ?? 0) + 1)
  }
  return out
}

/** One deck's day: its facts, the cards (of every deck, by fact id), the day's limit of new facts. */
export function deckDay(
  factIds: readonly string[],
  cards: ReadonlyMap<string, MemoryCard>,
  options: { now: number; timeZone: string; newPerDay: number; introducedToday: number },
): DeckDay {
  const end = endOfLocalDay(options.now, options.timeZone)
  let due = 0
  let learned = 0
  for (const id of factIds) {
    const card = cards.get(id)
    if (!card) continue
    learned++
    if (card.state !== 'new' && card.due < end) due++
  }
  const left = Math.max(0, options.newPerDay - options.introducedToday)
  return { due, new: Math.min(left, factIds.length - learned), learned, total: factIds.length }
}

/**
 * The facts a session over several decks may draw on: every fact with a card, and of each deck's unseen facts
 * only as many as that deck may still introduce today, in its order.
 */
export function factsWithinDailyLimits<F extends { id: string }>(
  decks: readonly { facts: readonly F[]; newLeft: number }[],
  cards: ReadonlyMap<string, MemoryCard>,
): F[] {
  const out: F[] = []
  for (const deck of decks) {
    let left = Math.max(0, deck.newLeft)
    for (const fact of deck.facts) {
      if (cards.has(fact.id)) out.push(fact)
      else if (left > 0) {
        out.push(fact)
        left--
      }
    }
  }
  return out
}
