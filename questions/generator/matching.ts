import type { MatchingQuestion } from '../../src/domain/bank/types'
import type { FactContext } from './context'

/** Matching (person ↔ office, side ↔ position, event ↔ time); the UI shuffles the right column. */
export function matchingQuestion({ curated, fact }: FactContext): MatchingQuestion | undefined {
  const pairs = curated.pairs
  if (!pairs) return undefined
  return {
    id: `${fact.id}:matching`,
    kind: 'matching',
    factId: fact.id,
    topic: fact.topic,
    sentenceIndex: fact.sentenceIndex,
    prompt: pairs.prompt,
    leftLabel: pairs.leftLabel,
    rightLabel: pairs.rightLabel,
    pairs: pairs.pairs.map((p) => ({ ...p })),
  }
}
