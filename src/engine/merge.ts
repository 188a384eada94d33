/**
 * Folding another device's answers into this one's stored progress (what a sync pull brings), loaded with the
 * first pull: the new answers and the cards of their facts, rebuilt from the whole merged log, in one
 * transaction (`Repository.mergeEntries`).
 */
import type { SchedulerFor } from '@/domain/progress/replay'
import type { ReviewLogEntry } from '@/domain/scheduling/types'
import { newEntries, rebuildTouched, touchedCards } from '@/domain/sync/docs'
import type { Repository } from '@/persistence/repository'

/** Stores the answers of `incoming` not in `log` (the whole log held here); how many were new. */
export async function mergeInto(
  repository: Pick<Repository, 'mergeEntries'>,
  log: readonly ReviewLogEntry[],
  incoming: readonly ReviewLogEntry[],
  schedulerFor: SchedulerFor,
): Promise<number> {
  const fresh = newEntries(new Set(log.map((e) => e.id)), incoming)
  if (fresh.length === 0) return 0
  const rebuilt = rebuildTouched([...log, ...fresh], touchedCards(fresh), schedulerFor)
  return repository.mergeEntries({ entries: fresh, cards: [...rebuilt.values()] })
}
