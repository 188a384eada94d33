import type { TimelineQuestion } from '../../src/domain/bank/types'
import type { FactContext } from './context'

/** Timeline ordering of dated events only, kept in chronological order; the UI shuffles them. */
export function timelineQuestion({ curated, fact }: FactContext): TimelineQuestion | undefined {
  const sequence = curated.sequence
  if (!sequence) return undefined
  return {
    id: `${fact.id}:timeline`,
    kind: 'timeline',
    factId: fact.id,
    topic: fact.topic,
    sentenceIndex: fact.sentenceIndex,
    prompt: sequence.prompt,
    events: sequence.events.map((e) => ({ ...e })),
  }
}
