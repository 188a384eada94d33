import { defineStore } from 'pinia'
import { cleanTitle, deckFromGenerated, deckTitle, summarize } from '@/domain/deck/deck'
import type { DeckFileError } from '@/domain/deck/file'
import type { DeckContent, StoredDeck } from '@/domain/deck/types'
import type { GeneratedDeck } from '@/domain/generate/types'
import { useBankStore } from './bank'
import { useClockStore } from './clock'
import { useProgressStore } from './progress'

/** A new deck id: `d`, the time in base 36 and four random characters (DECK_ID_PATTERN). */
function newDeckId(now: number): string {
  const bytes = new Uint8Array(4)
  globalThis.crypto.getRandomValues(bytes)
  return `d${now.toString(36)}${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`
}

/** A file name from a title: letters and digits, without diacritics. */
export function fileSlug(title: string): string {
  const plain = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
  return plain.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'bo-cau-hoi'
}

export type DeckImport =
  | { ok: true; id: string; title: string; copy: boolean; withProgress: boolean }
  | { ok: false; error: DeckFileError }

/**
 * The learner's decks: making one from the generator's output, the review and edits, rename, delete, export
 * and import. Each change is written (one transaction) before the screens show it; the study engine then
 * reads the deck's kept questions.
 */
export const useDecksStore = defineStore('decks', () => {
  const progress = useProgressStore()
  const bank = useBankStore()
  const clock = useClockStore()

  /** Stores a freshly generated deck; its id. The title is the learner's, else one made from the article or file. */
  async function create(generated: GeneratedDeck, given: string, fileName?: string): Promise<string> {
    const now = clock.read()
    const title = deckTitle({ given, headline: generated.title, ...(fileName ? { fileName } : {}) })
    const deck = deckFromGenerated(generated, newDeckId(now), now, title)
    await progress.saveDeck(deck)
    await bank.replaceDeck(deck)
    return deck.summary.id
  }

  /** Writes the learner's change to a deck's content (or title, or review mark). */
  async function save(deck: StoredDeck, content: DeckContent, reviewed = deck.summary.reviewed): Promise<StoredDeck> {
    const next: StoredDeck = { content, summary: summarize(content, { createdAt: deck.summary.createdAt, updatedAt: clock.read(), reviewed }) }
    await progress.saveDeck(next)
    await bank.replaceDeck(next)
    return next
  }

  async function rename(deck: StoredDeck, title: string): Promise<StoredDeck | null> {
    const clean = cleanTitle(title)
    if (!clean) return null
    return save(deck, { ...deck.content, title: clean })
  }

  async function remove(id: string): Promise<void> {
    await progress.deleteDeck(id)
    bank.forget(id)
  }

  /** The deck file's text, with or without the learner's progress on the deck. */
  async function exportFile(deck: StoredDeck, withProgress: boolean): Promise<string> {
    const { makeDeckFile } = await import('@/domain/deck/file')
    let own: Parameters<typeof makeDeckFile>[2]
    if (withProgress) {
      await progress.ensureFullLog()
      const id = deck.summary.id
      const facts = new Set(deck.content.facts.map((f) => f.id))
      const cards = [...progress.cards.values(), ...progress.orphaned].filter((c) => facts.has(c.factId)).map((c) => ({ ...c, deckId: id }))
      own = { cards, log: progress.log.filter((e) => e.deckId === id) }
    }
    return JSON.stringify(makeDeckFile(deck, clock.read(), own))
  }

  /**
   * Checks a deck file and stores its deck. Nothing is stored from a file that fails a check. A deck whose id
   * is already here (the learner's own, or one imported before) comes in as a copy with a new id, without
   * the progress it carries (its answers would belong to the other copy).
   */
  async function importFile(text: string, byteLength: number): Promise<DeckImport> {
    const { parseDeckFile, renameDeck } = await import('@/domain/deck/file')
    const parsed = parseDeckFile(text, byteLength)
    if (!parsed.ok) return parsed
    let file = parsed.value
    const have = progress.decks.some((d) => d.id === file.deck.summary.id)
    if (have) {
      const copy = renameDeck(file.deck, newDeckId(clock.read()), cleanTitle(`${file.deck.content.title} (2)`))
      file = { ...file, deck: copy }
      delete file.progress
    }
    await progress.importDeck(file)
    return { ok: true, id: file.deck.summary.id, title: file.deck.summary.title, copy: have, withProgress: !!file.progress }
  }

  return { create, save, rename, remove, exportFile, importFile }
})
