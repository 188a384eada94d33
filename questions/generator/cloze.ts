import type { ClozeQuestion } from '../../src/domain/bank/types'
import { GeneratorError, wordOccurrences, type FactContext } from './context'

export const BLANK = '____'
export const CLOZE_PROMPT = 'Điền vào chỗ trống như trong bài báo.'

/**
 * The article's own sentence with one span blanked; the span must occur there exactly once. With
 * `context: 'previous'` the sentence before it (same line, not the heading) is shown first.
 */
export function clozeQuestion({ curated, fact, sentence: quoteSentence, sentences, acceptedFor }: FactContext): ClozeQuestion | undefined {
  const cloze = curated.cloze
  if (!cloze) return undefined
  const id = `${fact.id}:cloze`
  const sentence = cloze.sentence === undefined ? quoteSentence : sentences[cloze.sentence]
  if (!sentence) throw new GeneratorError(`${id}: no sentence ${cloze.sentence}`)
  const hits = wordOccurrences(sentence.text, cloze.span)
  if (hits.length !== 1) {
    throw new GeneratorError(`${id}: "${cloze.span}" occurs ${hits.length} times in sentence ${sentence.index}`)
  }
  const at = hits[0] as number
  let before = ''
  if (cloze.context === 'previous') {
    const previous = sentences[sentence.index - 1]
    if (!previous || previous.heading || previous.line !== sentence.line) {
      throw new GeneratorError(`${id}: sentence ${sentence.index} has no sentence before it on its line`)
    }
    before = `${previous.text} `
  }
  return {
    id,
    kind: 'cloze',
    factId: fact.id,
    topic: fact.topic,
    sentenceIndex: sentence.index,
    prompt: CLOZE_PROMPT,
    text: before + sentence.text.slice(0, at) + BLANK + sentence.text.slice(at + cloze.span.length),
    answer: { answer: cloze.span, accepted: acceptedFor(cloze.span), type: cloze.type ?? 'text' },
  }
}
