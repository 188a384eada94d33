/**
 * Making a deck from the generator's output, the learner's review of it, and the bank the study engine reads.
 * Pure: ids and times come from the caller.
 */
import type { Bank, Fact, Flashcard, Question, Topic } from '../bank/types'
import { normalizeAnswer } from '../answer/normalize'
import type { GeneratedDeck, GeneratedFact } from '../generate/types'
import { MAX_TITLE_LENGTH, type DeckContent, type DeckQuestion, type DeckSummary, type StoredDeck } from './types'

/** A title as kept: one line, spaces collapsed, at most MAX_TITLE_LENGTH characters (cut at a word). */
export function cleanTitle(title: string): string {
  const one = title.normalize('NFC').replace(/\s+/g, ' ').trim()
  if (one.length <= MAX_TITLE_LENGTH) return one
  const cut = one.slice(0, MAX_TITLE_LENGTH)
  const space = cut.lastIndexOf(' ')
  return `${(space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trim()}…`
}

/** A first line longer than this is a sentence, not a headline: it makes a poor title. */
const HEADLINE_LENGTH = 90

/**
 * The title of a new deck: the learner's own; else the article's headline (its first line, or a saved page's
 * title) when it is one; else the name of the file it came from; else the opening words of the article.
 */
export function deckTitle({ given, headline, fileName }: { given: string; headline: string; fileName?: string }): string {
  const own = cleanTitle(given)
  if (own) return own
  const line = cleanTitle(headline)
  if (line && line.length <= HEADLINE_LENGTH) return line
  const stem = fileName ? cleanTitle(fileName.replace(/\.[a-z0-9]{1,8}$/i, '').replace(/[_]+/g, ' ')) : ''
  if (stem && /\p{L}/u.test(stem)) return stem
  const words = line.split(' ')
  return words.length > 12 ? `${words.slice(0, 12).join(' ').replace(/[,;:.]$/, '')}…` : line
}

const qualify = (deckId: string, id: string) => `${deckId}.${id}`

/** The generator's deck as a stored deck named `id`: ids qualified, high-confidence items kept. */
export function deckFromGenerated(generated: GeneratedDeck, id: string, now: number, title = deckTitle({ given: '', headline: generated.title })): StoredDeck {
  const facts: GeneratedFact[] = generated.facts.map((f) => ({ ...f, id: qualify(id, f.id) }))
  const questions: DeckQuestion[] = generated.questions.map((q) => ({
    ...q,
    id: qualify(id, q.id),
    factId: qualify(id, q.factId),
    kept: q.confidence === 'high',
  }))
  const flashcards: Flashcard[] = generated.flashcards.map((c) => ({ ...c, factId: qualify(id, c.factId) }))
  const content: DeckContent = {
    id,
    title: cleanTitle(title) || deckTitle({ given: '', headline: generated.title }),
    text: generated.text,
    generatorVersion: generated.generatorVersion,
    sentences: generated.sentences,
    facts,
    questions,
    flashcards,
  }
  return { content, summary: summarize(content, { createdAt: now, updatedAt: now, reviewed: false }) }
}

/** The summary of a deck's content; of `meta` only the times and the review mark are taken. */
export function summarize(content: DeckContent, meta: Pick<DeckSummary, 'createdAt' | 'updatedAt' | 'reviewed'>): DeckSummary {
  const keptFacts = new Set(content.questions.filter((q) => q.kept).map((q) => q.factId))
  return {
    id: content.id,
    title: content.title,
    createdAt: meta.createdAt,
    updatedAt: meta.updatedAt,
    reviewed: meta.reviewed,
    factIds: content.facts.filter((f) => keptFacts.has(f.id)).map((f) => f.id),
    kept: content.questions.filter((q) => q.kept).length,
    total: content.questions.length,
  }
}

