import type { TrueFalseQuestion } from '../../src/domain/bank/types'
import type { FactContext } from './context'

const PROMPT = 'Theo bài báo, nhận định sau đúng hay sai?'

/**
 * The fact's own statement as a true item, and each curated false version (one the text contradicts,
 * never one it merely leaves out) with the text that corrects it.
 */
export function trueFalseQuestions({ curated, fact }: FactContext): TrueFalseQuestion[] {
  const base = { kind: 'true-false' as const, factId: fact.id, topic: fact.topic, sentenceIndex: fact.sentenceIndex, prompt: PROMPT }
  const out: TrueFalseQuestion[] = []
  if (curated.tfTrue !== false) {
    out.push({ ...base, id: `${fact.id}:tf-true`, statement: fact.statement, answer: true })
  }
  ;(curated.falses ?? []).forEach((f, i) => {
    out.push({
      ...base,
      id: `${fact.id}:tf-false${i === 0 ? '' : `-${i + 1}`}`,
      statement: f.statement,
      answer: false,
      correction: f.correction ?? fact.quote,
    })
  })
  return out
}
