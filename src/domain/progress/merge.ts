import type { MemoryCard, ReviewLogEntry } from '../scheduling/types'
import { cardKey, type ImportMode, type Settings, type StoredCard } from './types'

export interface ProgressData {
  cards: StoredCard[]
  log: ReviewLogEntry[]
  settings: Settings
}

/**
 * The card to keep when two devices both hold one for a fact: the one reviewed last. A tie keeps
 * `current`, which makes merging the same file twice change nothing.
 */
export function laterCard<C extends MemoryCard>(current: C | undefined, incoming: C): C {
  if (!current) return incoming
  return (incoming.lastReview ?? -Infinity) > (current.lastReview ?? -Infinity) ? incoming : current
}

/**
 * Combines this device's progress with a backup's. `replace` takes the backup whole; `merge` keeps
 * per fact the later card, the union of both logs by entry id, and this device's settings.
 */
export function mergeProgress(current: ProgressData, incoming: ProgressData, mode: ImportMode): ProgressData {
  if (mode === 'replace') return incoming
  const cards = new Map(current.cards.map((c) => [cardKey(c.deckId, c.factId), c]))
  for (const card of incoming.cards) {
    const key = cardKey(card.deckId, card.factId)
    cards.set(key, laterCard(cards.get(key), card))
  }
  const log = new Map(current.log.map((e) => [e.id, e]))
  for (const entry of incoming.log) if (!log.has(entry.id)) log.set(entry.id, entry)
  return {
    cards: [...cards.values()],
    log: [...log.values()].sort((a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    settings: current.settings,
  }
}