/** What the study engine reads: the kept questions, their facts and flashcards, and every sentence. */
export function deckBank(content: DeckContent): Bank {
  const questions = content.questions.filter((q) => q.kept)
  const keptFacts = new Set(questions.map((q) => q.factId))
  const facts = content.facts.filter((f) => keptFacts.has(f.id))
  return {
    schemaVersion: 1,
    articleHash: '',
    sentences: content.sentences,
    // A deck's topics are its paragraphs (`p1`, `p2`…): the session interleaves them like the built-in themes.
    facts: facts.map((f) => ({ ...f, topic: f.topic as Topic }) as Fact),
    questions: questions.map((q) => ({ ...q, topic: q.topic as Topic }) as unknown as Question),
    flashcards: content.flashcards.filter((c) => keptFacts.has(c.factId)),
  }
}

/** Why an edit or an own question was refused; each is a message key for the interface. */
export type EditErrorCode =
  | 'no-question'
  | 'empty-prompt'
  | 'empty-answer'
  | 'blank'
  | 'options'
  | 'sentence'

export type EditResult = { ok: true; content: DeckContent } | { ok: false; error: EditErrorCode }

/** What the learner may change of a question; fields of other kinds are ignored. */
export interface QuestionEdit {
  /** The question as shown (every kind but cloze and true/false). */
  prompt?: string
  /** Cloze: the sentence with one blank `____`. */
  text?: string
  /** True/false: the statement, and whether it holds. */
  statement?: string
  truth?: boolean
  /** Typed and cloze: the answer and the other forms accepted. */
  answer?: string
  accepted?: string[]
  /** Multiple choice: the options and which one is right. */
  options?: string[]
  answerIndex?: number
}

const tidy = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim()
const tidyList = (items: readonly string[]) => [...new Set(items.map(tidy).filter(Boolean))]
const same = (a: string, b: string) => normalizeAnswer(a, 'tones') === normalizeAnswer(b, 'tones')

function replaceQuestion(content: DeckContent, id: string, change: (q: DeckQuestion) => DeckQuestion | { error: EditErrorCode }): EditResult {
  const at = content.questions.findIndex((q) => q.id === id)
  if (at < 0) return { ok: false, error: 'no-question' }
  const out = change(content.questions[at]!)
  if ('error' in out) return { ok: false, error: out.error }
  const questions = content.questions.slice()
  questions[at] = out
  return { ok: true, content: { ...content, questions } }
}

/** Keeps or leaves out one question. */
export function setKept(content: DeckContent, id: string, kept: boolean): EditResult {
  return replaceQuestion(content, id, (q) => ({ ...q, kept }))
}

/** Keeps or leaves out every question at once. */
export function setAllKept(content: DeckContent, kept: boolean): DeckContent {
  return { ...content, questions: content.questions.map((q) => ({ ...q, kept })) }
}

/** Deletes a question; a fact left with no question goes too (its flashcard with it). */
export function deleteQuestion(content: DeckContent, id: string): EditResult {
  const question = content.questions.find((q) => q.id === id)
  if (!question) return { ok: false, error: 'no-question' }
  const questions = content.questions.filter((q) => q.id !== id)
  if (questions.some((q) => q.factId === question.factId)) return { ok: true, content: { ...content, questions } }
  return {
    ok: true,
    content: {
      ...content,
      questions,
      facts: content.facts.filter((f) => f.id !== question.factId),
      flashcards: content.flashcards.filter((c) => c.factId !== question.factId),
    },
  }
}

