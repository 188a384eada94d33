import type { MemoryCard } from '../scheduling/types'

export interface Reconciled {
  /** Cards of facts the bank still has. */
  active: MemoryCard[]
  /** Cards of facts the bank no longer has. Kept in storage: they return if the fact does. */
  orphaned: MemoryCard[]
}

/** Splits stored cards by whether their fact survived a new bank. Fact ids are never reused. */
export function reconcileWithBank(cards: readonly MemoryCard[], knownFactIds: Iterable<string>): Reconciled {
  const known = knownFactIds instanceof Set ? (knownFactIds as Set<string>) : new Set(knownFactIds)
  const active: MemoryCard[] = []
  const orphaned: MemoryCard[] = []
  for (const card of cards) (known.has(card.factId) ? active : orphaned).push(card)
  return { active, orphaned }
}
