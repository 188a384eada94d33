import type { TypedQuestion } from '../../src/domain/bank/types'
import { GeneratorError, type FactContext } from './context'

/**
 * Typed short answer, only where the curator marked a short answer as natural. Its prompt is never the
 * multiple-choice prompt of the same fact: the same question twice is one question, not two ways to ask.
 */
export function typedQuestion({ curated, fact, acceptedFor }: FactContext): TypedQuestion | undefined {
  const ask = curated.ask
  if (!ask?.typed || ask.negated) return undefined
  const id = `${fact.id}:typed`
  const typed = ask.typed
  const own = typeof typed === 'object' ? typed : undefined
  const prompt = typed === true ? ask.prompt : typeof typed === 'string' ? typed : typed.prompt
  if (ask.mcq !== false && prompt === ask.prompt) {
    throw new GeneratorError(`${id}: the typed prompt repeats the multiple-choice prompt`)
  }
  const answer = own?.answer ?? ask.answer
  return {
    id,
    kind: 'typed',
    factId: fact.id,
    topic: fact.topic,
    sentenceIndex: fact.sentenceIndex,
    prompt,
    answer: { answer, accepted: acceptedFor(answer), type: own?.type ?? ask.type ?? 'text' },
  }
}
