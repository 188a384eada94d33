import { MATURE_STABILITY_DAYS } from './stats/mastery'
import type { MemoryCard } from './scheduling/types'

export type MasteryLevel = 'new' | 'learning' | 'young' | 'mature'

/** The same classes as the progress page's mastery chart: mature once stability reaches 21 days. */
export function masteryLevel(card: MemoryCard | undefined): MasteryLevel {
  if (!card || card.state === 'new') return 'new'
  if (card.state !== 'review') return 'learning'
  return card.stability >= MATURE_STABILITY_DAYS ? 'mature' : 'young'
}

/** A sentence is mastered when every fact it backs is mature. */
export function sentenceLevel(levels: readonly MasteryLevel[]): MasteryLevel {
  if (levels.length === 0 || levels.every((l) => l === 'new')) return 'new'
  if (levels.every((l) => l === 'mature')) return 'mature'
  return 'learning'
}
