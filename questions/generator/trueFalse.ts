import type { Sentence, TrueFalseQuestion } from '../../src/domain/bank/types'
import { contradictionProblem } from './contradiction'
import { GeneratorError, type FactContext } from './context'

/** The statements carry their own attribution ("Các bên ghi nhận …") where the claim is someone's. */
export const TRUE_FALSE_PROMPT = 'Câu sau đúng hay sai?'

/** The first sentence a correction quotes, so "show in the article" lands on the text that corrects it. */
function correctionSentence(correction: string, sentences: readonly Sentence[]): number | undefined {
  return sentences.find((s) => s.text.includes(correction) || correction.includes(s.text))?.index
}

/**
 * The fact's own statement as a true item, and each curated false version with the text that corrects
 * it. A false version must carry its evidence (`says`, `not`, `why`), checked by `contradictionProblem`:
 * one the text contradicts, never one it merely leaves out.
 */
export function trueFalseQuestions({ curated, fact, sentences, article }: FactContext): TrueFalseQuestion[] {
  const item = (id: string, sentenceIndex: number) =>
    ({ id, kind: 'true-false', factId: fact.id, topic: fact.topic, sentenceIndex, prompt: TRUE_FALSE_PROMPT }) as const
  const out: TrueFalseQuestion[] = []
  if (curated.tfTrue !== false) {
    out.push({ ...item(`${fact.id}:tf-true`, fact.sentenceIndex), statement: fact.statement, answer: true })
  }
  ;(curated.falses ?? []).forEach((f, i) => {
    const id = `${fact.id}:tf-false${i === 0 ? '' : `-${i + 1}`}`
    const correction = f.correction ?? fact.quote
    const sentenceIndex = correctionSentence(correction, sentences)
    if (sentenceIndex === undefined) throw new GeneratorError(`${id}: correction is not in the article`)
    const problem = contradictionProblem(f, correction, article)
    if (problem) throw new GeneratorError(`${id}: not shown to be contradicted by the text: ${problem}`)
    out.push({ ...item(id, sentenceIndex), statement: f.statement, answer: false, correction })
  })
  return out
}
