/**
 * Struggling facts: facts forgotten again and again. Review brings them back in an easier format with their
 * sentence shown first, and home and progress list them.
 *
 * The rule reads the card alone, so every screen and every device (cards are rebuilt from the same log)
 * agrees without another record: a fact is struggling while it has lapsed at least `STRUGGLING_LAPSES` times
 * and its memory has not yet recovered, i.e. it is being relearned or its stability is still under
 * `STRUGGLING_UNTIL_STABILITY_DAYS`.
 *
 * Why stability and not "N correct answers since the last lapse": the card keeps no such count (`reps`
 * counts every answer), while stability is exactly what a lapse cuts down and each successful review since
 * builds up again. At the default retention (0.9) and the difficulty four lapses leave (close to 10), rising
 * from a lapse to a week takes three to six on-time recalls in a row, over about two weeks; any lapse on the
 * way cuts it down again. So the fact leaves the list after a run of successes, and comes back at its next
 * lapse, as `lapses` never falls. A week, not the 21 days of a mature card: that takes six to nine recalls in
 * a row over six to nine weeks, long after the learner has shown the fact holds.
 */
import type { QuestionKind } from './bank/types'
import type { MemoryCard } from './scheduling/types'

/** Lapses (review → forgotten) from which a fact counts as struggling. */
export const STRUGGLING_LAPSES = 4

/** Stability, in days, at which a struggling fact counts as recovered and leaves the list. */
export const STRUGGLING_UNTIL_STABILITY_DAYS = 7

/** Forgotten at least four times and not recovered since; a fact with no card, or a new one, never is. */
export function isStruggling(card: MemoryCard | undefined): boolean {
  if (!card || card.state === 'new' || card.lapses < STRUGGLING_LAPSES) return false
  return card.state !== 'review' || !(card.stability >= STRUGGLING_UNTIL_STABILITY_DAYS)
}

/**
 * The struggling cards, most troubled first: more lapses, then lower stability (the memory that fades
 * soonest), then by fact id so the list does not reorder between renders.
 */
export function strugglingFacts<C extends MemoryCard>(cards: Iterable<C>): C[] {
  const out: C[] = []
  for (const card of cards) if (isStruggling(card)) out.push(card)
  return out.sort(
    (a, b) => b.lapses - a.lapses || a.stability - b.stability || (a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0),
  )
}

/**
 * Question kinds from easiest to hardest, following `session/format.ts`'s stages (recognition, cloze, recall).
 * Within recognition, the kinds that show the answer among options come first: a struggling fact needs to see
 * the right answer again, and a lone true/false statement shows it only half the time. Among recall, one typed
 * answer before a whole list.
 */
const KINDS_BY_EASE: readonly QuestionKind[] = ['mcq', 'matching', 'timeline', 'true-false', 'cloze', 'typed', 'list']

/** The given kinds, once each, from easiest to hardest: the order to offer a struggling fact its questions in. */
export function easierFormats(kinds: Iterable<QuestionKind>): QuestionKind[] {
  const present = new Set(kinds)
  return KINDS_BY_EASE.filter((kind) => present.has(kind))
}
