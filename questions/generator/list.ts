import type { ListQuestion } from '../../src/domain/bank/types'
import type { FactContext } from './context'

/** List recall: order-free, credit per item. */
export function listQuestion({ curated, fact, acceptedFor }: FactContext): ListQuestion | undefined {
  const list = curated.list
  if (!list) return undefined
  return {
    id: `${fact.id}:list`,
    kind: 'list',
    factId: fact.id,
    topic: fact.topic,
    sentenceIndex: fact.sentenceIndex,
    prompt: list.prompt,
    items: list.items.map((item) => ({ answer: item.answer, accepted: acceptedFor(item.answer), type: 'text' })),
  }
}
