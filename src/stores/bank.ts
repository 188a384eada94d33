import { defineStore } from 'pinia'
import { computed, shallowRef, triggerRef } from 'vue'
import { factIds as indexFactIds } from 'virtual:bank-index'
import type { Bank, BankIndex, Fact, Question, Sentence } from '@/domain/bank'
import { deckOf, type DeckContent, type StoredDeck } from '@/domain/deck/types'
import { BUILT_IN_DECK_ID } from '@/domain/progress/types'
import { useProgressStore } from './progress'

interface Loaded extends BankIndex {
  bank: Bank
  questionById: Map<string, Question>
  /** A learner's deck as stored (the built-in deck has none: its bank is its content). */
  deck?: StoredDeck
}

export { deckOf }

/** The scope of a session over every deck (`?deck=all`). */
export const ALL_DECKS = 'all'


let builtIn: Promise<Loaded> | undefined

/** The built-in bank from its own chunk (precached with the app), validated and indexed once. */
function loadBank(): Promise<Loaded> {
  builtIn ??= Promise.all([import('../../questions/bank.json'), import('@/domain/bank')]).then(([json, domain]) => {
    const bank = domain.parseBank(json.default as unknown)
    return { bank, questionById: new Map(bank.questions.map((q) => [q.id, q])), ...domain.indexBank(bank) }
  })
  return builtIn
}

/** A learner's deck as the study engine reads it: its kept questions (the deck code loads with the first deck). */
async function indexDeck(deck: StoredDeck): Promise<Loaded> {
  const [{ deckBank }, { indexBank }] = await Promise.all([import('@/domain/deck/deck'), import('@/domain/bank')])
  const bank = deckBank(deck.content)
  return { bank, deck, questionById: new Map(bank.questions.map((q) => [q.id, q])), ...indexBank(bank) }
}

/**
 * The question banks of the decks: the built-in one (its fact ids known from the start, a build-time index)
 * and the learner's, each loaded by `ensure()` before a screen of it opens. The scope is the deck (or all
 * decks) the open screen studies; lookups by id find any loaded deck's fact or question, since ids are
 * unique across decks.
 */
export const useBankStore = defineStore('bank', () => {
  const progress = useProgressStore()
  const loaded = shallowRef(new Map<string, Loaded>())
  const scope = shallowRef<string>(BUILT_IN_DECK_ID)

  async function load(id: string): Promise<boolean> {
    if (loaded.value.has(id)) return true
    let entry: Loaded | null
    if (id === BUILT_IN_DECK_ID) entry = await loadBank()
    else {
      const deck = await progress.readDeck(id)
      entry = deck ? await indexDeck(deck) : null
    }
    if (!entry) return false
    loaded.value.set(id, entry)
    triggerRef(loaded)
    return true
  }

  /** The decks of a scope: one, or every deck for `all`. */
  const deckIds = (of: string) => (of === ALL_DECKS ? [BUILT_IN_DECK_ID, ...progress.decks.map((d) => d.id)] : [of])

  /** Loads the decks of `next` and makes it the scope; false when the deck does not exist (or could not be read). */
  async function ensure(next: string = BUILT_IN_DECK_ID): Promise<boolean> {
    const found = await Promise.all(deckIds(next).map(load))
    if (next !== ALL_DECKS && !found[0]) return false
    scope.value = next
    return true
  }

  /** After the learner changed a deck: what is studied follows. */
  async function replaceDeck(deck: StoredDeck) {
    loaded.value.set(deck.summary.id, await indexDeck(deck))
    triggerRef(loaded)
  }

  /** After a deck was deleted here. */
  function forget(id: string) {
    loaded.value.delete(id)
    triggerRef(loaded)
  }

  /**
   * Another tab changed decks: each deck held here is read again (a deck being studied stays, with its
   * questions as they are now; a deleted one goes).
   */
  async function refresh() {
    for (const id of [...loaded.value.keys()]) {
      if (id === BUILT_IN_DECK_ID) continue
      const deck = progress.decks.some((d) => d.id === id) ? await progress.readDeck(id) : null
      if (deck) await replaceDeck(deck)
      else forget(id)
    }
  }
  progress.onChange((change, otherTab) => {
    if (otherTab && (change.type === 'decks' || change.type === 'import')) void refresh()
  })

  const inScope = computed(() => deckIds(scope.value).flatMap((id) => loaded.value.get(id) ?? []))
  const facts = computed<Fact[]>(() => inScope.value.flatMap((l) => l.bank.facts))
  const questions = computed<Question[]>(() => inScope.value.flatMap((l) => l.bank.questions))
  /** The sentences of the scope's deck (none for all decks: an index names a sentence of one deck). */
  const sentences = computed<Sentence[]>(() => (scope.value === ALL_DECKS ? [] : inScope.value[0]?.bank.sentences ?? []))
  const questionsByFact = computed(() => {
    const parts = inScope.value
    return parts.length === 1 ? parts[0]!.questionsByFact : new Map(parts.flatMap((l) => [...l.questionsByFact]))
  })

  const of = (id: string) => loaded.value.get(deckOf(id))
  const current = () => (scope.value === ALL_DECKS ? undefined : loaded.value.get(scope.value))

  return {
    /** The built-in deck's fact ids, known before its bank loads. */
    factIds: indexFactIds,
    scope,
    ensure,
    /** Loads decks for lookups by id (`fact`, `question`) and leaves the scope as it is: home's list of struggling facts. */
    preload: (ids: readonly string[]) => Promise.all(ids.map(load)),
    replaceDeck,
    forget,
    facts,
    questions,
    sentences,
    /** The learner's deck of the scope, as stored (undefined for the built-in deck and for all decks). */
    deck: (): StoredDeck | undefined => current()?.deck,
    content: (): DeckContent | undefined => current()?.deck?.content,
    fact: (id: string) => of(id)?.factById.get(id),
    question: (id: string) => of(id)?.questionById.get(id),
    questionsByFact: () => questionsByFact.value,
    flashcard: (factId: string) => of(factId)?.flashcardByFact.get(factId),
    factsOfSentence: (index: number) => current()?.factsBySentence.get(index) ?? [],
    sentence: (index: number) => current()?.bank.sentences[index],
    /** The sentence a question or fact of any deck rests on. */
    sentenceOf: (id: string, index: number) => of(id)?.bank.sentences[index],
  }
})
