/**
 * Writing a validated backup, inside the transaction the repository opens for it. Loaded with the first import.
 *
 * `replace`: the file's cards, log, settings and decks; the unfinished session is dropped. `merge`: per card the
 * one reviewed later (a tie keeps this device's), the union of the logs by entry id, this device's settings, per
 * deck the one changed later (a tie keeps this device's).
 */
import { laterCard } from '@/domain/progress/merge'
import { readStoredCard } from '@/domain/progress/guards'
import type { StoredDeck } from '@/domain/deck/types'
import { cardKey, type BackupFile, type ImportMode } from '@/domain/progress/types'
import type { Tx } from './backend'
import { KEYS, STORES } from './keys'
import type { SetAsideInput } from './repository'

export async function writeImport(tx: Tx, incoming: BackupFile, mode: ImportMode, putAside: (record: SetAsideInput) => void): Promise<void> {
  if (mode === 'replace') {
    tx.clear(STORES.cards)
    tx.clear(STORES.log)
    tx.delete(STORES.kv, KEYS.session)
    tx.clear(STORES.decks)
    tx.clear(STORES.deckContent)
    tx.put(STORES.kv, KEYS.settings, incoming.settings)
    for (const card of incoming.cards) tx.put(STORES.cards, cardKey(card.deckId, card.factId), card)
    for (const entry of incoming.log) tx.put(STORES.log, entry.id, entry)
    for (const deck of incoming.decks ?? []) putDeck(tx, deck)
    return
  }
  const ours = (await tx.getAll(STORES.decks)) as { id?: unknown; updatedAt?: unknown }[]
  const changed = new Map(ours.map((d) => [d.id, d.updatedAt]))
  for (const deck of incoming.decks ?? []) {
    const at = changed.get(deck.summary.id)
    if (typeof at !== 'number' || deck.summary.updatedAt > at) putDeck(tx, deck)
  }
  const currentCards = await Promise.all(incoming.cards.map((card) => tx.get(STORES.cards, cardKey(card.deckId, card.factId))))
  incoming.cards.forEach((card, i) => {
    const raw = currentCards[i]
    const current = raw === undefined ? undefined : readStoredCard(raw)
    if (raw !== undefined && !current) {
      putAside({ origin: 'card', key: cardKey(card.deckId, card.factId), reason: 'unreadable card, replaced by an imported one', value: raw })
    }
    const keep = laterCard(current ?? undefined, card)
    if (keep === card) tx.put(STORES.cards, cardKey(card.deckId, card.factId), card)
  })
  const have = new Set(await tx.getAllKeys(STORES.log))
  for (const entry of incoming.log) if (!have.has(entry.id)) tx.put(STORES.log, entry.id, entry)
}

/** A deck's summary and content, always written together. */
export function putDeck(tx: Tx, deck: StoredDeck): void {
  tx.put(STORES.decks, deck.summary.id, deck.summary)
  tx.put(STORES.deckContent, deck.content.id, deck.content)
}
