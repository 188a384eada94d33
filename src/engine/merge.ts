/**
 * Folding another device's answers into this one's stored progress (what a sync pull brings), loaded with the
 * first pull: the new answers, the answers undone where they were given, and the cards of their facts rebuilt
 * from the whole merged log, in one transaction (`Repository.mergeEntries`).
 */
import type { SchedulerFor } from '@/domain/progress/replay'
import { cardKey } from '@/domain/progress/types'
import type { ReviewLogEntry } from '@/domain/scheduling/types'
import { newEntries, rebuildTouched, touchedCards } from '@/domain/sync/docs'
import type { Repository } from '@/persistence/repository'

/**
 * Stores the answers of `incoming` not in `log` (the whole log held here) and removes those of `removed` that
 * are; how many entries that added or removed. An answer both incoming and removed was undone: it is not added.
 */
export async function mergeInto(
  repository: Pick<Repository, 'mergeEntries'>,
  log: readonly ReviewLogEntry[],
  incoming: readonly ReviewLogEntry[],
  schedulerFor: SchedulerFor,
  removed: readonly string[] = [],
): Promise<number> {
  const undone = new Set(removed)
  const have = new Set(log.map((e) => e.id))
  const fresh = newEntries(have, incoming.filter((e) => !undone.has(e.id)))
  const gone = log.filter((e) => undone.has(e.id))
  if (fresh.length === 0 && gone.length === 0) return 0
  const merged = [...log.filter((e) => !undone.has(e.id)), ...fresh]
  const touched = touchedCards([...fresh, ...gone])
  const rebuilt = rebuildTouched(merged, touched, schedulerFor)
  // A fact left with no answer at all has no card; one whose answers are all of a legacy format keeps its own.
  const answered = new Set(merged.map((e) => cardKey(e.deckId, e.factId)))
  const dropCards = gone.filter((e) => !answered.has(cardKey(e.deckId, e.factId))).map((e) => ({ deckId: e.deckId, factId: e.factId }))
  return repository.mergeEntries({ entries: fresh, cards: [...rebuilt.values()], removed: gone.map((e) => e.id), dropCards })
}
