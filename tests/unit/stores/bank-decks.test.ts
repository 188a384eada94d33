import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { deleteQuestion, summarize } from '@/domain/deck'
import { createMemoryRepository, createResilientRepository } from '@/persistence'
import { useBankStore } from '@/stores/bank'
import { useProgressStore } from '@/stores/progress'
import { testDeck } from '../../fixtures/decks'

const T0 = Date.UTC(2026, 10, 20)
const ID = 'dabc1234'

/** Two tabs of one profile: one repository's data, two Pinia apps, the BroadcastChannel between them. */
async function twoTabs() {
  const shared = createMemoryRepository()
  const open = () => createResilientRepository({ open: () => shared })
  const tab = async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const progress = useProgressStore()
    await progress.hydrate(open(), [])
    return { pinia, progress, bank: useBankStore() }
  }
  return [await tab(), await tab()] as const
}

const tabs: { progress: { $dispose(): void } }[] = []
afterEach(() => tabs.splice(0).forEach((t) => t.progress.$dispose()))

describe('the bank store and another tab’s decks', () => {
  it('a deck changed in another tab is read again, and one deleted there goes, while this tab keeps the rest', async () => {
    const [a, b] = await twoTabs()
    tabs.push(a, b)
    const deck = testDeck(ID, T0)
    setActivePinia(a.pinia)
    await a.progress.saveDeck(deck)
    setActivePinia(b.pinia)
    await expect.poll(() => b.progress.decks.length).toBe(1)
    expect(await b.bank.ensure(ID)).toBe(true)
    const before = b.bank.questions.length
    const gone = deck.content.questions.find((q) => q.kept)!

    // Tab A deletes a question: tab B's bank follows, its other questions still found by id.
    const edited = deleteQuestion(deck.content, gone.id)
    if (!edited.ok) throw new Error(edited.error)
    setActivePinia(a.pinia)
    await a.progress.saveDeck({ content: edited.content, summary: summarize(edited.content, { createdAt: T0, updatedAt: T0 + 1, reviewed: true }) })
    await expect.poll(() => b.bank.questions.length).toBe(before - 1)
    expect(b.bank.question(gone.id)).toBeUndefined()
    const kept = b.bank.questions[0]!
    expect(b.bank.question(kept.id)).toEqual(kept)

    // Tab A deletes the deck: tab B forgets it.
    await a.progress.deleteDeck(ID)
    await expect.poll(() => b.bank.question(kept.id)).toBeUndefined()
  })
})
