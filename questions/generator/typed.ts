import type { TypedQuestion } from '../../src/domain/bank/types'
import type { FactContext } from './context'

/** Typed short answer, only where the curator marked a short answer as natural. */
export function typedQuestion({ curated, fact }: FactContext): TypedQuestion | undefined {
  const ask = curated.ask
  if (!ask?.typed || ask.negated) return undefined
  return {
    id: `${fact.id}:typed`,
    kind: 'typed',
    factId: fact.id,
    topic: fact.topic,
    sentenceIndex: fact.sentenceIndex,
    prompt: ask.prompt,
    answer: { answer: ask.answer, accepted: ask.accepted ?? [], type: ask.type ?? 'text' },
  }
}