/** Applies the learner's edit to one question, refusing one that would make it unanswerable or unfair. */
export function editQuestion(content: DeckContent, id: string, edit: QuestionEdit): EditResult {
  return replaceQuestion(content, id, (q) => {
    const next = { ...q, edited: true } as DeckQuestion
    if (edit.prompt !== undefined && q.kind !== 'cloze' && q.kind !== 'true-false') {
      if (!tidy(edit.prompt)) return { error: 'empty-prompt' }
      next.prompt = tidy(edit.prompt)
    }
    switch (next.kind) {
      case 'cloze':
      case 'typed': {
        if (next.kind === 'cloze' && edit.text !== undefined) {
          const text = tidy(edit.text)
          if (text.split('____').length !== 2) return { error: 'blank' }
          next.text = text
        }
        const answer = edit.answer === undefined ? next.answer.answer : tidy(edit.answer)
        if (!answer) return { error: 'empty-answer' }
        const accepted = tidyList(edit.accepted ?? next.answer.accepted).filter((a) => !same(a, answer))
        next.answer = { ...next.answer, answer, accepted }
        return next
      }
      case 'mcq': {
        const options = edit.options === undefined ? next.options : edit.options.map(tidy)
        const answerIndex = edit.answerIndex ?? next.answerIndex
        const distinct = new Set(options.map((o) => normalizeAnswer(o, 'tones')))
        if (options.length !== 4 || options.some((o) => !o) || distinct.size !== 4) return { error: 'options' }
        if (!Number.isInteger(answerIndex) || answerIndex < 0 || answerIndex > 3) return { error: 'options' }
        next.options = options
        next.answerIndex = answerIndex
        return next
      }
      case 'true-false': {
        const statement = edit.statement === undefined ? next.statement : tidy(edit.statement)
        if (!statement) return { error: 'empty-prompt' }
        next.statement = statement
        if (edit.truth !== undefined) next.answer = edit.truth
        // A false statement shows the true one after the answer: the sentence it comes from.
        if (!next.answer && !next.correction) next.correction = content.sentences[next.sentenceIndex]?.text ?? next.quote
        return next
      }
      default:
        return next
    }
  })
}

export interface OwnQuestion {
  prompt: string
  answer: string
  accepted?: string[]
  /** The sentence it rests on. */
  sentenceIndex: number
}

/** Adds a typed question the learner wrote, as a fact of its own with a flashcard; kept. */
export function addOwnQuestion(content: DeckContent, own: OwnQuestion): EditResult {
  const prompt = tidy(own.prompt)
  const answer = tidy(own.answer)
  if (!prompt) return { ok: false, error: 'empty-prompt' }
  if (!answer) return { ok: false, error: 'empty-answer' }
  const sentence = content.sentences[own.sentenceIndex]
  if (!sentence || !Number.isInteger(own.sentenceIndex)) return { ok: false, error: 'sentence' }
  let n = 1
  const taken = new Set(content.facts.map((f) => f.id))
  while (taken.has(`${content.id}.u${n}`)) n++
  const factId = `${content.id}.u${n}`
  const topic = `p${sentence.paragraph + 1}`
  const accepted = tidyList(own.accepted ?? []).filter((a) => !same(a, answer))
  const start = Math.max(0, sentence.text.indexOf(answer))
  const fact: GeneratedFact = {
    id: factId,
    kind: 'term',
    generatedKind: 'definition',
    topic,
    statement: `${prompt} — ${answer}`,
    quote: sentence.text,
    sentenceIndex: sentence.index,
    answer,
    accepted,
    span: { start, end: start + answer.length },
    confidence: 'high',
    reasons: [],
  }
  const question: DeckQuestion = {
    id: `${factId}:typed`,
    kind: 'typed',
    factId,
    topic,
    sentenceIndex: sentence.index,
    prompt,
    answer: { answer, accepted, type: 'text' },
    quote: sentence.text,
    confidence: 'high',
    reasons: [],
    kept: true,
    own: true,
  }
  return {
    ok: true,
    content: {
      ...content,
      facts: [...content.facts, fact],
      questions: [...content.questions, question],
      flashcards: [...content.flashcards, { factId, front: prompt, back: answer, quote: sentence.text }],
    },
  }
}

/** Other accepted forms, for the review list. */
export function acceptedForms(q: DeckQuestion): string[] {
  if (q.kind === 'cloze' || q.kind === 'typed') return q.answer.accepted
  if (q.kind === 'list') return q.items.flatMap((i) => i.accepted)
  return []
}
