/**
 * generateBank: curated facts + the article → the question bank. Pure and deterministic: the same
 * facts, article and seed give the same bank, byte for byte. The seed only orders options; question
 * ids come from fact ids and kinds, so a learner's progress survives a regeneration.
 */
import { BANK_SCHEMA_VERSION, type Bank, type Fact, type Question } from '../../src/domain/bank/types'
import { findSentence, splitSentences } from '../../src/domain/bank/sentences'
import type { CuratedFact } from './curated'
import { factAccepted, GeneratorError, makeRngFor, type FactContext } from './context'
import { mcqQuestion } from './mcq'
import { trueFalseQuestions } from './trueFalse'
import { clozeQuestion } from './cloze'
import { typedQuestion } from './typed'
import { listQuestion } from './list'
import { timelineQuestion } from './timeline'
import { matchingQuestion } from './matching'
import { flashcard } from './flashcard'

export { GeneratorError } from './context'

export interface GenerateOptions {
  seed: string | number
  /** sha256 of the article, hex; computed by the caller so this module stays free of I/O and crypto. */
  articleHash: string
}

const RECOGNITION = new Set(['mcq', 'true-false', 'matching', 'timeline'])

function resolveFact(curated: CuratedFact, sentences: ReturnType<typeof splitSentences>): Fact {
  const sentenceIndex = findSentence(sentences, curated.quote, curated.sentence)
  if (sentenceIndex === undefined) {
    throw new GeneratorError(`${curated.id}: quote is not in exactly one sentence: "${curated.quote}"`)
  }
  const seeAlso = (curated.seeAlso ?? []).map((quote) => {
    const index = findSentence(sentences, quote)
    if (index === undefined) throw new GeneratorError(`${curated.id}: seeAlso quote not found: "${quote}"`)
    return index
  })
  return {
    id: curated.id,
    kind: curated.kind,
    topic: curated.topic,
    statement: curated.statement,
    quote: curated.quote,
    sentenceIndex,
    ...(seeAlso.length > 0 ? { seeAlso } : {}),
  }
}

function questionsFor(ctx: FactContext): Question[] {
  const questions: (Question | undefined)[] = [
    mcqQuestion(ctx),
    ...trueFalseQuestions(ctx),
    clozeQuestion(ctx),
    typedQuestion(ctx),
    listQuestion(ctx),
    timelineQuestion(ctx),
    matchingQuestion(ctx),
  ]
  const out = questions.filter((q): q is Question => q !== undefined)
  if (!out.some((q) => RECOGNITION.has(q.kind))) {
    throw new GeneratorError(`${ctx.fact.id}: no recognition question (mcq, true/false, matching or timeline)`)
  }
  return out
}

export function generateBank(facts: readonly CuratedFact[], articleText: string, options: GenerateOptions): Bank {
  const sentences = splitSentences(articleText)
  const rngFor = makeRngFor(options.seed)
  const seen = new Set<string>()
  const contexts: FactContext[] = facts.map((curated) => {
    if (!/^f-[a-z0-9]+(-[a-z0-9]+)*$/.test(curated.id)) throw new GeneratorError(`${curated.id}: id must be f-kebab-case`)
    if (seen.has(curated.id)) throw new GeneratorError(`${curated.id}: duplicate fact id`)
    seen.add(curated.id)
    const fact = resolveFact(curated, sentences)
    return {
      curated,
      fact,
      sentence: sentences[fact.sentenceIndex] as (typeof sentences)[number],
      sentences,
      article: articleText,
      acceptedFor: factAccepted(curated),
      rngFor,
    }
  })
  return {
    schemaVersion: BANK_SCHEMA_VERSION,
    articleHash: options.articleHash,
    sentences,
    facts: contexts.map((c) => c.fact),
    questions: contexts.flatMap(questionsFor),
    flashcards: contexts.map(flashcard),
  }
}
