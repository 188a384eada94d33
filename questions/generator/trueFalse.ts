import type { Sentence, TrueFalseQuestion } from '../../src/domain/bank/types'
import { GeneratorError, type FactContext } from './context'

const PROMPT = 'Theo bài báo, nhận định sau đúng hay sai?'

/**
 * The fact's own statement as a true item, and each curated false version (one the text contradicts,
 * never one it merely leaves out) with the text that corrects it.
 */
/** The first sentence a correction quotes, so "show in the article" lands on the text that corrects it. */
function correctionSentence(correction: string, sentences: readonly Sentence[]): number | undefined {
  return sentences.find((s) => s.text.includes(correction) || correction.includes(s.text))?.index
}

export function trueFalseQuestions({ curated, fact, sentences }: FactContext): TrueFalseQuestion[] {
  const item = (id: string, sentenceIndex: number) =>
    ({ id, kind: 'true-false', factId: fact.id, topic: fact.topic, sentenceIndex, prompt: PROMPT }) as const
  const out: TrueFalseQuestion[] = []
  if (curated.tfTrue !== false) {
    out.push({ ...item(`${fact.id}:tf-true`, fact.sentenceIndex), statement: fact.statement, answer: true })
  }
  ;(curated.falses ?? []).forEach((f, i) => {
    const id = `${fact.id}:tf-false${i === 0 ? '' : `-${i + 1}`}`
    const correction = f.correction ?? fact.quote
    const sentenceIndex = correctionSentence(correction, sentences)
    if (sentenceIndex === undefined) throw new GeneratorError(`${id}: correction is not in the article`)
    out.push({ ...item(id, sentenceIndex), statement: f.statement, answer: false, correction })
  })
  return out
}
