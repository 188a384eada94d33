export * from './types'
export { parseBank, BankError } from './parse'
export { splitSentences, findSentence } from './sentences'
import type { Bank, Fact, Flashcard, Question } from './types'

export interface BankIndex {
  factById: Map<string, Fact>
  questionsByFact: Map<string, Question[]>
  flashcardByFact: Map<string, Flashcard>
  /** Facts citing each sentence (as their own sentence or as a further one), by sentence index. */
  factsBySentence: Map<number, Fact[]>
}

/** Lookup maps the app needs, built once after parseBank. */
export function indexBank(bank: Bank): BankIndex {
  const factById = new Map(bank.facts.map((f) => [f.id, f]))
  const questionsByFact = new Map<string, Question[]>(bank.facts.map((f) => [f.id, []]))
  for (const q of bank.questions) questionsByFact.get(q.factId)?.push(q)
  const factsBySentence = new Map<number, Fact[]>(bank.sentences.map((s) => [s.index, []]))
  for (const f of bank.facts) {
    for (const i of new Set([f.sentenceIndex, ...(f.seeAlso ?? [])])) factsBySentence.get(i)?.push(f)
  }
  return {
    factById,
    questionsByFact,
    flashcardByFact: new Map(bank.flashcards.map((c) => [c.factId, c])),
    factsBySentence,
  }
}

/** The right answer of a question as display text, for feedback and review lists. */
export function answerText(q: Question): string {
  switch (q.kind) {
    case 'mcq':
      return q.options[q.answerIndex] ?? ''
    case 'true-false':
      return q.answer ? 'Đúng' : 'Sai'
    case 'cloze':
    case 'typed':
      return q.answer.answer
    case 'list':
      return q.items.map((i) => i.answer).join(', ')
    case 'timeline':
      return q.events.map((e) => `${e.when}: ${e.label}`).join(' → ')
    case 'matching':
      return q.pairs.map((p) => `${p.left} – ${p.right}`).join('; ')
  }
}
