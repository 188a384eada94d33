import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { createStudyEngine } from '@/engine/study'
import { ALL_DECKS, deckOf, useBankStore } from './bank'
import { useClockStore } from './clock'
import { useProgressStore, type AsRefs } from './progress'

export { DEFAULT_SESSION_LENGTH, type QuizChoice, type StoredStudy, type StudyError, type StudyKind } from '@/engine/study'

/**
 * The study engine (src/engine/study.ts) as a Pinia store: its cells are this store's refs, its derived
 * values computeds, its functions actions. It reads the bank and progress stores, which Vue tracks.
 */
export const useStudyStore = defineStore('study', () => {
  const bank = useBankStore()
  const progress = useProgressStore()
  const clock = useClockStore()
  const engine = createStudyEngine({
    cell: (initial) => shallowRef(initial),
    derive: (fn) => computed(fn),
    clock: clock.read,
    timeZone: () => clock.timeZone,
    bank: {
      scope: () => bank.scope,
      groups: () => {
        if (bank.scope !== ALL_DECKS) return [{ deckId: bank.scope, facts: bank.facts }]
        const byDeck = new Map<string, (typeof bank.facts)[number][]>()
        for (const fact of bank.facts) {
          const id = deckOf(fact.id)
          const list = byDeck.get(id)
          if (list) list.push(fact)
          else byDeck.set(id, [fact])
        }
        return [...byDeck].map(([deckId, facts]) => ({ deckId, facts }))
      },
      deckOf,
      facts: () => bank.facts,
      questions: () => bank.questions,
      question: bank.question,
      fact: bank.fact,
      flashcard: bank.flashcard,
      questionsByFact: bank.questionsByFact,
    },
    progress: {
      cards: () => progress.cards,
      settings: () => progress.settings,
      log: () => progress.log,
      savedSession: () => progress.savedSession,
      persistenceUnknown: () => progress.meta.persisted === undefined,
      commitAnswer: progress.commitAnswer,
      undoAnswer: progress.undoAnswer,
      saveSession: progress.saveSession,
      askPersistence: progress.askPersistence,
      entryDevice: progress.entryDevice,
    },
  })
  return engine as unknown as AsRefs<typeof engine>
})
