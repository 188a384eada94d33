import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { factIds as indexFactIds } from 'virtual:bank-index'
import type { Bank, BankIndex, Fact, Question, Sentence } from '@/domain/bank'

interface Loaded extends BankIndex {
  bank: Bank
  questionById: Map<string, Question>
}

let loading: Promise<Loaded> | undefined

/** The whole bank from its own chunk (precached with the app), validated and indexed once. */
function loadBank(): Promise<Loaded> {
  loading ??= Promise.all([import('../../questions/bank.json'), import('@/domain/bank')]).then(([json, domain]) => {
    const bank = domain.parseBank(json.default as unknown)
    return { bank, questionById: new Map(bank.questions.map((q) => [q.id, q])), ...domain.indexBank(bank) }
  })
  return loading
}

/**
 * The question bank. The fact ids are known from the start (a build-time index); the bank itself is
 * loaded by `ensure()` before any study screen opens, and prefetched when the browser is idle.
 */
export const useBankStore = defineStore('bank', () => {
  const loaded = shallowRef<Loaded | null>(null)

  async function ensure() {
    loaded.value ??= await loadBank()
  }
  const data = () => {
    if (!loaded.value) throw new Error('bank used before ensure()')
    return loaded.value
  }

  const facts = computed<Fact[]>(() => loaded.value?.bank.facts ?? [])
  const questions = computed<Question[]>(() => loaded.value?.bank.questions ?? [])
  const sentences = computed<Sentence[]>(() => loaded.value?.bank.sentences ?? [])

  return {
    factIds: indexFactIds,
    ensure,
    facts,
    questions,
    sentences,
    fact: (id: string) => data().factById.get(id),
    question: (id: string) => data().questionById.get(id),
    questionsByFact: () => data().questionsByFact,
    flashcard: (factId: string) => data().flashcardByFact.get(factId),
    factsOfSentence: (index: number) => data().factsBySentence.get(index) ?? [],
    sentence: (index: number) => loaded.value?.bank.sentences[index],
  }
})
