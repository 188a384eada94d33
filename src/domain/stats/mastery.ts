import { TOPICS, type Topic } from '../bank/types'
import { retrievabilityAt } from '../scheduling/scheduler'
import type { MemoryCard } from '../scheduling/types'
import type { TopicMastery } from './types'

/** Stability from which a fact counts as mature, in days (Anki's threshold for intervals). */
export const MATURE_STABILITY_DAYS = 21

/**
 * How well each topic is known, in the bank's topic order; topics without facts are left out.
 * A fact without a card, or with a card still new, counts as new.
 */
export function masteryByTopic(
  facts: readonly { id: string; topic: Topic }[],
  cards: ReadonlyMap<string, MemoryCard>,
  now: number,
): TopicMastery[] {
  const rows = new Map<Topic, TopicMastery & { recallSum: number; studied: number }>()
  for (const fact of facts) {
    let row = rows.get(fact.topic)
    if (!row) {
      row = { topic: fact.topic, total: 0, new: 0, learning: 0, young: 0, mature: 0, averageRecall: null, recallSum: 0, studied: 0 }
      rows.set(fact.topic, row)
    }
    row.total++
    const card = cards.get(fact.id)
    if (!card || card.state === 'new') {
      row.new++
      continue
    }
    if (card.state === 'review') {
      if (card.stability >= MATURE_STABILITY_DAYS) row.mature++
      else row.young++
    } else row.learning++
    row.recallSum += retrievabilityAt(card, now)
    row.studied++
  }
  const order = (t: Topic) => {
    const i = TOPICS.indexOf(t)
    return i < 0 ? TOPICS.length : i
  }
  return [...rows.values()]
    .sort((a, b) => order(a.topic) - order(b.topic))
    .map(({ recallSum, studied, ...row }) => ({ ...row, averageRecall: studied > 0 ? recallSum / studied : null }))
}
