/**
 * parseBank: checks data read from bank.json (or anywhere else) before the app trusts it. Written by
 * hand to stay small in the shipped bundle; every error names the item that is wrong.
 */
import {
  ANSWER_TYPES,
  BANK_SCHEMA_VERSION,
  FACT_KINDS,
  QUESTION_KINDS,
  TOPICS,
  type Bank,
} from './types'

export class BankError extends Error {
  override name = 'BankError'
}

type Obj = Record<string, unknown>

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== ''
const isIndex = (v: unknown, length: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < length

function fail(where: string, message: string): never {
  throw new BankError(`${where}: ${message}`)
}

function list(v: unknown, where: string, min = 0): unknown[] {
  if (!Array.isArray(v) || v.length < min) fail(where, `must be an array of at least ${min} items`)
  return v
}

function text(o: Obj, key: string, where: string): string {
  const v = o[key]
  if (!isText(v)) fail(where, `${key} must be a non-empty string`)
  return v
}

function oneOf<T extends string>(o: Obj, key: string, allowed: readonly T[], where: string): T {
  const v = o[key]
  if (!allowed.includes(v as T)) fail(where, `${key} must be one of ${allowed.join(', ')}`)
  return v as T
}

function distinctTexts(v: unknown, where: string, what: string, count?: number): string[] {
  const items = list(v, where)
  if (!items.every(isText) || new Set(items).size !== items.length || (count !== undefined && items.length !== count)) {
    fail(where, `${what} must be ${count ?? 'some'} distinct strings`)
  }
  return items as string[]
}

function acceptedAnswer(v: unknown, where: string): void {
  if (!isObj(v)) fail(where, 'answer must be an object')
  text(v, 'answer', where)
  if (!Array.isArray(v.accepted) || !v.accepted.every(isText)) fail(where, 'accepted must be an array of strings')
  oneOf(v, 'type', ANSWER_TYPES, where)
}

function checkSentences(v: unknown): number {
  list(v, 'sentences', 1).forEach((s, i) => {
    const where = `sentence ${i}`
    if (!isObj(s) || s.index !== i) fail(where, 'index must equal its position')
    text(s, 'text', where)
    if (typeof s.line !== 'number' || !Number.isInteger(s.line) || s.line < 0) fail(where, 'line must be an integer ≥ 0')
    if (typeof s.heading !== 'boolean') fail(where, 'heading must be a boolean')
  })
  return (v as unknown[]).length
}

/** The built-in bank's topics are its themes; a generated deck's are its paragraphs (`p1`, `p2`…). */
type TopicCheck = (o: Obj, where: string) => void
const builtInTopic: TopicCheck = (o, where) => void oneOf(o, 'topic', TOPICS, where)
const paragraphTopic: TopicCheck = (o, where) => {
  if (typeof o.topic !== 'string' || !/^p\d{1,5}$/.test(o.topic)) fail(where, 'topic must be a paragraph, p1, p2…')
}

function checkFacts(v: unknown, sentences: Obj[], topic: TopicCheck): Set<string> {
  const ids = new Set<string>()
  list(v, 'facts', 1).forEach((f, i) => {
    if (!isObj(f)) fail(`fact #${i}`, 'must be an object')
    const where = `fact "${text(f, 'id', `fact #${i}`)}"`
    if (ids.has(f.id as string)) fail(where, 'id is not unique')
    ids.add(f.id as string)
    oneOf(f, 'kind', FACT_KINDS, where)
    topic(f, where)
    text(f, 'statement', where)
    const quote = text(f, 'quote', where)
    if (!isIndex(f.sentenceIndex, sentences.length)) fail(where, 'sentenceIndex out of range')
    if (!(sentences[f.sentenceIndex]?.text as string).includes(quote)) fail(where, 'quote is not in its sentence')
    if (f.seeAlso !== undefined && !list(f.seeAlso, where).every((n) => isIndex(n, sentences.length))) {
      fail(where, 'seeAlso must list sentence indexes in range')
    }
  })
  return ids
}

const checkKind: Record<(typeof QUESTION_KINDS)[number], (q: Obj, where: string) => void> = {
  mcq(q, where) {
    distinctTexts(q.options, where, 'options', 4)
    if (!isIndex(q.answerIndex, 4)) fail(where, 'answerIndex must be 0 to 3')
    if (q.negated !== undefined && typeof q.negated !== 'boolean') fail(where, 'negated must be a boolean')
  },
  'true-false'(q, where) {
    text(q, 'statement', where)
    if (typeof q.answer !== 'boolean') fail(where, 'answer must be a boolean')
    if (q.answer === false) text(q, 'correction', where)
  },
  cloze(q, where) {
    if (text(q, 'text', where).split('____').length !== 2) fail(where, 'text must hold exactly one blank ____')
    acceptedAnswer(q.answer, where)
  },
  typed(q, where) {
    acceptedAnswer(q.answer, where)
  },
  list(q, where) {
    list(q.items, where, 2).forEach((item) => acceptedAnswer(item, where))
  },
  timeline(q, where) {
    const events = list(q.events, where, 2)
    events.forEach((e) => {
      if (!isObj(e)) fail(where, 'events must be objects')
      ;['id', 'label', 'when'].forEach((key) => text(e, key, where))
    })
    distinctTexts(events.map((e) => (e as Obj).id), where, 'event ids')
  },
  matching(q, where) {
    text(q, 'leftLabel', where)
    text(q, 'rightLabel', where)
    const pairs = list(q.pairs, where, 2)
    if (!pairs.every((p) => isObj(p) && isText(p.left) && isText(p.right))) fail(where, 'pairs must have left and right')
    distinctTexts(pairs.map((p) => (p as Obj).left), where, 'left items')
    distinctTexts(pairs.map((p) => (p as Obj).right), where, 'right items')
  },
}

function checkQuestions(v: unknown, factIds: Set<string>, sentenceCount: number, topic: TopicCheck): void {
  const ids = new Set<string>()
  list(v, 'questions', 1).forEach((q, i) => {
    if (!isObj(q)) fail(`question #${i}`, 'must be an object')
    const where = `question "${text(q, 'id', `question #${i}`)}"`
    if (ids.has(q.id as string)) fail(where, 'id is not unique')
    ids.add(q.id as string)
    const kind = oneOf(q, 'kind', QUESTION_KINDS, where)
    const factId = text(q, 'factId', where)
    if (!factIds.has(factId)) fail(where, `factId "${factId}" is not a fact`)
    if (!(q.id as string).startsWith(`${factId}:`)) fail(where, 'id must start with its factId')
    topic(q, where)
    if (!isIndex(q.sentenceIndex, sentenceCount)) fail(where, 'sentenceIndex out of range')
    text(q, 'prompt', where)
    checkKind[kind](q, where)
  })
}

function checkFlashcards(v: unknown, factIds: Set<string>): void {
  const seen = new Set<string>()
  list(v, 'flashcards').forEach((c, i) => {
    if (!isObj(c)) fail(`flashcard #${i}`, 'must be an object')
    const where = `flashcard "${String(c.factId)}"`
    if (!factIds.has(c.factId as string)) fail(where, 'factId is not a fact')
    if (seen.has(c.factId as string)) fail(where, 'more than one flashcard for this fact')
    seen.add(c.factId as string)
    ;['front', 'back', 'quote'].forEach((key) => text(c, key, where))
  })
}

/** Validates untrusted bank data; throws a BankError naming the first bad item. */
export function parseBank(input: unknown): Bank {
  if (!isObj(input)) fail('bank', 'must be an object')
  if (input.schemaVersion !== BANK_SCHEMA_VERSION) fail('bank', `schemaVersion must be ${BANK_SCHEMA_VERSION}`)
  if (typeof input.articleHash !== 'string' || !/^[0-9a-f]{64}$/.test(input.articleHash)) {
    fail('bank', 'articleHash must be a sha256 in hex')
  }
  checkContent(input, builtInTopic)
  return input as unknown as Bank
}

function checkContent(input: Obj, topic: TopicCheck): void {
  const sentenceCount = checkSentences(input.sentences)
  const factIds = checkFacts(input.facts, input.sentences as Obj[], topic)
  checkQuestions(input.questions, factIds, sentenceCount, topic)
  checkFlashcards(input.flashcards, factIds)
}

/**
 * The same checks for a deck made on the device (or read from a deck file): its sentences, facts, questions
 * and flashcards; topics are paragraphs. Throws a BankError naming the first bad item.
 */
export function checkDeckContent(input: unknown): void {
  if (!isObj(input)) fail('deck', 'must be an object')
  checkContent(input, paragraphTopic)
}
