/** Helpers of the generator's table tests drawn from public texts. */
import { generateDeck, type GeneratedDeck, type GeneratedQuestion } from '@/domain/generate'

/** The decks a text gives over `seeds` seeds (a rule must hold whatever the seed). */
export function decks(text: string, seeds: number): GeneratedDeck[] {
  return Array.from({ length: seeds }, (_, i) => {
    const r = generateDeck({ title: '', text }, { seed: i })
    if (!r.ok) throw new Error(r.error.code)
    return r.deck
  })
}

/** Every text a learner reads in a question. */
export function shown(q: GeneratedQuestion): string {
  switch (q.kind) {
    case 'mcq':
      return `${q.prompt} ${q.options.join(' | ')}`
    case 'true-false':
      return q.statement
    case 'cloze':
      return q.text
    default:
      return q.prompt
  }
}

/** The questions of a deck that rest on sentence `index`. */
export const inSentence = (deck: GeneratedDeck, index: number) => deck.questions.filter((q) => q.sentenceIndex === index)
