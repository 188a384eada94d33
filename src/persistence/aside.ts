/**
 * Records the app cannot use are moved aside, never deleted: here, loaded only when there is one to move (or a
 * migration or an import that may need it). Bad records are named by the valibot schemas, loaded with them.
 */
import { readDeckSummary } from '@/domain/deck/guards'
import { readLogEntry, readSettings, readStoredCard } from '@/domain/progress/guards'
import type { Parsed } from '@/domain/progress/schema'
import { cardKey, type SetAsideOrigin, type SetAsideRecord, type StorageMeta } from '@/domain/progress/types'
import type { Key, Tx } from './backend'
import { STORES } from './keys'
import type { Bad, SetAsideInput } from './repository'

/** The reason a bad record has until it is named here (the repository's `UNEXPLAINED`). */
const UNEXPLAINED = ''

/** Puts one record aside under an id not yet taken (`taken` holds the ids already there). */
export function putAside(tx: Tx, record: SetAsideInput, at: number, taken: Set<string>): void {
  let id = `${record.origin}:${record.key}@${at}`
  for (let n = 1; taken.has(id); n++) id = `${record.origin}:${record.key}@${at}~${n}`
  taken.add(id)
  const stored: SetAsideRecord = { id, origin: record.origin, key: record.key, reason: record.reason, setAsideAt: at, value: record.value }
  tx.put(STORES.aside, id, stored)
}

export const takenIds = async (tx: Tx) => new Set(await tx.getAllKeys(STORES.aside))

/** Whether a stored record is still unusable (another tab may have written a good one meanwhile). */
function stillBad(origin: SetAsideOrigin, key: Key, value: unknown, parseMeta: (v: unknown) => Parsed<StorageMeta>): boolean {
  if (origin === 'card') {
    const card = readStoredCard(value)
    return !card || cardKey(card.deckId, card.factId) !== key
  }
  if (origin === 'log') return readLogEntry(value)?.id !== key
  if (origin === 'settings') return !readSettings(value)
  if (origin === 'meta') return !parseMeta(value).ok
  if (origin === 'deck') return readDeckSummary(value)?.id !== key
  return false
}

/** Moves each bad record still bad and still there aside, and deletes it from its store; how many it moved. */
export async function moveAsideInTx(tx: Tx, bad: Bad[], at: number, parseMeta: (v: unknown) => Parsed<StorageMeta>): Promise<number> {
  const taken = await takenIds(tx)
  let moved = 0
  for (const item of bad) {
    if (!item.stored) continue
    const current = await tx.get(item.stored.store, item.stored.key)
    if (current === undefined || !stillBad(item.origin, item.stored.key, current, parseMeta)) continue
    putAside(tx, { ...item, value: current }, at, taken)
    tx.delete(item.stored.store, item.stored.key)
    moved++
  }
  return moved
}

/** Names why each bad record was refused: the schemas (and valibot) load only when there is one. */
export async function explainAll(bad: Bad[]): Promise<void> {
  const unexplained = bad.filter((b) => b.reason === UNEXPLAINED)
  if (unexplained.length === 0) return
  const { explain } = await import('@/domain/progress/schema')
  for (const b of unexplained) {
    const kind = b.origin === 'card' || b.origin === 'log' || b.origin === 'settings' ? b.origin : null
    b.reason = kind ? explain(kind, b.value).reason : 'unreadable'
  }
}
