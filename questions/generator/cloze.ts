import type { ClozeQuestion } from '../../src/domain/bank/types'
import { GeneratorError, wordOccurrences, type FactContext } from './context'

export const BLANK = '____'
const PROMPT = 'Điền vào chỗ trống cho đúng với câu trong bài báo.'

/** The article's own sentence with one span blanked; the span must occur there exactly once. */
export function clozeQuestion({ curated, fact, sentence }: FactContext): ClozeQuestion | undefined {
  const cloze = curated.cloze
  if (!cloze) return undefined
  const id = `${fact.id}:cloze`
  const hits = wordOccurrences(sentence.text, cloze.span)
  if (hits.length !== 1) {
    throw new GeneratorError(`${id}: "${cloze.span}" occurs ${hits.length} times in sentence ${sentence.index}`)
  }
  const at = hits[0] as number
  return {
    id,
    kind: 'cloze',
    factId: fact.id,
    topic: fact.topic,
    sentenceIndex: sentence.index,
    prompt: PROMPT,
    text: sentence.text.slice(0, at) + BLANK + sentence.text.slice(at + cloze.span.length),
    answer: { answer: cloze.span, accepted: cloze.accepted ?? [], type: cloze.type ?? 'text' },
  }
}
